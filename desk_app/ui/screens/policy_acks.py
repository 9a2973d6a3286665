"""Who has acknowledged the policy in force and who has not (manager, administrator), and the
signed list to print (archived with its verification code)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.services import policy as policy_service
from desk_app.services import policy_print
from desk_app.ui.context import UiContext
from desk_app.ui.document_labels import when
from desk_app.ui.ops import DOCUMENT, STAFF
from desk_app.ui.screens.staff import role_names
from desk_app.ui.widgets.fields import banner_label, show_banner
from desk_app.ui.widgets.pdf_preview import PdfPreview
from desk_app.ui.widgets.tables import list_table


class PolicyAcksView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("policyAcks")
        self.title = QLabel(self.tr("Staff acknowledgements of the policy"))
        self.title.setObjectName("screenTitle")
        self.banner = banner_label()
        self.summary = QLabel()
        self.summary.setObjectName("sectionTitle")
        self.summary.setWordWrap(True)
        self.table = list_table([self.tr("Staff member"), self.tr("Role"),
                                 self.tr("Acknowledged"), self.tr("Desk")])
        self.print_button = QPushButton(self.tr("Print the signed list"))
        self.print_button.setObjectName("primary")
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        self.preview = PdfPreview()  # the issued list: print or save it from here
        self.preview.hide()
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addWidget(self.preview, 1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.banner)
        lay.addWidget(self.summary)
        lay.addLayout(body, 1)
        lay.addLayout(buttons)


class PolicyAcksController(QObject):
    def __init__(self, ctx: UiContext, view: PolicyAcksView | None = None):
        super().__init__()
        self.ctx = ctx
        self.view = view or PolicyAcksView()
        self.ops = ctx.screen_ops(self.view, self.view.banner)
        self.rows: list[policy_service.StaffAcknowledgement] = []
        self.issued = None
        self.view.print_button.clicked.connect(self.print_list)
        self.ops.on_change((STAFF,), self.load)

    def load(self) -> None:
        actor = self.ctx.actor
        self.ops.query(lambda db: (policy_service.acknowledgements(db, actor),
                                   policy_service.desks_of_current(db)), self._show,
                       latest="list")

    def _show(self, found) -> None:  # noqa: ANN001
        (current, rows), desks = found
        v, lang = self.view, self.ctx.lang
        self.rows = rows
        v.table.setRowCount(0)
        v.print_button.setEnabled(current is not None)
        if current is None:
            v.summary.setText(self.tr("No policy text is held in the profile yet."))
            return
        done = sum(1 for r in rows if r.acknowledged_at)
        text = self.tr("Version %1 of the policy: %2 of %3 staff members have acknowledged it.")
        v.summary.setText(text.replace("%1", str(current.number)).replace("%2", str(done))
                          .replace("%3", str(len(rows))))
        names = role_names()
        for r in rows:
            i = v.table.rowCount()
            v.table.insertRow(i)
            state = when(r.acknowledged_at, lang) if r.acknowledged_at else self.tr("Not yet")
            for c, value in enumerate((r.full_name, names.get(r.role, r.role), state,
                                       desks.get(r.staff_id, ""))):
                item = QTableWidgetItem(value)
                if r.acknowledged_at is None:
                    item.setForeground(QColor("#a30000"))
                v.table.setItem(i, c, item)

    def print_list(self) -> None:
        actor = self.ctx.actor
        self.ops.action(lambda db: policy_print.issue_list(db, actor), self._issued,
                        busy=self.view.print_button, changes=(DOCUMENT,))

    def _issued(self, doc) -> None:  # noqa: ANN001
        self.issued = doc
        show_banner(self.view.banner, self.tr("The list was issued (code %1) and archived: "
                                              "print it from the preview.")
                    .replace("%1", doc.code), "ok")
        self.view.preview.set_pdf(doc.pdf, doc.title, f"{doc.serial}.pdf")
        self.view.preview.show()
