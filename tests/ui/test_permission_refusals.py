"""A reception account at the real window: the committee's decision is refused by the service,
the banner says why in Arabic, the request is unchanged and the refusal is in the access log."""

from datetime import date

from PySide6.QtCore import Qt

from desk_app.domain.requests import IntakeForm
from desk_app.services import access, permissions, staff
from desk_app.services import profile as profile_service
from desk_app.services import requests as svc
from tests.ui.test_request_flow import choose, register_one
from tests.ui.typing import type_text
from tests.ui.waiting import settle

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def sign_in_as(qtbot, window, username, password):
    login = window.login
    qtbot.keyClicks(login.view.username, username)
    qtbot.keyClick(login.view.username, Qt.Key.Key_Return)
    qtbot.keyClicks(login.view.password, password)
    qtbot.keyClick(login.view.password, Qt.Key.Key_Return)
    settle(qtbot, window)  # the password is checked off the GUI thread


def at_committee(db, admin):
    """A complete request sent to its committee (done by the administrator)."""
    profile = profile_service.current(db)
    person = register_one(db, admin)
    r = svc.create(db, admin, IntakeForm(person, "service_request", "phone", "طلب", True, True, agreed_channel_code="phone"),
                   branch_code="RYD", profile=profile)
    for row in r.checklist:
        svc.verify_document(db, admin, r.id, row.document_code, seen=True, matches=True,
                            profile=profile)
    return person, svc.send_to_committee(db, admin, r.id, profile=profile)


def test_reception_cannot_record_a_decision(qtbot, window, desk_db, desk_admin):
    _person, request_ = at_committee(desk_db, desk_admin)
    salma = staff.create(desk_db, desk_admin, "salma", "reception-pass-2026", "سلمى", "reception",
                         must_change=False)
    sign_in_as(qtbot, window, "salma", "reception-pass-2026")
    ctl = window.shell.show_screen("request", {"open": request_.id})
    settle(qtbot, window)
    v = ctl.view
    v.tabs.setCurrentIndex(1)
    choose(v.decision.decision, "rejected")
    type_text(v.decision.reason, "لا تنطبق الشروط")
    v.decision.record_button.click()
    settle(qtbot, window)
    assert v.banner.isVisible()
    assert v.banner.text() == ("صلاحيات دورك (موظف الاستقبال) لا تسمح بهذا الإجراء: تسجيل قرار "
                               "اللجنة. راجع مدير النظام إن كان من صميم عملك.")
    assert ctl.detail.status == "committee" and not ctl.detail.decisions
    assert v.decision.reason.toPlainText() == "لا تنطبق الشروط"  # what was typed is kept
    looks = access.looked_at_by(desk_db, desk_admin, salma.id)
    assert [(x.username, x.action, x.allowed) for x in looks][:1] == [
        ("salma", "request.decide", False)]
    assert date(2026, 11, 22) == looks[0].at.date()  # the clock fixture's day, not the machine's


def test_reception_cannot_open_a_scan_once_the_administrator_forbids_it(
        qtbot, window, desk_db, desk_admin, tmp_path):
    profile = profile_service.current(desk_db)
    person = register_one(desk_db, desk_admin)
    r = svc.create(desk_db, desk_admin,
                   IntakeForm(person, "service_request", "phone", "طلب", True, True, agreed_channel_code="phone"),
                   branch_code="RYD", profile=profile)
    scan = tmp_path / "id.pdf"
    scan.write_bytes(PDF)
    svc.attach_scan(desk_db, desk_admin, r.id, "national_id", scan)
    grants = set(permissions.current(desk_db).grants) - {("reception", "scan.view")}
    permissions.save(desk_db, desk_admin, grants, "المستندات للباحثين فقط")
    staff.create(desk_db, desk_admin, "salma", "reception-pass-2026", "سلمى",
                         "reception", must_change=False)
    sign_in_as(qtbot, window, "salma", "reception-pass-2026")
    ctl = window.shell.show_screen("request", {"open": r.id})
    settle(qtbot, window)
    v = ctl.view
    v.checklist.table.setCurrentCell(0, 0)
    v.checklist.view_button.click()
    settle(qtbot, window)
    assert v.banner.text() == ("صلاحيات دورك (موظف الاستقبال) لا تسمح بهذا الإجراء: عرض "
                               "المستندات الممسوحة أو تصديرها. راجع مدير النظام إن كان من صميم "
                               "عملك.")
    looks = access.who_looked(desk_db, desk_admin, person)
    assert [(x.username, x.action, x.allowed, x.target_type) for x in looks] == [
        ("salma", "scan.view", False, "scan")]
