"""Request services: one audited action per step, the checklist drives completion, deadlines are
stored with the holiday-table version, forbidden moves refused, bad scans save nothing."""

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from desk_app.domain.aid import AidForm, AidItem
from desk_app.domain.beneficiary import BeneficiaryForm
from desk_app.domain.identifiers import make_saudi_id
from desk_app.domain.requests import IntakeForm
from desk_app.domain.validation import ValidationFailed
from desk_app.domain.workflows import TransitionNotAllowed
from desk_app.services import aid, registry, request_views, review
from desk_app.services import profile as profile_service
from desk_app.services import requests as svc
from desk_app.storage.requests_tables import Consent, Contact, Scan
from tests.clocks import on_every_kind_of_day

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture
def profile(desk_db):
    return profile_service.current(desk_db)


@pytest.fixture
def person(desk_db, desk_admin):
    form = BeneficiaryForm(first_name="نورة", father_name="سعد", grandfather_name="ناصر",
                           family_name="القحطاني", id_number=make_saudi_id(1, "44556677"),
                           gender="female", birth_date="01/01/1990", mobile="0551112233",
                           contact_channel_code="phone")
    return registry.register(desk_db, desk_admin, form, branch_code="RYD").id


def open_request(db, actor, profile, person, service="service_request", channel="phone"):
    form = IntakeForm(person, service, channel, "طلب مساعدة", True, True, agreed_channel_code="phone")
    return svc.create(db, actor, form, branch_code="RYD", profile=profile)


def audit_actions(db, target):
    return [t.action for t in request_views.trail(db, target)]


def test_create_numbers_records_consent_contact_and_checklist(desk_db, desk_admin, profile,
                                                              person):
    r = open_request(desk_db, desk_admin, profile, person)
    assert r.number == "RYD-2026-000001"
    assert open_request(desk_db, desk_admin, profile, person).number == "RYD-2026-000002"
    assert r.status == "incomplete"
    assert [i.document_code for i in r.checklist] == ["national_id", "national_address"]
    assert [i.document_code for i in r.missing] == ["national_id", "national_address"]
    assert [(h.from_status, h.to_status) for h in r.history] == [
        ("", "received"), ("received", "incomplete")]
    assert r.eligible is True and r.due_on is None
    # what the save returns (built from the rows it wrote) is what reading it back shows
    assert r == request_views.get(desk_db, r.id)
    with desk_db.read() as s:
        consent = s.scalars(select(Consent).where(Consent.request_id == r.id)).one()
        assert consent.text_version == profile.texts.consent_version
        assert consent.programme_terms and consent.data_processing
        contact = s.scalars(select(Contact).where(Contact.request_id == r.id)).one()
        assert (contact.channel_code, contact.kind) == ("phone", "request")
    assert audit_actions(desk_db, r.id) == ["request.create"]


def test_intake_refusals_save_nothing(desk_db, desk_admin, profile, person):
    with pytest.raises(ValidationFailed) as info:
        svc.create(desk_db, desk_admin, IntakeForm(person, "service_request", "phone", "", True,
                                                   False, agreed_channel_code="phone"), branch_code="RYD", profile=profile)
    assert [(e.field, e.code) for e in info.value.errors] == [("consent", "consent_required")]
    assert request_views.listing(desk_db, profile, date(2026, 11, 22)) == []


# 15 working days after the day the checklist is complete, counted by hand on the calendar:
# Sunday to Thursday are working days; the seeded holiday table has Eid al-Fitr 1448 on 9–12 and
# 14 March 2027 (the 14th a compensating day).
DUE_IN_15_WORKING_DAYS = {
    "sunday": date(2026, 12, 13),           # three weeks later, Sunday to Sunday
    "thursday": date(2026, 12, 17),         # the weekend skipped: Sunday 29 Nov is day 1
    "hijri_month_end": date(2026, 12, 30),  # Thursday 10 Dec is day 1
    "year_end": date(2027, 1, 21),          # across the new year: Sunday 3 Jan is day 1
    "eid": date(2027, 4, 4),                # Eid days skipped: Monday 15 March is day 1
}


