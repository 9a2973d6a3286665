"""On the Backups screen: whether this PC's database is encrypted, and for the administrator
the button that encrypts a plain one (a verified encrypted copy first, the plain bytes zeroed,
every other desk closed). Calls go through the Backups screen's runner."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
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
from desk_app.ui.context import UiContext
from desk_app.ui.ops import ScreenOps
from desk_app.ui.widgets.fields import FieldBox, show_banner


def states() -> dict[str, str]:
    return {
        encryption.PLAIN: QCoreApplication.translate(
            "Encryption", "The database on this PC is not encrypted: whoever copies the file "
                          "(or a backup) can read every record and scan in it."),
        encryption.UNLOCKED: QCoreApplication.translate(
            "Encryption", "The database on this PC is encrypted (SQLCipher, AES-256), and so "
                          "are its backups. Keep the installation passphrase written down, "
                          "apart from the PC."),
        encryption.SERVER: QCoreApplication.translate(
            "Encryption", "The database is on the office server: the server and its encrypted "
                          "connection protect it."),
    }


class EncryptionPanel(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        title = QLabel(self.tr("Encryption"))
        title.setObjectName("headline")
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.passphrase, self.passphrase2 = QLineEdit(), QLineEdit()
        for name, w in (("passphrase", self.passphrase), ("passphrase2", self.passphrase2)):
            w.setObjectName(name)
            w.setEchoMode(QLineEdit.EchoMode.Password)
            w.setMinimumHeight(w.sizeHint().height())
        self.passphrase.setAccessibleName(self.tr("New installation passphrase"))
        self.passphrase2.setAccessibleName(self.tr("Passphrase again"))
        self.passphrase.setPlaceholderText(self.tr("New installation passphrase"))
        self.passphrase2.setPlaceholderText(self.tr("Passphrase again"))
        self.boxes = {"passphrase": FieldBox(self.passphrase),
                      "passphrase2": FieldBox(self.passphrase2)}
        self.remember = QCheckBox(self.tr("Remember the key on this PC"))
        self.button = QPushButton(self.tr("Encrypt the database"))
        self.button.setToolTip(self.tr("Every other desk must be closed. A verified encrypted "
                                       "copy is made first; the plain file is overwritten."))
        self.form = QWidget()
        row = QHBoxLayout(self.form)
        row.setContentsMargins(0, 0, 0, 0)
        for w in (self.boxes["passphrase"], self.boxes["passphrase2"]):
            row.addWidget(w, 1)
        row.addWidget(self.remember)
        row.addWidget(self.button)
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addWidget(self.state)
        lay.addWidget(self.form)
        self.form.hide()


class EncryptionPanelController(QObject):
    def __init__(self, ctx: UiContext, ops: ScreenOps, banner: QLabel):
        super().__init__()
        self.ctx, self.ops, self.banner = ctx, ops, banner
        self.view = EncryptionPanel()
        self.view.button.clicked.connect(self.encrypt)

    def load(self) -> None:
        self.ops.query(lambda db: encryption.state(db.url), self._show, latest="encryption")

    def _show(self, state: str) -> None:
        v = self.view
        v.state.setText(states().get(state, states()[encryption.UNLOCKED]))
        v.form.setVisible(state == encryption.PLAIN and self.ctx.may("backup.restore"))

    def encrypt(self) -> bool:
        v, actor = self.view, self.ctx.actor
        phrase, again, remember = v.passphrase.text(), v.passphrase2.text(), v.remember.isChecked()
        return self.ops.action(
            lambda db: encryption.encrypt_open(db, actor, phrase, again, remember),
            self._done, busy=v.button, boxes=v.boxes)

    def _done(self, done: encryption.Converted) -> None:
        for w in (self.view.passphrase, self.view.passphrase2):
            w.clear()
        text = QCoreApplication.translate(
            "Encryption", "The database is now encrypted. A verified encrypted copy was kept "
                          "beside it.")
        if done.encrypted_copies:
            text += " " + QCoreApplication.translate(
                "Encryption", "Older copies found beside it were encrypted too (%1)."
            ).replace("%1", str(len(done.encrypted_copies)))
        if done.plain_backups:
            text += " " + QCoreApplication.translate(
                "Encryption", "Older copies made before encryption are still readable (%1): "
                              "delete them or keep them somewhere safe (list on hover)."
            ).replace("%1", str(len(done.plain_backups)))
        show_banner(self.banner, text, "ok")
        self.banner.setToolTip("\n".join(done.plain_backups))
        self.load()
