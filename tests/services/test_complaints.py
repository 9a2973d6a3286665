"""Complaint services: intake once per form, every step on the timeline and audited, the
investigation → approval by each member under their own account → compensation path, the
follow-up board and the acknowledgment PDF."""

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from desk_app.domain import complaints as rules
from desk_app.domain import workflows as wf
from desk_app.domain.permissions import PermissionDenied
from desk_app.domain.validation import ValidationFailed
from desk_app.domain.workflows import TransitionNotAllowed
from desk_app.services import complaint_ack, complaint_views, documents, registry, staff
from desk_app.services import complaints as svc
from desk_app.services import profile as profile_service
from desk_app.storage.complaints_tables import Compensation, Complaint
from desk_app.storage.tables import AuditEvent
from tests.clocks import on_every_kind_of_day
from tests.documents.pdftext import text_of


@pytest.fixture
def profile(desk_db):
    return profile_service.current(desk_db)


@pytest.fixture
def members(desk_db, desk_admin):
    a = staff.create(desk_db, desk_admin, "member1", "member-pass-1", "عضو اللجنة الأول",
                     "committee")
    b = staff.create(desk_db, desk_admin, "member2", "member-pass-2", "عضو اللجنة الثاني",
                     "committee")
    return a, b


def file(db, actor, profile, key="k1", **kw):
    base = dict(channel_code="fax", category_code="delay", description="تأخر الرد على طلبي",
                anonymous=True, submission_key=key)
    return svc.submit(db, actor, rules.ComplaintForm(**{**base, **kw}), profile,
                      branch_code="RYD")


def codes(exc):
    return {(e.field, e.code) for e in exc.value.errors}


# A "delay" complaint is handled within 5 working days of the day it was received, worked out by
# hand (Friday–Saturday weekend; Eid al-Fitr 1448 on 9–12 and 14 March 2027 in the holiday table).
DUE_IN_5_WORKING_DAYS = {
    "sunday": (date(2026, 11, 29), "2026"),           # Sunday to Sunday
    "thursday": (date(2026, 12, 3), "2026"),          # the weekend skipped
    "hijri_month_end": (date(2026, 12, 16), "2026"),  # Wednesday to Wednesday
    "year_end": (date(2027, 1, 7), "2026"),           # received in 2026, numbered in 2026
    "eid": (date(2027, 3, 21), "2027"),               # Eid and the weekend skipped
}


@on_every_kind_of_day
def test_submit_numbers_deadline_timeline_and_audit(desk_db, desk_admin, profile, clock,
                                                    request):
    filed = file(desk_db, desk_admin, profile)
    due, year = DUE_IN_5_WORKING_DAYS[request.node.callspec.params["clock"]]
    assert filed.number == f"RYD-C-{year}-000001" and filed.limit_days == 5
    assert filed.received_on == clock.now.date()
    assert filed.due_on == due
    assert file(desk_db, desk_admin, profile, key="k2").number == f"RYD-C-{year}-000002"
    d = complaint_views.detail(desk_db, profile, filed.id)
    assert d.row.status == wf.C_RECEIVED and d.row.anonymous
    assert [e.kind for e in d.timeline] == ["received"]
    with desk_db.read() as s:
        ev = s.scalar(select(AuditEvent).where(AuditEvent.target_id == filed.id))
        assert ev.action == "complaint.submit"
        assert {c["table"] for c in ev.changes} == {"complaints", "complaint_events"}


def test_same_form_submitted_twice_creates_one_complaint(desk_db, desk_admin, profile):
    first = file(desk_db, desk_admin, profile)
    again = file(desk_db, desk_admin, profile)
    assert again.already and again.id == first.id and again.number == first.number
    with desk_db.read() as s:
        assert s.scalar(select(func.count()).select_from(Complaint)) == 1


def test_bad_input_creates_nothing(desk_db, desk_admin, profile):
    with pytest.raises(ValidationFailed) as exc:
        file(desk_db, desk_admin, profile, description=" ", received_on="01/12/2026")
    assert codes(exc) == {("description", "required"), ("received_on", "in_future")}
    with desk_db.read() as s:
        assert s.scalar(select(func.count()).select_from(Complaint)) == 0


