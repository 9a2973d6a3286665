"""Two desks edit the same beneficiary: the second save is refused with who saved and what
changed, the fields they changed are marked, everything typed stays in the form, and saving
again (after looking) applies this desk's version. On both engines."""

import pytest
from PySide6.QtWidgets import QApplication

from desk_app.services import registry, staff
from desk_app.storage.db import Database
from desk_app.ui import style
from tests.ui.test_beneficiary_form import GOOD, error_of, fill, make_form, save
from tests.ui.waiting import make_ctx, settle

SHOT = "/tmp/desk-conflict-{engine}-{lang}.png"


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"], indirect=True)
def test_second_desk_is_told_who_changed_what_and_keeps_its_typing(qtbot, desk_db, desk_admin,
                                                                   arabic, engine):
    ctl = make_form(qtbot, desk_db, desk_admin)
    fill(ctl, **GOOD)
    assert save(qtbot, ctl)
    bid = ctl.beneficiary_id
    # meanwhile, at another desk, a colleague corrects the city and the mobile
    other = Database(desk_db.url, clock=desk_db.clock)
    clerk = staff.create(desk_db, desk_admin, "reception2", "reception-pass-2",
                         "سارة الدوسري", "reception", must_change=False)
    theirs = registry.to_form(registry.get(other, bid))
    theirs.city, theirs.mobile = "الدمام", "0569998877"
    registry.update(other, clerk, bid, theirs, expected_version=ctl.version)
    other.dispose()
    # this desk, still on the old version, types its own change and saves
    fill(ctl, city="جدة")
    ctl.view.notes.setPlainText("يراجع يوم الأحد")
    assert not save(qtbot, ctl)
    banner = ctl.view.banner.text()
    assert ctl.view.banner.isVisible() and "سارة الدوسري" in banner
    assert "المدينة" in banner and "رقم الجوال" in banner
    assert error_of(ctl, "city") == "تغيّر في أثناء ذلك (سارة الدوسري) إلى: الدمام"
    assert "\u202a+966569998877\u202c" in error_of(ctl, "mobile")
    assert ctl.view.inputs["city"].text() == "جدة"  # what was typed is still there
    assert ctl.view.notes.toPlainText() == "يراجع يوم الأحد"
    assert registry.get(desk_db, bid).city == "الدمام"  # nothing of this desk's was saved
    with style.applied(QApplication.instance()):  # the desk's colours, for the screenshot
        ctl.view.resize(1366, 768)
        ctl.view.grab().save(SHOT.format(engine=engine, lang="ar"))
    # having looked, the desk saves again: its version is applied over the colleague's
    assert save(qtbot, ctl)
    settle(qtbot, ctl.ctx)
    saved = registry.get(desk_db, bid)
    assert (saved.city, saved.notes) == ("جدة", "يراجع يوم الأحد")


def test_a_step_on_a_request_another_desk_moved_is_refused_and_said(qtbot, desk_db, desk_admin,
                                                                    arabic):
    from desk_app.domain.requests import IntakeForm
    from desk_app.services import profile as profile_service
    from desk_app.services import request_views
    from desk_app.services import requests as svc
    from desk_app.ui.screens.request import RequestController
    from tests.ui.test_request_flow import register_one

    profile = profile_service.current(desk_db)
    bid = register_one(desk_db, desk_admin)
    rid = svc.create(desk_db, desk_admin, IntakeForm(bid, "service_request", "phone", "طلب", True,
                                                     True, agreed_channel_code="phone"), branch_code="RYD", profile=profile).id
    ctl = RequestController(make_ctx(desk_db, desk_admin))
    qtbot.addWidget(ctl.view)
    ctl.view.resize(1366, 768)
    ctl.view.show()
    ctl.enter({"open": rid})
    settle(qtbot, ctl.ctx)
    assert ctl.detail is not None and ctl.detail.status == "incomplete"
    # meanwhile a colleague at another desk withdraws it
    other = Database(desk_db.url, clock=desk_db.clock)
    clerk = staff.create(desk_db, desk_admin, "reception2", "reception-pass-2",
                         "سارة الدوسري", "reception", must_change=False)
    svc.withdraw(other, clerk, rid, "تراجع المستفيد")
    other.dispose()
    # this desk, still showing the request as received, refers it
    w = ctl.view.workflow
    w.refer_reason.setText("خارج نطاق خدمات الجمعية")
    w.refer_to.setEditText("جمعية البر")
    w.refer_button.click()
    settle(qtbot, ctl.ctx)
    banner = ctl.view.banner.text()
    assert "سارة الدوسري" in banner, banner
    assert "لم يُحفظ" in banner
    assert request_views.get(desk_db, rid).referrals == ()  # nothing of this desk's written
    assert ctl.detail.status == "withdrawn"  # the screen now shows the request as it is
    assert w.refer_reason.text() == "خارج نطاق خدمات الجمعية"  # what was typed is kept
    with style.applied(QApplication.instance()):  # as the desk starts
        qtbot.wait(50)
        ctl.view.grab().save("/tmp/desk-request-conflict-ar.png")


def test_a_merged_file_says_where_the_person_is_now(qtbot, desk_db, desk_admin, arabic):
    from desk_app.services import duplicates
    from tests.ui.test_request_flow import register_one

    kept = register_one(desk_db, desk_admin)
    form = registry.to_form(registry.get(desk_db, kept))
    form.id_number, form.mobile = "1000000008", "0559876543"
    other = registry.register(desk_db, desk_admin, form, branch_code="JED",
                              confirm_duplicates=True).id
    duplicates.merge(desk_db, kept, other, desk_admin, confirm_different_ids=True)
    ctl = make_form(qtbot, desk_db, desk_admin)
    ctl.open(other)  # an old link, or a document printed before the merge
    settle(qtbot, ctl.ctx)
    kept_number = registry.get(desk_db, kept).file_number
    assert ctl.view.banner.isVisible()
    assert f"دُمج هذا الملف في الملف {kept_number}" in ctl.view.banner.text()
