"""The main window: first start → sign in → the shell of screens, status bar and language.

It paints before the database layer is even imported: SQLAlchemy, the services and the screens
load after the window is on screen (``attach``), so a receptionist sees the window at once.
That is why the imports of those modules sit inside the methods that first need them. The
window never holds the database itself: ``attach`` hands it to the ops runner, which every
screen (and the sign-in) calls services through.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton, QStackedWidget

from desk_app.config import Settings
from desk_app.domain import calendar as cal
from desk_app.domain.entities import Actor
from desk_app.ui import unsaved, window_place
from desk_app.ui.dialogs import Dialogs
from desk_app.ui.navigation import first_screen

if TYPE_CHECKING:
    from desk_app.services.installation import Installation
    from desk_app.ui.first_run import FirstRunController
    from desk_app.ui.login import LoginController, Session
    from desk_app.ui.ops import Ops, ScreenOps
    from desk_app.ui.shell import Shell


class MainWindow(QMainWindow):
    """Owns the pages: first start, sign in, and the shell once someone is signed in."""

    signed_in = Signal(object)
    started = Signal()  # the sign-in (or first-start) page is up
    database_changed = Signal(object)  # first start connected this desk to the office server
    language_change_requested = Signal(str)

    def __init__(self, handle: object | None, settings: Settings, dialogs: Dialogs | None = None,
                 clock: Callable[[], datetime] = datetime.now, ask_policy: bool = True,
                 idle_minutes: float | None = None):
        super().__init__()
        from desk_app.ui import idle_lock

        # The desk locks after this long without input (0: never); see ui/idle_lock.py.
        self.idle_minutes = idle_lock.minutes_from_env() if idle_minutes is None else idle_minutes
        self.desk_lock = None
        # The policy page after sign-in (tests of other screens start straight at the desk).
        self.ask_policy = ask_policy
        self.policy_ack = None
        self.settings, self.clock = settings, clock
        self.dialogs = dialogs or Dialogs(self)
        self.ops: Ops | None = None
        self._runner: ScreenOps | None = None
        self._office: tuple[Installation, object] | None = None  # (installation, profile)
        self._permissions: object = None  # the permission table read at sign-in
        self.setWindowTitle(self.tr("Beneficiary Desk"))
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self.loading = QLabel(self.tr("Beneficiary Desk — opening the database…"))
        self.loading.setObjectName("loginTitle")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages.addWidget(self.loading)
        self.shell: Shell | None = None
        self.login: LoginController | None = None
        self.first_run: FirstRunController | None = None
        self.view_reserve = None  # the next session's screens, built while sign-in waits
        self.unlock = None  # the passphrase page of an encrypted database, while shown
        self.early = None  # the sign-in page shown before the database was open (early_login)
        self._on_server = False  # first start switched to the office server
        self.kiosk = None  # the kiosk controller while kiosk mode holds the window
        self.backup_watch = None  # the automatic-backup scheduler, from the first sign-in on
        self.sync_status = None  # the status bar's sync line (issue 14), from sign-in on
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
        self.server_label = QLabel(self.tr(
            "The office server cannot be reached. What you type stays in the forms; saving "
            "works again as soon as the server is back."))
        self.server_label.setObjectName("banner")
        self.server_label.setProperty("kind", "error")
        self.server_label.hide()
        bar.addWidget(self.server_label, 2)
        self.date_label.setText(cal.format_dual(clock().date(), settings.language))
        self._restore_geometry()
        if handle is not None:
            self.attach(handle, clock)

    # --- pages -----------------------------------------------------------------------------
    def attach(self, handle: object, clock: Callable[[], datetime] | None = None) -> None:
        """The application handle (the database), opened once the window is on screen: it goes
        to the ops runner, the one way this window and its screens call services."""
        from desk_app.ui.ops import Ops

        self.ops = Ops(handle, self.dialogs, parent=self)
        self._runner = self.ops.for_screen(self)
        self.lang_button.setEnabled(True)
        if clock is not None:
            self.clock = clock
            self.date_label.setText(cal.format_dual(clock().date(), self.settings.language))

    def show_unlock(self, url: str, then: Callable[[], None]) -> None:
        """The encrypted database's passphrase page; ``then`` once its key is held."""
        from desk_app.ui.ops import Ops
        from desk_app.ui.unlock import UnlockController

        self.unlock = UnlockController(Ops(url, self.dialogs, parent=self))
        self.unlock.unlocked.connect(then)
        self.pages.addWidget(self.unlock.view)
        self.pages.setCurrentWidget(self.unlock.view)
        self.unlock.view.passphrase.setFocus()

    def show_sign_in_early(self, name: str) -> None:
        """The sign-in page before the database is open (``ui/early_login.py``)."""
        from desk_app.ui.early_login import EarlySignIn

        self.early = EarlySignIn(name, parent=self)
        self.pages.addWidget(self.early.view)
        self.pages.setCurrentWidget(self.early.view)
        self.lang_button.setEnabled(False)  # a new window needs the database: once attached

    def start(self) -> None:
        """First start or sign-in, once it is known whether this database is set up."""
        assert self._runner is not None, "attach() the database first"
        self._runner.query(_office, self._started, latest="start")

    def _started(self, office: tuple[Installation, object] | None) -> None:
        from desk_app.ui.first_run import FirstRunController

        if office is not None:
            self._office = office
            self.show_login()
        else:
            assert self.ops is not None
            if self.early is not None:  # not set up (any more): first start, not sign-in
                self.early.view.deleteLater()
                self.early = None
            self.first_run = FirstRunController(self.ops, self.settings.language,
                                                on_server=self._on_server)
            self.first_run.done.connect(self.start)
            self.first_run.server_connected.connect(self._server_connected)
            self.pages.addWidget(self.first_run.view)
            self.pages.setCurrentWidget(self.first_run.view)
        self.started.emit()

    def _server_connected(self, connected: object) -> None:
        """First start chose the office server: from now on this window works on it."""
        self._on_server = True
        self.database_changed.emit(connected.handle)
        self.attach(connected.handle)
        self.start()

    def org_name(self) -> str:
        p = self._office[1] if self._office else None
        if p is None:
            return self.tr("Beneficiary Desk")
        return p.name_ar if self.settings.language == "ar" else (p.name_en or p.name_ar)

    def show_login(self) -> None:
        """The sign-in page: one for the window's life, emptied at each sign-out (a new page
        per sign-out stayed in the window's pages for good, one more at every sign-in)."""
        from desk_app.ui.login import LoginController

        assert self.ops is not None
        if self.login is not None and self.login.ops.ops is not self.ops:
            self.pages.removeWidget(self.login.view)  # the first start moved to the server
            self.login.view.deleteLater()
            self.login = None
        early, self.early = self.early, None
        if self.login is None:
            self.login = LoginController(self.ops, self.org_name(), early and early.view,
                                         self.settings.page_size)
            self.login.signed_in.connect(self._signed_in)
            self.pages.addWidget(self.login.view)
            self._reserve().watch_typing(self.login.view.username, self.login.view.password)
        else:
            self.login.reset(self.org_name())
        self.pages.setCurrentWidget(self.login.view)
        if early is not None and early.hand_over():  # Enter pressed while the database opened
            self.login.submit()  # (its statements are compiled by the sign-in: no warm-up)
        else:
            if early is None:
                self.login.view.username.setFocus()
            branch = self._office[0].branch_code if self._office else None
            self._reserve().warm(self.ops, self.settings.page_size, branch)
        self._reserve().fill()

    def _reserve(self):  # noqa: ANN202 - ViewReserve (imported when first needed)
        from desk_app.ui.view_reserve import ViewReserve

        if self.view_reserve is None:
            self.view_reserve = ViewReserve(self.settings.language, self._waiting_for_sign_in,
                                            parent=self)
        return self.view_reserve

    def _waiting_for_sign_in(self) -> bool:
        """The sign-in page is in view and nothing of the desk's runs (a password being checked
        included): the moment to build the next session's screens."""
        return (self.login is not None and self.pages.currentWidget() is self.login.view
                and self.ops is not None and self.ops.quiet())

    def _signed_in(self, session: Session) -> None:
        self._office = (session.installation, session.profile)
        self._permissions = session.permissions
        if self.ask_policy and session.policy_pending is not None:
            self._ask_policy(session)
            return
        self.enter_shell(session.actor, first_screen(session.actor.role),
                         first_page=session.first_page)

    def _ask_policy(self, session: Session) -> None:
        """The policy to acknowledge before the desk (first sign-in, or a new version)."""
        from desk_app.ui.policy_ack import PolicyAckController

        assert self.ops is not None
        actor = session.actor
        self.policy_ack = PolicyAckController(self.ops, actor, session.policy_pending,
                                              self.settings.language)
        self.policy_ack.acknowledged.connect(
            lambda: (self._drop_policy_page(), self.enter_shell(actor, first_screen(actor.role))))
        self.policy_ack.declined.connect(self.sign_out_now)
        self.pages.addWidget(self.policy_ack.view)
        self.pages.setCurrentWidget(self.policy_ack.view)
        self.logout_button.show()

    def enter_shell(self, actor: Actor, screen: str = "registry",
                    office: tuple[Installation, object] | None = None,
                    permissions: object = None, first_page: object = None) -> Shell:
        """The shell for ``actor``; ``office`` (installation, profile) as read at sign-in or at
        start (the composition root passes it when it signs in by itself)."""
        from desk_app.ui.context import UiContext
        from desk_app.ui.online_watch import OnlineFormsWatch
        from desk_app.ui.outbox_sender import OutboxSender
        from desk_app.ui.shell import Shell

        self._office = office or self._office
        assert self.ops is not None and self._office is not None, "start() has not finished"
        installation, profile = self._office
        self._permissions = permissions or self._permissions
        ctx = UiContext(self.ops, self.settings, actor, self.dialogs, installation, profile,
                        self.clock)
        if self._permissions is not None:
            ctx.permissions = self._permissions  # as read at sign-in (login.open_session)
        if screen == "registry":  # its first page, read with the sign-in: only this instant
            ctx.first_page = first_page
        if self.view_reserve is not None:
            self.view_reserve.stop()
        self.shell = Shell(ctx, views=self.view_reserve)
        self.shell.kiosk_requested.connect(self.enter_kiosk)
        OutboxSender(self.ops, parent=self.shell)  # sends queued messages while signed in
        if ctx.may("arrivals.review"):  # reads the online-forms folder, counts what waits
            OnlineFormsWatch(ctx, self.shell.set_badge, parent=self.shell)
        self.pages.addWidget(self.shell)
        self.pages.setCurrentWidget(self.shell)
        self.user_label.setText(self.tr("%1 — branch %2").replace(
            "%1", "\u2068" + (actor.full_name or actor.username) + "\u2069")
                                .replace("%2", ctx.installation.branch_code))
        self.logout_button.show()
        self.setWindowTitle(self.tr("Beneficiary Desk") + " — " + self.org_name())
        self._watch_backups()
        self._watch_sync()
        from desk_app.ui.idle_lock import DeskLock

        self.desk_lock = DeskLock(self, actor, self.idle_minutes)
        self.signed_in.emit(actor)
        self.shell.show_screen(screen)
        self.shell.build_ahead()  # the desk's next screens, while it is idle
        return self.shell

    def _watch_backups(self) -> None:
        from desk_app.config import backup_dir
        from desk_app.ui.backup_watch import BackupWatch

        folder = backup_dir(self.settings.db_url)
        if self.backup_watch is None and folder is not None and self.ops is not None:
            # (none for a database server, which has its own backups)
            self.backup_watch = BackupWatch(self.ops, folder, self.settings.language, self)
            self.statusBar().addWidget(self.backup_watch.label)
            self.backup_watch.start()

    def _watch_sync(self) -> None:
        from desk_app.ui.sync_status import SyncStatus

        if self.sync_status is None and self.ops is not None:
            self.sync_status = SyncStatus(self.ops, self.settings.language, self)
            self.statusBar().addWidget(self.sync_status.label)
            self.sync_status.start()

    def show_server_state(self, up: bool) -> None:
        """The office server went away (a banner that stays until it is back) or came back."""
        self.server_label.setVisible(not up)

    def sign_out(self) -> None:
        """Sign out, after the unsaved-changes guard (a save first, or nothing)."""
        unsaved.go(self.form_in_view(), self.dialogs, self.sign_out_now)

    def form_in_view(self) -> object | None:
        """The controller of the screen in view (what the unsaved-changes guard asks about)."""
        if self.kiosk is not None or self.pages.currentWidget() is not self.shell:
            return None
        return unsaved.screen_in_view(self.shell)

    def _drop_policy_page(self) -> None:
        if self.policy_ack is not None:
            self.pages.removeWidget(self.policy_ack.view)
            self.policy_ack.view.deleteLater()
            self.policy_ack = None

    def sign_out_now(self) -> None:
        """Sign out without asking (the unsaved-changes guard has been passed)."""
        if self.desk_lock is not None:
            self.desk_lock.stop()
            self.desk_lock = None
        self._drop_policy_page()
        if self.backup_watch is not None and self.shell is not None:
            self.backup_watch.signed_out()  # the last user of the database: one more backup
        if self.shell is not None:
            self.pages.removeWidget(self.shell)
            self.shell.dispose()
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
        language = "en" if self.settings.language == "ar" else "ar"
        unsaved.go(self.form_in_view(), self.dialogs,
                   lambda: self.language_change_requested.emit(language))

    # --- window state ----------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        value = QSettings().value("window/geometry")
        if isinstance(value, QByteArray) and not value.isEmpty():
            self.restoreGeometry(value)
        else:
            self.resize(1366, 768)
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None and not self.isMaximized() and not self.isFullScreen():
            saved = self.geometry() if value else None
            self.setGeometry(window_place.fit(saved, screen.availableGeometry()))

    def _close_after_save(self) -> None:
        QTimer.singleShot(0, self.close)  # not inside the save's callback

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802
        if self.kiosk is not None and not self._quitting:
            # Only a staff password ends kiosk mode: the close button and Alt+F4 do not.
            # The application itself may still quit (end of session, the smoke start).
            event.ignore()
            return
        if self.desk_lock is not None and self.desk_lock.locked and not self._quitting:
            # Locked: only the person's password (or a sign-out) decides about their form.
            if not self.desk_lock.may_close():
                event.ignore()
                return
        elif not self._quitting and unsaved.leave(self.form_in_view(), self.dialogs,
                                                self._close_after_save) is not unsaved.Outcome.GO:
            event.ignore()  # kept open: cancelled, or closing once the save succeeded
            return
        QSettings().setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)


def _office(db: object) -> tuple[Installation, object] | None:
    """This office's installation and profile, or None before the first start."""
    from desk_app.services import installation
    from desk_app.services import profile as profile_service

    if not installation.is_initialised(db):
        return None
    return installation.get(db), profile_service.current(db)
