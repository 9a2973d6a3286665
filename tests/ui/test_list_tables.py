"""The desk's lists (registry, waiting list, complaints board) at the cost of the screen they
show, not of the rows they hold (issue 23): columns fitted to their widest text exactly as Qt's
``ResizeToContents`` fits them, and the model asked for about the cells in view — loading four
times the rows asks it barely more."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView

from desk_app.services.complaint_views import Row
from desk_app.services.registry import SearchPage, Summary
from desk_app.services.request_views import ListRow
from desk_app.services.worklists import Page
from desk_app.ui.models.complaints_model import ComplaintsModel
from desk_app.ui.screens.complaints_board import ComplaintsBoardController
from desk_app.ui.screens.registry import RegistryController
from desk_app.ui.screens.waiting import WaitingController
from desk_app.ui.widgets.tables import FittedColumns
from tests.ui.waiting import make_ctx


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    """One initialised desk database for the module's three screens (each only reads its
    profile): ~3 s of set-up once instead of three times."""
    from desk_app.services import installation
    from desk_app.storage.db import Database
    from tests.clocks import INSTANTS, FixedClock
    from tests.conftest import ADMIN_PASSWORD

    path = tmp_path_factory.mktemp("lists") / "desk.sqlite3"
    db = Database.open(f"sqlite:///{path}", clock=FixedClock(INSTANTS["sunday"]))
    admin = installation.initialise(
        db, preset_key="althikr_alhakeem", branch_code="RYD", admin_username="admin",
        admin_password=ADMIN_PASSWORD, admin_full_name="مدير النظام")
    yield db, admin
    db.dispose()

TEXTS = [("RYD-C-2026-000012", "مفتوحة", "متأخرة", "التأخير بأيام العمل: 12",
          "1448/05/03 هـ (2026/10/25 م)", "تأخر الرد", "الهاتف", "عبدالرحمن بن محمد الزهراني"),
         ("RYD-C-2026-1", "Closed", "On time", "4", "2026-10-25", "Service quality", "Fax", "x"),
         ("", "", "", "", "", "", "", "")]


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.RightToLeft,
                                       Qt.LayoutDirection.LeftToRight])
def test_fitted_columns_are_as_wide_as_qt_would_make_them(qtbot, direction):
    headers = ["Number", "الحالة", "Deadline", "Left", "Received", "Category", "Channel", "Who"]
    qt_fit, ours = QTableView(), QTableView()
    for t in (qt_fit, ours):
        qtbot.addWidget(t)
        t.setLayoutDirection(direction)
        t.setModel(ComplaintsModel(headers, t))
        t.model().set_rows(["a", "b", "c"], TEXTS, ["#fdecea", None, None])
        t.resize(1366, 400)
        t.show()
    qt_fit.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    qt_fit.horizontalHeader().setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
    FittedColumns(ours, ours.model().texts, stretch=7)
    QApplication.processEvents()
    widths = [[t.columnWidth(c) for c in range(8)] for t in (qt_fit, ours)]
    assert widths[0] == widths[1]
    ours.model().set_rows(["a"], [TEXTS[1]], [None])  # refitted at each load
    qt_fit.model().set_rows(["a"], [TEXTS[1]], [None])
    QApplication.processEvents()
    assert [qt_fit.columnWidth(c) for c in range(7)] == [ours.columnWidth(c) for c in range(7)]


def count_data(model) -> Counter:  # noqa: ANN001
    calls: Counter = Counter()
    data = model.data

    def counted(index, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN202
        calls[role] += 1
        return data(index, role)

    model.data = counted
    return calls


def asked(qtbot, ctl, model, show) -> dict[int, int]:  # noqa: ANN001
    """The model's data() calls for a load of 50 rows and of 200, painted at 1366×768."""
    ctl.view.resize(1366, 768)
    ctl.view.show()
    qtbot.waitExposed(ctl.view)
    calls = count_data(model)
    out = {}
    for n in (50, 200):
        QApplication.processEvents()
        calls.clear()
        show(n)
        ctl.view.repaint()
        out[n] = sum(calls.values())
    visible = ctl.view.table.viewport().height() // ctl.view.table.rowHeight(0) + 1
    cells = visible * model.columnCount()
    # each visible cell a few roles at most; the rows out of view not at all (a fit measures
    # one cell per column)
    assert out[50] <= 10 * cells + 10 * model.columnCount(), (out, cells)
    assert out[200] <= out[50] + 10 * model.columnCount(), out
    return out


