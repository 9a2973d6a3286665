"""Composition root: settings → window → database → services → screens. Dependencies are
passed explicitly; nothing global but the QApplication itself.

Start-up order is chosen for speed at the desk: the window is shown first (Qt only), then the
database layer is imported and opened, then the sign-in page or the screens are built. Modules
that pull in SQLAlchemy are therefore imported inside :func:`run_gui`, after the first paint.
"""

from __future__ import annotations

import json
import os
import sys
import time
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desk_app import i18n, memory
from desk_app.config import APP_AUTHOR, APP_NAME, RESOURCES, Settings
from desk_app.ui import style, wheel_guard
from desk_app.ui.main_window import MainWindow
from desk_app.ui.navigation import first_screen

SMOKE_TIMEOUT_MS = 120_000
EXIT_WAIT_MS = 10_000  # at most, for the jobs still running when the window closes


class _FirstPaint(QObject):
    """Notes when the window is first painted (for start-up timing)."""

    def __init__(self, t0: float):
        super().__init__()
        self.t0, self.at = t0, None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if self.at is None and event.type() == QEvent.Type.Paint:
            self.at = time.perf_counter() - self.t0
        return False


class _ServerState(QObject):
    """Carries the listener thread's "server up / down" to the GUI thread (queued signal)."""

    changed = Signal(bool)


class DeskApplication:
    """Holds the window; rebuilds it when the language changes."""

    def __init__(self, app: QApplication, db, settings: Settings):  # noqa: ANN001
        self.app, self.db, self.settings = app, db, settings
        self.window: MainWindow | None = None
        self.listener = None  # other desks' saves, on the office server
        self.server_state = _ServerState()
        self.server_state.changed.connect(
            lambda up: self.window.show_server_state(up) if self.window else None)

    def watch(self, db) -> None:  # noqa: ANN001 - the storage layer's Database
        """On the office server, hear what other desks save (LISTEN/NOTIFY): open screens
        refresh through the change notice, and the window says when the server is away."""
        from desk_app.services.changes import kinds_of
        from desk_app.storage import postgres, postgres_listen

        if self.listener is not None:
            self.listener.stop()
            self.listener = None
        if not postgres.is_postgres(db.url):
            return

        def heard(tables: frozenset[str]) -> None:
            window = self.window
            if window is not None and window.ops is not None:
                window.ops.hub.announce(kinds_of(tables))  # thread-safe

        self.listener = postgres_listen.ChangeListener(
            db.url, heard, self.server_state.changed.emit).start()

    def build(self) -> MainWindow:
        clock = self.db.clock if self.db is not None else datetime.now
        self.window = MainWindow(self.db, self.settings, clock=clock)
        self.window.language_change_requested.connect(self.switch_language)
        self.window.database_changed.connect(self.use_database)
        return self.window

    def use_database(self, db) -> None:  # noqa: ANN001 - the storage layer's Database
        """The first-start screen connected this desk to the office server."""
        old, self.db = self.db, db
        self.settings = Settings(db.url, self.settings.language, self.settings.page_size,
                                 self.settings.scan_limit_bytes)
        if old is not None and old is not db:
            old.dispose()
        self.watch(db)

    def switch_language(self, language: str) -> None:
        old = self.window
        ctx = old.shell.ctx if old and old.shell else None
        screen = _nav_screen_in_view(old)
        QSettings().setValue("language", language)
        self.settings = Settings(self.settings.db_url, language, self.settings.page_size,
                                 self.settings.scan_limit_bytes)
        i18n.install(self.app, language)
        window = self.build()
        if old is not None:
            window.setGeometry(old.geometry())
            old.close()
            old.deleteLater()
        if ctx is not None:  # the same screen, in the other language
            window.enter_shell(ctx.actor, screen, office=(ctx.installation, ctx.profile),
                               permissions=ctx.permissions)
        else:
            window.start()
        window.show()


def _nav_screen_in_view(window: MainWindow | None) -> str:
    """The side-bar screen in view (a record's own page falls back to the registry)."""
    shell = window.shell if window is not None else None
    if shell is None:
        return "registry"
    current = shell.stack.currentWidget()
    for name, ctl in shell.controllers.items():
        if ctl.view is current and shell.specs[name].in_nav:
            return name
    return "registry"


