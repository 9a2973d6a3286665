"""First start: this PC only, or the office server; then (when the database is new) which
organisation profile (or blank), the branch code, the administrator, and (this PC only) the
installation passphrase that encrypts the database file, its scans and its backups."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.validation import FieldError, ValidationFailed
from desk_app.services import encryption, installation
from desk_app.services.presets import list_presets
from desk_app.ui.messages import field_message
from desk_app.ui.ops import Ops
from desk_app.ui.server_panel import ServerPanel
from desk_app.ui.widgets.fields import FieldBox


class FirstRunView(QWidget):
    def __init__(self, lang: str = "ar", server: QWidget | None = None, on_server: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("firstRun")
        self.title = QLabel(self.tr("Set up the office database") if on_server
                            else self.tr("Set up Beneficiary Desk"))
        self.title.setObjectName("loginTitle")
        self.intro = QLabel(self.tr(
            "Choose your association's profile (it can be edited later), this office's branch "
            "code, and the administrator account."))
        self.intro.setWordWrap(True)
        self.preset = QComboBox()
        self.preset.setObjectName("preset")
        for p in list_presets():
            self.preset.addItem(p.name_ar if lang == "ar" else p.name_en, p.key)
        self.preset.addItem(self.tr("Blank profile (another association)"), "")
        self.branch = QLineEdit("HQ")
        self.branch.setObjectName("branch_code")
        self.branch.setMaxLength(5)
        self.admin_name = QLineEdit()
        self.admin_name.setObjectName("full_name")
        self.username = QLineEdit("admin")
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2 = QLineEdit()
        self.password2.setObjectName("password2")
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        self.encrypt = QCheckBox(self.tr("Encrypt the database on this PC (recommended)"))
        self.encrypt.setObjectName("encrypt")
        self.encrypt.setChecked(not on_server)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("a sentence of 10 characters or more"))
        self.passphrase2 = QLineEdit()
        self.passphrase2.setObjectName("passphrase2")
        self.passphrase2.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember the key on this PC"))
        self.remember.setObjectName("remember")
        self.remember.setChecked(True)
        self.boxes = {n: FieldBox(w) for n, w in (
            ("branch_code", self.branch), ("full_name", self.admin_name),
            ("username", self.username), ("password", self.password),
            ("password2", self.password2), ("passphrase", self.passphrase),
            ("passphrase2", self.passphrase2))}
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.hide()
        self.button = QPushButton(self.tr("Create"))
        self.button.setObjectName("primary")
        card = QFrame()
        card.setObjectName("card")
        card.setMaximumWidth(640)
        form = QFormLayout()
        form.addRow(self.tr("Organisation profile"), self.preset)
        form.addRow(self.tr("Branch code"), self.boxes["branch_code"])
        form.addRow(self.tr("Administrator's full name"), self.boxes["full_name"])
        form.addRow(self.tr("User name"), self.boxes["username"])
        form.addRow(self.tr("Password"), self.boxes["password"])
        form.addRow(self.tr("Password again"), self.boxes["password2"])
        if not on_server:  # a server's data are protected by the server and TLS
            form.addRow(self.encrypt)
            form.addRow(self.tr("Installation passphrase"), self.boxes["passphrase"])
            form.addRow(self.tr("Passphrase again"), self.boxes["passphrase2"])
            form.addRow(self.remember)
            for w in (self.passphrase, self.passphrase2, self.remember):
                self.encrypt.toggled.connect(w.setEnabled)
        for box in self.boxes.values():  # a message under a field must not squeeze the field
            box.widget.setMinimumHeight(box.widget.sizeHint().height())
        self.this_pc = QRadioButton(self.tr("This PC only"))
        self.this_pc.setObjectName("this_pc")
        self.office = QRadioButton(self.tr("Connect to the office server"))
        self.office.setObjectName("office_server")
        self.this_pc.setChecked(True)
        choice = QHBoxLayout()
        choice.addWidget(self.this_pc)
        choice.addWidget(self.office)
        choice.addStretch(1)
        local = QWidget()
        local_lay = QVBoxLayout(local)
        local_lay.setContentsMargins(0, 0, 0, 0)
        local_lay.addWidget(self.intro)
        local_lay.addLayout(form)
        local_lay.addWidget(self.error)
        local_lay.addWidget(self.button)
        self.pages = QStackedWidget()
        self.pages.addWidget(local)
        if server is not None:
            self.pages.addWidget(server)
        self.office.toggled.connect(lambda on: self.pages.setCurrentIndex(int(on)))
        inner = QVBoxLayout(card)
        inner.addWidget(self.title)
        if server is not None:  # on the server already: only its setting up is left
            inner.addLayout(choice)
        inner.addWidget(self.pages)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        outer.setContentsMargins(160, 20, 160, 20)


class FirstRunController(QObject):
    done = Signal()
    server_connected = Signal(object)  # office_server.Connected: the window switches to it

    def __init__(self, ops: Ops, lang: str = "ar", on_server: bool = False):
        super().__init__()
        self.server = None if on_server else ServerPanel(ops)
        self.view = FirstRunView(lang, self.server.view if self.server else None, on_server)
        if self.server is not None:
            self.server.connected.connect(self.server_connected)
        self.ops = ops.for_screen(self.view, banner=self.view.error, boxes=self.view.boxes)
        self.view.button.clicked.connect(self.submit)
        self.view.password2.returnPressed.connect(self.submit)
        self.on_server = on_server

    def submit(self) -> bool:
        v = self.view
        for box in v.boxes.values():
            box.set_error("")
        v.error.hide()
        if v.password.text() != v.password2.text():
            v.boxes["password2"].set_error(self.tr("The two passwords differ."))
            return False
        preset, branch, username = v.preset.currentData() or None, v.branch.text(), \
            v.username.text().strip()
        password, full_name = v.password.text(), v.admin_name.text()
        encrypt = not self.on_server and v.encrypt.isChecked()
        phrase, phrase2, remember = v.passphrase.text(), v.passphrase2.text(), \
            v.remember.isChecked()

        def work(db):  # noqa: ANN001, ANN202 - the runner's handle
            if encrypt:  # refused before anything is written
                encryption.check_passphrase(phrase, phrase2)
            admin = installation.initialise(
                db, preset_key=preset, branch_code=branch, admin_username=username,
                admin_password=password, admin_full_name=full_name)
            if encrypt:  # nobody else can have a database open that was just set up
                encryption.encrypt_open(db, None, phrase, phrase2, remember)
            return admin

        return self.ops.action(
            work, lambda _admin: self.done.emit(), busy=v.button,
            expect={ValidationFailed: lambda exc: self._show(list(exc.errors))})

    def _show(self, errors: list[FieldError]) -> None:
        for e in errors:
            box = self.view.boxes.get(e.field)
            if box:
                box.set_error(field_message(e))
            else:
                self.view.error.setText(field_message(e))
                self.view.error.show()
