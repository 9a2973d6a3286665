"""First start, "connect to the office server": address, database, login, encryption.

The connection is checked off the GUI thread (the server may be slow or unreachable); when it
works the address is remembered for this PC (``config.save_server_url``) and the window switches
to the office database: sign-in when the office is set up there, otherwise setting it up.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app import config
from desk_app.services import office_server
from desk_app.services.errors import StorageError
from desk_app.ui.ops import Ops
from desk_app.ui.widgets.fields import FieldBox, show_banner


class ServerPanelView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.intro = QLabel(self.tr(
            "Several desks share one registry on the office server. Ask the IT volunteer for "
            "these details (see the README, 'One registry for the whole office')."))
        self.intro.setWordWrap(True)
        self.host = QLineEdit()
        self.host.setObjectName("host")
        self.host.setPlaceholderText("192.168.1.10")
        self.port = QLineEdit()
        self.port.setObjectName("port")
        self.port.setPlaceholderText(str(office_server.DEFAULT_PORT))
        self.database = QLineEdit("desk")
        self.database.setObjectName("database")
        self.user = QLineEdit("desk")
        self.user.setObjectName("user")
        self.password = QLineEdit()
        self.password.setObjectName("server_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        for w in (self.host, self.port, self.database, self.user):
            w.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # addresses read left to right
        self.tls = QCheckBox(self.tr("Encrypted connection (TLS) required"))
        self.tls.setChecked(True)
        self.boxes = {n: FieldBox(w) for n, w in (
            ("host", self.host), ("port", self.port), ("database", self.database),
            ("user", self.user), ("password", self.password))}
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.button = QPushButton(self.tr("Connect"))
        self.button.setObjectName("primary")
        form = QFormLayout()
        form.addRow(self.tr("Server address"), self.boxes["host"])
        form.addRow(self.tr("Port"), self.boxes["port"])
        form.addRow(self.tr("Database"), self.boxes["database"])
        form.addRow(self.tr("User name"), self.boxes["user"])
        form.addRow(self.tr("Password"), self.boxes["password"])
        form.addRow("", self.tls)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.intro)
        lay.addLayout(form)
        lay.addWidget(self.banner)
        lay.addWidget(self.button)


class ServerPanel(QObject):
    connected = Signal(object)  # office_server.Connected

    def __init__(self, ops: Ops):
        super().__init__()
        self.view = ServerPanelView()
        self.ops = ops.for_screen(self.view, banner=self.view.banner, boxes=self.view.boxes)
        self.view.button.clicked.connect(self.connect_server)
        self.view.password.returnPressed.connect(self.connect_server)

    def connect_server(self) -> bool:
        v = self.view
        for box in v.boxes.values():
            box.set_error("")
        v.banner.hide()
        form = office_server.ServerForm(v.host.text(), v.database.text(), v.user.text(),
                                        v.password.text(), v.port.text(), v.tls.isChecked())
        return self.ops.action(lambda _db: office_server.connect(form), self._connected,
                               busy=v.button, expect={StorageError: self._unreachable})

    def _unreachable(self, exc: StorageError) -> None:
        show_banner(self.view.banner, self.tr(
            "Could not connect to the office server. Check the address, the database, the user "
            "name and the password, that the server is on, and that it lets this PC in; the IT "
            "volunteer can help. Nothing was changed on this PC."), "error")
        self.view.banner.setToolTip(exc.detail)

    def _connected(self, result: office_server.Connected) -> None:
        config.save_server_url(result.url)
        self.connected.emit(result)
