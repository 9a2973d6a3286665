"""The monthly retention run (administrator): what the profile's periods make due — files to
anonymise, scans to delete — and, after a confirmation, the run itself (services/retention.py);
the dashboard's data-protection line says when something is due."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.services import retention
from desk_app.ui.context import UiContext
from desk_app.ui.document_labels import when
from desk_app.ui.ops import BENEFICIARY
from desk_app.ui.widgets.fields import banner_label, show_banner
from desk_app.ui.widgets.tables import list_table


class RetentionView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("retention")
        self.title = QLabel(self.tr("Retention run"))
        self.title.setObjectName("screenTitle")
        self.banner = banner_label()
        self.periods = QLabel()
        self.periods.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("sectionTitle")
        self.table = list_table([self.tr("What"), self.tr("Last activity")])
        self.refresh_button = QPushButton(self.tr("List what is due"))
        self.run_button = QPushButton(self.tr("Anonymise and delete what is listed…"))
        self.run_button.setObjectName("primary")
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.banner)
        lay.addWidget(self.periods)
        lay.addWidget(self.summary)
        lay.addWidget(self.table, 1)
        lay.addLayout(buttons)


class RetentionController(QObject):
    def __init__(self, ctx: UiContext, view: RetentionView | None = None):
        super().__init__()
        self.ctx = ctx
        self.view = view or RetentionView()
        self.ops = ctx.screen_ops(self.view, self.view.banner)
        self.plan: retention.Plan | None = None
        self.report: retention.RunReport | None = None
        self.view.refresh_button.clicked.connect(self.load)
        self.view.run_button.clicked.connect(self.run)

    def load(self) -> None:
        actor = self.ctx.actor
        self.ops.query(lambda db: retention.plan(db, actor), self._show, latest="plan",
                       busy=self.view.refresh_button)

    def _period(self, months: int | None) -> str:
        return self.tr("not set (kept)") if months is None else \
            self.tr("%1 months").replace("%1", str(months))

    def _show(self, plan: retention.Plan) -> None:
        v, lang = self.view, self.ctx.lang
        self.plan = plan
        v.periods.setText(self.tr("Periods in the profile — finished files: %1; scans after "
                                  "the decision: %2.")
                          .replace("%1", self._period(plan.retention.closed_files))
                          .replace("%2", self._period(plan.retention.scans_after_decision)))
        v.summary.setText(self.tr("Due today: %1 files to anonymise, %2 scans to delete.")
                          .replace("%1", str(len(plan.files)))
                          .replace("%2", str(len(plan.scans))))
        v.table.setRowCount(0)
        rows = [(self.tr("File %1").replace("%1", f.file_number), when(f.last_activity, lang))
                for f in plan.files]
        rows += [(self.tr("Scan of request %1").replace("%1", n), "") for _i, n in plan.scans]
        for what, last in rows:
            i = v.table.rowCount()
            v.table.insertRow(i)
            v.table.setItem(i, 0, QTableWidgetItem(what))
            v.table.setItem(i, 1, QTableWidgetItem(last))
        v.run_button.setEnabled(not plan.empty)

    def run(self) -> None:
        plan, actor = self.plan, self.ctx.actor
        if plan is None or plan.empty or not self.ctx.dialogs.confirm(
                self.tr("Retention run"),
                self.tr("Anonymise %1 files and delete %2 scans? This cannot be undone; the "
                        "statistics are kept.").replace("%1", str(len(plan.files)))
                .replace("%2", str(len(plan.scans)))):
            return
        self.ops.action(lambda db: retention.run(db, actor, plan), self._done,
                        busy=self.view.run_button, changes=(BENEFICIARY,))

    def _done(self, report: retention.RunReport) -> None:
        self.report = report
        show_banner(self.view.banner, self.tr(
            "Done: %1 files anonymised, %2 scans deleted, %3 audit entries reduced to their "
            "skeleton.").replace("%1", str(report.files_anonymised))
            .replace("%2", str(report.scans_deleted))
            .replace("%3", str(report.audit_events_redacted)), "ok")
        self.load()
