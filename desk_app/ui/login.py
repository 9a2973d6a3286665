"""Sign-in screen: user name and password, with a message beside the form when refused."""

from __future__ import annotations

from typing import NamedTuple

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
from desk_app.services import installation, staff
from desk_app.services import profile as profile_service
from desk_app.ui.ops import Ops


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


class Session(NamedTuple):
    """Who signed in, and what the shell needs to know of this office."""

    actor: Actor
    installation: installation.Installation
    profile: object  # OrgProfile


def open_session(db: object, username: str, password: str) -> Session | None:
    """Check the password (a deliberately slow hash) and read the office's settings."""
    actor = staff.authenticate(db, username, password)
    if actor is None:
        return None
    return Session(actor, installation.get(db), profile_service.current(db))


class LoginController(QObject):
    """Emits ``signed_in`` with the :class:`Session` once the password is right."""

    signed_in = Signal(object)

    def __init__(self, ops: Ops, org_name: str):
        super().__init__()
        self.view = LoginView(org_name)
        self.ops = ops.for_screen(self.view, banner=self.view.error)
        self.view.button.clicked.connect(self.submit)
        self.view.password.returnPressed.connect(self.submit)
        self.view.username.returnPressed.connect(self.view.password.setFocus)
        self.view.username.setFocus()

    def submit(self) -> bool:
        """Check the password in the background; False when something is missing."""
        v = self.view
        if not v.username.text().strip() or not v.password.text():
            self._refuse(self.tr("Enter your user name and password."))
            return False
        username, password = v.username.text(), v.password.text()
        return self.ops.action(lambda db: open_session(db, username, password), self._checked,
                               busy=(v.button, v.username, v.password))

    def _checked(self, session: Session | None) -> None:
        v = self.view
        if session is None:
            v.password.clear()
            self._refuse(self.tr("The user name or password is not correct."))
            return
        v.error.hide()
        self.signed_in.emit(session)

    def _refuse(self, text: str) -> None:
        self.view.error.setText(text)
        self.view.error.show()
        self.view.password.setFocus()
        return None
