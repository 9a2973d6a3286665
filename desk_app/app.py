"""Composition root: settings → window → database → services → screens. Dependencies are
passed explicitly; nothing global but the QApplication itself.

Start-up order is chosen for speed at the desk: the window is shown first (Qt only), then the
database layer is imported and opened, then the sign-in page or the screens are built. Modules
that pull in SQLAlchemy are therefore imported inside :func:`run_gui`, after the first paint.
A database whose sign-in page this PC showed before gets that page in the first paint, and is
opened on a worker thread behind it while the person types (``ui/early_login.py``, issue 23).
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from datetime import datetime
from functools import partial
from typing import NamedTuple

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desk_app import i18n, memory
from desk_app.config import APP_AUTHOR, APP_NAME, RESOURCES, Settings
from desk_app.ui import early_login, style, wheel_guard
from desk_app.ui.main_window import MainWindow
from desk_app.ui.navigation import first_screen

SMOKE_TIMEOUT_MS = 120_000
EXIT_WAIT_MS = 10_000  # at most, for the jobs still running when the window closes


class _FirstPaint(QObject):
    """Notes when the window is first painted (for start-up timing)."""

    def __init__(self, t0: float):
        super().__init__()
        self.t0, self.at = t0, None
        self.storage_loaded = False  # was the database layer imported by then (--smoke says)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if self.at is None and event.type() == QEvent.Type.Paint:
            self.at = time.perf_counter() - self.t0
            self.storage_loaded = "sqlalchemy" in sys.modules
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
        self.window.started.connect(partial(early_login.note, self.window))
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
    style.serial_fills()  # before the QApplication (ui/style.py)
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
    start = _Start(desk, window, settings, smoke, user, screen, screenshot, painter, t0)
    name = None if user else early_login.remembered(settings.db_url, settings.language)
    if name is not None:  # this database's sign-in page, before the database layer loads
        window.show_sign_in_early(name)
        start.watch_sign_in_page(window.early.view)
    window.show()
    app.processEvents()  # the window is on screen before the database layer loads
    memory.limit_arenas()  # after the first paint, before the workers start (memory.py)
    if name is not None:
        return start.behind_sign_in_page()
    return start.now()


def _finished(code: int) -> int:
    """The event loop has ended: let the jobs still running on the desk's pool end before the
    interpreter does (a warm-up or a query running Python on a worker while Python shuts down
    crashed the process: seen once in 30 quick starts and stops of the sign-in page at 1M)."""
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(EXIT_WAIT_MS)
    return code


class _Opened(QObject):
    """Carries what the opening worker found (a Database, a StorageError, LOCKED or an
    unexpected exception) to the GUI thread."""

    done = Signal(object)


_LOCKED = "locked"


def _open_database(url: str) -> object:
    """On a worker: load the database layer and open the database (nothing of Qt's widgets)."""
    from desk_app.services import encryption
    from desk_app.storage.db import Database, StorageError

    try:
        if encryption.state(url) == encryption.LOCKED and \
                not encryption.unlock_from_keystore(url):
            return _LOCKED
        db = Database.open(url)
        import desk_app.ui.login  # noqa: F401 - what the sign-in page's controller loads
    except StorageError as exc:
        return exc
    except Exception as exc:  # noqa: BLE001 - raised again on the GUI thread (crash net)
        return _Unexpected(exc)
    return db


class _Unexpected(NamedTuple):
    error: Exception


class _Start:
    """One start of the window: the database opened (here or behind the sign-in page), then
    the first page, or the smoke run's timing."""

    def __init__(self, desk: DeskApplication, window: MainWindow, settings: Settings,
                 smoke: bool, user: str | None, screen: str | None, screenshot: str | None,
                 painter: _FirstPaint, t0: float):
        self.desk, self.window, self.settings = desk, window, settings
        self.smoke, self.user, self.screen, self.screenshot = smoke, user, screen, screenshot
        self.painter, self.t0 = painter, t0
        self.sign_in_paint = _FirstPaint(t0)  # the sign-in page's own first paint
        self.app = QApplication.instance()
        self.in_loop = False
        self.opened = _Opened()
        window.started.connect(self._started)

    def _started(self) -> None:
        login = self.window.login
        if login is not None and self.sign_in_paint.at is None:
            self.watch_sign_in_page(login.view)

    def watch_sign_in_page(self, view: QObject) -> None:
        view.installEventFilter(self.sign_in_paint)

    def now(self) -> int:
        """Open the database on the GUI thread (a first start here, a command-line sign-in)."""
        from desk_app.services import encryption

        if encryption.state(self.settings.db_url) == encryption.LOCKED and \
                not encryption.unlock_from_keystore(self.settings.db_url):
            return self._locked()
        code = self.go_on()
        return _finished(self.app.exec() if code is None else code)

    def behind_sign_in_page(self) -> int:
        """The sign-in page is up: the database opens on a worker while the person types."""
        self.in_loop = True
        self.opened.done.connect(self._opened)
        opener = threading.Thread(target=lambda: self.opened.done.emit(
            _open_database(self.settings.db_url)), name="open-database", daemon=True)
        opener.start()
        code = self.app.exec()
        opener.join(EXIT_WAIT_MS / 1000)  # closed while it opened: not mid-import at exit
        code = _finished(code)
        if self.smoke and self.desk.db is not None:
            self.desk.db.dispose()
        return code

    def _opened(self, found: object) -> None:
        if isinstance(found, _Unexpected):
            raise found.error
        if found is _LOCKED:
            self._locked()
            return
        code = self.go_on(found)
        if code is not None:
            self.app.exit(code)

    def _locked(self) -> int | None:
        """An encrypted database whose key this PC does not keep: its passphrase page."""
        from desk_app.services import encryption

        given = os.environ.get("DESK_APP_PASSPHRASE")
        if given is None and not self.smoke:  # the passphrase page, then on as usual
            self.window.show_unlock(self.settings.db_url, self._unlocked)
            return None if self.in_loop else _finished(self.app.exec())
        try:  # --smoke, screenshots: from the environment like the other commands
            encryption.unlock(self.settings.db_url, given or "")
        except encryption.WrongKey:
            print("desk-app: wrong or missing passphrase (DESK_APP_PASSPHRASE) for the "
                  "encrypted database", file=sys.stderr)
            if self.in_loop:
                self.app.exit(1)
            return 1
        if self.in_loop:
            self._opened(_open_database(self.settings.db_url))
            return None
        code = self.go_on()
        return _finished(self.app.exec() if code is None else code)

    def _unlocked(self) -> None:
        code = self.go_on()
        if code is not None:
            self.app.exit(code)

    def go_on(self, found: object = None) -> int | None:
        """Open the database (unless ``found`` already) and show the first page; None when the
        event loop is to run on (or already runs), else the exit status."""
        from desk_app.storage.db import Database, StorageError
        from desk_app.ui.login import open_session

        window, settings, smoke = self.window, self.settings, self.smoke
        try:
            if isinstance(found, StorageError):
                raise found
            db = found if found is not None else Database.open(settings.db_url)
        except StorageError as exc:
            print(f"desk-app: cannot open the database ({exc.code}): {exc.detail}",
                  file=sys.stderr)
            if not smoke:
                from desk_app.ui.messages import storage_message

                window.dialogs.error(window.tr("Beneficiary Desk"), storage_message(exc))
            return 1
        self.desk.db = db
        if db.upgrade_notice is not None and not smoke:
            # the upgrade made a verified backup first: say so, and where it is (issue 11)
            window.dialogs.info(window.tr("Beneficiary Desk"),
                                db.upgrade_notice.text(settings.language))
        window.attach(db, db.clock)
        self.desk.watch(db)
        session = None
        if self.user:  # signing in from the command line (smoke runs, screenshots)
            session = open_session(db, self.user, os.environ.get("DESK_APP_PASSWORD", ""),
                                   settings.page_size)
            if session is None:
                print(f"desk-app: cannot sign in as {self.user!r} (wrong user or "
                      "DESK_APP_PASSWORD)", file=sys.stderr)
                return 1
        if not smoke:
            if session:
                window.enter_shell(session.actor, self.screen or first_screen(session.actor.role),
                                   office=(session.installation, session.profile),
                                   permissions=session.permissions, first_page=session.first_page)
            else:
                window.start()
            return None
        self._smoke(session)
        if self.in_loop:
            return None
        code = _finished(self.app.exec())
        db.dispose()  # after the jobs that use it
        return code

    def _smoke(self, session) -> None:  # noqa: ANN001
        """Show the first page, print the timings and quit (exit status 0; 1 on a timeout)."""
        app, window = self.app, self.window

        def finish() -> None:
            app.processEvents()
            if self.screenshot:
                window.grab().save(self.screenshot)
            timings = {"first_paint_s": round(self.painter.at or 0.0, 4),
                       "ready_s": round(time.perf_counter() - self.t0, 4),
                       "page": "shell" if session else "login"}
            if session is None:  # the sign-in page's own paint, and what was loaded by then
                timings["sign_in_paint_s"] = round(self.sign_in_paint.at or 0.0, 4)
                timings["storage_at_sign_in_paint"] = self.sign_in_paint.storage_loaded
                timings["first_start"] = window.first_run is not None
            print(json.dumps(timings))
            app.exit(0)

        def begin() -> None:
            if session is None:
                window.started.connect(lambda: QTimer.singleShot(0, finish))
                window.start()
                return
            target = self.screen or first_screen(session.actor.role)
            # (connected as the shell is made: the registry may show its page at once)
            window.signed_in.connect(lambda _actor: window.shell.screen_loaded.connect(
                lambda name: QTimer.singleShot(0, finish) if name == target else None))
            shell = window.enter_shell(session.actor, "registry",
                                       office=(session.installation, session.profile),
                                       permissions=session.permissions,
                                       first_page=session.first_page)
            if target != "registry":
                shell.show_screen(target)

        QTimer.singleShot(0, begin)
        QTimer.singleShot(SMOKE_TIMEOUT_MS, lambda: app.exit(1))
