"""The social researcher's study (issue 20), on SQLite and PostgreSQL: written for a request
under study, amounts checked and kept in halalas, the household's members with their situation,
two desks never overwriting each other's study, every save audited, only the researcher writing
and the counter not reading it; the profile decides which parts the form has."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

import pytest
from sqlalchemy import select

from desk_app.domain.beneficiary import BeneficiaryForm, HouseholdForm
from desk_app.domain.calendar import format_dual
from desk_app.domain.identifiers import make_saudi_id
from desk_app.domain.permissions import PermissionDenied
from desk_app.domain.profile.governance import Retention
from desk_app.domain.profile.study import StudyForm
from desk_app.domain.requests import IntakeForm
from desk_app.domain.study import Member, StudyInput
from desk_app.domain.validation import ValidationFailed
from desk_app.services import documents, registry, retention, staff, studies
from desk_app.services import profile as profile_service
from desk_app.services import requests as svc
from desk_app.services.document_builders import DocumentNotAvailable
from desk_app.services.errors import ConflictError
from desk_app.services.study_report import issue_study_report
from desk_app.storage.casework_study_tables import SocialStudy
from desk_app.storage.tables import AuditEvent
from tests.documents.pdftext import assert_words_in_order, requires_pdftotext, text_of


@pytest.fixture
def world(desk_db, desk_admin):
    """A family of three, its request referred to the researcher, and one account per role."""
    db, admin = desk_db, desk_admin
    profile = profile_service.current(db)
    form = BeneficiaryForm(
        first_name="سارة", father_name="علي", grandfather_name="حمد", family_name="الدوسري",
        id_number=make_saudi_id(1, "33445566"), gender="female", birth_date="01/01/1985",
        mobile="0553334455", contact_channel_code="phone",
        household=[HouseholdForm("ريم", "ابنة", "01/01/2012"),
                   HouseholdForm("فهد", "ابن", "01/01/2015")])
    person = registry.register(db, admin, form, branch_code="RYD").id
    people = {role: staff.create(db, admin, role, f"{role}-pass-2026", f"موظف {role}", role)
              for role in ("reception", "researcher", "committee", "manager")}
    r = svc.create(db, admin, IntakeForm(person, "service_request", "phone", "طلب مساعدة",
                                         True, True, agreed_channel_code="phone"), branch_code="RYD", profile=profile)
    r = svc.refer(db, people["reception"], r.id, kind="social_researcher",
                  target_code="social_researcher", target_name="مسؤول البحث الاجتماعي",
                  reason="الإجراءات غير واضحة", assignee_id=people["researcher"].id)
    return dataclasses.make_dataclass("W", ["db", "profile", "request", "people"])(
        db, profile, r, people)


def typed(members=(), **changes) -> StudyInput:
    base = StudyInput(visit_on="18/11/2026", visit_kind="home", housing_kind="rented",
                      housing="شقة من غرفتين", income={"social_security": "2,500", "other": ""},
                      expenses={"rent": "١٥٠٠", "utilities": "350.50"}, health="الأم مصابة بالسكري",
                      members=members, needs="سلة غذائية شهرية", recommendation="يوصى بالدعم")
    return dataclasses.replace(base, **changes)


def test_the_researcher_writes_the_study_and_the_committee_reads_it(world):
    db, researcher = world.db, world.people["researcher"]
    blank = studies.get(db, researcher, world.request.id)
    assert (blank.exists, blank.editable, blank.version) == (False, True, None)
    assert [(m.name, m.relation, m.situation) for m in blank.members] == [
        ("ريم", "ابنة", ""), ("فهد", "ابن", "")]
    members = (Member(blank.members[1].member_id, "اسم مزور", "x", "طالب في المرحلة الابتدائية"),)
    saved = studies.save(db, researcher, world.request.id, typed(members), profile=world.profile)
    assert saved.version == 1 and saved.visit_on == date(2026, 11, 18)
    assert saved.income == {"social_security": 250000}
    assert saved.expenses == {"rent": 150000, "utilities": 35050}
    assert (saved.income_total, saved.expenses_total, saved.balance) == (250000, 185050, 64950)
    # names come from the registry, never from the form; a member not shown has no situation
    assert [(m.name, m.relation, m.situation) for m in saved.members] == [
        ("ريم", "ابنة", ""), ("فهد", "ابن", "طالب في المرحلة الابتدائية")]
    assert saved.researcher_name == "موظف researcher"
    seen = studies.get(db, world.people["committee"], world.request.id)
    assert (seen.recommendation, seen.version, seen.housing) == ("يوصى بالدعم", 1, "شقة من غرفتين")


def test_bad_input_is_refused_field_by_field_and_the_profile_sets_the_parts(world):
    db, researcher = world.db, world.people["researcher"]
    bad = typed(visit_on="30/11/2026", visit_kind="by_fax", income={"salary": "ألف"},
                expenses={"rent": "-200", "debts": "99999999999"})
    with pytest.raises(ValidationFailed) as refused:
        studies.save(db, researcher, world.request.id, bad, profile=world.profile)
    assert sorted((e.field, e.code) for e in refused.value.errors) == [
        ("expenses.debts", "amount_too_large"), ("expenses.rent", "negative_amount"),
        ("income.salary", "invalid_amount"), ("visit_kind", "invalid_choice"),
        ("visit_on", "in_future")]
    assert studies.get(db, researcher, world.request.id).exists is False
    # the parts the profile requires (in code: the visit and the recommendation), then fewer
    with pytest.raises(ValidationFailed) as refused:
        studies.save(db, researcher, world.request.id, StudyInput(), profile=world.profile)
    assert sorted(e.field for e in refused.value.errors) == [
        "recommendation", "visit_kind", "visit_on"]
    short = dataclasses.replace(world.profile, study=StudyForm(("needs", "recommendation"),
                                                               ("needs",)))
    saved = studies.save(db, researcher, world.request.id, typed(), profile=short)
    assert (saved.visit_on, saved.income, saved.health, saved.needs) == (
        None, {}, "", "سلة غذائية شهرية")


def test_two_desks_never_overwrite_each_others_study(world):
    db, researcher, rid = world.db, world.people["researcher"], world.request.id
    first = studies.save(db, researcher, rid, typed(), profile=world.profile)
    with pytest.raises(ConflictError):  # a second desk that also started from a blank study
        studies.save(db, world.db.admin, rid, typed(needs="أخرى"), profile=world.profile)
    second = studies.save(db, world.db.admin, rid, typed(needs="ترميم المنزل"),
                          profile=world.profile, expected_version=first.version)
    with pytest.raises(ConflictError) as late:  # the first desk saves what it showed: refused
        studies.save(db, researcher, rid, typed(needs="كسوة"), profile=world.profile,
                     expected_version=first.version)
    assert "needs" in late.value.fields and late.value.by == "مدير النظام"
    assert studies.get(db, researcher, rid).needs == second.needs == "ترميم المنزل"
    with db.read() as s:
        saves = s.scalars(select(AuditEvent).where(AuditEvent.action == "study.save")).all()
    assert len(saves) == 2 and all(e.target_id == rid for e in saves)
    after = next(c["after"] for c in saves[-1].changes if c.get("table") == "social_studies")
    assert after["needs"] == "ترميم المنزل"


def test_only_the_researcher_writes_only_under_study_and_the_counter_does_not_read(world):
    db, rid, p = world.db, world.request.id, world.profile
    for role in ("reception", "committee", "manager"):
        with pytest.raises(PermissionDenied):
            studies.save(db, world.people[role], rid, typed(), profile=p)
    with pytest.raises(PermissionDenied):
        studies.get(db, world.people["reception"], rid)
    studies.get(db, world.people["manager"], rid)
    # and only while the request is under study
    researcher = world.people["researcher"]
    studies.save(db, researcher, rid, typed(), profile=p)
    svc.end_study(db, researcher, rid, outcome="desk", note="انتهت الدراسة", profile=p)
    view = studies.get(db, researcher, rid)
    assert view.exists and not view.editable
    with pytest.raises(ValidationFailed) as refused:
        studies.save(db, researcher, rid, typed(), profile=p, expected_version=view.version)
    assert [(e.field, e.code) for e in refused.value.errors] == [("status", "study_closed")]


@requires_pdftotext
def test_the_printed_study_reads_back_in_order_archived_with_its_code(world):
    db, researcher, rid = world.db, world.people["researcher"], world.request.id
    with pytest.raises(DocumentNotAvailable) as none_yet:
        issue_study_report(db, researcher, rid)
    assert none_yet.value.code == "no_study"
    blank = studies.get(db, researcher, rid)
    studies.save(db, researcher, rid, typed((Member(blank.members[0].member_id, "", "",
                                                    "طالبة في المرحلة المتوسطة"),)),
                 profile=world.profile)
    issued = issue_study_report(db, world.people["committee"], rid)
    text = text_of(issued.pdf)
    assert_words_in_order(text, "تقرير البحث الاجتماعي")
    assert "سارة علي حمد الدوسري" in text and world.request.number in text
    assert_words_in_order(text, f"تاريخ الزيارة {format_dual(date(2026, 11, 18))}")
    assert_words_in_order(text, "نوع الزيارة زيارة منزلية")
    assert_words_in_order(text, "نوع السكن إيجار")
    assert_words_in_order(text, "دخل الضمان الاجتماعي 2,500")
    assert_words_in_order(text, "مصروف الكهرباء والماء والخدمات 350.50")
    assert_words_in_order(text, "إجمالي المصروفات 1,850.50")
    assert_words_in_order(text, "الفائض الشهري بعد المصروفات 649.50 ريال")
    assert_words_in_order(text, "ريم ابنة طالبة في المرحلة المتوسطة")
    assert_words_in_order(text, "توصية الباحث يوصى بالدعم")
    assert_words_in_order(text, "الباحث الاجتماعي الاسم موظف researcher")
    assert issued.code in text
    assert (issued.kind, issued.request_id) == ("social_study", rid)
    assert documents.verify(db, db.admin, issued.code).genuine
    with pytest.raises(PermissionDenied):  # the counter does not print it either
        issue_study_report(db, world.people["reception"], rid)


def test_a_retention_run_blanks_what_the_study_says_about_the_family(world, clock):
    db, researcher, rid, p = world.db, world.people["researcher"], world.request.id, world.profile
    studies.save(db, researcher, rid, typed(), profile=p)
    svc.end_study(db, researcher, rid, outcome="desk", note="انتهت الدراسة", profile=p)
    svc.withdraw(db, researcher, rid, "لم تعد بحاجة")
    gov = dataclasses.replace(p.governance, retention=Retention(closed_files=12))
    profile_service.save(db, db.admin, dataclasses.replace(p, governance=gov), "retention")
    clock.now = datetime(2028, 5, 22, 9, 0)  # eighteen quiet months later
    plan = retention.plan(db, db.admin)
    assert world.request.beneficiary_id in [f.beneficiary_id for f in plan.files]
    retention.run(db, db.admin, plan)
    with db.read() as s:
        row = s.get(SocialStudy, rid)
        assert (row.housing, row.health, row.members, row.needs, row.recommendation) == (
            "", "", [], "", "")
        assert row.income == {"social_security": 250000}  # figures, not personal text
