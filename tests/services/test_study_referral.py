"""Internal referral that comes back (issue 20): the desk refers a request whose procedures are
unclear to the social research officer (seeds 001/002) or the concerned department (004); it waits
under study with that person or unit, then returns to the desk or goes on to the committee with
what the study found. A referral to another association (003 §5-10) still ends the request."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from desk_app.domain.beneficiary import BeneficiaryForm
from desk_app.domain.identifiers import make_saudi_id
from desk_app.domain.permissions import PermissionDenied
from desk_app.domain.requests import IntakeForm
from desk_app.domain.validation import ValidationFailed
from desk_app.domain.workflows import TransitionNotAllowed
from desk_app.services import profile as profile_service
from desk_app.services import registry, reports, request_views, staff
from desk_app.services import requests as svc


@pytest.fixture
def profile(desk_db):
    return profile_service.current(desk_db)


@pytest.fixture
def person(desk_db, desk_admin):
    form = BeneficiaryForm(first_name="سارة", father_name="علي", grandfather_name="حمد",
                           family_name="الدوسري", id_number=make_saudi_id(1, "33445566"),
                           gender="female", birth_date="01/01/1985", mobile="0553334455",
                           contact_channel_code="phone")
    return registry.register(desk_db, desk_admin, form, branch_code="RYD").id


@pytest.fixture
def people(desk_db, desk_admin):
    """A receptionist who refers, the researcher who studies, and a second researcher."""
    make = staff.create
    return {"reception": make(desk_db, desk_admin, "huda", "huda-pass-2026", "هدى", "reception"),
            "researcher": make(desk_db, desk_admin, "amal", "amal-pass-2026", "أمل الباحثة",
                               "researcher"),
            "committee": make(desk_db, desk_admin, "fahd", "fahd-pass-2026", "فهد", "committee"),
            "manager": make(desk_db, desk_admin, "mona", "mona-pass-2026", "منى", "manager")}


def open_request(db, actor, profile, person):
    form = IntakeForm(person, "service_request", "phone", "طلب مساعدة", True, True, agreed_channel_code="phone")
    return svc.create(db, actor, form, branch_code="RYD", profile=profile)


def verify_all(db, actor, r, profile):
    for item in r.checklist:
        r = svc.verify_document(db, actor, r.id, item.document_code, seen=True, matches=True,
                                profile=profile)
    return r


def moves(r):
    return [(h.from_status, h.to_status) for h in r.history]


def test_referred_to_the_researcher_and_back_to_the_desk(desk_db, profile, person, people):
    desk, researcher = people["reception"], people["researcher"]
    r = open_request(desk_db, desk, profile, person)
    r = svc.refer(desk_db, desk, r.id, kind="social_researcher", target_code="social_researcher",
                  target_name="مسؤول البحث الاجتماعي", reason="الإجراءات غير واضحة للمستفيدة",
                  assignee_id=researcher.id)
    assert r.status == "under_study"
    assert (r.assignee_id, r.assignee_name, r.assigned_unit) == (
        researcher.id, "أمل الباحثة", "social_researcher")
    assert (r.referrals[0].stage, r.referrals[0].target_kind) == ("intake", "social_researcher")
    # under study the documents can still be checked (seed 003 §6-2: by the researcher)
    r = verify_all(desk_db, researcher, r, profile)
    assert r.status == "under_study" and r.completed_on == desk_db.clock().date()
    assert r.due_on is not None                     # the response clock runs from completion
    r = svc.end_study(desk_db, researcher, r.id, outcome="desk", note="شُرحت لها الإجراءات",
                      profile=profile)
    assert r.status == "complete" and r.assignee_id is None and r.assigned_unit == ""
    assert moves(r)[-2:] == [("incomplete", "under_study"), ("under_study", "complete")]
    assert r.history[-1].note == "شُرحت لها الإجراءات"


def test_back_to_the_desk_with_documents_missing_is_incomplete(desk_db, profile, person,
                                                                 people):
    desk, researcher = people["reception"], people["researcher"]
    r = open_request(desk_db, desk, profile, person)
    r = svc.refer(desk_db, desk, r.id, kind="department", target_code="concerned_department",
                  target_name="الإدارة المعنية", reason="استفسار عن البرنامج")
    assert r.status == "under_study" and r.assignee_id is None
    assert r.assigned_unit == "concerned_department"
    with pytest.raises(ValidationFailed) as refused:
        svc.end_study(desk_db, researcher, r.id, outcome="committee", note="جاهز", profile=profile)
    assert [(e.field, e.code) for e in refused.value.errors] == [
        ("checklist", "checklist_incomplete")]
    r = svc.end_study(desk_db, researcher, r.id, outcome="desk", note="تُستكمل المستندات",
                      profile=profile)
    assert r.status == "incomplete" and r.due_on is None


def test_study_goes_on_to_the_committee_which_decides(desk_db, profile, person, people):
    desk, researcher, member = people["reception"], people["researcher"], people["committee"]
    r = verify_all(desk_db, researcher, open_request(desk_db, desk, profile, person), profile)
    assert r.status == "complete"
    r = svc.refer(desk_db, researcher, r.id, kind="social_researcher", target_name="البحث",
                  reason="دراسة الحالة", assignee_id=researcher.id)
    with pytest.raises(TransitionNotAllowed):  # not without the study's findings
        svc.send_to_committee(desk_db, researcher, r.id, profile=profile)
    with pytest.raises(ValidationFailed) as refused:
        svc.end_study(desk_db, researcher, r.id, outcome="committee", note=" ", profile=profile)
    assert [(e.field, e.code) for e in refused.value.errors] == [("note", "required")]
    r = svc.end_study(desk_db, researcher, r.id, outcome="committee",
                      note="الأسرة بحاجة، يوصى بالقبول", profile=profile)
    assert r.status == "committee" and r.history[-1].note == "الأسرة بحاجة، يوصى بالقبول"
    # the committee may send it back for more study, and take it again
    r = svc.refer(desk_db, researcher, r.id, kind="social_researcher", target_name="البحث",
                  reason="تحتاج زيارة منزلية")
    assert r.status == "under_study" and r.referrals[-1].stage == "committee"
    r = svc.end_study(desk_db, researcher, r.id, outcome="committee", note="تمت الزيارة",
                      profile=profile)
    r = svc.decide(desk_db, member, r.id, decision="accepted", reason="", committee_code=(
        r.committee_code), decided_on=desk_db.clock().date(), profile=profile)
    assert r.status == "accepted"


def test_external_referral_still_ends_the_request(desk_db, profile, person, people):
    desk = people["reception"]
    r = open_request(desk_db, desk, profile, person)
    r = svc.refer(desk_db, desk, r.id, kind="association", target_name="جمعية البر",
                  reason="الخدمة خارج نطاق الجمعية")
    assert r.status == "referred" and r.assignee_id is None
    assert r.next_states == {"closed"}
    with pytest.raises(TransitionNotAllowed):
        svc.end_study(desk_db, people["researcher"], r.id, outcome="desk", note="x",
                      profile=profile)
    # telling the beneficiary at intake is recorded against the request
    r = svc.record_notification(desk_db, desk, r.id, channel_code="phone",
                                text="أُحلتم إلى جمعية البر", sent_on=desk_db.clock().date(),
                                profile=profile)
    assert r.notifications[0].text == "أُحلتم إلى جمعية البر"


def test_only_the_researcher_ends_a_study_and_refusals_change_nothing(desk_db, profile, person,
                                                                      people):
    desk = people["reception"]
    r = open_request(desk_db, desk, profile, person)
    with pytest.raises(ValidationFailed) as refused:
        svc.refer(desk_db, desk, r.id, kind="social_researcher", target_name="البحث",
                  reason="غير واضح", assignee_id="no-such-person")
    assert refused.value.errors[0].field == "assignee"
    r = svc.refer(desk_db, desk, r.id, kind="social_researcher", target_name="البحث",
                  reason="غير واضح")
    for who in ("reception", "committee"):
        with pytest.raises(PermissionDenied):
            svc.end_study(desk_db, people[who], r.id, outcome="desk", note="x", profile=profile)
    with pytest.raises(ValidationFailed):
        svc.end_study(desk_db, people["researcher"], r.id, outcome="elsewhere", note="x",
                      profile=profile)
    assert request_views.get(desk_db, r.id).status == "under_study"


def test_study_time_counts_once_the_request_is_complete(desk_db, clock, profile, person,
                                                        people):
    """A request complete before it was referred keeps its due date through the study."""
    desk, researcher = people["reception"], people["researcher"]
    r = verify_all(desk_db, researcher, open_request(desk_db, desk, profile, person), profile)
    due = r.due_on
    r = svc.refer(desk_db, desk, r.id, kind="social_researcher", target_name="البحث",
                  reason="دراسة")
    clock.now += timedelta(days=3)
    r = svc.end_study(desk_db, researcher, r.id, outcome="desk", note="تمت", profile=profile)
    assert r.status == "complete" and r.due_on == due


def test_overdue_by_person_names_whom_the_request_is_with(desk_db, clock, profile, person,
                                                          people):
    """The deadlines report counts an overdue request against its assignee while under study,
    and against the person who took it in otherwise."""
    desk, researcher = people["reception"], people["researcher"]
    studied = verify_all(desk_db, researcher, open_request(desk_db, desk, profile, person),
                         profile)
    kept = verify_all(desk_db, researcher, open_request(desk_db, desk, profile, person), profile)
    assert kept.status == "complete"
    svc.refer(desk_db, desk, studied.id, kind="social_researcher", target_name="البحث",
              reason="دراسة", assignee_id=researcher.id)
    clock.now += timedelta(days=40)
    today = clock.now.date()
    query = reports.ReportQuery("deadlines", today - timedelta(days=60), today, None, None)
    report = json.loads(reports.to_json(reports.build(desk_db, people["manager"], query, profile,
                                                      "ar")))
    rows = next(t for t in report["tables"] if t["key"] == "overdue_by_staff")["rows"]
    assert sorted(rows) == [["أمل الباحثة", 1], ["هدى", 1]]
