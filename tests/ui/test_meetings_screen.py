"""The committee-meetings screen (issue 20), in Arabic at 1366×768 and in English: the agenda
with its filters, a meeting without quorum refused in Arabic, the decisions of a meeting with
quorum recorded in one go, the minutes approved by each member's own password (a wrong one
refused beside the field) and printed into the preview. Every call runs on the ops runner."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desk_app import i18n
from desk_app.config import Settings
from desk_app.domain.profile.meetings import MeetingRules
from desk_app.services import profile as profile_service
from desk_app.services import requests as svc
from desk_app.services import staff
from desk_app.ui.screens.meeting_view import DECISION, NUMBER, REASON
from desk_app.ui.screens.meetings import MeetingsController
from desk_app.ui.screens.profile_editor import ProfileController
from desk_app.ui.widgets.fields import combo_code, set_combo_code
from tests.services.test_meetings import to_committee
from tests.ui.test_fit_1366 import problems
from tests.ui.waiting import make_ctx, settle

SHOTS = Path(os.environ.get("DESK_SCREENSHOTS", "/tmp"))


@pytest.fixture
def office(desk_db, desk_admin):
    people = {user: staff.create(desk_db, desk_admin, user, f"{user}-pass-2026", name,
                                 "committee")
              for user, name in (("fahd", "فهد الزهراني"), ("noura", "نورة الحربي"),
                                 ("saad", "سعد القرني"))}
    people["desk"] = people["researcher"] = desk_admin  # takes the requests in and studies them
    profile = profile_service.current(desk_db)
    requests = [to_committee(desk_db, people, profile, i, "RYD") for i in range(3)]
    return people, requests


def screen(qtbot, desk_db, actor, lang="ar"):
    ctx = make_ctx(desk_db, actor, Settings(desk_db.url, lang))
    ctl = MeetingsController(ctx)
    qtbot.addWidget(ctl.view)
    ctl.view.resize(1366 - 230, 768 - 60)  # the shell's side bar and title take the rest
    ctl.view.show()
    ctl.load()
    settle(qtbot, ctx)
    return ctl, ctx


def tick(ctl, *names):
    members = ctl.view.members
    for i in range(members.count()):
        item = members.item(i)
        item.setCheckState(Qt.CheckState.Checked if item.text() in names
                           else Qt.CheckState.Unchecked)


def choose(ctl, row, decision, reason=""):
    set_combo_code(ctl.view.agenda.cellWidget(row, DECISION), decision)
    ctl.view.agenda.cellWidget(row, REASON).setText(reason)


def test_meeting_screen_decides_and_members_approve(qtbot, arabic, desk_db, office):
    people, requests = office
    ctl, ctx = screen(qtbot, desk_db, people["fahd"])
    v = ctl.view
    assert v.agenda.rowCount() == 3 and v.members.count() == 3
    assert v.agenda.item(0, NUMBER).text() == requests[0].number
    # a meeting of one member out of three: set up, but refused when it decides
    tick(ctl, "فهد الزهراني")
    assert "لم يكتمل النصاب" in v.quorum.text()
    v.place.setText("قاعة الاجتماعات")
    v.create_button.click()
    settle(qtbot, ctx)
    assert ctl.meeting is not None and ctl.meeting.status == "open"
    for row, (decision, reason) in enumerate((("accepted", ""), ("rejected", "الدخل يتجاوز الحد"),
                                              ("postponed", "تُستكمل الزيارة"))):
        choose(ctl, row, decision, reason)
    v.record_button.click()
    settle(qtbot, ctx)
    assert v.banner.text().startswith("لم يكتمل النصاب: حضر 1 من الأعضاء ويلزم حضور 2.")
    assert all(svc.get(desk_db, r.id).status == "committee" for r in requests)
    # a member arrives: the attendance is corrected in the same meeting, which may now decide
    assert v.members_button.isVisible() and v.members.isEnabled()
    tick(ctl, "فهد الزهراني", "نورة الحربي")
    assert "اكتمل النصاب" in v.quorum.text()
    v.members_button.click()
    settle(qtbot, ctx)
    assert v.banner.text() == "حُدّث الأعضاء الحاضرون."
    assert ctl.meeting.quorum.met and len(ctl.meeting.attendees) == 2
    assert combo_code(v.agenda.cellWidget(1, DECISION)) == "rejected"  # the choices stay
    v.activateWindow()  # keyboard only: Tab goes from a row's decision to its reason
    v.agenda.cellWidget(0, DECISION).setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is v.agenda.cellWidget(0, REASON)
    qtbot.wait(20)
    assert problems(v) == []
    v.grab().save(str(SHOTS / "meeting-ar-agenda.png"))
    # meanwhile another member decides the third from its request screen: nothing is written,
    # the request is named, the agenda read again with what was chosen for the others kept
    svc.decide(desk_db, people["saad"], requests[2].id, decision="accepted", reason="",
               committee_code="competent", decided_on=desk_db.clock().date(),
               profile=profile_service.current(desk_db))
    v.record_button.click()
    settle(qtbot, ctx)
    assert v.banner.text().startswith("غيّر مكتب آخر هذه الطلبات بعد عرض جدول الأعمال: "
                                      f"{requests[2].number}.")
    assert [svc.get(desk_db, r.id).status for r in requests[:2]] == ["committee", "committee"]
    assert v.agenda.rowCount() == 2 and ctl.meeting.status == "open"
    assert [combo_code(v.agenda.cellWidget(i, DECISION)) for i in range(2)] == [
        "accepted", "rejected"]
    assert v.agenda.cellWidget(1, REASON).text() == "الدخل يتجاوز الحد"
    v.record_button.click()
    settle(qtbot, ctx)
    assert ctl.meeting.status == "decided" and len(ctl.meeting.items) == 2
    assert v.starts_at.text() == "" and v.starts_at.placeholderText() == "—"  # none given
    assert [svc.get(desk_db, r.id).status for r in requests] == [
        "accepted", "rejected", "accepted"]
    assert v.agenda.item(1, DECISION).text() == "رفض"
    # approval by the members' own passwords, off the GUI thread
    v.tabs.setCurrentIndex(1)
    set_combo_code(v.approver, people["noura"].id)
    v.password.setText("fahd-pass-2026")
    v.approve_button.click()
    settle(qtbot, ctx)
    assert v.approve_boxes["password"].error.text() == "كلمة المرور ليست كلمة مرور هذا العضو، فلم يُعتمد المحضر."
    assert v.password.text() == ""
    for who in ("noura", "fahd"):
        set_combo_code(v.approver, people[who].id)
        v.password.setText(f"{who}-pass-2026")
        v.approve_button.click()
        settle(qtbot, ctx)
    assert ctl.meeting.status == "approved" and "اعتُمد المحضر" in v.approvals.text()
    v.print_button.click()
    settle(qtbot, ctx)
    assert v.preview.page_count() == 1
    qtbot.wait(300)  # the preview paints its page
    assert problems(v) == []
    v.grab().save(str(SHOTS / "meeting-ar-minutes.png"))


def test_meeting_screen_in_english(qtbot, qapp, desk_db, office):
    people, _requests = office
    i18n.install(qapp, "en")
    try:
        ctl, _ctx = screen(qtbot, desk_db, people["fahd"], "en")
        v = ctl.view
        tick(ctl, "فهد الزهراني", "نورة الحربي")
        choose(ctl, 1, "rejected", "")
        assert v.title.text() == "Committee meetings"
        assert "Quorum met" in v.quorum.text()
        assert v.agenda.cellWidget(1, DECISION).currentText() == "Reject"
        qtbot.wait(20)
        assert problems(v) == []
        v.grab().save(str(SHOTS / "meeting-en-agenda.png"))
    finally:
        i18n.install(qapp, "ar")


def test_profile_editor_sets_the_quorum_and_leaves_the_defaults_unwritten(qtbot, arabic,
                                                                          desk_db, desk_admin):
    ctx = make_ctx(desk_db, desk_admin)
    editor = ProfileController(ctx)
    qtbot.addWidget(editor.view)
    editor.load()
    settle(qtbot, ctx)
    v = editor.view
    assert (combo_code(v.quorum_rule), v.quorum_count.value(), combo_code(v.approval_rule)) == (
        "majority", 2, "all_present")
    assert "meetings" not in editor.collect()        # untouched: the preset's silence stays
    v.resize(1366 - 230, 768 - 60)
    v.show()
    v.tabs.setCurrentIndex(1)
    qtbot.wait(20)
    assert problems(v) == []
    v.grab().save(str(SHOTS / "meeting-ar-profile-rules.png"))
    assert not v.quorum_count.isEnabled()
    set_combo_code(v.quorum_rule, "count")
    assert v.quorum_count.isEnabled()
    v.quorum_count.setValue(3)
    set_combo_code(v.approval_rule, "majority_present")
    editor.save()
    settle(qtbot, ctx)
    assert profile_service.current(desk_db).meeting_rules == MeetingRules(
        "count", 3, "majority_present")
