"""The social study form in Arabic (issue 20): a bad amount and a future visit are refused
beside their fields and what was typed stays; corrected, the study is saved with the household's
situations; the committee reads it without changing it; the counter cannot open it; the request
screen shows it; "my work" opens it."""

from __future__ import annotations

import pytest

from desk_app.domain.beneficiary import BeneficiaryForm, HouseholdForm
from desk_app.domain.identifiers import make_saudi_id
from desk_app.domain.requests import IntakeForm
from desk_app.services import profile as profile_service
from desk_app.services import registry, staff, studies
from desk_app.services import requests as svc
from desk_app.ui.screens.study import StudyController
from tests.ui.test_request_flow import choose
from tests.ui.typing import type_text
from tests.ui.waiting import make_ctx, settle


@pytest.fixture
def case(desk_db, desk_admin):
    """A family of two under study with the researcher, and a committee member."""
    db, admin = desk_db, desk_admin
    form = BeneficiaryForm(
        first_name="سارة", father_name="علي", grandfather_name="حمد", family_name="الدوسري",
        id_number=make_saudi_id(1, "33445566"), gender="female", birth_date="01/01/1985",
        mobile="0553334455", contact_channel_code="phone",
        household=[HouseholdForm("ريم", "ابنة", "01/01/2012")])
    person = registry.register(db, admin, form, branch_code="RYD").id
    r = svc.create(db, admin, IntakeForm(person, "service_request", "phone", "طلب مساعدة",
                                         True, True, agreed_channel_code="phone"), branch_code="RYD",
                   profile=profile_service.current(db))
    svc.refer(db, admin, r.id, kind="social_researcher", target_code="social_researcher",
              target_name="مسؤول البحث الاجتماعي", reason="الإجراءات غير واضحة")
    people = {role: staff.create(db, admin, role, f"{role}-pass-2026", f"موظف {role}", role)
              for role in ("researcher", "committee", "reception")}
    return r.id, people


def opened(qtbot, db, actor, rid) -> StudyController:
    ctl = StudyController(make_ctx(db, actor))
    qtbot.addWidget(ctl.view)
    ctl.view.resize(1100, 700)
    ctl.enter({"open": rid, "back": ("my_work", None)})
    settle(qtbot, ctl.ctx)
    return ctl


def test_refused_fields_keep_the_typing_then_the_study_is_saved(qtbot, desk_db, desk_admin, case,
                                                                 arabic):
    rid, people = case
    ctl = opened(qtbot, desk_db, people["researcher"], rid)
    v = ctl.view
    assert v.members.rowCount() == 1 and v.members.item(0, 0).text() == "ريم"
    assert v.save_button.isVisibleTo(v) and not v.report_button.isEnabled()
    v.visit_on.set_value("30/11/2026")           # after today (22/11/2026)
    choose(v.visit_kind, "home")
    type_text(v.income["social_security"], "ألفان")
    type_text(v.expenses["rent"], "1500")
    v.members.item(0, 2).setText("طالبة في المرحلة المتوسطة")
    type_text(v.recommendation, "يوصى بسلة غذائية شهرية")
    v.save_button.click()
    settle(qtbot, ctl.ctx)
    assert v.boxes["income.social_security"].error.text() == \
        "اكتب المبلغ بالريال، مثل 1500 أو 1500.50."
    assert v.boxes["visit_on"].error.text() == "لا يمكن أن يكون التاريخ في المستقبل."
    assert v.income["social_security"].text() == "ألفان"   # kept as typed
    assert v.recommendation.toPlainText() == "يوصى بسلة غذائية شهرية"
    assert v.totals.text() == "تظهر المجاميع حين تكون كل المبالغ أرقامًا."
    assert not studies.get(desk_db, people["researcher"], rid).exists

    v.visit_on.set_value("18/11/2026")
    v.income["social_security"].setText("2500")
    assert "المتبقي بعد المصروفات: 1,000 ريال" in v.totals.text()
    v.save_button.click()
    settle(qtbot, ctl.ctx)
    assert v.banner.text() == "حُفظ البحث."
    assert not v.boxes["visit_on"].error.isVisible()
    saved = studies.get(desk_db, people["committee"], rid)
    assert (saved.version, saved.income, saved.expenses) == (
        1, {"social_security": 250000}, {"rent": 150000})
    assert [m.situation for m in saved.members] == ["طالبة في المرحلة المتوسطة"]
    assert v.report_button.isEnabled() and "موظف researcher" in v.who.text()

    # another desk saves the study meanwhile: told who and what, the typing kept, not overwritten
    studies.save(desk_db, desk_admin, rid, studies.StudyInput(
        visit_on="17/11/2026", visit_kind="phone", needs="ترميم", recommendation="بحث آخر"),
        profile=profile_service.current(desk_db), expected_version=1)
    v.recommendation.setPlainText("يوصى بالدعم")
    v.save_button.click()
    settle(qtbot, ctl.ctx)
    assert v.banner.text().startswith("حُفظ هذا البحث من مكتب آخر (مدير النظام)")
    assert "الاحتياجات" in v.banner.text() and v.recommendation.toPlainText() == "يوصى بالدعم"
    assert studies.get(desk_db, desk_admin, rid).recommendation == "بحث آخر"
    v.save_button.click()  # told, the researcher saves again knowingly
    settle(qtbot, ctl.ctx)
    assert studies.get(desk_db, desk_admin, rid).recommendation == "يوصى بالدعم"


