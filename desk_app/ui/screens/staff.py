"""Staff accounts (administrator only): open an account, close or reopen it, reset a password."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
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

from desk_app.domain.entities import ROLES
from desk_app.domain.validation import ValidationFailed
from desk_app.services import staff as staff_service
from desk_app.ui import ops
from desk_app.ui.context import UiContext
from desk_app.ui.messages import field_message
from desk_app.ui.widgets.fields import FieldBox, banner_label, show_banner
from desk_app.ui.widgets.tables import list_table


def role_names() -> dict[str, str]:
    return {
        "admin": QCoreApplication.translate("Staff", "Administrator"),
        "reception": QCoreApplication.translate("Staff", "Reception"),
        "researcher": QCoreApplication.translate("Staff", "Social researcher"),
        "committee": QCoreApplication.translate("Staff", "Committee member"),
        "manager": QCoreApplication.translate("Staff", "Manager"),
    }


class StaffView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("staff")
        self.title = QLabel(self.tr("Staff accounts"))
        self.title.setObjectName("screenTitle")
        self.banner = banner_label()
        self.table = list_table(
            [self.tr("User name"), self.tr("Full name"), self.tr("Role"), self.tr("Account")])
        self.toggle_button = QPushButton(self.tr("Close / reopen the selected account"))
        self.new_password = QLineEdit()
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_password.setPlaceholderText(self.tr("New password"))
        self.new_password.setMinimumWidth(200)
        self.reset_button = QPushButton(self.tr("Set this password for the selected account"))
        self.unlock_button = QPushButton(self.tr("Unlock the selected account"))
        actions = QHBoxLayout()
        actions.addWidget(self.toggle_button)
        actions.addWidget(self.unlock_button)
        actions.addWidget(self.new_password)
        actions.addWidget(self.reset_button)
        actions.addStretch(1)

        self.username = QLineEdit()
        self.full_name = QLineEdit()
        self.role = QComboBox()
        for code in ROLES:
            self.role.addItem(role_names()[code], code)
        self.role.setCurrentIndex(self.role.findData("reception"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.boxes = {"username": FieldBox(self.username), "full_name": FieldBox(self.full_name),
                      "role": FieldBox(self.role), "password": FieldBox(self.password)}
        self.create_button = QPushButton(self.tr("Open the account"))
        self.create_button.setObjectName("primary")
        new_box = QGroupBox(self.tr("New account"))
        form = QFormLayout(new_box)
        form.addRow(self.tr("User name"), self.boxes["username"])
        form.addRow(self.tr("Full name"), self.boxes["full_name"])
        form.addRow(self.tr("Role"), self.boxes["role"])
        form.addRow(self.tr("Password"), self.boxes["password"])
        form.addRow("", self.create_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.banner)
        lay.addWidget(self.table, 1)
        lay.addLayout(actions)
        lay.addWidget(new_box)


class StaffController(QObject):
    def __init__(self, ctx: UiContext, view: StaffView | None = None):
        super().__init__()
        self.ctx = ctx
        self.view = view or StaffView()
        self.rows: list[staff_service.StaffRow] = []
        self.ops = ctx.screen_ops(self.view, self.view.banner)
        v = self.view
        v.create_button.clicked.connect(self.create)
        v.toggle_button.clicked.connect(self.toggle)
        v.unlock_button.clicked.connect(self.unlock)
        v.reset_button.clicked.connect(self.reset)
        admin = ctx.actor.role == "admin"
        for w in (v.create_button, v.toggle_button, v.reset_button, v.unlock_button):
            w.setEnabled(admin)

    def load(self) -> None:
        self.ops.query(staff_service.list_staff, self._show, latest="list")

    def _show(self, rows: list[staff_service.StaffRow]) -> None:
        self.rows = rows
        names, t = role_names(), self.view.table
        t.setRowCount(0)
        for row in self.rows:
            r = t.rowCount()
            t.insertRow(r)
            state = self.tr("open") if row.active else self.tr("closed")
            if row.locked:
                state = self.tr("locked after wrong passwords")
            for c, text in enumerate((row.username, row.full_name, names.get(row.role, row.role),
                                      state)):
                t.setItem(r, c, QTableWidgetItem(text))

    def _selected(self) -> staff_service.StaffRow | None:
        selected = self.view.table.selectionModel().selectedRows()
        r = selected[0].row() if selected else self.view.table.currentRow()
        return self.rows[r] if 0 <= r < len(self.rows) else None

    def create(self) -> bool:
        v = self.view
        for box in v.boxes.values():
            box.set_error("")
        actor, username, password = self.ctx.actor, v.username.text().strip(), v.password.text()
        full_name, role = v.full_name.text(), v.role.currentData()
        return self._run(lambda db: staff_service.create(db, actor, username, password, full_name,
                                                         role),
                         self.tr("The account was opened."),
                         clear=(v.username, v.full_name, v.password), field_errors=True,
                         busy=v.create_button)

    def toggle(self) -> bool:
        row = self._selected()
        if row is None:
            return False
        actor = self.ctx.actor
        return self._run(lambda db: staff_service.set_active(db, actor, row.id, not row.active),
                         self.tr("The account was updated."), busy=self.view.toggle_button)

    def unlock(self) -> bool:
        row = self._selected()
        if row is None:
            return False
        actor = self.ctx.actor
        return self._run(lambda db: staff_service.unlock(db, actor, row.id),
                         self.tr("The account is unlocked."), busy=self.view.unlock_button)

    def reset(self) -> bool:
        row = self._selected()
        if row is None:
            return False
        actor, password = self.ctx.actor, self.view.new_password.text()
        return self._run(lambda db: staff_service.reset_password(db, actor, row.id, password),
                         self.tr("The new password is set."), clear=(self.view.new_password,),
                         busy=self.view.reset_button)

    def _run(self, fn, ok_text: str, clear=(), field_errors: bool = False,  # noqa: ANN001
             busy=None) -> bool:  # noqa: ANN001
        """Run one action; errors beside the new-account fields, or in the banner."""
        def invalid(exc: ValidationFailed) -> None:
            general = []
            for e in exc.errors:
                box = self.view.boxes.get(e.field) if field_errors else None
                if box is not None:
                    box.set_error(field_message(e))
                else:
                    general.append(field_message(e))
            self._banner("\n".join(general) or self.tr("Some fields need correcting."), "error")

        def done(_result: object) -> None:
            for w in clear:
                w.clear()
            self.load()
            self._banner(ok_text, "ok")

        return self.ops.action(fn, done, changes={ops.STAFF}, busy=busy,
                               expect={ValidationFailed: invalid})

    def _banner(self, text: str, kind: str) -> None:
        show_banner(self.view.banner, text, kind)
