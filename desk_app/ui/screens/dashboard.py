"""The manager's first screen (issue 22): how well the association keeps its promises.

Every figure of the board report for this month or this year, as a card whose tooltip is the
figure's definition (:mod:`desk_app.domain.report_figures`); a card opens the list behind it
(here, or the screen that holds it). Compliance by branch and the satisfaction trend are drawn
with the survey results' charts. Everything is read through the ops runner.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain import calendar as cal
from desk_app.domain import report_figures as rf
from desk_app.services import reports
from desk_app.ui import ops
from desk_app.ui.context import UiContext
from desk_app.ui.widgets.charts import BarChart, LineChart
from desk_app.ui.widgets.fields import banner_label
from desk_app.ui.widgets.governance_notice import GovernanceNotice

COLUMNS = 5
#: What each card opens: a list of rows or a table of the report, or another screen.
BEHIND: dict[str, tuple[str, str]] = {
    "requests_received": ("rows", "received_rows"),
    "requests_decided": ("rows", "decided_rows"),
    "answered_in_time_pct": ("rows", "decided_rows"),
    "median_days_to_decide": ("rows", "decided_rows"),
    "requests_served": ("rows", "served_rows"),
    "requests_overdue_now": ("rows", "overdue_rows"),
    "complaints_received": ("rows", "complaint_rows"),
    "complaints_resolved": ("table", "complaints_by_branch"),
    "complaints_resolved_in_time_pct": ("table", "complaints_by_complaint_category"),
    "complaints_open_now": ("screen", "complaints"),
    "complaints_overdue_now": ("screen", "complaints"),
    "compensations_paid": ("table", "compensation_by_kind"),
    "compensation_amount": ("table", "compensation_by_kind"),
    "satisfaction_index": ("screen", "survey_results"),
    "satisfaction_responses": ("table", "satisfaction_by_service"),
    "beneficiaries_total": ("table", "beneficiaries_by_category"),
    "beneficiaries_new": ("table", "beneficiaries_by_city"),
    "review_backlog": ("screen", "review"),
    "documents_issued": ("table", "documents_by_kind"),
    "staff_actions": ("table", "activity_by_staff"),
}


class FigureCard(QPushButton):
    """A figure: its value large, its name under it; the definition as the tooltip."""

    def __init__(self, key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.setObjectName("figureCard")
        self.setCheckable(True)
        self.setMinimumHeight(62)
        self.value, self.name = QLabel("—"), QLabel()
        self.value.setObjectName("figureValue")
        self.name.setObjectName("figureName")
        self.name.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 4, 6, 4)
        lay.setSpacing(0)
        for label in (self.value, self.name):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            lay.addWidget(label)


class DashboardView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.title = QLabel(self.tr("Dashboard"))
        self.title.setObjectName("screenTitle")
        self.period = QComboBox()
        self.period.addItem(self.tr("This month"), "month")
        self.period.addItem(self.tr("This year"), "year")
        self.branch = QLineEdit()
        self.branch.setPlaceholderText(self.tr("Branch"))
        self.branch.setMaximumWidth(80)
        self.refresh = QPushButton(self.tr("Refresh"))
        self.scope = QLabel()
        self.scope.setObjectName("hint")
        top = QHBoxLayout()
        for w in (self.title, self.scope):
            top.addWidget(w)
        top.addStretch(1)
        for w in (self.period, self.branch, self.refresh):
            top.addWidget(w)
        self.banner = banner_label()
        self.notice = GovernanceNotice()  # breaches, personal-data requests, policy review
        self.cards: dict[str, FigureCard] = {}
        grid = QGridLayout()
        grid.setSpacing(6)
        for i, key in enumerate(rf.REPORTS["board"]):
            self.cards[key] = FigureCard(key)
            grid.addWidget(self.cards[key], i // COLUMNS, i % COLUMNS)
        self.branch_chart, self.trend_chart = BarChart(), LineChart()
        charts = QWidget()
        charts_lay = QVBoxLayout(charts)
        charts_lay.setContentsMargins(0, 0, 0, 0)
        charts_lay.addWidget(self.branch_chart)
        charts_lay.addWidget(self.trend_chart)
        self.list_title = QLabel(self.tr("Choose a figure to see the list behind it."))
        self.list_title.setObjectName("headline")
        self.list = QTableWidget(0, 0)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.verticalHeader().setVisible(False)
        self.list.setAlternatingRowColors(True)
        behind = QWidget()
        behind_lay = QVBoxLayout(behind)
        behind_lay.setContentsMargins(0, 0, 0, 0)
        behind_lay.addWidget(self.list_title)
        behind_lay.addWidget(self.list, 1)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(charts)
        self.split.addWidget(behind)
        self.split.setSizes([600, 530])
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.banner)
        lay.addWidget(self.notice)
        lay.addLayout(grid)
        lay.addWidget(self.split, 1)


def figure_text(key: str, value: Any) -> str:
    """A card's value: shares with their sign (Qt places it right in both directions)."""
    if value is not None and key.endswith("_pct"):
        return f"{value:g}%"
    return reports.format_value(key, value)