@on_every_kind_of_day
def test_checklist_completion_starts_the_clock(desk_db, desk_admin, profile, person, clock,
                                               request):
    r = open_request(desk_db, desk_admin, profile, person)
    r = svc.verify_document(desk_db, desk_admin, r.id, "national_id", seen=True, matches=True,
                            profile=profile)
    assert r.status == "incomplete" and [i.document_code for i in r.missing] == [
        "national_address"]
    assert r.checklist[0].verified_by == "مدير النظام"
    assert r.checklist[0].verified_at == clock.now
    # seen but not matching the record is not done
    r = svc.verify_document(desk_db, desk_admin, r.id, "national_address", seen=True,
                            matches=False, notes="العنوان مختلف", profile=profile)
    assert r.status == "incomplete"
    r = svc.verify_document(desk_db, desk_admin, r.id, "national_address", seen=True,
                            matches=True, profile=profile)
    assert r.status == "complete"
    assert r.completed_on == clock.now.date()
    assert r.due_on == DUE_IN_15_WORKING_DAYS[request.node.callspec.params["clock"]]
    assert r.due_rule == "working_days:15"
    assert r.holiday_table_version == profile.holiday_table_version
    with pytest.raises(ValidationFailed) as info:
        svc.verify_document(desk_db, desk_admin, r.id, "national_id", seen=False, matches=False,
                            profile=profile)
    assert info.value.errors[0].code == "checklist_locked"


def test_due_date_does_not_move_when_holidays_are_edited_later(desk_db, desk_admin, profile,
                                                               person):
    r = open_request(desk_db, desk_admin, profile, person)
    for code in ("national_id", "national_address"):
        r = svc.verify_document(desk_db, desk_admin, r.id, code, seen=True, matches=True,
                                profile=profile)
    from desk_app.domain.profile import Holiday
    edited = profile.with_changes(
        holidays=profile.holidays + (Holiday(date(2026, 12, 1), "عطلة"),),
        holiday_table_version=profile.holiday_table_version + 1)
    # the stored date stands; only the time left is counted with the new table
    row = request_views.listing(desk_db, edited, date(2026, 11, 22))[0]
    assert (row.due_on, row.days_left) == (date(2026, 12, 13), 14)
    assert request_views.get(desk_db, r.id).holiday_table_version == profile.holiday_table_version


def test_full_path_to_closed_with_every_step_audited(desk_db, desk_admin, profile, person):
    r = open_request(desk_db, desk_admin, profile, person)
    for code in ("national_id", "national_address"):
        r = svc.verify_document(desk_db, desk_admin, r.id, code, seen=True, matches=True,
                                profile=profile)
    r = svc.send_to_committee(desk_db, desk_admin, r.id, profile=profile)
    assert r.status == "committee"
    r = svc.decide(desk_db, desk_admin, r.id, decision="accepted", reason="",
                   committee_code="competent", decided_on=date(2026, 11, 22), profile=profile)
    r = svc.record_notification(desk_db, desk_admin, r.id, channel_code="phone",
                                text="تم قبول طلبك", sent_on=date(2026, 11, 22), profile=profile)
    aid.record(desk_db, desk_admin, r.id, AidForm(
        "in_kind", delivered_on=date(2026, 11, 22), items=(AidItem("سلة غذائية", "1"),)),
        profile=profile)
    r = svc.close(desk_db, desk_admin, r.id)
    assert r.status == "closed"
    assert [h.to_status for h in r.history] == [
        "received", "incomplete", "complete", "committee", "accepted", "served", "closed"]
    assert r.notifications[0].text == "تم قبول طلبك"
    assert audit_actions(desk_db, r.id) == [
        "request.create", "request.verify_document", "request.verify_document",
        "request.send_to_committee", "request.decide", "request.notify", "request.serve",
        "request.close"]
    trail = request_views.trail(desk_db, r.id)
    assert all(t.actor == "admin" for t in trail)
    decide = next(t for t in trail if t.action == "request.decide")
    tables = {c["table"] for c in decide.changes}
    assert tables == {"service_requests", "request_events", "request_decisions"}


def test_forbidden_moves_are_refused_and_change_nothing(desk_db, desk_admin, profile, person):
    r = open_request(desk_db, desk_admin, profile, person)
    with pytest.raises(TransitionNotAllowed):
        svc.send_to_committee(desk_db, desk_admin, r.id, profile=profile)
    with pytest.raises(TransitionNotAllowed):
        svc.decide(desk_db, desk_admin, r.id, decision="accepted", reason="",
                   committee_code="competent", decided_on=date(2026, 11, 22), profile=profile)
    with pytest.raises(TransitionNotAllowed):
        svc.close(desk_db, desk_admin, r.id)
    assert request_views.get(desk_db, r.id).status == "incomplete"
    assert audit_actions(desk_db, r.id) == ["request.create"]


