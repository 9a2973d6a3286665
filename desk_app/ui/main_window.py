"""The navigation shell: first start → sign in → screens, with the status bar and language."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from desk_app.config import Settings
from desk_app.domain import calendar as cal
from desk_app.domain.entities import Actor
from desk_app.services import installation
from desk_app.services import profile as profile_service
from desk_app.storage.db import Database
from desk_app.ui import navigation
from desk_app.ui.context import UiContext
from desk_app.ui.dialogs import Dialogs
from desk_app.ui.first_run import FirstRunController
from desk_app.ui.login import LoginController


class Shell(QWidget):
    """Navigation list + the screen in view. Screens are built on first visit."""

    screen_loaded = Signal(str)

    def __init__(self, ctx: UiContext):
        super().__init__()
        self.ctx = ctx
        self.specs = {s.name: s for s in navigation.screens()}
        self.controllers: dict[str, object] = {}
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(230)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setWordWrap(True)
        self.stack = QStackedWidget()
        for spec in self.specs.values():
            if spec.in_nav and (not spec.roles or ctx.actor.role in spec.roles):
                label = spec.title() + (f"  ({spec.shortcut})" if spec.shortcut else "")
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, spec.name)
                self.nav.addItem(item)
                if spec.shortcut:
                    QShortcut(QKeySequence(spec.shortcut), self,
                              activated=lambda n=spec.name: self.show_screen(n))
        self.nav.itemActivated.connect(lambda it: self.show_screen(it.data(Qt.ItemDataRole.UserRole)))
        self.nav.itemClicked.connect(lambda it: self.show_screen(it.data(Qt.ItemDataRole.UserRole)))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.nav)
        lay.addWidget(self.stack, 1)

    def controller(self, name: str):  # noqa: ANN201
        if name not in self.controllers:
            ctl = self.specs[name].factory(self.ctx)
            self.controllers[name] = ctl
            self.stack.addWidget(ctl.view)
            if hasattr(ctl, "navigate"):
                ctl.navigate.connect(self.show_screen)
            if hasattr(ctl, "loaded"):
                ctl.loaded.connect(lambda n=name: self.screen_loaded.emit(n))
            ctl.load()
            if not hasattr(ctl, "loaded"):
                self.screen_loaded.emit(name)
            return ctl
        return self.controllers[name]

    def show_screen(self, name: str, arg: object = None):  # noqa: ANN201
        fresh = name not in self.controllers
        ctl = self.controller(name)
        self.stack.setCurrentWidget(ctl.view)
        for i in range(self.nav.count()):
            if self.nav.item(i).data(Qt.ItemDataRole.UserRole) == name:
                self.nav.setCurrentRow(i)
        if hasattr(ctl, "enter") and (arg is not None or not fresh):
            ctl.enter(arg)
        return ctl


class MainWindow(QMainWindow):
    """Owns the pages: first start, sign in, and the shell once someone is signed in."""

    signed_in = Signal(object)
    language_change_requested = Signal(str)

    def __init__(self, db: Database, settings: Settings, dialogs: Dialogs | None = None):
        super().__init__()
        self.db, self.settings = db, settings
        self.dialogs = dialogs or Dialogs(self)
        self.setWindowTitle(self.tr("Beneficiary Desk"))
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self.shell: Shell | None = None
        self.login: LoginController | None = None
        self.first_run: FirstRunController | None = None
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
    def start(self) -> None:
        if installation.is_initialised(self.db):
            self.show_login()
        else:
            self.first_run = FirstRunController(self.db, self.settings.language)
            self.first_run.done.connect(self.show_login)
            self.pages.addWidget(self.first_run.view)
            self.pages.setCurrentWidget(self.first_run.view)

    def org_name(self) -> str:
        p = profile_service.current(self.db)
        if p is None:
            return self.tr("Beneficiary Desk")
        return p.name_ar if self.settings.language == "ar" else (p.name_en or p.name_ar)

    def show_login(self) -> None:
        self.login = LoginController(self.db, self.org_name())
        self.login.signed_in.connect(self.enter_shell)
        self.pages.addWidget(self.login.view)
        self.pages.setCurrentWidget(self.login.view)
        self.login.view.username.setFocus()

    def enter_shell(self, actor: Actor, screen: str = "registry") -> Shell:
        ctx = UiContext(self.db, self.settings, actor, self.dialogs, installation.get(self.db))
        self.shell = Shell(ctx)
        self.pages.addWidget(self.shell)
        self.pages.setCurrentWidget(self.shell)
        self.user_label.setText(self.tr("%1 — branch %2").replace("%1", actor.full_name or actor.username)
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
        QSettings().setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)
