"""Sign-in screen: user name and password, with a message beside the form when refused."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.entities import Actor
from desk_app.services import staff
from desk_app.storage.db import Database, StorageError
from desk_app.ui.messages import storage_message


class LoginView(QWidget):
    def __init__(self, org_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("login")
        self.title = QLabel(org_name)
        self.title.setObjectName("loginTitle")
        self.subtitle = QLabel(self.tr("Beneficiary Desk — sign in"))
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.button = QPushButton(self.tr("Sign in  (Enter)"))
        self.button.setObjectName("primary")
        self.button.setDefault(True)
        card = QFrame()
        card.setObjectName("card")
        card.setMaximumWidth(460)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        inner = QVBoxLayout(card)
        inner.addWidget(self.title)
        inner.addWidget(self.subtitle)
        inner.addLayout(form)
        inner.addWidget(self.error)
        inner.addWidget(self.button)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        outer.setContentsMargins(200, 40, 200, 40)


class LoginController(QObject):
    """Emits ``signed_in`` with the staff member once the password is right."""

    signed_in = Signal(object)

    def __init__(self, db: Database, org_name: str):
        super().__init__()
        self.db = db
        self.view = LoginView(org_name)
        self.view.button.clicked.connect(self.submit)
        self.view.password.returnPressed.connect(self.submit)
        self.view.username.returnPressed.connect(self.view.password.setFocus)
        self.view.username.setFocus()

    def submit(self) -> Actor | None:
        v = self.view
        if not v.username.text().strip() or not v.password.text():
            return self._refuse(self.tr("Enter your user name and password."))
        try:
            actor = staff.authenticate(self.db, v.username.text(), v.password.text())
        except StorageError as exc:
            return self._refuse(storage_message(exc))
        if actor is None:
            v.password.clear()
            return self._refuse(self.tr("The user name or password is not correct."))
        v.error.hide()
        self.signed_in.emit(actor)
        return actor

    def _refuse(self, text: str) -> None:
        self.view.error.setText(text)
        self.view.error.show()
        self.view.password.setFocus()
        return None
