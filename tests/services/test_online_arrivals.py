"""Online arrivals (issue 21): a 200-row web-form export with Arabic and English headers lands in
the review queue matched against the registry with the registration rules; converting one
creates the request (or complaint) on the website channel; nothing is created without review."""

from __future__ import annotations

from datetime import datetime

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from desk_app.domain import online_forms as forms
from desk_app.domain.validation import ValidationFailed
from desk_app.services import complaint_views, online_arrivals, online_import, request_views
from desk_app.services import profile as profile_service
from desk_app.services.online_arrivals import Decision
from desk_app.storage.requests_tables import ServiceRequest
from desk_app.storage.tables import Beneficiary
from tests.services.online_exports import build

START = datetime(2026, 11, 20, 8, 0)


@pytest.fixture
def export(desk_db, desk_admin, tmp_path):
    path = tmp_path / "نموذج التقديم.csv"
    return path, build(desk_db, desk_admin, path, START)


def _people(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Beneficiary))


def test_a_200_row_export_lands_in_the_queue_with_the_right_matches(desk_db, desk_admin,
                                                                    export):
    path, exp = export
    profile = profile_service.current(desk_db)
    people = _people(desk_db)
    report = online_import.import_file(desk_db, desk_admin, path, profile)
    assert (report.rows, report.queued, report.already_queued) == (200, 200, 0)
    assert report.by_match == {"new": 125, "matched": 30, "likely": 10, "invalid": 20,
                               "duplicate": 15}
    assert report.ignored_columns == ["How did you hear about us?"]
    queue = {a.row_no: a for a in online_arrivals.listing(desk_db, desk_admin)}
    assert {n: a.match for n, a in queue.items()} == exp.match
    assert {n: a.kind for n, a in queue.items()} == exp.kind
    for row, file_id in exp.file_of.items():
        a = queue[row]
        assert (a.beneficiary_id if a.match == "matched" else a.candidates[0][0]) == file_id
    assert {n: a.duplicate_of_row for n, a in queue.items() if a.duplicate_of_row} == \
        exp.duplicate_of
    bad = queue[2 + 120 + 30 + 10]  # the first typed-wrong ID
    assert ("id_number", "id_checksum") in bad.problems
    first = queue[2]
    assert first.submitted_at == START and first.values["service"] == "طلب دعم"
    assert first.values["first_name"] == "محمد" and first.values["family_name"] == "العتيبي"
    # nothing created without review: no new person, no request
    assert _people(desk_db) == people
    with desk_db.read() as s:
        assert s.scalar(select(func.count()).select_from(ServiceRequest)) == 0
    # the next export holds the same answers again: none is queued twice
    again = online_import.import_file(desk_db, desk_admin, path, profile)
    assert (again.queued, again.already_queued) == (0, 200)


def test_converting_one_creates_the_request_on_the_website_channel(desk_db, desk_admin,
                                                                   export):
    path, exp = export
    profile = profile_service.current(desk_db)
    online_import.import_file(desk_db, desk_admin, path, profile)
    queue = {a.row_no: a for a in online_arrivals.listing(desk_db, desk_admin)}
    new, known = queue[2], queue[2 + 120]
    service = forms.choose(new.values["service"], [(s.code, s.name_ar, s.name_en)
                                                   for s in profile.services])
    assert service == "support_request"
    with pytest.raises(ValidationFailed) as no_consent:
        online_arrivals.convert(desk_db, desk_admin, new.id, Decision(service_code=service),
                                profile, branch_code="RYD")
    assert no_consent.value.errors[0].code == "consent_required"
    number = online_arrivals.convert(desk_db, desk_admin, new.id,
                                     Decision(service_code=service, consent=True), profile,
                                     branch_code="RYD")
    [row] = [r for r in request_views.listing(desk_db, profile, START.date(), open_only=False)
             if r.number == number]
    assert row.channel_code == "website" and row.service_code == "support_request"
    with desk_db.read() as s:
        made = s.scalar(select(ServiceRequest).where(ServiceRequest.number == number))
        person = s.get(Beneficiary, made.beneficiary_id)
        assert made.description == "أحتاج دعمًا رقم 0"
        assert (person.first_name, person.id_number) == ("محمد", new.values["id_number"])
    with pytest.raises(ValidationFailed) as twice:
        online_arrivals.convert(desk_db, desk_admin, new.id, Decision(service_code=service,
                                consent=True), profile, branch_code="RYD")
    assert twice.value.errors[0].code == "arrival_taken"
    # a registered person's submission goes on their own file
    number = online_arrivals.convert(
        desk_db, desk_admin, known.id, Decision(known.beneficiary_id, service, consent=True),
        profile, branch_code="RYD")
    with desk_db.read() as s:
        made = s.scalar(select(ServiceRequest).where(ServiceRequest.number == number))
    assert made.beneficiary_id == exp.file_of[2 + 120] and made.channel_code == "website"
    waiting = online_arrivals.counts(desk_db, desk_admin)
    assert (waiting["waiting"], waiting["converted"]) == (198, 2)


