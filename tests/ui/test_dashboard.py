"""The manager's dashboard (issue 22), in Arabic, on the hand-counted database of
tests/services/report_data (clock: Sunday 22 November 2026): the manager lands on it, the
figures of this month and this year are the ones counted by hand, each card's tooltip is its
definition, and a card opens the list behind it or the screen that holds it."""

from PySide6.QtCore import Qt

from desk_app.domain import report_figures as rf
from desk_app.services import staff as staff_service
from tests.services import report_data
from tests.ui.test_complaints_flow import sign_in
from tests.ui.waiting import settle

# November 2026: R3, R4, J2, J4 received; nothing decided or served; C3 and C4 received.
MONTH = {"requests_received": "4", "requests_decided": "0", "requests_served": "0",
         "answered_in_time_pct": "—", "requests_overdue_now": "3",
         "complaints_received": "2", "complaints_open_now": "3", "complaints_overdue_now": "2",
         "beneficiaries_new": "3", "review_backlog": "2", "beneficiaries_total": "10"}
# 2026: R6 too (decided 10 Sep, 6 working days after 2 Sep, in time): 3 of 4 in time, median
# of 5, 6, 7, 13 = 6.5; C6 received in September; staff actions: report_data's 9 of 2026 and
# the administrator opening Mona's account.
YEAR = {"requests_received": "12", "requests_decided": "4", "answered_in_time_pct": "75%",
        "median_days_to_decide": "6.5", "complaints_received": "7",
        "compensation_amount": "1,750.50", "satisfaction_index": "60",
        "satisfaction_responses": "10", "staff_actions": "10", "documents_issued": "2"}


def values(board):
    return {k: c.value.text() for k, c in board.view.cards.items()}


def test_manager_lands_on_the_dashboard_and_opens_what_is_behind(qtbot, window, desk_db,
                                                                   desk_admin):
    report_data.fill(desk_db)
    staff_service.create(desk_db, desk_admin, "mona", "mona-pass-2026", "منى المديرة",
                         "manager", must_change=False)
    sign_in(qtbot, window, "mona", "mona-pass-2026")
    shell = window.shell
    board = shell.controllers["dashboard"]
    assert shell.stack.currentWidget() is board.view
    settle(qtbot, window)
    assert MONTH.items() <= values(board).items()
    for key, card in board.view.cards.items():
        assert card.toolTip() == rf.FIGURES[key].definition_ar
        assert card.name.text() == rf.FIGURES[key].name_ar
    board.view.period.setCurrentIndex(1)  # this year
    assert YEAR.items() <= values(board).items()

    qtbot.mouseClick(board.view.cards["requests_overdue_now"], Qt.MouseButton.LeftButton)
    table = board.view.list
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["R5", "J5", "R3"]
    assert board.view.list_title.text() == "الطلبات المتأخرة الآن"
    assert "1448 هـ" in table.item(0, 5).text()  # the due date in Hijri beside Gregorian
    qtbot.mouseClick(board.view.cards["staff_actions"], Qt.MouseButton.LeftButton)
    assert table.item(0, 0).text() == "سارة الموظفة"

    bars = board.view.branch_chart.items
    assert bars == [("JED", 100.0, "n=1"), ("RYD", 66.7, "n=3")]  # R1, R6 in time; R2 late
    qtbot.mouseClick(board.view.cards["complaints_open_now"], Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert shell.stack.currentWidget() is shell.controllers["complaints"].view


def test_reception_has_no_dashboard(qtbot, window, desk_db, desk_admin):
    staff_service.create(desk_db, desk_admin, "rana", "rana-pass-2026", "رنا", "reception", must_change=False)
    sign_in(qtbot, window, "rana", "rana-pass-2026")
    names = window.shell.nav_names()
    assert "dashboard" not in names and "registry" in names