def _month(key: object) -> str:
    """"2026-10" → "10/26": eleven months fit under the trend line."""
    text = str(key)
    return f"{text[5:7]}/{text[2:4]}" if len(text) == 7 and text[4] == "-" else text


def cell_text(value: Any, lang: str) -> str:
    if value is None:
        return "—"
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return cal.format_dual(value, "ar" if lang == "ar" else "en")
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


class DashboardController(QObject):
    navigate = Signal(str, object)
    loaded = Signal()

    def __init__(self, ctx: UiContext, view: DashboardView | None = None):
        super().__init__()
        self.ctx = ctx
        self.view = view or DashboardView()
        self.parts: dict[str, dict[str, Any]] = {}  # "month", "year" → the board report
        self.shown_key: str | None = None
        self.ops = ctx.screen_ops(self.view, banner=self.view.banner)
        self.ops.on_change({ops.REQUEST, ops.COMPLAINT, ops.SURVEY, ops.BENEFICIARY,
                            ops.DOCUMENT}, self.load)
        v = self.view
        for key, card in v.cards.items():
            figure = rf.FIGURES[key]
            card.name.setText(figure.name(ctx.lang))
            card.setToolTip(figure.definition(ctx.lang))
            card.clicked.connect(lambda _c=False, k=key: self.open_figure(k))
        v.refresh.clicked.connect(self.load)
        v.notice.open_screen.connect(lambda name: self.navigate.emit(name, None))
        v.branch.returnPressed.connect(self.load)
        v.period.currentIndexChanged.connect(lambda _i: self._show())

    def enter(self, arg: object = None) -> None:
        self.load()

    def load(self) -> None:
        """This month first (shown as soon as it comes), then this year and the charts."""
        self.view.notice.load(self.ops, self.ctx.actor, self.ctx.lang)
        self._part("month", {})

    def _part(self, part: str, cache: dict[str, Any]) -> None:
        actor, profile, lang = self.ctx.actor, self.ctx.profile, self.ctx.lang
        branch = self.view.branch.text().strip().upper() or None
        self.ops.query(lambda db: reports.dashboard_part(db, actor, profile, part, lang, branch,
                                                         cache),
                       lambda rep: self._arrived(part, rep, cache), latest="dashboard",
                       busy=self.view.refresh)

    def _arrived(self, part: str, rep: dict[str, Any], cache: dict[str, Any]) -> None:
        self.parts[part] = rep
        if part == "month":
            self.parts.pop("year", None)  # a refresh: the year shown must be as new
            self._show()
            self._part("year", cache)
            return
        self._show()
        self.loaded.emit()

    def report(self) -> dict[str, Any] | None:
        return self.parts.get(self.view.period.currentData())

    def _show(self) -> None:
        rep, v = self.report(), self.view
        if rep is None:
            return
        s = rep["scope"]
        lang = "ar" if self.ctx.lang == "ar" else "en"
        v.scope.setText(f"{cal.format_hijri(s['from'], lang)} – {cal.format_hijri(s['to'], lang)}"
                        f"  ({cal.format_gregorian(s['from'], lang)} – "
                        f"{cal.format_gregorian(s['to'], lang)})")
        for key, value in rep["figures"].items():
            v.cards[key].value.setText(figure_text(key, value))
        self._charts()
        if self.shown_key:
            self.open_figure(self.shown_key)

    def _charts(self) -> None:
        if "year" not in self.parts:
            return  # drawn when the year arrives
        tables = {t["key"]: t for t in self.parts["year"]["tables"]}
        branches = tables["requests_by_branch"]["rows"]
        self.view.branch_chart.set_data(
            self.tr("Answered within the period, by branch (this year, %)"),
            [(str(r[0]), r[4], f"n={r[2]}") for r in branches])
        months = tables["satisfaction_by_month"]["rows"]
        self.view.trend_chart.set_data(self.tr("Satisfaction index by month (this year)"),
                                       [(_month(r[0]), r[2], f"n={r[1]}") for r in months])

    def open_figure(self, key: str) -> None:
        """The list behind a figure, here; or the screen that holds it."""
        kind, target = BEHIND[key]
        for k, card in self.view.cards.items():
            card.setChecked(k == key and kind != "screen")
        if kind == "screen":
            self.navigate.emit(target, None)
            return
        rep = self.report()
        if rep is None:
            return
        self.shown_key = key
        found = next((t for t in rep[kind + "s" if kind == "table" else "rows"]
                      if t["key"] == target), None)
        self._fill(found)

    def _fill(self, table: dict[str, Any] | None) -> None:
        t, lang = self.view.list, self.ctx.lang
        if table is None:
            t.setRowCount(0)
            return
        self.view.list_title.setText(table["title"])
        t.clear()
        t.setColumnCount(len(table["columns"]))
        t.setHorizontalHeaderLabels(table["columns"])
        t.setRowCount(len(table["rows"]))
        for r, row in enumerate(table["rows"]):
            for c, value in enumerate(row):
                t.setItem(r, c, QTableWidgetItem(cell_text(value, lang)))
        header = t.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