def test_not_eligible_goes_to_committee_marked_or_is_withdrawn(desk_db, desk_admin, person):
    from desk_app.domain.profile import Criterion
    base = profile_service.current(desk_db)
    svc_def = base.service("service_request")
    strict = base.with_changes(services=(
        svc_def.__class__(**{**svc_def.__dict__, "criteria": (Criterion.age_between(60, None),)}),
        *base.services[1:]))
    r = open_request(desk_db, desk_admin, strict, person)
    assert r.eligible is False and r.failed_criteria[0].code == "age_below_min"
    assert r.status == "incomplete"              # not rejected by itself
    for code in ("national_id", "national_address"):
        r = svc.verify_document(desk_db, desk_admin, r.id, code, seen=True, matches=True,
                                profile=strict)
    r = svc.send_to_committee(desk_db, desk_admin, r.id, profile=strict)
    assert r.status == "committee" and r.failed_criteria[0].code == "age_below_min"
    other = open_request(desk_db, desk_admin, strict, person)
    with pytest.raises(ValidationFailed):
        svc.withdraw(desk_db, desk_admin, other.id, " ")
    assert svc.withdraw(desk_db, desk_admin, other.id, "اختار الانسحاب").status == "withdrawn"


def test_referral_at_intake_and_by_committee(desk_db, desk_admin, profile, person):
    r = open_request(desk_db, desk_admin, profile, person)
    with pytest.raises(ValidationFailed):
        svc.refer(desk_db, desk_admin, r.id, kind="association", target_name="", reason="")
    r = svc.refer(desk_db, desk_admin, r.id, kind="association", target_name="جمعية البر",
                  reason="الخدمة خارج نطاق الجمعية")
    assert r.status == "referred" and r.referrals[0].stage == "intake"


def test_scans_bad_files_save_nothing(desk_db, desk_admin, profile, person, tmp_path):
    r = open_request(desk_db, desk_admin, profile, person)
    docx = tmp_path / "id.pdf"
    docx.write_bytes(b"PK\x03\x04" + b"\x00" * 100)       # a Word file named .pdf
    big = tmp_path / "big.pdf"
    big.write_bytes(PDF + b"\x00" * 2048)
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    folder = tmp_path / "folder.pdf"
    folder.mkdir()
    cases = {docx: "scan_not_image_or_pdf", big: "scan_too_large", empty: "scan_empty",
             tmp_path / "missing.pdf": "scan_missing", folder: "scan_missing"}
    for path, code in cases.items():
        with pytest.raises(ValidationFailed) as info:
            svc.attach_scan(desk_db, desk_admin, r.id, "national_id", path, limit_bytes=2000)
        assert info.value.errors[0].code == code, path
    with desk_db.read() as s:
        assert s.scalar(select(func.count()).select_from(Scan)) == 0
    assert audit_actions(desk_db, r.id) == ["request.create"]


def test_unreadable_scan(desk_db, desk_admin, profile, person, tmp_path, monkeypatch):
    r = open_request(desk_db, desk_admin, profile, person)
    path = tmp_path / "id.png"
    path.write_bytes(PNG)

    def deny(self):  # noqa: ANN001
        raise PermissionError("denied")

    monkeypatch.setattr(type(path), "read_bytes", deny)
    with pytest.raises(ValidationFailed) as info:
        svc.attach_scan(desk_db, desk_admin, r.id, "national_id", path)
    assert info.value.errors[0].code == "scan_unreadable"


def test_scan_is_stored_with_hash_and_read_back(desk_db, desk_admin, profile, person, tmp_path):
    import hashlib
    r = open_request(desk_db, desk_admin, profile, person)
    path = tmp_path / "هوية.png"
    path.write_bytes(PNG)
    r = svc.attach_scan(desk_db, desk_admin, r.id, "national_id", path)
    info = r.checklist[0].scans[0]
    assert (info.file_name, info.mime, info.size) == ("هوية.png", "image/png", len(PNG))
    assert info.sha256 == hashlib.sha256(PNG).hexdigest()
    got, data = request_views.scan_content(desk_db, desk_admin, info.id)
    assert data == PNG and got == info
    changes = request_views.trail(desk_db, r.id)[-1].changes
    inserted = next(c for c in changes if c["table"] == "request_scans")
    assert inserted["after"]["data"] == f"<{len(PNG)} bytes>"   # bytes never in the audit


