"""The main window: first start → sign in → the shell of screens, status bar and language.

It paints before the database layer is even imported: SQLAlchemy, the services and the screens
load after the window is on screen (``attach``), so a receptionist sees the window at once.
That is why the imports of those modules sit inside the methods that first need them.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton, QStackedWidget

from desk_app.config import Settings
from desk_app.domain import calendar as cal
from desk_app.domain.entities import Actor
from desk_app.ui.dialogs import Dialogs

if TYPE_CHECKING:
    from desk_app.storage.db import Database
    from desk_app.ui.first_run import FirstRunController
    from desk_app.ui.login import LoginController
    from desk_app.ui.ops import Ops
    from desk_app.ui.shell import Shell


class MainWindow(QMainWindow):
    """Owns the pages: first start, sign in, and the shell once someone is signed in."""

    signed_in = Signal(object)
    language_change_requested = Signal(str)

    def __init__(self, db: Database | None, settings: Settings, dialogs: Dialogs | None = None):
        super().__init__()
        self.db, self.settings = db, settings
        self.dialogs = dialogs or Dialogs(self)
        self.setWindowTitle(self.tr("Beneficiary Desk"))
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self.loading = QLabel(self.tr("Beneficiary Desk — opening the database…"))
        self.loading.setObjectName("loginTitle")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages.addWidget(self.loading)
        self.shell: Shell | None = None
        self.ops: Ops | None = None
        self.login: LoginController | None = None
        self.first_run: FirstRunController | None = None
        self.kiosk = None  # the kiosk controller while kiosk mode holds the window
        self._state_before_kiosk = Qt.WindowState.WindowNoState
        self._quitting = False
        self.user_label = QLabel()
        self.date_label = QLabel()
        self.lang_button = QPushButton("English" if settings.language == "ar" else "العربية")
        self.lang_button.setFlat(True)
        self.lang_button.clicked.connect(self._toggle_language)
        self.logout_button = QPushButton(self.tr("Sign out"))
        self.logout_button.setFlat(True)
        self.logout_button.clicked.connect(self.sign_out)
        self.logout_button.hide()
        bar = self.statusBar()
        bar.addWidget(self.user_label, 1)
        bar.addPermanentWidget(self.date_label)
        bar.addPermanentWidget(self.lang_button)
        bar.addPermanentWidget(self.logout_button)
        self.date_label.setText(cal.format_dual(date.today(), settings.language))
        self._restore_geometry()

    # --- pages -----------------------------------------------------------------------------
    def attach(self, db: Database) -> None:
        """The database, opened once the window is on screen."""
        self.db = db

    def operations(self) -> Ops:
        """The one runner of this window (its change hub outlives sign-outs)."""
        from desk_app.ui.ops import Ops

        if self.ops is None:
            self.ops = Ops(self.db, self.dialogs, parent=self)
        return self.ops

    def start(self) -> None:
        from desk_app.services import installation
        from desk_app.ui.first_run import FirstRunController

        if installation.is_initialised(self.db):
            self.show_login()
        else:
            self.first_run = FirstRunController(self.db, self.settings.language)
            self.first_run.done.connect(self.show_login)
            self.pages.addWidget(self.first_run.view)
            self.pages.setCurrentWidget(self.first_run.view)

    def org_name(self) -> str:
        from desk_app.services import profile as profile_service

        p = profile_service.current(self.db)
        if p is None:
            return self.tr("Beneficiary Desk")
        return p.name_ar if self.settings.language == "ar" else (p.name_en or p.name_ar)

    def show_login(self) -> None:
        from desk_app.ui.login import LoginController

        self.login = LoginController(self.db, self.org_name())
        self.login.signed_in.connect(self.enter_shell)
        self.pages.addWidget(self.login.view)
        self.pages.setCurrentWidget(self.login.view)
        self.login.view.username.setFocus()

    def enter_shell(self, actor: Actor, screen: str = "registry") -> Shell:
        from desk_app.services import installation
        from desk_app.ui.context import UiContext
        from desk_app.ui.shell import Shell

        ctx = UiContext(self.db, self.settings, actor, self.dialogs, installation.get(self.db),
                        ops=self.operations())
        self.shell = Shell(ctx)
        self.shell.kiosk_requested.connect(self.enter_kiosk)
        self.pages.addWidget(self.shell)
        self.pages.setCurrentWidget(self.shell)
        self.user_label.setText(self.tr("%1 — branch %2").replace(
            "%1", "\u2068" + (actor.full_name or actor.username) + "\u2069")
                                .replace("%2", ctx.installation.branch_code))
        self.logout_button.show()
        self.setWindowTitle(self.tr("Beneficiary Desk") + " — " + self.org_name())
        self.signed_in.emit(actor)
        self.shell.show_screen(screen)
        return self.shell

    def sign_out(self) -> None:
        if self.shell is not None:
            self.pages.removeWidget(self.shell)
            self.shell.deleteLater()
            self.shell = None
        self.user_label.clear()
        self.logout_button.hide()
        self.show_login()

    # --- kiosk mode -------------------------------------------------------------------------
    def enter_kiosk(self, start: object = None):  # noqa: ANN201
        """Hand the whole window to the survey kiosk until a staff member unlocks it."""
        if self.shell is None or self.kiosk is not None:
            return self.kiosk
        ctl = self.shell.specs["kiosk"].factory(self.shell.ctx)
        ctl.start = start or None
        self.kiosk = ctl
        self.pages.addWidget(ctl.view)
        self.pages.setCurrentWidget(ctl.view)
        self.statusBar().hide()
        self._state_before_kiosk = self.windowState()
        if QGuiApplication.platformName() not in ("offscreen", "minimal"):
            self.showFullScreen()
        ctl.finished.connect(self.leave_kiosk)
        QGuiApplication.instance().installEventFilter(self)
        ctl.load()
        self.shell.screen_loaded.emit("kiosk")
        return ctl

    def leave_kiosk(self) -> None:
        ctl, self.kiosk = self.kiosk, None
        if ctl is None:
            return
        QGuiApplication.instance().removeEventFilter(self)
        self.pages.removeWidget(ctl.view)
        ctl.view.deleteLater()
        self.statusBar().show()
        self.setWindowState(self._state_before_kiosk)
        if self.shell is not None:
            self.pages.setCurrentWidget(self.shell)
            if "surveys" in self.shell.controllers:
                self.shell.show_screen("surveys")

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Quit and obj is QGuiApplication.instance():
            self._quitting = True  # the application quits: kiosk mode lets the window close
        return False

    def _toggle_language(self) -> None:
        self.language_change_requested.emit("en" if self.settings.language == "ar" else "ar")

    # --- window state ----------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        value = QSettings().value("window/geometry")
        if isinstance(value, QByteArray) and not value.isEmpty():
            self.restoreGeometry(value)
        else:
            self.resize(1366, 768)

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802
        if self.kiosk is not None and not self._quitting:
            # Only a staff password ends kiosk mode: the close button and Alt+F4 do not.
            # The application itself may still quit (end of session, the smoke start).
            event.ignore()
            return
        QSettings().setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)
