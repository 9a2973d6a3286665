"""Surveys: campaigns, handing the screen to the beneficiary (kiosk), typing in paper answers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.services import survey_due, surveys
from desk_app.ui import ops
from desk_app.ui.context import UiContext
from desk_app.ui.screens.kiosk import KioskStart
from desk_app.ui.widgets.fields import banner_label, fill_combo
from desk_app.ui.widgets.tables import FIT, list_table


def kind_names() -> dict[str, str]:
    return {
        "periodic": QCoreApplication.translate("Surveys", "Periodic questionnaire"),
        "end_of_programme": QCoreApplication.translate("Surveys", "End of programme"),
        "field_survey": QCoreApplication.translate("Surveys", "Field survey"),
        "supervisory_visit": QCoreApplication.translate("Surveys", "Supervisory visit"),
        "interview": QCoreApplication.translate("Surveys", "Interview"),
    }


class SurveysView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("surveys")
        self.title = QLabel(self.tr("Satisfaction surveys"))
        self.title.setObjectName("screenTitle")
        self.banner = banner_label()
        self.table = list_table([
            self.tr("Campaign"), self.tr("Kind"), self.tr("Questionnaire"), self.tr("From"),
            self.tr("State"), self.tr("Responses")], columns=FIT, stretch=(0,))
        self.channel = QComboBox()
        self.service = QComboBox()
        self.kiosk_button = QPushButton(self.tr("Hand the screen to the beneficiary (kiosk)"))
        self.kiosk_button.setObjectName("primary")
        self.paper_button = QPushButton(self.tr("Type in paper answers"))
        self.results_button = QPushButton(self.tr("Results"))
        self.toggle_button = QPushButton(self.tr("Close / reopen the campaign"))
        handover = QGroupBox(self.tr("Answer the selected campaign"))
        h = QHBoxLayout(handover)
        h.addWidget(QLabel(self.tr("Channel")))
        h.addWidget(self.channel)
        h.addWidget(QLabel(self.tr("Service")))
        h.addWidget(self.service, 1)
        h.addWidget(self.kiosk_button)
        h.addWidget(self.paper_button)
        actions = QHBoxLayout()
        actions.addWidget(self.results_button)
        actions.addWidget(self.toggle_button)
        actions.addStretch(1)
        self.kind = QComboBox()
        self.name = QLineEdit()
        self.new_service = QComboBox()
        self.create_button = QPushButton(self.tr("Open the campaign"))
        new_box = QGroupBox(self.tr("New campaign"))
        form = QFormLayout(new_box)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Service surveyed"), self.new_service)
        form.addRow("", self.create_button)
        self.due_box = QGroupBox(self.tr("Due for the end-of-programme survey"))
        self.due = list_table([self.tr("Beneficiary"), self.tr("File number"),
                               self.tr("Programme"), self.tr("Programme ended")])
        self.ask_button = QPushButton(self.tr("Ask now (kiosk)"))
        self.decline_button = QPushButton(self.tr("Record that the beneficiary declined"))
        d = QVBoxLayout(self.due_box)
        d.addWidget(self.due)
        due_actions = QHBoxLayout()
        due_actions.addWidget(self.ask_button)
        due_actions.addWidget(self.decline_button)
        due_actions.addStretch(1)
        d.addLayout(due_actions)
        self.due_box.hide()
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.banner)
        lay.addWidget(self.table, 1)
        lay.addLayout(actions)
        lay.addWidget(self.due_box, 1)
        lay.addWidget(handover)
        lay.addWidget(new_box)


class SurveysController(QObject):
    navigate = Signal(str, object)

    def __init__(self, ctx: UiContext, view: SurveysView | None = None):
        super().__init__()
        self.ctx = ctx
        self.view = view or SurveysView()
        self.rows: list[surveys.CampaignInfo] = []
        self.ops = ctx.screen_ops(self.view, self.view.banner)
        self.ops.on_change({ops.SURVEY}, self.load)
        v = self.view
        fill_combo(v.kind, list(kind_names().items()))
        services = [(s.code, ctx.name_of(s)) for s in ctx.profile.active_services]
        fill_combo(v.new_service, services, blank=self.tr("(all services)"))
        fill_combo(v.service, services, blank=self.tr("(as the campaign)"))
        fill_combo(v.channel, [(c.code, ctx.name_of(c)) for c in ctx.profile.channels])
        v.kiosk_button.clicked.connect(self.open_kiosk)
        v.paper_button.clicked.connect(self.paper)
        v.results_button.clicked.connect(self.results)
        v.toggle_button.clicked.connect(self.toggle)
        v.create_button.clicked.connect(self.create)
        v.table.currentCellChanged.connect(lambda *_a: self.load_due())
        v.ask_button.clicked.connect(self.ask_due)
        v.decline_button.clicked.connect(self.decline_due)
        self.due_rows: list[survey_due.DueRow] = []
        editor = ctx.actor.role in surveys.EDITOR_ROLES
        for w in (v.create_button, v.toggle_button):
            w.setEnabled(editor)

    def load(self) -> None:
        actor = self.ctx.actor

        def fetch(db: object) -> list[surveys.CampaignInfo]:
            surveys.ensure_defaults(db, actor)  # idempotent: the shipped questionnaires
            return surveys.campaigns(db)

        self.ops.query(fetch, self._show, latest="campaigns")

    def _show(self, rows: list[surveys.CampaignInfo]) -> None:
        self.rows = rows
        t, kinds = self.view.table, kind_names()
        t.setRowCount(len(self.rows))
        for r, c in enumerate(self.rows):
            state = self.tr("open") if c.open else self.tr("closed")
            for col, text in enumerate((self.ctx.name_of(c), kinds.get(c.kind, c.kind),
                                        f"{c.questionnaire_key} v{c.questionnaire_version}",
                                        c.starts_on.isoformat(), state, str(c.responses))):
                t.setItem(r, col, QTableWidgetItem(text))
        if self.rows and t.currentRow() < 0:
            t.setCurrentCell(0, 0)
        self.load_due()

    def load_due(self) -> None:
        """The end-of-programme list, for an open end-of-programme campaign."""
        c, v = self.selected(), self.view
        show = c is not None and c.kind == "end_of_programme" and c.open
        v.due_box.setVisible(show)
        if not show:
            return
        cid = c.id
        self.ops.query(lambda db: survey_due.due_list(db, cid), self._show_due, latest="due")

    def _show_due(self, rows: list[survey_due.DueRow]) -> None:
        v = self.view
        self.due_rows = rows
        names = {s.code: self.ctx.name_of(s) for s in self.ctx.profile.services}
        v.due.setRowCount(len(self.due_rows))
        for r, row in enumerate(self.due_rows):
            for col, text in enumerate((row.full_name, row.file_number,
                                        names.get(row.service_code, row.service_code),
                                        row.programme_end.isoformat())):
                v.due.setItem(r, col, QTableWidgetItem(text))

    def _due_selected(self) -> survey_due.DueRow | None:
        r = self.view.due.currentRow()
        return self.due_rows[r] if 0 <= r < len(self.due_rows) else None

    def ask_due(self) -> bool:
        c, row = self.selected(), self._due_selected()
        if c is None or row is None:
            return False
        self.navigate.emit("kiosk", KioskStart(c.id, self.view.channel.currentData() or "",
                                               row.service_code, row.beneficiary_id,
                                               row.request_id))
        return True

    def decline_due(self) -> bool:
        c, row = self.selected(), self._due_selected()
        if c is None or row is None:
            return False
        actor = self.ctx.actor
        return self._run(lambda db: survey_due.decline(db, actor, c.id, row),
                         self.tr("Recorded."), busy=self.view.decline_button)

    def enter(self, _arg: object = None) -> None:
        self.load()

    def selected(self) -> surveys.CampaignInfo | None:
        r = self.view.table.currentRow()
        return self.rows[r] if 0 <= r < len(self.rows) else None

    def open_kiosk(self) -> bool:
        c = self.selected()
        if c is None or not c.open:
            self._banner(self.tr("Choose an open campaign first."), "error")
            return False
        v = self.view
        self.navigate.emit("kiosk", KioskStart(c.id, v.channel.currentData() or "",
                                               v.service.currentData() or None))
        return True

    def paper(self) -> None:
        c = self.selected()
        if c is not None:
            self.navigate.emit("survey_entry", c.id)

    def results(self) -> None:
        c = self.selected()
        self.navigate.emit("survey_results", c.id if c else None)

    def toggle(self) -> bool:
        c = self.selected()
        if c is None:
            return False
        actor = self.ctx.actor
        return self._run(lambda db: surveys.set_open(db, actor, c.id, not c.open),
                         self.tr("The campaign was updated."), busy=self.view.toggle_button)

    def create(self) -> bool:
        v = self.view
        today, actor = self.ctx.clock().date(), self.ctx.actor
        kind, name, service = v.kind.currentData(), v.name.text(), v.new_service.currentData()
        return self._run(lambda db: surveys.create_campaign(
            db, actor, kind=kind, name_ar=name, starts_on=today, service_code=service or ""),
            self.tr("The campaign is open."), clear=(v.name,), busy=v.create_button)

    def _run(self, fn, ok_text: str, clear=(), busy=None) -> bool:  # noqa: ANN001
        """One campaign action in the background; every message goes to the banner."""
        def done(_result: object) -> None:
            for w in clear:
                w.clear()
            self._banner(ok_text, "ok")

        return self.ops.action(fn, done, changes={ops.SURVEY}, busy=busy)

    def _banner(self, text: str, kind: str) -> None:
        b = self.view.banner
        b.setText(text)
        b.setProperty("kind", kind)
        b.style().unpolish(b)
        b.style().polish(b)
        b.show()