def test_waiting_list_sorted_by_time_left_with_overdue_marked(desk_db, desk_admin, profile,
                                                              person, clock):
    ids = []
    for days_ago in (0, 30, 10):
        clock.now = datetime(2026, 11, 22, 9, 30) - timedelta(days=days_ago)
        r = open_request(desk_db, desk_admin, profile, person)
        for code in ("national_id", "national_address"):
            r = svc.verify_document(desk_db, desk_admin, r.id, code, seen=True, matches=True,
                                    profile=profile)
        ids.append(r.id)
    clock.now = datetime(2026, 11, 22, 9, 30)
    pending = open_request(desk_db, desk_admin, profile, person)   # no due date yet: last
    rows = request_views.listing(desk_db, profile, date(2026, 11, 22))
    assert [r.id for r in rows] == [ids[1], ids[2], ids[0], pending.id]
    assert [r.overdue for r in rows] == [True, False, False, False]
    assert rows[0].days_left < 0 and rows[2].days_left == 15 and rows[3].days_left is None
    overdue = request_views.listing(desk_db, profile, date(2026, 11, 22), overdue_only=True)
    assert [r.id for r in overdue] == [ids[1]]


def test_contact_log_and_review(desk_db, desk_admin, profile, person, clock):
    svc.log_contact(desk_db, desk_admin, person, channel_code="phone", kind="enquiry",
                    summary="استفسار عن موعد الرد", profile=profile)
    with pytest.raises(ValidationFailed):
        svc.log_contact(desk_db, desk_admin, person, channel_code="pigeon", kind="enquiry",
                        summary="", profile=profile)
    today = date(2026, 11, 22)
    assert review.backlog(desk_db, profile, today).total == 0
    later = date(2027, 11, 22)
    page = review.backlog(desk_db, profile, later)
    assert page.total == 1 and page.rows[0].due_on == later
    assert review.is_due(today, profile, later)
    clock.now = datetime(2027, 11, 22, 10, 0)
    review.confirm_current(desk_db, desk_admin, person)
    assert review.backlog(desk_db, profile, later).total == 0


def test_demo_requests_cover_every_state_and_read_back(desk_db, desk_admin, profile):
    from desk_app.services import demo, demo_requests

    demo.generate(desk_db, beneficiaries=400, seed=3, preset_key="althikr_alhakeem",
                  branch_code="RYD")
    report = demo_requests.generate_requests(desk_db, seed=3, per_beneficiary=1.5)
    assert 450 <= report["requests"] <= 750
    assert set(report["by_state"]) == {"received", "incomplete", "complete", "under_study",
                                       "committee",
                                       "accepted", "rejected", "referred", "served", "withdrawn",
                                       "closed"}
    assert report["decisions"] > 0 and report["notifications"] > 0
    # the same people are not given requests twice; numbers continue from the counter
    assert demo_requests.generate_requests(desk_db, seed=3)["requests"] == 0
    rows = request_views.listing(desk_db, profile, date(2026, 11, 22), open_only=False,
                                 limit=5000)
    assert len(rows) == report["requests"]
    assert len({r.number for r in rows}) == len(rows)
    closed = next(r for r in rows if r.status == "closed")
    d = request_views.get(desk_db, closed.id)
    assert d.history[-1].to_status == "closed" and d.decisions and not d.missing
    assert d.due_on > d.completed_on
    waiting = request_views.listing(desk_db, profile, date(2026, 11, 22))
    assert waiting and all(r.status in ("received", "incomplete", "complete", "under_study",
                                        "committee") for r in waiting)
    r = open_request(desk_db, desk_admin, profile, waiting[0].beneficiary_id)
    assert r.number == f"RYD-2026-{max(int(x.number[-6:]) for x in rows if '2026' in x.number) + 1:06d}"


def test_cli_lists_requests_with_dual_dates(desk_db, desk_admin, profile, person, capsys,
                                            monkeypatch):
    import json

    from desk_app import cli
    from tests.conftest import ADMIN_PASSWORD

    monkeypatch.setenv("DESK_APP_USER", "admin")  # the command line signs a person in
    monkeypatch.setenv("DESK_APP_PASSWORD", ADMIN_PASSWORD)

    r = open_request(desk_db, desk_admin, profile, person)
    for code in ("national_id", "national_address"):
        svc.verify_document(desk_db, desk_admin, r.id, code, seen=True, matches=True,
                            profile=profile)
    open_request(desk_db, desk_admin, profile, person)
    assert cli.main(["--db", desk_db.url, "requests", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["count"] == 2
    first = out["requests"][0]
    assert (first["number"], first["due_on"], first["service_name"], first["channel_name"]) == (
        "RYD-2026-000001", "2026-12-13", "طلب خدمة", "الاتصال الهاتفي")
    assert first["due_hijri"] == "04/07/1448 هـ" and first["due_gregorian"] == "13/12/2026 م"
    assert cli.main(["--db", desk_db.url, "requests"]) == 0
    text = capsys.readouterr().out
    assert "RYD-2026-000001\tنورة سعد ناصر القحطاني\tطلب خدمة\tالاتصال الهاتفي\tcomplete\t" \
           "04/07/1448 هـ (13/12/2026 م)" in text
