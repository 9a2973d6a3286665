"""The breach register (manager): each personal-data breach with when it was discovered, what
data and how many people it touched, the 72-hour clock to notify the regulator, when it was
notified and the measures taken; those past the 72 hours in red."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain import breaches as rules
from desk_app.services import breaches
from desk_app.ui.context import UiContext
from desk_app.ui.document_labels import when
from desk_app.ui.messages import joined
from desk_app.ui.widgets.dual_date import DualDateEdit
from desk_app.ui.widgets.fields import FieldBox, banner_label, show_banner
from desk_app.ui.widgets.tables import list_table


def _time_edit() -> QLineEdit:
    at = QLineEdit()
    at.setPlaceholderText("14:30")
    at.setMaximumWidth(80)
    return at


class BreachesView(QWidget):
    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("breaches")
        self.title = QLabel(self.tr("Data breach register"))
        self.title.setObjectName("screenTitle")
        self.banner = banner_label()
        self.summary = QLabel()
        self.summary.setObjectName("sectionTitle")
        self.late = banner_label()  # those past the 72 hours: stays while they are
        self.table = list_table(
            [self.tr("Number"), self.tr("Discovered"), self.tr("What data"),
             self.tr("People"), self.tr("Notify by"), self.tr("Notified"), self.tr("Measures")])
        self.table.setWordWrap(True)
        lower = QHBoxLayout()
        lower.addWidget(self._new_box(lang), 1)
        lower.addWidget(self._notify_box(lang), 1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.banner)
        lay.addWidget(self.summary)
        lay.addWidget(self.late)
        lay.addWidget(self.table, 1)
        lay.addLayout(lower)

    def _new_box(self, lang: str) -> QGroupBox:
        box = QGroupBox(self.tr("New breach"))
        self.discovered, self.discovered_time = DualDateEdit(lang=lang), _time_edit()
        self.description = QLineEdit()
        self.data_kinds = QLineEdit()
        self.data_kinds.setPlaceholderText(self.tr("e.g. names, ID numbers, scanned documents"))
        self.people = QSpinBox()
        self.people.setRange(0, 10**7)
        self.measures = QLineEdit()
        self.boxes = {"discovered": FieldBox(self.discovered),
                      "discovered_time": FieldBox(self.discovered_time),
                      "description": FieldBox(self.description),
                      "data_kinds": FieldBox(self.data_kinds),
                      "people_affected": FieldBox(self.people)}
        self.record_button = QPushButton(self.tr("Record the breach"))
        self.record_button.setObjectName("primary")
        form = QFormLayout(box)
        form.addRow(self.tr("Discovered on"), self.boxes["discovered"])
        form.addRow(self.tr("At (hour:minute)"), self.boxes["discovered_time"])
        form.addRow(self.tr("What happened"), self.boxes["description"])
        form.addRow(self.tr("What data"), self.boxes["data_kinds"])
        form.addRow(self.tr("People affected"), self.boxes["people_affected"])
        form.addRow(self.tr("Measures taken"), self.measures)
        form.addRow("", self.record_button)
        return box

    def _notify_box(self, lang: str) -> QGroupBox:
        box = QGroupBox(self.tr("Notification of the selected breach"))
        self.selected = QLabel(self.tr("Select a breach in the list."))
        self.selected.setWordWrap(True)
        self.notified, self.notified_time = DualDateEdit(lang=lang), _time_edit()
        self.notified_to = QLineEdit()
        self.notified_to.setPlaceholderText(self.tr("e.g. the Saudi Data and AI Authority"))
        self.more_measures = QLineEdit()
        self.notify_boxes = {"notified": FieldBox(self.notified),
                             "notified_time": FieldBox(self.notified_time),
                             "notified_to": FieldBox(self.notified_to)}
        self.notify_button = QPushButton(self.tr("Record the notification"))
        form = QFormLayout(box)
        form.addRow(self.selected)
        form.addRow(self.tr("Notified on"), self.notify_boxes["notified"])
        form.addRow(self.tr("At (hour:minute)"), self.notify_boxes["notified_time"])
        form.addRow(self.tr("Notified to"), self.notify_boxes["notified_to"])
        form.addRow(self.tr("Measures taken"), self.more_measures)
        form.addRow("", self.notify_button)
        return box


class BreachesController(QObject):
    def __init__(self, ctx: UiContext, view: BreachesView | None = None):
        super().__init__()
        self.ctx = ctx
        self.view = view or BreachesView(ctx.lang)
        v = self.view
        self.ops = ctx.screen_ops(v, v.banner)
        self.rows: list[breaches.BreachRow] = []
        now = ctx.clock()
        for day, at in ((v.discovered, v.discovered_time), (v.notified, v.notified_time)):
            day.set_value(now.strftime("%d/%m/%Y"))
            at.setText(f"{now:%H:%M}")
        v.record_button.clicked.connect(self.record)
        v.notify_button.clicked.connect(self.notify)
        v.table.itemSelectionChanged.connect(self._selection)
        may = ctx.may("breach.record")
        v.record_button.setEnabled(may)
        self._selection()

    def load(self) -> None:
        actor = self.ctx.actor
        self.ops.query(lambda db: breaches.register(db, actor), self._show, latest="register")

    def _show(self, rows: list[breaches.BreachRow]) -> None:
        v, lang = self.view, self.ctx.lang
        keep = self.current().id if self.current() else None
        self.rows = rows
        waiting = [r for r in rows if r.notified_at is None]
        late = [r for r in waiting if r.overdue]
        v.summary.setText(self.tr("%1 awaiting notification, %2 past the 72 hours.")
                          .replace("%1", str(len(waiting))).replace("%2", str(len(late))))
        v.late.setVisible(bool(late))
        if late:
            show_banner(v.late, self.tr("Past the 72 hours without notifying the regulator: "
                                          "%1. Notify now and record it here.")
                        .replace("%1", joined(r.number for r in late)), "error")
        v.table.setRowCount(0)
        for r in rows:
            i = v.table.rowCount()
            v.table.insertRow(i)
            notified = when(r.notified_at, lang) + (f" — {r.notified_to}" if r.notified_to
                                                    else "") if r.notified_at \
                else self._waiting(r)
            values = (r.number, when(r.discovered_at, lang), r.data_kinds,
                      str(r.people_affected), when(r.notify_by, lang), notified, r.measures)
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                if r.overdue:
                    item.setForeground(QColor("#a30000"))
                v.table.setItem(i, c, item)
            if r.id == keep:
                v.table.setCurrentCell(i, 0)  # (selectRow misses in right-to-left)
        v.table.resizeRowsToContents()

    def _waiting(self, r: breaches.BreachRow) -> str:
        if r.hours_left < 0:
            return self.tr("Not yet — %1 hours late").replace("%1", str(int(-r.hours_left)))
        return self.tr("Not yet — %1 hours left").replace("%1", str(int(r.hours_left)))

    def current(self) -> breaches.BreachRow | None:
        rows = self.view.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def _selection(self) -> None:
        r, v = self.current(), self.view
        v.notify_button.setEnabled(r is not None and self.ctx.may("breach.record"))
        if r is not None:
            v.selected.setText(f"\u2068{r.number}\u2069 — {r.description}")

    def record(self) -> None:
        v, actor = self.view, self.ctx.actor
        form = rules.BreachForm(v.discovered.text(), v.discovered_time.text(),
                                v.description.text(), v.data_kinds.text(), v.people.value(),
                                v.measures.text(), v.discovered.calendar_code())
        self.ops.action(lambda db: breaches.record(db, actor, form), self._recorded,
                        busy=v.record_button, boxes=v.boxes)

    def _recorded(self, row: breaches.BreachRow) -> None:
        v = self.view
        v.description.clear(), v.data_kinds.clear(), v.measures.clear()
        v.people.setValue(0)
        show_banner(v.banner, self.tr("Recorded as %1: notify the regulator by %2.")
                    .replace("%1", row.number)
                    .replace("%2", when(row.notify_by, self.ctx.lang)), "ok")
        self.load()

    def notify(self) -> None:
        r, v, actor = self.current(), self.view, self.ctx.actor
        if r is None:
            return
        args = (v.notified.text(), v.notified.calendar_code(), v.notified_time.text(),
                v.notified_to.text(), v.more_measures.text())
        self.ops.action(lambda db: breaches.record_notification(db, actor, r.id, *args),
                        self._notified, busy=v.notify_button, boxes=v.notify_boxes)

    def _notified(self, row: breaches.BreachRow) -> None:
        v = self.view
        v.notified_to.clear(), v.more_measures.clear()
        show_banner(v.banner, self.tr("The notification of %1 was recorded.")
                    .replace("%1", row.number), "ok")
        self.load()
