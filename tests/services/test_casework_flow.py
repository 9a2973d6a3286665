"""Issue 20's flow, end to end through the services, as an office lives it: intake at the desk →
the social researcher studies one request (referred, studied, printed, sent on) → a committee
meeting decides three requests in one go → its minutes approved by each member's own password →
the beneficiaries notified → aid delivered and the signed handover receipt scanned back. The
printed study, minutes and receipt are read back with pdftotext, in logical order.

One database (SQLite) for the whole flow: each step's services have their own tests on both
engines (test_study_referral, test_studies, test_meetings, test_aid)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from desk_app.domain.aid import AidForm, AidItem
from desk_app.domain.beneficiary import BeneficiaryForm, HouseholdForm
from desk_app.domain.calendar import format_dual
from desk_app.domain.identifiers import make_saudi_id
from desk_app.domain.meetings import ItemDecision, MeetingForm
from desk_app.domain.requests import IntakeForm
from desk_app.domain.study import StudyInput
from desk_app.domain.validation import ValidationFailed
from desk_app.services import (
    aid,
    aid_documents,
    documents,
    installation,
    meeting_minutes,
    meeting_views,
    meetings,
    registry,
    staff,
    studies,
)
from desk_app.services import profile as profile_service
from desk_app.services import requests as svc
from desk_app.services.study_report import issue_study_report
from desk_app.storage.db import Database
from tests.clocks import INSTANTS, FixedClock
from tests.documents.pdftext import assert_words_in_order, requires_pdftotext, squash, text_of

TODAY = date(2026, 11, 22)
PEOPLE = (("huda", "هدى العمري", "reception"), ("amal", "أمل القحطاني", "researcher"),
          ("fahd", "فهد الزهراني", "committee"), ("noura", "نورة الحربي", "committee"))
APPLICANTS = (("مريم", "صالح", "الدوسري", "female", "61000001"),
              ("خالد", "فهد", "العتيبي", "male", "61000002"),
              ("منيرة", "سعد", "الشهري", "female", "61000003"))
IBAN = "SA0380000000608010167519"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture
def office(tmp_path):
    db = Database.open(f"sqlite:///{tmp_path / 'desk.sqlite3'}",
                       clock=FixedClock(INSTANTS["sunday"]))
    admin = installation.initialise(db, preset_key="althikr_alhakeem", branch_code="RYD",
                                    admin_username="admin", admin_password="admin-pass-2026",
                                    admin_full_name="مدير النظام")
    people = {user: staff.create(db, admin, user, f"{user}-pass-2026", name, role,
                                 must_change=False) for user, name, role in PEOPLE}
    yield db, people, profile_service.current(db)
    db.dispose()


def _intake(db, desk, researcher, profile, first, father, family, gender, body):
    household = [HouseholdForm(f"سلمى {first} {family}", "ابنة", "01/01/2012",
                               make_saudi_id(1, f"7{body[1:]}"))] if gender == "female" else []
    person = registry.register(db, desk, BeneficiaryForm(
        first_name=first, father_name=father, grandfather_name="حمد", family_name=family,
        id_number=make_saudi_id(1, body), gender=gender, birth_date="01/01/1985",
        mobile=f"055{body[1:]}", contact_channel_code="phone", household=household),
        branch_code="RYD").id
    r = svc.create(db, desk, IntakeForm(person, "service_request", "phone", "طلب مساعدة", True,
                                        True, agreed_channel_code="phone"), branch_code="RYD", profile=profile)
    for item in r.checklist:
        r = svc.verify_document(db, researcher, r.id, item.document_code, seen=True,
                                matches=True, profile=profile)
    return r


def _study(db, people, profile, request_id):
    """Referred to the researcher, studied, the report printed, then on to the committee."""
    svc.refer(db, people["huda"], request_id, kind="social_researcher",
              target_name="الباحثة الاجتماعية", reason="الدخل غير واضح",
              assignee_id=people["amal"].id)
    view = studies.get(db, people["amal"], request_id)
    studies.save(db, people["amal"], request_id, StudyInput(
        visit_on="18/11/2026", visit_kind="home", housing_kind="rented", housing="شقة صغيرة",
        income={"social_security": "2500"}, expenses={"rent": "1500"}, health="سليمة",
        needs="مساعدة في الإيجار", recommendation="يوصى بصرف مساعدة نقدية للإيجار"),
        profile=profile, expected_version=view.version)
    report = issue_study_report(db, people["amal"], request_id)
    svc.end_study(db, people["amal"], request_id, outcome="committee",
                  note="تمت الدراسة ويوصى بالدعم", profile=profile)
    return report


def _meeting(db, people, profile, requests):
    m = meetings.create(db, people["fahd"], MeetingForm(
        "competent", TODAY, "in_person", "قاعة الاجتماعات",
        (people["fahd"].id, people["noura"].id)), profile)
    rows = {r.request_id: r for r in meeting_views.agenda(db, people["fahd"], profile,
                                                          TODAY).rows}
    assert set(rows) == {r.id for r in requests}  # the three requests, and only they
    verdicts = (("accepted", ""), ("accepted", ""), ("rejected", "الدخل يتجاوز الحد"))
    meetings.record_decisions(db, people["fahd"], m.id, [
        ItemDecision(r.id, d, why, rows[r.id].version)
        for r, (d, why) in zip(requests, verdicts, strict=True)], profile)
    for who in ("fahd", "noura"):
        done = meetings.approve_minutes(db, m.id, people[who].id, f"{who}-pass-2026", profile)
    assert done.status == "approved" and done.minutes_approved
    return m, meeting_minutes.issue_minutes(db, people["fahd"], m.id, profile)


@requires_pdftotext
def test_intake_study_meeting_minutes_notification_aid_and_signed_receipt(office, tmp_path):
    db, people, profile = office
    desk = people["huda"]
    requests = [_intake(db, desk, people["amal"], profile, *a) for a in APPLICANTS]
    assert {r.status for r in requests} == {"complete"}
    report = _study(db, people, profile, requests[0].id)
    for r in requests[1:]:
        svc.send_to_committee(db, people["amal"], r.id, profile=profile)
    meeting, minutes = _meeting(db, people, profile, requests)

    statuses = [svc.get(db, r.id).status for r in requests]
    assert statuses == ["accepted", "accepted", "rejected"]
    for r, text in zip(requests, ("قُبل طلبك", "قُبل طلبك", "نعتذر، لم يُقبل طلبك"),
                       strict=True):
        svc.record_notification(db, desk, r.id, channel_code="phone", text=text, sent_on=TODAY,
                                profile=profile)

    cash = aid.record(db, desk, requests[0].id, AidForm(
        "cash", delivered_on=TODAY, amount="1500", payment_method="iban", iban=IBAN),
        profile=profile)
    basket = aid.record(db, desk, requests[1].id, AidForm(
        "in_kind", delivered_on=TODAY, items=(AidItem("سلة غذائية", "2", "سلة"),)),
        profile=profile)
    receipt = aid_documents.issue_aid_receipt(db, desk, cash.id)
    aid_documents.issue_aid_receipt(db, desk, basket.id)
    scan = tmp_path / "signed-receipt.png"
    scan.write_bytes(PNG)
    assert aid.attach_signed_copy(db, desk, cash.id, scan).signed_copy == "signed-receipt.png"
    assert [svc.get(db, r.id).status for r in requests] == ["served", "served", "rejected"]
    with pytest.raises(ValidationFailed) as refused:  # a rejected request gets no aid
        aid.record(db, desk, requests[2].id, AidForm("service", delivered_on=TODAY,
                                                     details="x"), profile=profile)
    assert refused.value.errors[0].code == "no_approval"
    assert [n.text for n in svc.get(db, requests[2].id).notifications] == [
        "نعتذر، لم يُقبل طلبك"]

    day = format_dual(TODAY)
    study = text_of(report.pdf)
    for words in ("تقرير البحث الاجتماعي", f"رقم الطلب {requests[0].number}",
                  "نوع الزيارة زيارة منزلية", "يوصى بصرف مساعدة نقدية للإيجار"):
        assert_words_in_order(study, words)
    text = text_of(minutes.pdf)
    for words in ("محضر اجتماع اللجنة", "الأعضاء الحاضرون", "فهد الزهراني", "نورة الحربي",
                  "القرارات", requests[2].number, "الدخل يتجاوز الحد"):
        assert_words_in_order(text, words)
    assert squash(text).index(requests[0].number) < squash(text).index(requests[2].number)
    given = text_of(receipt.pdf)
    for words in ("إيصال تسليم مساعدة", f"رقم الإيصال {cash.number}",
                  "نوع المساعدة مساعدة نقدية", "المبلغ 1,500 ريال",
                  "أقرّ أنا مريم صالح حمد الدوسري، حاملة رقم الهوية الوطنية",
                  f"ما ورد في هذا الإيصال كاملاً بتاريخ {day}، وذلك",
                  "توقيع المستلمة", "توقيع الموظف"):
        assert_words_in_order(given, words)
    for doc in (report, minutes, receipt):  # each archived with its code, verifiable
        assert documents.verify(db, people["fahd"], doc.code).genuine
        if os.environ.get("DESK_SCREENSHOTS"):  # to look at: pdftoppm -png FILE
            folder = Path(os.environ["DESK_SCREENSHOTS"])
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"flow-{doc.kind}.pdf").write_bytes(doc.pdf)
