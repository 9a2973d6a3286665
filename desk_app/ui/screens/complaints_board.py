"""The follow-up board (R-CMP-5): open complaints by state, age and category, overdue first,
time to resolve; filtered by branch, channel, category and period."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain import calendar as cal
from desk_app.domain import complaints as rules
from desk_app.domain import workflows as wf
from desk_app.services import complaint_views
from desk_app.services.errors import StorageError
from desk_app.ui import ops
from desk_app.ui.context import UiContext
from desk_app.ui.messages import joined, storage_message
from desk_app.ui.models.complaints_model import ComplaintsModel
from desk_app.ui.screens import complaint_labels as L
from desk_app.ui.widgets.dual_date import DualDateEdit
from desk_app.ui.widgets.fields import combo_code, fill_combo
from desk_app.ui.widgets.tables import FittedColumns

CARDS = ("open", "overdue", "at_risk", "settled", "closed", "median", "on_time")
COLOURS = {rules.OVERDUE: "#fdecea", rules.AT_RISK: "#fff4d6"}


class ComplaintsBoardView(QWidget):
    def __init__(self, lang: str = "ar", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("complaintsBoard")
        self.title = QLabel(self.tr("Complaints follow-up"))
        self.title.setObjectName("screenTitle")
        self.new_button = QPushButton(self.tr("New complaint  (Ctrl+N)"))
        self.new_button.setObjectName("primary")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Number, name, ID or mobile"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.branch = QLineEdit()
        self.branch.setPlaceholderText(self.tr("Branch"))
        self.branch.setMaximumWidth(80)
        self.channel, self.category = QComboBox(), QComboBox()
        for combo in (self.channel, self.category):  # a long category name must not widen the row
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        self.date_from, self.date_to = DualDateEdit(lang=lang), DualDateEdit(lang=lang)
        for d in (self.date_from, self.date_to):
            d.other.hide()
        self.open_only = QCheckBox(self.tr("Open only"))
        self.open_only.setChecked(True)
        self.refresh = QPushButton(self.tr("Show"))
        filters = QHBoxLayout()
        for w in (self.branch, self.channel, self.category, QLabel(self.tr("From")),
                  self.date_from, QLabel(self.tr("To")), self.date_to, self.open_only,
                  self.refresh):
            filters.addWidget(w)
        filters.addStretch(1)
        self.cards: dict[str, QLabel] = {}
        card_names = {"open": self.tr("Open"), "overdue": self.tr("Overdue"),
                      "at_risk": self.tr("At risk"), "settled": self.tr("Resolved, not closed"),
                      "closed": self.tr("Closed"),
                      "median": self.tr("Median working days to resolve"),
                      "on_time": self.tr("Resolved in time")}
        cards = QHBoxLayout()
        for name in CARDS:
            frame = QFrame()
            frame.setObjectName("card")
            inner = QVBoxLayout(frame)
            inner.setContentsMargins(4, 4, 4, 4)
            value = QLabel("0")
            value.setObjectName("cardValue")
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption = QLabel(card_names[name])
            caption.setWordWrap(True)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            inner.addWidget(value)
            inner.addWidget(caption)
            self.cards[name] = value
            cards.addWidget(frame)
        self.by_state = QLabel()
        self.by_category = QLabel()
        self.by_age = QLabel()
        for label in (self.by_state, self.by_category, self.by_age):
            label.setWordWrap(True)
        breakdown = QGridLayout()
        breakdown.addWidget(QLabel(self.tr("By state:")), 0, 0)
        breakdown.addWidget(self.by_state, 0, 1)
        breakdown.addWidget(QLabel(self.tr("Open by category:")), 1, 0)
        breakdown.addWidget(self.by_category, 1, 1)
        breakdown.addWidget(QLabel(self.tr("Open by age (working days):")), 2, 0)
        breakdown.addWidget(self.by_age, 2, 1)
        breakdown.setColumnStretch(1, 1)
        self.model = ComplaintsModel(
            [self.tr("Number"), self.tr("State"), self.tr("Deadline"), self.tr("Working days left"),
             self.tr("Received on"), self.tr("Category"), self.tr("Channel"),
             self.tr("Complainant")], self)
        self.table = QTableView()
        self.table.setObjectName("complaints")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("status")
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.search)  # on the title's line: the filters' line is full at 1366
        top.addWidget(self.new_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(filters)
        lay.addLayout(cards)
        lay.addLayout(breakdown)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.status)


class ComplaintsBoardController(QObject):
    navigate = Signal(str, object)
    loaded = Signal()

    def __init__(self, ctx: UiContext, view: ComplaintsBoardView | None = None):
        super().__init__()
        self.ctx = ctx
        self.view = view or ComplaintsBoardView(ctx.lang)
        self.board: complaint_views.Board | None = None
        self.rows: list[complaint_views.Row] = []
        # columns fit their widest text, measured once per load (not every cell by Qt)
        # never cut: the number, the working days, the date (a state's words may be, on hover)
        self.columns = FittedColumns(self.view.table, self.view.model.texts, stretch=7,
                                     keep=(0, 3, 4))
        self.ops = ctx.screen_ops(self.view)
        self.ops.on_change({ops.COMPLAINT}, self.load)
        v, p = self.view, ctx.profile
        fill_combo(v.channel, [(c.code, ctx.name_of(c)) for c in p.complaint_channels],
                   blank=self.tr("All channels"))
        fill_combo(v.category, [(c.code, ctx.name_of(c)) for c in p.complaint_categories],
                   blank=self.tr("All categories"))
        v.refresh.clicked.connect(self.load)
        v.search.returnPressed.connect(self.load)
        self.typing = QTimer(v)  # the search follows what is typed, once typing pauses
        self.typing.setSingleShot(True)
        self.typing.setInterval(300)
        self.typing.timeout.connect(self.load)
        v.search.textEdited.connect(lambda _t: self.typing.start())
        v.open_only.toggled.connect(lambda _on: self.load())
        v.channel.activated.connect(lambda _i: self.load())
        v.category.activated.connect(lambda _i: self.load())
        v.new_button.clicked.connect(lambda: self.navigate.emit("complaint_new", {}))
        v.table.doubleClicked.connect(lambda _i: self.open_selected())
        QShortcut(QKeySequence("Ctrl+N"), v,
                  activated=lambda: self.navigate.emit("complaint_new", {}))

    def enter(self, arg: object = None) -> None:
        if not self.ops.fresh("board"):  # rows asked for moments ago, nothing saved since: kept
            self.load()

    def filters(self) -> complaint_views.Filters:
        v = self.view
        return complaint_views.Filters(
            open_only=False, branch=v.branch.text().strip().upper(),
            channel=combo_code(v.channel), category=combo_code(v.category),
            received_from=v.date_from.value(), received_to=v.date_to.value(),
            text=v.search.text())

    def load(self) -> None:
        f, profile = self.filters(), self.ctx.profile
        self.ops.query(lambda db: complaint_views.board_and_rows(db, profile, f),
                       self._loaded, latest="board", busy=self.view.refresh,
                       expect={StorageError: self._failed})


    def _failed(self, exc: StorageError) -> None:
        self.view.status.setText(storage_message(exc))
        self.loaded.emit()

    def _loaded(self, result: tuple[complaint_views.Board, list[complaint_views.Row]]) -> None:
        self.board, shown = result
        if self.view.open_only.isChecked():
            shown = [r for r in shown if r.status in wf.COMPLAINT_OPEN_STATES]
        self.rows = shown
        self._show()
        self.loaded.emit()

    def _show(self) -> None:
        b, v, ctx = self.board, self.view, self.ctx
        assert b is not None
        dash = "—"
        values = {"open": b.open_total, "overdue": b.overdue, "at_risk": b.at_risk,
                  "settled": b.settled, "closed": b.closed,
                  "median": dash if b.median_days_to_resolve is None
                  else f"{b.median_days_to_resolve:g}",
                  "on_time": dash if b.resolved_on_time_pct is None
                  else f"{b.resolved_on_time_pct:g}%"}
        for name, value in values.items():
            v.cards[name].setText(str(value))
        states, deadlines = L.states(), L.deadline_states()
        v.by_state.setText(joined(f"{states[s]}: {n}" for s, n in b.by_state.items() if n)
                           or dash)
        cats = {c.code: ctx.name_of(c) for c in ctx.profile.complaint_categories}
        v.by_category.setText(joined(f"{cats.get(c, c)}: {n}"
                                       for c, n in b.open_by_category.items()) or dash)
        ages = {"0-5": self.tr("up to 5"), "6-10": self.tr("6 to 10"),
                "11-20": self.tr("11 to 20"), "21+": self.tr("over 20")}
        v.by_age.setText(joined(f"{ages[k]}: {n}" for k, n in b.open_by_age.items()))
        channels = {c.code: ctx.name_of(c) for c in ctx.profile.channels}
        cells, colours = [], []
        for r in self.rows:
            is_open = r.status in wf.COMPLAINT_OPEN_STATES
            cells.append((r.number, states[r.status], deadlines[r.deadline_state],
                          self._left(r) if is_open else "",
                          cal.format_dual(r.received_on, ctx.lang), cats.get(r.category_code, ""),
                          channels.get(r.channel_code, ""),
                          r.complainant or self.tr("Anonymous")))
            colours.append(COLOURS.get(r.deadline_state) if is_open else None)
        v.model.set_rows([r.id for r in self.rows], cells, colours)
        v.status.setText(self.tr("Complaints shown: %1").replace("%1", str(len(self.rows))))

    def _left(self, r) -> str:  # noqa: ANN001 - complaint_views.BoardRow
        """Working days left, in words where a bare number would mislead: no minus sign (it
        flips in Arabic rows), and a complaint overdue across a weekend is not "0 left"."""
        n = r.working_days_left
        if n < 0:
            return self.tr("Working days over: %1").replace("%1", str(-n))
        if r.deadline_state == rules.OVERDUE:
            return self.tr("Overdue")
        return self.tr("Due today") if n == 0 else str(n)

    def open_selected(self) -> None:
        row = self.view.table.currentIndex().row()
        if 0 <= row < len(self.rows):
            self.navigate.emit("complaint", {"open": self.rows[row].id})