def test_registered_beneficiary_sees_their_complaints(desk_db, desk_admin, profile):
    from desk_app.domain.beneficiary import BeneficiaryForm

    b = registry.register(desk_db, desk_admin, BeneficiaryForm(
        first_name="سالم", father_name="محمد", grandfather_name="علي", family_name="الحربي",
        id_number="1000000008", gender="male", mobile="0501234567", birth_date="01/01/1980"),
        branch_code="RYD")
    filed = file(desk_db, desk_admin, profile, beneficiary_id=b.id, anonymous=False,
                 category_code="service_quality")
    rows = complaint_views.for_beneficiary(desk_db, profile, b.id)
    assert [r.number for r in rows] == [filed.number]
    assert rows[0].complainant == "سالم محمد علي الحربي"


def test_reception_files_but_cannot_handle(desk_db, desk_admin, profile):
    clerk = staff.create(desk_db, desk_admin, "desk1", "desk-pass-1", "موظف", "reception")
    filed = file(desk_db, clerk, profile)
    with pytest.raises(PermissionDenied) as exc:
        svc.assign(desk_db, clerk, filed.id, "follow_up", profile)
    assert exc.value.action == "complaint.handle"


def test_forbidden_step_is_refused_and_changes_nothing(desk_db, desk_admin, profile):
    filed = file(desk_db, desk_admin, profile)
    with pytest.raises(TransitionNotAllowed):
        svc.close(desk_db, desk_admin, filed.id)
    with pytest.raises(ValidationFailed) as exc:
        svc.reject(desk_db, desk_admin, filed.id, "")
    assert codes(exc) == {("reason", "required")}
    assert complaint_views.detail(desk_db, profile, filed.id).row.status == wf.C_RECEIVED


def escalated(db, admin, profile):
    filed = file(db, admin, profile)
    svc.assign(db, admin, filed.id, "follow_up", profile)
    svc.escalate(db, admin, filed.id, "يحتاج إلى تحقيق", profile)
    return filed


MINUTES = rules.MinutesForm("22/11/2026", harm="تأخر صرف المساعدة", harm_size="شهران",
                            causes="خطأ في إدخال البيانات", association_at_fault=True)
COMP = rules.CompensationForm("cash", "1500", "22/11/2026", accepted=True, note="تم الاتفاق")


def test_compensation_needs_every_member_to_approve_under_their_own_account(
        desk_db, desk_admin, profile, members):
    a, b = members
    filed = escalated(desk_db, desk_admin, profile)
    with pytest.raises(ValidationFailed) as exc:
        svc.settle_compensation(desk_db, desk_admin, filed.id, COMP)
    assert ("", "no_compensation_grounds") in codes(exc)
    svc.record_minutes(desk_db, desk_admin, filed.id,
                       rules.MinutesForm(**{**MINUTES.__dict__, "member_ids": [a.id, b.id]}))
    with pytest.raises(ValidationFailed) as exc:   # the admin is not a member: cannot approve
        svc.approve_minutes(desk_db, desk_admin, filed.id)
    assert codes(exc) == {("", "not_a_member")}
    assert svc.approve_minutes(desk_db, a, filed.id) == 1
    with pytest.raises(ValidationFailed) as exc:
        svc.approve_minutes(desk_db, a, filed.id)
    assert codes(exc) == {("", "already_approved")}
    with pytest.raises(ValidationFailed) as exc:
        svc.settle_compensation(desk_db, desk_admin, filed.id, COMP)
    assert ("", "minutes_not_approved") in codes(exc)
    with pytest.raises(ValidationFailed) as exc:  # approved minutes cannot be rewritten
        svc.record_minutes(desk_db, desk_admin, filed.id,
                           rules.MinutesForm(**{**MINUTES.__dict__, "member_ids": [a.id]}))
    assert codes(exc) == {("", "minutes_locked")}
    assert svc.approve_minutes(desk_db, b, filed.id) == 0
    svc.add_negotiation(desk_db, desk_admin, filed.id, "عرض تعويض نقدي", offer="1000")
    svc.settle_compensation(desk_db, desk_admin, filed.id, COMP)
    d = complaint_views.detail(desk_db, profile, filed.id)
    assert d.row.status == wf.C_RESOLVED_ACTION and d.compensation_grounds == "minutes"
    assert d.compensation["amount"] == 150000 and d.compensation["accepted"]
    assert [m[2] is not None for m in d.minutes["members"]] == [True, True]
    with desk_db.read() as s:   # each approval is its own audit event, by that member
        actors = s.scalars(select(AuditEvent.actor_name).where(
            AuditEvent.action == "complaint.approve_minutes")).all()
    assert sorted(actors) == ["member1", "member2"]
    svc.close(desk_db, desk_admin, filed.id, "أغلقت")
    kinds = [e.kind for e in complaint_views.detail(desk_db, profile, filed.id).timeline]
    assert kinds == ["received", "status", "status", "minutes", "approval", "approval",
                     "negotiation", "compensation", "status", "status"]