def run_gui(settings: Settings, *, smoke: bool = False, user: str | None = None,
            screen: str | None = None, screenshot: str | None = None, size: str = "1366x768",
            list_screens: bool = False, t0: float | None = None) -> int:
    t0 = t0 if t0 is not None else time.perf_counter()
    if list_screens or screen:
        from desk_app.ui import navigation

        if list_screens:
            print("\n".join(navigation.names()))
            return 0
        if screen not in navigation.names():
            print(f"desk-app: unknown screen {screen!r}; known: {', '.join(navigation.names())}",
                  file=sys.stderr)
            return 2
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationName(APP_NAME)
    app.setWindowIcon(QIcon(str(RESOURCES / "icons" / "desk-app.png")))  # title and task bars
    if not os.environ.get("DESK_APP_LANG") and settings.language == "ar" and "--lang" not in sys.argv:
        remembered = QSettings().value("language")
        if remembered in ("ar", "en"):
            settings = Settings(settings.db_url, str(remembered), settings.page_size,
                                settings.scan_limit_bytes)
    i18n.install(app, settings.language)
    style.apply(app)
    wheel_guard.install(app)
    desk = DeskApplication(app, None, settings)
    window = desk.build()
    painter = _FirstPaint(t0)
    window.installEventFilter(painter)
    from desk_app.ui import crash

    crash.install(crash.Net(window.dialogs.error, stop=app.exit if smoke else None))
    if smoke:
        w, _, h = size.partition("x")
        window.resize(int(w), int(h))
    window.show()
    app.processEvents()  # the window is on screen before the database layer loads
    memory.limit_arenas()  # after the first paint, before the workers start (memory.py)

    from desk_app.services import encryption

    go_on = lambda: _open_and_start(desk, window, settings, smoke, user, screen,  # noqa: E731
                                    screenshot, painter, t0)
    if encryption.state(settings.db_url) == encryption.LOCKED and \
            not encryption.unlock_from_keystore(settings.db_url):
        given = os.environ.get("DESK_APP_PASSPHRASE")
        if given is None and not smoke:  # the passphrase page, then on as usual
            window.show_unlock(settings.db_url,
                               lambda: None if (code := go_on()) is None else app.exit(code))
            return _finished(app.exec())
        try:  # --smoke, screenshots: from the environment like the other commands
            encryption.unlock(settings.db_url, given or "")
        except encryption.WrongKey:
            print("desk-app: wrong or missing passphrase (DESK_APP_PASSPHRASE) for the "
                  "encrypted database", file=sys.stderr)
            return 1
    code = go_on()
    return _finished(app.exec() if code is None else code)


def _finished(code: int) -> int:
    """The event loop has ended: let the jobs still running on the desk's pool end before the
    interpreter does (a warm-up or a query running Python on a worker while Python shuts down
    crashed the process: seen once in 30 quick starts and stops of the sign-in page at 1M)."""
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(EXIT_WAIT_MS)
    return code


def _open_and_start(desk: DeskApplication, window: MainWindow, settings: Settings, smoke: bool,
                    user: str | None, screen: str | None, screenshot: str | None,
                    painter: _FirstPaint, t0: float) -> int | None:
    """Open the database and show the first page; None when the event loop is to run on
    (or already runs: after the passphrase page), else the exit status."""
    from desk_app.storage.db import Database, StorageError
    from desk_app.ui.login import open_session

    try:
        db = Database.open(settings.db_url)
    except StorageError as exc:
        print(f"desk-app: cannot open the database ({exc.code}): {exc.detail}", file=sys.stderr)
        if not smoke:
            from desk_app.ui.messages import storage_message

            window.dialogs.error(window.tr("Beneficiary Desk"), storage_message(exc))
        return 1
    desk.db = db
    if db.upgrade_notice is not None and not smoke:
        # the upgrade made a verified backup first: say so, and where it is (issue 11)
        window.dialogs.info(window.tr("Beneficiary Desk"),
                            db.upgrade_notice.text(settings.language))
    window.attach(db, db.clock)
    desk.watch(db)
    session = None
    if user:  # signing in from the command line (smoke runs, screenshots): before the loop
        session = open_session(db, user, os.environ.get("DESK_APP_PASSWORD", ""))
        if session is None:
            print(f"desk-app: cannot sign in as {user!r} (wrong user or DESK_APP_PASSWORD)",
                  file=sys.stderr)
            return 1
    if not smoke:
        if session:
            window.enter_shell(session.actor, screen or first_screen(session.actor.role),
                               office=(session.installation, session.profile),
                               permissions=session.permissions)
        else:
            window.start()
        return None
    app = QApplication.instance()
    code = _finished(_smoke(app, window, session, screen, screenshot, painter, t0))
    db.dispose()  # after the jobs that use it
    return code


def _smoke(app: QApplication, window: MainWindow, session, screen: str | None,  # noqa: ANN001
           screenshot: str | None, painter: _FirstPaint, t0: float) -> int:
    result = {"code": 1}

    def finish() -> None:
        app.processEvents()
        if screenshot:
            window.grab().save(screenshot)
        timings = {"first_paint_s": round(painter.at or 0.0, 4),
                   "ready_s": round(time.perf_counter() - t0, 4),
                   "page": "shell" if session else "login"}
        print(json.dumps(timings))
        result["code"] = 0
        app.quit()

    def begin() -> None:
        if session is None:
            window.started.connect(lambda: QTimer.singleShot(0, finish))
            window.start()
            return
        target = screen or first_screen(session.actor.role)
        shell = window.enter_shell(session.actor, "registry",
                                   office=(session.installation, session.profile),
                                   permissions=session.permissions)
        shell.screen_loaded.connect(lambda name: QTimer.singleShot(0, finish)
                                    if name == target else None)
        if target != "registry":
            shell.show_screen(target)

    QTimer.singleShot(0, begin)
    QTimer.singleShot(SMOKE_TIMEOUT_MS, app.quit)
    app.exec()
    return result["code"]