def test_the_committee_reads_the_study_and_the_counter_is_refused(qtbot, desk_db, case, arabic):
    rid, people = case
    blank = studies.get(desk_db, people["researcher"], rid)
    studies.save(desk_db, people["researcher"], rid, studies.StudyInput(
        visit_on="18/11/2026", visit_kind="phone", recommendation="يوصى بالدعم",
        members=blank.members), profile=profile_service.current(desk_db))
    ctl = opened(qtbot, desk_db, people["committee"], rid)
    v = ctl.view
    assert v.recommendation.toPlainText() == "يوصى بالدعم" and v.recommendation.isReadOnly()
    assert not v.save_button.isVisibleTo(v) and not v.visit_kind.isEnabled()
    assert v.report_button.isEnabled()
    ctl.print_report()
    settle(qtbot, ctl.ctx)
    assert ctl.last_issued.kind == "social_study" and ctl.preview.isVisible()
    ctl.preview.close()

    counter = opened(qtbot, desk_db, people["reception"], rid)
    assert counter.shown is None and not counter.view.banner.isHidden()
    assert "الاطلاع على البحث الاجتماعي" in counter.view.banner.text()
    assert not counter.editable and not counter.view.visit_kind.isEnabled()
    assert not counter.view.report_button.isVisibleTo(counter.view)


def test_my_work_and_the_request_screen_lead_to_the_study(qtbot, desk_db, case, arabic):
    from desk_app.ui.screens.request import RequestController
    from desk_app.ui.screens.waiting import MyWorkController

    rid, people = case
    studies.save(desk_db, people["researcher"], rid, studies.StudyInput(
        visit_on="18/11/2026", visit_kind="home", income={"salary": "3000"},
        expenses={"rent": "1200"}, recommendation="يوصى بالدعم"),
        profile=profile_service.current(desk_db))
    work = MyWorkController(make_ctx(desk_db, people["researcher"]))
    qtbot.addWidget(work.view)
    work.load()
    settle(qtbot, work.ctx)
    assert work.view.study_button.isVisibleTo(work.view) and work.model.rowCount() == 1
    with qtbot.waitSignal(work.navigate) as went:
        work.view.study_button.click()
    assert went.args == ["study", {"open": rid, "back": ("my_work", None)}]

    screen = RequestController(make_ctx(desk_db, people["committee"]))
    qtbot.addWidget(screen.view)
    screen.enter({"open": rid})
    settle(qtbot, screen.ctx)
    panel = screen.view.study
    assert panel.summary.text().splitlines() == [
        "بحث اجتماعي أعدّه موظف researcher، 12/06/1448 هـ الموافق 22/11/2026 م.",
        "الدخل الشهري 3,000 ريال، والمصروفات 1,200 ريال.", "التوصية: يوصى بالدعم"]
    assert screen.documents.button("social_study").isVisibleTo(screen.documents)
    with qtbot.waitSignal(screen.navigate) as went:
        panel.study_button.click()
    assert went.args == ["study", {"open": rid, "back": ("request", {"open": rid})}]
    counter = RequestController(make_ctx(desk_db, people["reception"]))
    qtbot.addWidget(counter.view)
    assert not counter.documents.button("social_study").isVisibleTo(counter.documents)
    assert not counter.view.study.study_button.isVisibleTo(counter.view.study)


def test_the_administrator_chooses_the_parts_in_the_profile(qtbot, desk_db, desk_admin, case,
                                                          arabic):
    from desk_app.ui.screens.profile_editor import ProfileController

    rid, people = case
    editor = ProfileController(make_ctx(desk_db, desk_admin))
    qtbot.addWidget(editor.view)
    editor.load()
    settle(qtbot, editor.ctx)
    tab = editor.view.study
    assert all(box.isChecked() for box in tab.shown.values())
    assert tab.collect() is None                 # untouched: no section, the default applies
    tab.shown["health"].setChecked(False)
    assert not tab.required["health"].isEnabled()
    tab.required["needs"].setChecked(True)
    editor.save()
    settle(qtbot, editor.ctx)
    form = profile_service.current(desk_db).study_form
    assert not form.shows("health") and form.required == ("visit", "needs", "recommendation")
    ctl = opened(qtbot, desk_db, people["researcher"], rid)
    assert not ctl.view.groups["health"].isVisibleTo(ctl.view)
    assert ctl.view.groups["needs"].isVisibleTo(ctl.view)
