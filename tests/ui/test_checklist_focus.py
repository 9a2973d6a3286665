"""The checklist keeps the person's place (issue 18): a tick, by mouse or keyboard, lands on the
row in focus, the next key goes on from there, and rows never move under the pointer."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from desk_app.domain.requests import IntakeForm
from desk_app.services import requests as request_service
from desk_app.ui.screens.request import RequestController
from desk_app.ui.widgets.checklist import DOC, MATCHES, SEEN
from tests.ui.test_request_flow import register_one
from tests.ui.waiting import make_ctx, settle


def open_request(qtbot, db, actor) -> RequestController:
    bid = register_one(db, actor)
    ctx = make_ctx(db, actor)
    intake = IntakeForm(beneficiary_id=bid, service_code="service_request", channel_code="phone",
                        description="سلة غذائية", consent_terms=True, consent_data=True, agreed_channel_code="phone")
    made = request_service.create(db, actor, intake, branch_code="RYD", profile=ctx.profile)
    ctl = RequestController(ctx)
    qtbot.addWidget(ctl.view)
    ctl.view.resize(1366, 768)
    ctl.view.show()
    qtbot.waitExposed(ctl.view)
    ctl.view.activateWindow()
    ctl.enter({"open": made.id})
    settle(qtbot, ctx)
    assert len(ctl.detail.checklist) >= 2
    return ctl


def ticks(ctl) -> list[tuple[bool, bool]]:
    return [(row.seen, row.matches) for row in ctl.detail.checklist]


def click_check(qtbot, table, row: int, col: int) -> None:
    """A click on the check box drawn in the cell (where the style puts it, RTL included)."""
    index = table.model().index(row, col)
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    option.rect = table.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    table.itemDelegate().initStyleOption(option, index)
    box = table.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option,
                                       table)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=box.center())


def test_keyboard_ticks_go_on_along_the_focused_row(qtbot, desk_db, desk_admin, arabic):
    ctl = open_request(qtbot, desk_db, desk_admin)
    table = ctl.view.checklist.table
    table.setFocus()
    table.setCurrentCell(0, DOC)
    assert table.hasFocus()
    qtbot.keyClick(table, Qt.Key.Key_Left)   # right to left: Left is the next column, «اطلعت»
    qtbot.keyClick(table, Qt.Key.Key_Space)
    settle(qtbot, ctl.ctx)
    assert ticks(ctl)[:2] == [(True, False), (False, False)]
    assert (table.currentRow(), table.currentColumn()) == (0, SEEN)
    assert table.hasFocus()                  # back in the table once the save ended
    qtbot.keyClick(table, Qt.Key.Key_Left)   # on to «مطابق» of the same row: not an untick
    qtbot.keyClick(table, Qt.Key.Key_Space)
    settle(qtbot, ctl.ctx)
    assert ticks(ctl)[:2] == [(True, True), (False, False)]
    assert (table.currentRow(), table.currentColumn()) == (0, MATCHES)


def test_double_tick_by_mouse_stays_on_its_row_and_rows_do_not_move(qtbot, desk_db, desk_admin,
                                                                     arabic):
    ctl = open_request(qtbot, desk_db, desk_admin)
    table = ctl.view.checklist.table
    table.setCurrentCell(0, DOC)  # another row current before the click
    layout = [(table.rowViewportPosition(r), table.rowHeight(r)) for r in range(table.rowCount())]
    click_check(qtbot, table, 1, SEEN)
    settle(qtbot, ctl.ctx)
    assert ticks(ctl)[:2] == [(False, False), (True, False)]
    assert table.currentRow() == 1 and ctl.view.checklist.table.current_row().document_code \
        == ctl.detail.checklist[1].document_code  # what Ctrl+O attaches to
    assert table.item(1, 5).text()  # "verified by" now shown, and still:
    assert [(table.rowViewportPosition(r), table.rowHeight(r))
            for r in range(table.rowCount())] == layout
    click_check(qtbot, table, 1, MATCHES)
    settle(qtbot, ctl.ctx)
    assert ticks(ctl)[:2] == [(False, False), (True, True)]
    assert table.currentRow() == 1
    assert table.viewport().mapToGlobal(QPoint(0, table.rowViewportPosition(1))).y() == \
        table.viewport().mapToGlobal(QPoint(0, layout[1][0])).y()