def test_a_complaint_sent_online_is_filed_on_the_website_channel_once(desk_db, desk_admin,
                                                                      export):
    path, _exp = export
    profile = profile_service.current(desk_db)
    online_import.import_file(desk_db, desk_admin, path, profile)
    [complaint, *_] = [a for a in online_arrivals.listing(desk_db, desk_admin)
                       if a.kind == "complaint"]
    with pytest.raises(ValidationFailed):  # the category is the reviewer's to choose
        online_arrivals.convert(desk_db, desk_admin, complaint.id, Decision(), profile,
                                branch_code="RYD")
    number = online_arrivals.convert(desk_db, desk_admin, complaint.id,
                                     Decision(category_code="service_quality"), profile,
                                     branch_code="RYD")
    [filed] = [c for c in complaint_views.rows(desk_db, profile) if c.number == number]
    assert filed.channel_code == "website"
    assert filed.received_on == complaint.submitted_at.date()


def test_dismissed_with_a_reason_and_a_failed_conversion_waits_as_before(desk_db, desk_admin,
                                                                        export):
    path, _exp = export
    profile = profile_service.current(desk_db)
    online_import.import_file(desk_db, desk_admin, path, profile)
    queue = {a.row_no: a for a in online_arrivals.listing(desk_db, desk_admin)}
    with pytest.raises(ValidationFailed):
        online_arrivals.dismiss(desk_db, desk_admin, queue[3].id, "  ")
    online_arrivals.dismiss(desk_db, desk_admin, queue[3].id, "تجربة من موظف")
    with pytest.raises(ValidationFailed) as bad:  # an ID typed wrong cannot be registered
        online_arrivals.convert(desk_db, desk_admin, queue[162].id,
                                Decision(service_code="service_request", consent=True),
                                profile, branch_code="RYD")
    assert ("id_number", "id_checksum") in {(e.field, e.code) for e in bad.value.errors}
    left = {a.row_no: a.status for a in online_arrivals.listing(desk_db, desk_admin)}
    assert 3 not in left and left[162] == "waiting"


def test_a_workbook_in_the_watched_folder_is_read_and_moved(desk_db, desk_admin, tmp_path):
    profile = profile_service.current(desk_db)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    book = Workbook()
    book.active.append(["Submitted at", "Full name", "ID number", "Birth date", "Gender",
                        "Phone", "Kind", "Complaint"])
    book.active.append([datetime(2026, 11, 21, 10, 15), "هند سعد علي الشمري",
                        "1012345674", "01/01/1990", "female", "0551112222", "complaint",
                        "تأخر الرد على طلبي"])
    book.save(inbox / "forms.xlsx")
    (inbox / "broken.csv").write_bytes(b"")
    online_import.set_folder(desk_db, desk_admin, str(inbox))
    reports = {r.source: r for r in online_import.scan_folder(desk_db, desk_admin, profile)}
    assert reports["forms.xlsx"].queued == 1 and reports["broken.csv"].problem == "empty_file"
    assert (inbox / "imported" / "forms.xlsx").exists() and (inbox / "broken.csv").exists()
    [a] = online_arrivals.listing(desk_db, desk_admin)
    assert (a.kind, a.submitted_at, a.values["grandfather_name"]) == (
        "complaint", datetime(2026, 11, 21, 10, 15), "علي")
    assert a.values["description"] == "تأخر الرد على طلبي"
