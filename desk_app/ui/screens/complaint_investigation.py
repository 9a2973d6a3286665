"""The investigation tab of a complaint (R-CMP-3): minutes and each member's own approval, a final
ruling, the negotiation log and the agreed compensation."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desk_app.domain import calendar as cal
from desk_app.domain import complaints as rules
from desk_app.services import complaint_views
from desk_app.services import complaints as service
from desk_app.ui import ops
from desk_app.ui.context import UiContext
from desk_app.ui.screens import complaint_labels as L
from desk_app.ui.widgets.dual_date import DualDateEdit
from desk_app.ui.widgets.fields import FieldBox, combo_code, fill_combo
from desk_app.ui.widgets.tables import list_table


def _table(headers: list[str]) -> QTableWidget:
    t = list_table(headers)
    t.setMaximumHeight(110)
    return t


class InvestigationView(QScrollArea):
    def __init__(self, lang: str = "ar", parent: QWidget | None = None):
        super().__init__(parent)
        w: dict[str, QWidget] = {
            "minutes_date": DualDateEdit(lang=lang), "members": QListWidget(),
            "harm": QLineEdit(), "harm_size": QLineEdit(), "causes": QLineEdit(),
            "authority": QLineEdit(), "reference": QLineEdit(),
            "ruling_date": DualDateEdit(lang=lang), "negotiation_note": QLineEdit(),
            "offer": QLineEdit(), "kind": QComboBox(), "amount": QLineEdit(),
            "settled_on": DualDateEdit(lang=lang), "accepted": QCheckBox(
                self.tr("The beneficiary accepted the agreed compensation")),
            "note": QLineEdit(),
        }
        for name, widget in w.items():
            widget.setObjectName(name)
        w["members"].setMaximumHeight(90)
        w["amount"].setPlaceholderText(self.tr("Riyals, e.g. 1500"))
        w["offer"].setPlaceholderText(self.tr("Offered amount in riyals (optional)"))
        self.inputs = w
        self.boxes = {n: FieldBox(x) for n, x in w.items()}
        self.at_fault = QCheckBox(self.tr("The association caused the harm"))
        self.in_favour = QCheckBox(self.tr("The ruling is in the beneficiary's favour"))
        self.in_favour.setChecked(True)
        self.record_minutes = QPushButton(self.tr("Record the minutes"))
        self.approve = QPushButton(self.tr("Approve the minutes (signed in as myself)"))
        self.approve.setObjectName("primary")
        self.approvals = _table([self.tr("Member"), self.tr("Approved on")])
        self.record_ruling = QPushButton(self.tr("Record the ruling"))
        self.add_round = QPushButton(self.tr("Add to the negotiation log"))
        self.rounds = _table([self.tr("Date"), self.tr("What was agreed or offered"),
                              self.tr("Offer (SAR)")])
        self.settle = QPushButton(self.tr("Record the settled compensation"))
        self.settle.setObjectName("primary")
        self.grounds = QLabel()
        self.grounds.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)

        def form(title: str, rows: list[tuple[str, QWidget]]) -> QGroupBox:
            box = QGroupBox(title)
            f = QFormLayout(box)
            f.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for label, widget in rows:
                f.addRow(label, widget)
            return box

        b = self.boxes
        minutes = form(self.tr("Minutes of the investigation and follow-up committee"), [
            (self.tr("Date"), b["minutes_date"]), (self.tr("Members"), b["members"]),
            (self.tr("The harm"), b["harm"]), (self.tr("Its size"), b["harm_size"]),
            (self.tr("Its causes"), b["causes"]), ("", self.at_fault),
            ("", self.record_minutes), (self.tr("Approvals"), self.approvals), ("", self.approve)])
        ruling = form(self.tr("Or a final ruling"), [
            (self.tr("Court or authority"), b["authority"]), (self.tr("Reference"), b["reference"]),
            (self.tr("Date"), b["ruling_date"]), ("", self.in_favour), ("", self.record_ruling)])
        talks = form(self.tr("Negotiation with the beneficiary"), [
            (self.tr("Round"), b["negotiation_note"]), (self.tr("Offer"), b["offer"]),
            ("", self.add_round), ("", self.rounds)])
        comp = form(self.tr("Agreed compensation"), [
            ("", self.grounds), (self.tr("Kind"), b["kind"]), (self.tr("Amount (SAR)"), b["amount"]),
            (self.tr("Settled on"), b["settled_on"]), ("", b["accepted"]), (self.tr("Note"), b["note"]),
            ("", self.settle)])
        grid = QGridLayout()
        grid.addWidget(self.error, 0, 0, 1, 2)
        grid.addWidget(minutes, 1, 0, 2, 1)
        grid.addWidget(ruling, 1, 1)
        grid.addWidget(talks, 2, 1)
        grid.addWidget(comp, 3, 0, 1, 2)
        inner = QWidget()
        inner.setLayout(grid)
        self.setWidget(inner)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)


class InvestigationController(QObject):
    def __init__(self, ctx: UiContext, view: InvestigationView):
        super().__init__()
        self.ctx, self.view = ctx, view
        self.ops = ctx.screen_ops(view, banner=view.error, boxes=view.boxes)
        self.complaint_id = ""
        fill_combo(view.inputs["kind"], list(L.compensation_kinds().items()))
        view.record_minutes.clicked.connect(self.record_minutes)
        view.approve.clicked.connect(self.approve)
        view.record_ruling.clicked.connect(self.record_ruling)
        view.add_round.clicked.connect(self.add_round)
        view.settle.clicked.connect(self.settle)

    def show(self, d: complaint_views.Detail, staff: list[tuple[str, str, str]]) -> None:
        v, lang = self.view, self.ctx.lang
        self.complaint_id = d.row.id
        members = v.inputs["members"]
        chosen = {m[0] for m in d.minutes["members"]} if d.minutes else set()
        members.clear()
        for sid, name, _role in staff:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, sid)
            item.setCheckState(Qt.CheckState.Checked if sid in chosen else Qt.CheckState.Unchecked)
            members.addItem(item)
        v.approvals.setRowCount(0)
        if d.minutes:
            m = d.minutes
            v.inputs["minutes_date"].set_value(m["date"].strftime("%d/%m/%Y"))
            for n in ("harm", "harm_size", "causes"):
                v.inputs[n].setText(m[n])
            v.at_fault.setChecked(m["at_fault"])
            for _sid, name, at in m["members"]:
                self._row(v.approvals, [name, at.strftime("%Y-%m-%d %H:%M") if at else "—"])
        v.rounds.setRowCount(0)
        for n in d.negotiations:
            offer = rules.format_sar(n["offer"]) if n["offer"] is not None else ""
            self._row(v.rounds, [cal.format_dual(n["on"], lang), n["note"], offer])
        grounds = L.grounds()
        v.grounds.setText(self.tr("Grounds: %1").replace("%1", grounds[d.compensation_grounds])
                          if d.compensation_grounds else
                          self.tr("No grounds yet: approved minutes or a final ruling are needed."))
        escalated = d.row.status == "escalated"
        for b in (v.record_minutes, v.approve, v.record_ruling, v.settle):
            b.setEnabled(escalated)
        v.add_round.setEnabled(d.row.status in ("escalated", "under_review"))

    @staticmethod
    def _row(t: QTableWidget, cells: list[str]) -> None:
        r = t.rowCount()
        t.insertRow(r)
        for c, text in enumerate(cells):
            t.setItem(r, c, QTableWidgetItem(text))

    def _run(self, fn: Callable[[object], object], button: QWidget,
             clear: tuple[str, ...] = ()) -> bool:
        """One investigation step; the complaint screen reloads on the change notice."""
        v = self.view
        v.error.hide()

        def done(_result: object) -> None:
            for name in clear:
                v.inputs[name].clear()

        return self.ops.action(fn, done, changes={ops.COMPLAINT}, busy=button)

    def record_minutes(self) -> bool:
        v = self.view
        lst = v.inputs["members"]
        ids = [lst.item(i).data(Qt.ItemDataRole.UserRole) for i in range(lst.count())
               if lst.item(i).checkState() == Qt.CheckState.Checked]
        date_w = v.inputs["minutes_date"]
        form = rules.MinutesForm(date_w.text(), date_w.calendar_code(), ids,
                                 v.inputs["harm"].text(), v.inputs["harm_size"].text(),
                                 v.inputs["causes"].text(), v.at_fault.isChecked())
        actor, cid = self.ctx.actor, self.complaint_id
        return self._run(lambda db: service.record_minutes(db, actor, cid, form),
                         v.record_minutes)

    def approve(self) -> bool:
        actor, cid = self.ctx.actor, self.complaint_id
        return self._run(lambda db: service.approve_minutes(db, actor, cid), self.view.approve)

    def record_ruling(self) -> bool:
        v = self.view
        d = v.inputs["ruling_date"]
        form = rules.RulingForm(v.inputs["authority"].text(), v.inputs["reference"].text(),
                                d.text(), d.calendar_code(), v.in_favour.isChecked())
        actor, cid = self.ctx.actor, self.complaint_id
        return self._run(lambda db: service.record_ruling(db, actor, cid, form), v.record_ruling)

    def add_round(self) -> bool:
        v = self.view
        actor, cid = self.ctx.actor, self.complaint_id
        note, offer = v.inputs["negotiation_note"].text(), v.inputs["offer"].text()
        return self._run(lambda db: service.add_negotiation(db, actor, cid, note, offer),
                         v.add_round, clear=("negotiation_note", "offer"))

    def settle(self) -> bool:
        v = self.view
        d = v.inputs["settled_on"]
        form = rules.CompensationForm(combo_code(v.inputs["kind"]), v.inputs["amount"].text(),
                                      d.text(), d.calendar_code(), v.inputs["accepted"].isChecked(),
                                      v.inputs["note"].text())
        actor, cid = self.ctx.actor, self.complaint_id
        return self._run(lambda db: service.settle_compensation(db, actor, cid, form), v.settle)
