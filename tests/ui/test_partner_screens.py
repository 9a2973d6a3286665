"""The partner screens at a Tuwaiq desk (issue 24), in Arabic and English at 1366×768: the
registry finds an association beside a person and opens its own record; a formal request is
typed into the request tab and recorded; the study tab scores it and previews the priority;
the priority list ranks the competitors with each score explained and lists an overdue impact
report. The grabs go to ``$DESK_SCREENSHOTS`` (default: the test's tmp folder)."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desk_app import i18n
from desk_app.domain.beneficiary import BeneficiaryForm
from desk_app.domain.identifiers import make_saudi_id
from desk_app.domain.organisations import OrganisationForm
from desk_app.services import installation, organisations, policy, registry
from desk_app.services import partner_views as views
from desk_app.services import partners as svc
from desk_app.services import profile as profile_service
from desk_app.storage.db import Database
from tests.conftest import ADMIN_PASSWORD
from tests.ui.test_fit_1366 import problems
from tests.ui.test_registry_flow import search
from tests.ui.typing import type_text
from tests.ui.waiting import settle
from tests.ui.windows import signed_in_window

SCORES = {"scope": (4, ""), "target_numbers": (4, ""), "infrastructure": (3, ""),
          "goal_fit": (5, "")}


@pytest.fixture
def tuwaiq_db(tmp_path, clock):
    db = Database.open(f"sqlite:///{tmp_path / 'tuwaiq.sqlite3'}", clock=clock)
    admin = installation.initialise(
        db, preset_key="tuwaiq_cadres", branch_code="DMM", admin_username="admin",
        admin_password=ADMIN_PASSWORD, admin_full_name="مدير النظام")
    profile = profile_service.current(db)
    # the policy is acknowledged once (its own test shows the page): straight to the desk
    policy.acknowledge(db, admin, 1, policy.text_sha256(policy.pending(db, admin)))

    def org(name, licence, region):  # noqa: ANN001, ANN202
        return organisations.register(db, admin, OrganisationForm(
            name=name, licence_no=licence, region=region, city="الدمام",
            field_of_activity="التدريب", contact_person="سعد العتيبي", mobile="0551234567"))

    a, b = org("جمعية البر بالأحساء", "1001", "eastern"), org("جمعية النهضة بجازان", "2002",
                                                             "jazan")
    ids = [svc.submit_request(db, admin, profile, organisation_id=o.id,
                              service_code="partner_service", expected_beneficiaries=n,
                              goals="تأهيل الشباب لسوق العمل") for o, n in ((a, 120), (b, 60))]
    svc.record_study(db, admin, profile, ids[0], criteria=SCORES, impact=5, regional_need=2)
    svc.record_study(db, admin, profile, ids[1], criteria=SCORES, impact=3, regional_need=5)
    # an earlier partnership of Al-Birr, whose first report is overdue
    old = svc.submit_request(db, admin, profile, organisation_id=a.id,
                             service_code="partner_service", expected_beneficiaries=30,
                             goals="برنامج سابق")
    svc.record_study(db, admin, profile, old, criteria=SCORES, impact=3, regional_need=3)
    svc.decide(db, admin, profile, old, approve=True, note="موافقة")
    start = db.clock().date() - timedelta(days=120)
    svc.record_agreement(db, admin, profile, old, starts_on=start,
                         ends_on=start + timedelta(days=365), our_duties="التدريب",
                         partner_duties="الترشيح")
    registry.register(db, admin, BeneficiaryForm(
        first_name="منى", father_name="سعد", grandfather_name="علي", family_name="النهضة",
        id_type="national_id", id_number=make_saudi_id(1, "23456789"), gender="female",
        birth_date="01/01/1995", mobile="0561234567", category_code="direct"),
        branch_code="DMM")
    db.ids = ids
    yield db
    db.dispose()


@pytest.fixture
def shots(tmp_path) -> Path:
    folder = Path(os.environ.get("DESK_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _window(qtbot, qapp, db, lang):  # noqa: ANN001, ANN202
    return signed_in_window(qtbot, qapp, db, lang)


def _look(qtbot, qapp, window, shots, name):  # noqa: ANN001, ANN202
    settle(qtbot, window)
    qapp.processEvents()
    window.grab().save(str(shots / f"{name}.png"))
    assert (window.width(), window.height()) == (1366, 768)
    assert problems(window) == [], name


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_partner_screens(qtbot, qapp, tuwaiq_db, shots, lang):
    try:
        window = _window(qtbot, qapp, tuwaiq_db, lang)
        shell = window.shell
        # the registry: a person and an association found by one search, told apart
        reg = shell.show_screen("registry")
        settle(qtbot, window)
        search(qtbot, reg, "النهضة")
        kinds = {r.full_name: reg.model.data(reg.model.index(i, 6))
                 for i, r in enumerate(reg.model.rows)}
        assert kinds == ({"جمعية النهضة بجازان": "جمعية أو جهة", "منى سعد علي النهضة": "فرد"}
                         if lang == "ar" else {"جمعية النهضة بجازان": "Association / organisation",
                                               "منى سعد علي النهضة": "Person"})
        _look(qtbot, qapp, window, shots, f"{lang}-registry-mixed")
        reg.view.table.setCurrentIndex(reg.model.index(0, 0))
        reg.open_selected()
        org = shell.controllers["organisation"]
        settle(qtbot, window)
        assert org.view.inputs["licence_no"].text() == "2002"
        _look(qtbot, qapp, window, shots, f"{lang}-organisation")

        # the priority list: ranked by the profile's weights, explained; the overdue report
        lst = shell.show_screen("partners")
        _look(qtbot, qapp, window, shots, f"{lang}-partners-priority")
        t = lst.view.ranking
        assert [t.item(r, 1).text() for r in range(t.rowCount())] == [
            "جمعية النهضة بجازان", "جمعية البر بالأحساء"]
        assert [t.item(r, 5).text() for r in range(2)] == ["83.3", "41.7"]  # Al-Birr was served
        assert t.item(1, 6).text().endswith("= 41.7")
        assert lst.view.overdue.rowCount() == 1
        assert lst.view.overdue.item(0, 1).text() == "جمعية البر بالأحساء"

        # a new formal request typed in and recorded
        req = shell.show_screen("partner_request", {"new": True})
        settle(qtbot, window)
        r = req.view.request
        r.organisation.setCurrentIndex(r.organisation.findText("جمعية النهضة بجازان — 2002"))
        r.expected.setValue(45)
        type_text(r.goals, "تدريب منسوبي الجمعية")
        _look(qtbot, qapp, window, shots, f"{lang}-partner-request")
        qtbot.mouseClick(r.submit, Qt.MouseButton.LeftButton)
        settle(qtbot, window)
        assert req.detail is not None and req.detail.expected_beneficiaries == 45
        assert req.view.tabs.currentIndex() == 1  # the study is the step due

        # the study: scores chosen, the priority previewed, then recorded
        s = req.view.study
        s.scores["goal_fit"].setValue(5)
        s.impact.setValue(4)
        s.regional_need.setValue(5)
        type_text(s.notes["infrastructure"], "قاعة مجهزة")
        assert s.priority.text().endswith("(" + ("لم تستفد سابقًا" if lang == "ar"
                                                  else "not served before") + ")")
        _look(qtbot, qapp, window, shots, f"{lang}-partner-study")
        qtbot.mouseClick(s.save, Qt.MouseButton.LeftButton)
        settle(qtbot, window)
        d = views.detail(tuwaiq_db, window.shell.ctx.actor, profile_service.current(tuwaiq_db),
                         req.detail.id, tuwaiq_db.clock().date())
        assert (d.status, d.impact, d.study["infrastructure"]["note"]) == (
            "studied", 4, "قاعة مجهزة")
    finally:
        i18n.install(qapp, "ar")


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_reach_screen_counts_indirect_beneficiaries(qtbot, qapp, tuwaiq_db, shots, lang):
    try:
        window = _window(qtbot, qapp, tuwaiq_db, lang)
        scr = window.shell.show_screen("reach")
        settle(qtbot, window)
        v = scr.view
        v.channel.setCurrentIndex(v.channel.findData("social_media"))
        type_text(v.item, "مقطع قصة نجاح متدرب")
        v.reached.setValue(4321)
        qtbot.mouseClick(v.save, Qt.MouseButton.LeftButton)
        settle(qtbot, window)
        assert v.figures.rowCount() == 1
        assert v.figures.item(0, 1).text() == "مقطع قصة نجاح متدرب"
        assert "4,321" in v.totals.text()
        qtbot.mouseClick(v.save, Qt.MouseButton.LeftButton)  # the form was emptied: refused
        settle(qtbot, window)
        assert v.boxes["content_item"].error.isVisible()
        assert v.figures.rowCount() == 1
        _look(qtbot, qapp, window, shots, f"{lang}-reach")
    finally:
        i18n.install(qapp, "ar")


def test_decision_agreement_reports_and_evaluation_on_the_screen(qtbot, qapp, tuwaiq_db, shots,
                                                                   tmp_path):
    """The administrator stands in for each role: the later tabs do what the services do."""
    try:
        window = _window(qtbot, qapp, tuwaiq_db, "ar")
        req = window.shell.show_screen("partner_request", {"open": tuwaiq_db.ids[1]})
        settle(qtbot, window)
        v = req.view
        assert v.tabs.currentIndex() == 2 and v.decision.isEnabled()
        type_text(v.decision.note, "الأعلى أولوية")
        qtbot.mouseClick(v.decision.save, Qt.MouseButton.LeftButton)
        settle(qtbot, window)
        assert req.detail.status == "approved" and v.tabs.currentIndex() == 3
        a = v.agreement
        today = tuwaiq_db.clock().date()
        a.ends_on.set_value((today - timedelta(days=1)).strftime("%d/%m/%Y"))
        a.starts_on.set_value(today.strftime("%d/%m/%Y"))
        qtbot.mouseClick(a.save, Qt.MouseButton.LeftButton)  # reversed dates, no duties
        settle(qtbot, window)
        assert a.boxes["ends_on"].error.isVisible() and a.boxes["our_duties"].error.isVisible()
        assert a.starts_on.text() == today.strftime("%d/%m/%Y")  # what was typed stays
        start = today - timedelta(days=120)
        a.starts_on.set_value(start.strftime("%d/%m/%Y"))
        a.ends_on.set_value((start + timedelta(days=365)).strftime("%d/%m/%Y"))
        type_text(a.our_duties, "تقديم البرنامج")
        type_text(a.partner_duties, "ترشيح المتدربين")
        qtbot.mouseClick(a.save, Qt.MouseButton.LeftButton)
        settle(qtbot, window)
        assert req.detail.status == "agreed" and len(req.detail.reports) == 4
        qtbot.mouseClick(a.print_button, Qt.MouseButton.LeftButton)
        settle(qtbot, window)
        assert req.detail.agreement_document_id and "DMM-D-" in v.banner.text()
        v.tabs.setCurrentIndex(3)
        _look(qtbot, qapp, window, shots, "ar-partner-agreement")
        f = v.follow_up
        assert f.reports.item(0, 2).text() == "متأخر"
        f.reports.setCurrentCell(0, 0)
        f.reached.setValue(40)
        report = tmp_path / "تقرير.pdf"
        report.write_bytes(b"%PDF-1.4 impact")
        req.receive_report(str(report))
        settle(qtbot, window)
        assert req.detail.reports[0].reached == 40
        f.rating.setValue(4)
        type_text(f.evaluation, "شراكة ناجحة")
        v.tabs.setCurrentIndex(4)
        _look(qtbot, qapp, window, shots, "ar-partner-follow-up")
        qtbot.mouseClick(f.evaluate, Qt.MouseButton.LeftButton)
        settle(qtbot, window)
        assert req.detail.status == "closed" and req.detail.evaluation_rating == 4
        steps = v.steps.table
        assert [steps.item(r, 0).text() for r in range(steps.rowCount())] == [
            "الطلب الرسمي", "دراسة الاحتياج", "القرار", "الاتفاقية", "تقرير الأثر", "التقييم"]
    finally:
        i18n.install(qapp, "ar")
