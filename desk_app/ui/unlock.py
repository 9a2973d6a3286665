"""The page before sign-in when this PC's database is encrypted and the PC does not remember
its key: the installation passphrase opens it (stretched off the GUI thread: about half a
second by design), optionally remembered in the operating system's key store."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.services import encryption
from desk_app.ui.ops import Ops


class UnlockView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("unlock")
        self.title = QLabel(self.tr("The database on this PC is encrypted"))
        self.title.setObjectName("loginTitle")
        self.intro = QLabel(self.tr(
            "Enter the installation passphrase that the administrator chose. Without it the "
            "database file, its scans and its backups cannot be read."))
        self.intro.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Installation passphrase"))
        self.remember = QCheckBox(self.tr("Remember the key on this PC (in the system's key "
                                          "store)"))
        self.remember.setObjectName("remember")
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.button = QPushButton(self.tr("Open the database  (Enter)"))
        self.button.setObjectName("primary")
        self.button.setDefault(True)
        card = QFrame()
        card.setObjectName("card")
        card.setFixedWidth(560)  # one width: wrapped lines get the height they need
        label = QLabel(self.tr("Installation passphrase"))
        label.setBuddy(self.passphrase)
        inner = QVBoxLayout(card)
        inner.addWidget(self.title)
        inner.addWidget(self.intro)
        inner.addWidget(label)
        inner.addWidget(self.passphrase)
        inner.addWidget(self.error)  # a refusal right under the field, as at sign-in
        inner.addWidget(self.remember)
        inner.addWidget(self.button)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        # centred by stretches, not by an alignment flag: an aligned item gets its size hint
        # and its wrapped lines are squeezed; this way the card is as tall as they need
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)


class UnlockController(QObject):
    """Runs the unlock through ``ops`` (whose handle is the database URL: nothing is open
    yet); ``unlocked`` once the key is held."""

    unlocked = Signal()

    def __init__(self, ops: Ops):
        super().__init__()
        self.view = UnlockView()
        self.ops = ops.for_screen(self.view, banner=self.view.error)
        self.view.button.clicked.connect(self.submit)
        self.view.passphrase.returnPressed.connect(self.submit)

    def submit(self) -> bool:
        given, remember = self.view.passphrase.text(), self.view.remember.isChecked()
        return self.ops.action(
            lambda url: encryption.unlock_at_desk(url, given, remember),
            lambda _none: self.unlocked.emit(), busy=self.view.button)