def test_registry_page_asks_for_the_cells_in_view(qtbot, office, arabic):
    ctl = RegistryController(make_ctx(*office))
    qtbot.addWidget(ctl.view)

    def show(n: int) -> None:
        rows = tuple(Summary(f"id{i}", f"RYD-{i:06d}", f"محمد بن عبدالله {i}", f"10{i:08d}",
                             "+966500000000", date(1990, 1, 1 + i % 28), "poor")
                     for i in range(n))
        ctl._searching = True
        ctl._show(SearchPage("محمد", 0, rows, True))

    asked(qtbot, ctl, ctl.model, show)
    assert ctl.model.rowCount() == 200 and ctl.view.table.currentIndex().row() == 0


def test_waiting_page_asks_for_the_cells_in_view(qtbot, office, arabic):
    ctl = WaitingController(make_ctx(*office))
    qtbot.addWidget(ctl.view)

    def show(n: int) -> None:
        rows = tuple(ListRow(f"r{i}", f"RYD-R-{i:06d}", f"b{i}", f"فاطمة {i}", f"RYD-{i:06d}",
                             "monthly", "walk_in", "committee", datetime(2026, 11, 1),
                             date(2026, 11, 20), i - 5, i < 5) for i in range(n))
        ctl._show(Page(rows, n, {"committee": n}, 5, 1, n))

    asked(qtbot, ctl, ctl.model, show)
    assert ctl.model.rowCount() == 200


def test_complaints_board_asks_for_the_cells_in_view(qtbot, office, arabic):
    from desk_app.services import complaint_views

    ctl = ComplaintsBoardController(make_ctx(*office))
    qtbot.addWidget(ctl.view)
    day = date(2026, 11, 19)

    def show(n: int) -> None:
        rows = [Row(f"c{i}", f"RYD-C-2026-{i:06d}", "received", "delay", "fax", "RYD", day,
                    day, "overdue" if i % 3 else "on_time", 3 - i % 5, 2, 4, "", True, None,
                    "تأخر") for i in range(n)]
        ctl._loaded((complaint_views._board(rows, 0), rows))

    asked(qtbot, ctl, ctl.view.model, show)
    t = ctl.view.table
    assert t.model().rowCount() == 200
    overdue = t.model().index(1, 0)
    assert t.model().data(overdue, Qt.ItemDataRole.BackgroundRole) is not None
    t.setCurrentIndex(t.model().index(7, 0))
    opened = []
    ctl.navigate.connect(lambda name, arg: opened.append((name, arg)))
    ctl.open_selected()
    assert opened == [("complaint", {"open": "c7"})]


def test_columns_too_wide_for_the_table_share_it_and_never_cut_a_kept_one():
    from desk_app.ui.widgets.tables import shared_out

    widths, floors = [100, 300, 250, 80], [100, 60, 60, 80]
    out = shared_out(widths, floors, 500)
    assert sum(out) <= 500 and sum(out) >= 499 - len(out)  # the room filled
    assert out[0] == 100 and out[3] == 80  # narrower than the cap: as they were
    assert out[1] == out[2] < 250  # the widest two cut to one cap
    assert shared_out(widths, floors, 5000) == widths  # room enough: nothing cut
    assert shared_out(widths, floors, 100) == floors  # not even the floors fit: they stay


def test_complaints_board_shares_its_width_between_the_names(qtbot, office, arabic):
    """With long category names and complainants the board scrolled sideways at 1366×768 and
    cut the complainants behind it: the word columns now share the room; the number, the
    working days and the date are never cut, and a cut text is read whole on hover."""
    ctl = ComplaintsBoardController(make_ctx(*office))
    qtbot.addWidget(ctl.view)
    # narrower than the page beside the side bar at 1366×768: the test's letters are smaller
    # than the desk's, this is the overflow the desk's board had there
    ctl.view.resize(900, 700)
    ctl.view.show()
    qtbot.waitExposed(ctl.view)
    day = date(2026, 11, 19)
    who = "عبدالرحمن بن محمد بن عبدالله بن سعيد بن ناصر الزهراني القحطاني"
    rows = [Row(f"c{i}", f"RYD-C-2026-{i:06d}", "received", c.code, "fax", "RYD", day, day,
                "overdue", -12, 2, 4, who, False, None, "تأخر")
            for i, c in enumerate(ctl.ctx.profile.complaint_categories)]
    from desk_app.services import complaint_views

    ctl._loaded((complaint_views._board(rows, 0), rows))
    QApplication.processEvents()
    t, header = ctl.view.table, ctl.view.table.horizontalHeader()
    natural = ctl.columns._natural
    assert sum(natural[:7]) > t.viewport().width() - 150  # the complainant had no room left
    assert header.length() <= t.viewport().width()
    assert not t.horizontalScrollBar().isVisible()
    assert [t.columnWidth(c) for c in (0, 3, 4)] == [natural[c] for c in (0, 3, 4)]  # whole
    cut = t.model().index(0, 7)
    assert t.columnWidth(7) == t.columnWidth(5) < natural[7]  # the names share the room
    assert t.model().data(cut, Qt.ItemDataRole.ToolTipRole) == who