def test_compensation_on_a_final_ruling(desk_db, desk_admin, profile):
    filed = escalated(desk_db, desk_admin, profile)
    svc.record_ruling(desk_db, desk_admin, filed.id, rules.RulingForm(
        "المحكمة العامة", "4470123", "15/11/2026", in_favour=True))
    svc.settle_compensation(desk_db, desk_admin, filed.id, rules.CompensationForm(
        "service", "0", "22/11/2026", accepted=True))
    with desk_db.read() as s:
        assert s.scalar(select(Compensation.grounds)) == "ruling"


def test_negative_amount_and_not_accepted_are_refused(desk_db, desk_admin, profile):
    filed = escalated(desk_db, desk_admin, profile)
    svc.record_ruling(desk_db, desk_admin, filed.id, rules.RulingForm(
        "المحكمة العامة", "1", "15/11/2026"))
    with pytest.raises(ValidationFailed) as exc:
        svc.settle_compensation(desk_db, desk_admin, filed.id, rules.CompensationForm(
            "cash", "-100", "22/11/2026", accepted=False))
    assert codes(exc) == {("amount", "negative_amount"), ("accepted", "acceptance_required")}


def test_board_overdue_first_time_to_resolve_and_reopen(desk_db, desk_admin, profile, clock):
    old = file(desk_db, desk_admin, profile, key="old")       # delay: 5 working days
    clock.now = datetime(2026, 12, 3, 10, 0)
    new = file(desk_db, desk_admin, profile, key="new", category_code="service_quality")
    done = file(desk_db, desk_admin, profile, key="done")
    svc.assign(desk_db, desk_admin, done.id, "follow_up", profile)
    svc.start_review(desk_db, desk_admin, done.id)
    svc.resolve(desk_db, desk_admin, done.id, "amicable", "اعتذار وتسوية ودية")
    b = complaint_views.board(desk_db, profile)
    assert [r.id for r in b.open_rows] == [old.id, new.id]
    assert b.overdue == 1 and b.open_total == 2 and b.by_state[wf.C_RESOLVED_AMICABLY] == 1
    assert b.resolved_count == 1 and b.median_days_to_resolve == 0
    assert b.resolved_on_time_pct == 100.0
    fax_only = complaint_views.board(desk_db, profile, complaint_views.Filters(channel="phone"))
    assert fax_only.open_total == 0
    svc.close(desk_db, desk_admin, done.id)
    clock.now += timedelta(days=3)
    svc.reopen(desk_db, desk_admin, done.id, "تظلم من المستفيد", profile)
    d = complaint_views.detail(desk_db, profile, done.id)
    assert d.row.status == wf.C_REOPENED and d.row.due_on > done.due_on
    assert complaint_views.board(desk_db, profile).open_total == 3


def test_acknowledgment_pdf(desk_db, desk_admin, profile):
    filed = file(desk_db, desk_admin, profile, complainant_contact="0126543210")
    pdf = complaint_ack.acknowledgment_pdf(desk_db, profile, desk_admin, filed.id)
    assert pdf.startswith(b"%PDF") and len(pdf) > 2000
    # issued once through the archive, verifiable; asked again, a copy marked «نسخة»
    copy = complaint_ack.acknowledgment_pdf(desk_db, profile, desk_admin, filed.id)
    assert copy != pdf and "نسخة" in text_of(copy) and "نسخة" not in text_of(pdf)
    [doc] = documents.search(desk_db, filed.number, kind="complaint_ack")
    assert doc.complaint_id == filed.id and doc.reprint_count == 1
    assert documents.verify_pdf(desk_db, desk_db.admin, pdf).genuine
    assert complaint_ack.working_days_text(5) == "5 أيام عمل"
    assert complaint_ack.working_days_text(15) == "15 يوم عمل"
