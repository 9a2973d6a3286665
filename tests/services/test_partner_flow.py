"""Seed 003's five steps for partner associations (issue 24), end to end on a real database:
two associations compete for one service; the study scores them, the priority list ranks them as
the profile's weights say (and explains why), the committee decides, the agreement is recorded,
printed as an archived Arabic PDF and read back in logical order, an impact report falls overdue
and is listed, another is received, and the partnership is evaluated. Each step is a dated step
by the role the profile names; another role is refused."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest

from desk_app.domain.calendar import format_dual
from desk_app.domain.entities import SYSTEM
from desk_app.domain.organisations import OrganisationForm
from desk_app.domain.permissions import PermissionDenied
from desk_app.domain.validation import ValidationFailed
from desk_app.services import documents, installation, organisations, partner_documents, staff
from desk_app.services import partner_views as views
from desk_app.services import partners as svc
from desk_app.services import profile as profile_service
from desk_app.storage.db import Database
from tests.documents.pdftext import assert_words_in_order, pdftotext, text_of

SERVICE = "partner_service"
IBAN = "SA0380000000608010167519"  # a valid Saudi IBAN (mod-97)


@pytest.fixture
def tuwaiq(empty_db: Database):
    admin = installation.initialise(
        empty_db, preset_key="tuwaiq_cadres", branch_code="DMM", admin_username="admin",
        admin_password="admin-pass-2026", admin_full_name="مدير النظام")
    people = {role: staff.create(empty_db, admin, role, "pass-word-2026x", name, role)
              for role, name in (("reception", "سارة موظفة الاستقبال"),
                                 ("researcher", "خالد فريق التمكين"),
                                 ("committee", "نورة عضو اللجنة"),
                                 ("manager", "فهد مدير المشاريع"))}
    return empty_db, admin, people


def _org(db, actor, name, licence, region):  # noqa: ANN001, ANN202
    return organisations.register(db, actor, OrganisationForm(
        name=name, licence_no=licence, regulator="المركز الوطني لتنمية القطاع غير الربحي",
        region=region, city="المدينة", field_of_activity="التدريب والتأهيل",
        contact_person="عبدالله الراشد", mobile="0551234567", email="info@example.org",
        iban=IBAN))


def _two_competing(db, people):  # noqa: ANN001, ANN202
    profile = profile_service.current(db)
    r = people["reception"]
    a = _org(db, r, "جمعية البر بالأحساء", "1001", "eastern")
    b = _org(db, r, "جمعية النهضة بجازان", "2002", "jazan")
    ids = {}
    for org, expected in ((a, 120), (b, 60)):
        ids[org.name] = svc.submit_request(
            db, r, profile, organisation_id=org.id, service_code=SERVICE,
            expected_beneficiaries=expected, goals="تأهيل الشباب لسوق العمل",
            attachments=[svc.Attachment("طلب.pdf", b"%PDF-1.4 formal request")])
    scores = {"scope": (4, "نطاق واضح"), "target_numbers": (4, ""),
              "infrastructure": (3, "قاعة تدريب"), "goal_fit": (5, "")}
    # A: greater impact, lower regional need; B: less impact, the region of higher need
    svc.record_study(db, people["researcher"], profile, ids[a.name], criteria=scores,
                     impact=5, regional_need=2, note="أثر كبير")
    svc.record_study(db, people["researcher"], profile, ids[b.name], criteria=scores,
                     impact=3, regional_need=5, note="منطقة احتياج")
    return profile, ids


def test_the_ranking_follows_the_profiles_weights_and_explains_itself(tuwaiq):
    db, admin, people = tuwaiq
    profile, ids = _two_competing(db, people)
    ranked = views.priority_list(db, people["manager"], profile, SERVICE)
    # equal weights: A = (100 + 25 + 100) / 3 = 75.0, B = (50 + 100 + 100) / 3 = 83.3
    assert [r.organisation for r in ranked] == ["جمعية النهضة بجازان", "جمعية البر بالأحساء"]
    assert [r.priority.score for r in ranked] == [83.3, 75.0]
    terms = {t.factor: t.points for t in ranked[1].priority.terms}
    assert terms == {"impact": 33.3, "regional_need": 8.3, "not_served_before": 33.3}
    # the association weighs impact three times as much: A comes first
    pol = dataclasses.replace(profile.partnership, weights=(
        ("impact", 3.0), ("regional_need", 1.0), ("not_served_before", 1.0)))
    heavy = profile.with_changes(partnership=pol)
    ranked = views.priority_list(db, people["manager"], heavy, SERVICE)
    assert [r.organisation for r in ranked] == ["جمعية البر بالأحساء", "جمعية النهضة بجازان"]
    assert [r.priority.score for r in ranked] == [85.0, 70.0]


def test_five_steps_agreement_printed_overdue_report_listed_evaluation_recorded(tuwaiq):
    db, admin, people = tuwaiq
    profile, ids = _two_competing(db, people)
    first, second = (views.priority_list(db, people["manager"], profile, SERVICE))
    with pytest.raises(PermissionDenied):  # the profile names the committee for the decision
        svc.decide(db, people["researcher"], profile, first.request_id, approve=True, note="x")
    svc.decide(db, people["committee"], profile, first.request_id, approve=True,
               note="الأعلى أولوية")
    svc.decide(db, people["committee"], profile, second.request_id, approve=False,
               note="تُقدَّم في الدورة القادمة")
    today = db.clock().date()
    start = today - timedelta(days=120)  # the first quarterly report fell due a month ago
    with pytest.raises(ValidationFailed) as bad:
        svc.record_agreement(db, people["manager"], profile, first.request_id,
                             starts_on=start, ends_on=start - timedelta(days=1), our_duties="",
                             partner_duties="ترشيح المتدربين")
    assert {(e.field, e.code) for e in bad.value.errors} == {
        ("ends_on", "end_before_start"), ("our_duties", "required")}
    svc.record_agreement(db, people["manager"], profile, first.request_id, starts_on=start,
                         ends_on=start + timedelta(days=365),
                         our_duties="تقديم البرنامج التدريبي\nتوفير المدربين",
                         partner_duties="ترشيح المتدربين\nرفع تقارير الأثر")
    issued = partner_documents.issue_partner_agreement(db, people["manager"], first.request_id)
    _check_agreement_pdf(db, issued, start, profile)
    svc.attach_signed_agreement(db, people["manager"], profile, first.request_id,
                                svc.Attachment("موقعة.pdf", b"%PDF-1.4 signed scan"))

    overdue = views.overdue_reports(db, people["manager"], today)
    assert [(o.organisation, o.position, o.days_late) for o in overdue] == [
        ("جمعية النهضة بجازان", 1, (today - date_after(start, 3)).days)]
    svc.receive_report(db, people["manager"], profile, overdue[0].report_id, reached=48,
                       note="48 متدربًا أتموا البرنامج",
                       file=svc.Attachment("تقرير.xlsx", b"PK figures"))
    assert views.overdue_reports(db, people["manager"], today) == []

    svc.evaluate(db, people["manager"], profile, first.request_id, rating=4,
                 text="شراكة ناجحة، تأخر التقرير الأول")
    d = views.detail(db, people["manager"], profile, first.request_id, today)
    assert (d.status, d.evaluation_rating) == ("closed", 4)
    assert [(s.step, s.role) for s in d.steps] == [
        ("request", "reception"), ("study", "researcher"), ("decision", "committee"),
        ("agreement", "manager"), ("agreement", "manager"), ("reports", "manager"),
        ("evaluation", "manager")]
    assert all(s.at.date() == today for s in d.steps)
    assert {f.kind for f in d.files} == {"request", "signed_agreement", "impact_report"}
    assert d.agreement_document_id == issued.id


def date_after(start: date, months: int) -> date:
    from desk_app.domain.partners import add_months

    return add_months(start, months)


def _check_agreement_pdf(db, issued, start, profile):  # noqa: ANN001, ANN202
    assert issued.kind == "partner_agreement" and issued.subject_name == "جمعية النهضة بجازان"
    assert documents.verify_pdf(db, SYSTEM, issued.pdf).genuine
    text = text_of(issued.pdf)
    assert "مذكرة تفاهم واتفاقية تنفيذ" in text
    assert_words_in_order(text, "اتفق كلٌّ من جمعية طويق لصناعة الكوادر البشرية الطرف الأول و"
                                "جمعية النهضة بجازان المرخصة برقم 2002 الطرف الثاني")
    assert_words_in_order(text, "التزامات الطرف الأول")
    assert_words_in_order(text, "تقديم البرنامج التدريبي")
    assert_words_in_order(text, "ترشيح المتدربين")
    assert_words_in_order(text, f"تسري هذه الاتفاقية من {format_dual(start)}")
    assert issued.code.replace("-", "") in pdftotext(issued.pdf).replace("-", "")


def test_only_the_tuwaiq_preset_carries_the_partner_process(db, admin):
    """The other associations' policies serve no partner bodies: their profiles have no
    partnership section, and the steps are refused; Tuwaiq's reads back as it was written."""
    from desk_app.domain.profile import OrgProfile
    from desk_app.services import presets

    keys = [p.key for p in presets.list_presets()]
    assert len(keys) == 5
    for key in keys:
        profile = presets.load_preset(key)
        assert (profile.partnership is not None) == (key == "tuwaiq_cadres"), key
    tuwaiq = presets.load_preset("tuwaiq_cadres")
    assert OrgProfile.from_dict(tuwaiq.to_dict()) == tuwaiq
    assert tuwaiq.partnership.role_for("study") == "researcher"
    assert tuwaiq.partnership.role_for("decision") == "committee"
    althikr = profile_service.current(db)  # this database: Al-Thikr's preset
    assert althikr.partnership is None and "partnership" not in althikr.to_dict()
    with pytest.raises(svc.NoPartnership):
        svc.submit_request(db, admin, althikr, organisation_id="x", service_code="x",
                           expected_beneficiaries=1, goals="x")
