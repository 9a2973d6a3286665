"""The one way a screen calls the application: off the GUI thread, with default error handling.

A screen describes an **action** (a write) or a **query** (a read) as a small function that
receives the application handle (what the services take first; the screen never holds it) and
returns plain data. The runner executes it on a worker thread (``QThreadPool``), shows the
calling button busy and disabled until it ends, and hands the result to ``done`` on the GUI
thread. By default, so that a screen writes none of it:

- ``ValidationFailed``: each message under its field's ``FieldBox`` (the rest on the banner);
- ``StorageError``: the sentence on the screen's banner (a dialog when it has none);
- anything else: one error dialog (through ``ui/dialogs.py``), details in the log.

One action at a time per screen: a second one while the first runs is ignored (no double
submit). Queries may be latest-wins by key (a search typed on overtakes the older one).
After an action the runner announces which kinds of records changed on :class:`ChangeHub`;
open screens showing them refresh. Modelled on Anki's ``CollectionOp`` / ``QueryOp``.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QRunnable,
    Qt,
    QThread,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from desk_app.domain.permissions import PermissionDenied
from desk_app.domain.validation import ValidationFailed
from desk_app.services.errors import StorageError
from desk_app.ui import gui_gc
from desk_app.ui.dialogs import Dialogs
from desk_app.ui.messages import field_message, permission_message, storage_message
from desk_app.ui.widgets.fields import FieldBox, show_banner

log = logging.getLogger(__name__)

Handle = Any  # the services' application handle; only the runner holds it
Op = Callable[[Handle], Any]

#: A list entered again shows the rows it holds, without asking again, when they were delivered
#: less than this many seconds ago and nothing was saved at this desk (nor announced by another
#: one) since: switching back and forth between two lists asked for both at every switch (a
#: search over the registry, the waiting list's counts) and painted each twice (issue 23).
#: Older rows, or any save in between, are asked for again, as before.
FRESH_S = 30.0

# Kinds of records an action may change (what the change notice carries).
BENEFICIARY, REQUEST, COMPLAINT, DOCUMENT, SURVEY = (
    "beneficiary", "request", "complaint", "document", "survey")
STAFF, PROFILE = "staff", "profile"


class ChangeHub(QObject):
    """Announces which kinds of records changed, on the GUI thread.

    The runner feeds it after every action; anything else that learns of changes (another desk,
    through a future PostgreSQL ``LISTEN/NOTIFY``) calls :meth:`announce` too, from any thread.
    """

    changed = Signal(object)  # frozenset[str]
    _incoming = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        # A bound method of this object: queued onto the hub's thread when emitted elsewhere.
        self._incoming.connect(self._deliver)

    def announce(self, kinds: Iterable[str]) -> None:
        kinds = frozenset(kinds)
        if not kinds:
            return
        if QThread.currentThread() is self.thread():
            self.changed.emit(kinds)  # at once, so the refreshes start before the caller returns
        else:
            self._incoming.emit(kinds)

    def _deliver(self, kinds: frozenset[str]) -> None:
        self.changed.emit(kinds)


class _Relay(QObject):
    finished = Signal(int, bool, object)  # ticket, succeeded, value or exception


class _Job(QRunnable):
    def __init__(self, ticket: int, fn: Op, handle: Handle, relay: _Relay):
        super().__init__()
        self.ticket, self.fn, self.handle, self.relay = ticket, fn, handle, relay

    def run(self) -> None:
        try:
            value, ok = self.fn(self.handle), True
        except Exception as exc:  # handed to the GUI thread, which decides what people see
            value, ok = exc, False
        # PySide's pool may keep this wrapper a while after the run: without what it closes
        # over (a screen's controller, the office's profile, a form's values).
        self.fn = self.handle = None  # type: ignore[assignment]
        try:
            self.relay.finished.emit(self.ticket, ok, value)
        except RuntimeError:
            log.info("operation finished after its runner was closed (signed out)")


# A long job's thread niceness on Linux: low, not the lowest, so that while it holds the
# interpreter lock for a moment between two SQLite calls it is not starved with the GUI thread
# waiting for that lock (the daily full check of the backups, which never needs the lock, runs
# in a process of its own at 19). Qt's LowPriority does nothing on Linux.
NICENESS = 10


def lower_this_thread() -> None:
    """On Linux niceness is per thread: lower this one's (never raised back: the long-job pool
    is used for nothing else)."""
    if sys.platform.startswith("linux"):
        tid = threading.get_native_id()
        try:
            os.setpriority(os.PRIO_PROCESS, tid, max(NICENESS, os.getpriority(os.PRIO_PROCESS,
                                                                              tid)))
        except OSError:
            pass  # not allowed here: the job runs at the desk's priority


class Ops(QObject):
    """The application-wide runner: holds the handle, the pool and the change hub."""

    def __init__(self, handle: Handle, dialogs: Dialogs, hub: ChangeHub | None = None,
                 pool: QThreadPool | None = None, parent: QObject | None = None):
        super().__init__(parent)
        gui_gc.install()  # its workers must never run Python's cycle collector (gui_gc.py)
        self._handle, self.dialogs = handle, dialogs
        self.hub = hub or ChangeHub(self)
        self._pool = pool or QThreadPool.globalInstance()
        self._relay = _Relay(self)
        self._relay.finished.connect(self._finished)
        self._ticket = 0
        self._waiting: dict[int, Callable[[bool, object], None]] = {}
        self._on_desk: set[int] = set()  # tickets on the desk's own pool
        self.writes = 0  # saves made here or announced: rows delivered before them are old
        self.hub.changed.connect(self._heard)
        self.now = time.monotonic
        self._long_pool: QThreadPool | None = None

    def _heard(self, _kinds: frozenset[str]) -> None:
        self.writes += 1

    def idle(self) -> bool:
        """No job running or waiting to be delivered (tests wait on this)."""
        return not self._waiting

    def quiet(self) -> bool:
        """No job of the desk's own pool running or waiting to be delivered: what the screens
        wait for. A job on a pool of its own (the automatic backup, minutes at 1M) is not."""
        return not self._on_desk

    def for_screen(self, view: QWidget, banner: QLabel | None = None,
                   boxes: Mapping[str, FieldBox] | None = None) -> ScreenOps:
        return ScreenOps(self, view, banner, boxes)

    def start(self, fn: Op, deliver: Callable[[bool, object], None],
              pool: QThreadPool | None = None, waited: bool = True) -> int:
        """Run ``fn`` on the desk's pool, or on ``pool`` (a long job such as a backup has its
        own, so it never holds a thread the screens' queries wait for). ``waited=False``: a job
        nobody waits for (a warm-up), which :meth:`quiet` does not count."""
        self._ticket += 1
        gui_gc.note_activity()
        self._waiting[self._ticket] = deliver
        if pool is None and waited:
            self._on_desk.add(self._ticket)
        (pool or self._pool).start(_Job(self._ticket, fn, self._handle, self._relay))
        return self._ticket

    @property
    def long_pool(self) -> QThreadPool:
        """One low-priority thread for jobs of minutes (a backup, its restore drill)."""
        if self._long_pool is None:
            self._long_pool = QThreadPool(self)
            self._long_pool.setMaxThreadCount(1)
            self._long_pool.setThreadPriority(QThread.Priority.LowPriority)
        return self._long_pool

    def start_long(self, fn: Op, deliver: Callable[[bool, object], None]) -> int:
        """Run a job of minutes on :attr:`long_pool`: never on a thread the screens wait for
        (at 1M a backup holds its thread 40 s and more), one such job at a time (a second one
        queues there, not on the desk's pool), its thread's niceness lowered."""
        def low(handle: Handle) -> object:
            lower_this_thread()
            return fn(handle)

        return self.start(low, deliver, pool=self.long_pool)

    def _finished(self, ticket: int, ok: bool, value: object) -> None:
        deliver = self._waiting.pop(ticket, None)
        self._on_desk.discard(ticket)
        gui_gc.note_activity()
        if deliver is not None:
            deliver(ok, value)


@dataclass
class _Call:
    done: Callable[[Any], None] | None
    busy: tuple[QWidget, ...]
    boxes: Mapping[str, FieldBox] | None
    expect: Mapping[type[BaseException], Callable[[Any], None]]
    changes: frozenset[str] = frozenset()
    was_enabled: tuple[bool, ...] = field(default=())


class ScreenOps(QObject):
    """One screen's runner: its banner, its field boxes, its one action at a time."""

    busy_changed = Signal(bool)

    def __init__(self, ops: Ops, view: QWidget, banner: QLabel | None = None,
                 boxes: Mapping[str, FieldBox] | None = None):
        super().__init__(view)
        self.ops, self.view, self.banner, self.boxes = ops, view, banner, boxes
        self._acting = False
        self._latest: dict[str, int] = {}
        self._running = 0
        self._watch: list[tuple[frozenset[str], Callable[[], None]]] = []
        self._stale: dict[int, Callable[[], None]] = {}  # refreshes owed while out of view
        self._queries = 0  # queries started, to know if the screen refreshed itself on entry
        self._fresh: dict[str, tuple[int, float]] = {}  # key: (writes before it, delivered at)

    @property
    def acting(self) -> bool:
        return self._acting

    def on_change(self, kinds: Iterable[str], refresh: Callable[[], None]) -> None:
        """Call ``refresh`` when any of ``kinds`` changed (here or, later, at another desk).

        Connected through this runner, which dies with the screen's view: a screen closed at
        sign-out is never refreshed.
        """
        self._watch.append((frozenset(kinds), refresh))
        if len(self._watch) == 1:
            self.ops.hub.changed.connect(self._changed)

    def _changed(self, kinds: frozenset[str]) -> None:
        if not shiboken6.isValid(self.view):
            return
        due = [refresh for wanted, refresh in self._watch if wanted & kinds]
        if due and _behind_another_page(self.view):
            # A screen out of view refreshes when it is shown again, not now: a save at the
            # desk would otherwise re-run the queries of every screen opened since sign-in,
            # competing with the one the person is looking at.
            if not self._stale:
                self.view.installEventFilter(self)
            self._stale.update((id(r), r) for r in due)
            return
        for refresh in due:
            refresh()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if obj is self.view and event.type() == QEvent.Type.Show and self._stale:
            self.view.removeEventFilter(self)
            started = self._queries
            QTimer.singleShot(0, lambda: self._catch_up(started))
        return False

    def _catch_up(self, started: int) -> None:
        stale, self._stale = self._stale, {}
        if not shiboken6.isValid(self.view) or self._queries != started:
            return  # gone, or the screen refreshed itself when it was entered
        for refresh in stale.values():
            refresh()

    def action(self, fn: Op, done: Callable[[Any], None] | None = None, *,
               changes: Iterable[str] = (), busy: QWidget | Iterable[QWidget] | None = None,
               boxes: Mapping[str, FieldBox] | None = None,
               expect: Mapping[type[BaseException], Callable[[Any], None]] | None = None,
               long: bool = False) -> bool:
        """Run a write; ``False`` (and nothing run) while another action of this screen runs.
        ``long``: a job of minutes, on :meth:`Ops.start_long`."""
        if self._acting:
            return False
        self._acting = True
        boxes = self.boxes if boxes is None else boxes
        for box in (boxes or {}).values():
            box.set_error("")
        call = _Call(done, _widgets(busy), boxes, expect or {}, frozenset(changes))
        self._begin(call)
        start = self.ops.start_long if long else self.ops.start
        start(fn, lambda ok, value: self._end(call, ok, value, acting=True))
        return True

    def query(self, fn: Op, done: Callable[[Any], None], *, latest: str | None = None,
              busy: QWidget | Iterable[QWidget] | None = None,
              expect: Mapping[type[BaseException], Callable[[Any], None]] | None = None) -> int:
        """Run a read. With ``latest``, only the newest query of that key delivers its result."""
        call = _Call(done, _widgets(busy), None, expect or {})
        self._queries += 1
        self._begin(call)
        writes = self.ops.writes
        ticket = self.ops.start(fn, lambda ok, value: self._query_end(call, latest, ticket,
                                                                       ok, value, writes))
        if latest is not None:
            self._latest[latest] = ticket
            self._fresh.pop(latest, None)
        return ticket

    def delivered(self, key: str) -> None:
        """Rows for ``key`` read another way (the registry's first page, with the sign-in)
        are shown now: as fresh as a query's for :meth:`fresh`; one still running is old."""
        self._latest.pop(key, None)
        self._fresh[key] = (self.ops.writes, self.ops.now())

    def fresh(self, key: str) -> bool:
        """The rows of the newest ``key`` query on screen are recent (:data:`FRESH_S`) and
        nothing was saved since it was asked: entering the screen again need not ask again."""
        writes, at = self._fresh.get(key, (-1, 0.0))
        return (writes == self.ops.writes and self.ops.now() - at < FRESH_S
                and not self._stale)

    # --- the GUI-thread half ---------------------------------------------------------------
    def _begin(self, call: _Call) -> None:
        call.was_enabled = tuple(w.isEnabled() for w in call.busy)
        for w in call.busy:
            w.setEnabled(False)
        self._running += 1
        if self._running == 1:
            self.view.setCursor(Qt.CursorShape.BusyCursor)
            self.busy_changed.emit(True)

    def _query_end(self, call: _Call, key: str | None, ticket: int, ok: bool,
                   value: object, writes: int = 0) -> None:
        if not shiboken6.isValid(self.view):
            return  # the screen was closed meanwhile (signed out)
        if key is not None and self._latest.get(key) != ticket:
            self._settle(call)  # overtaken by a newer query of the same key: dropped
            return
        if key is not None and ok:
            self._fresh[key] = (writes, self.ops.now())
        self._end(call, ok, value, acting=False)

    def _end(self, call: _Call, ok: bool, value: object, acting: bool) -> None:
        if not shiboken6.isValid(self.view):
            return
        if acting:
            self._acting = False
            self.ops.writes += 1  # whatever it changed, rows read before it may be old
        self._settle(call)
        if not ok:
            self._fail(call, value)  # type: ignore[arg-type]
            return
        if call.done is not None:
            call.done(value)
        self.ops.hub.announce(call.changes)

    def _settle(self, call: _Call) -> None:
        for w, enabled in zip(call.busy, call.was_enabled, strict=True):
            w.setEnabled(enabled)
        self._running -= 1
        if self._running == 0:
            self.view.unsetCursor()
            self.busy_changed.emit(False)

    def _fail(self, call: _Call, exc: BaseException) -> None:
        for kind, handler in call.expect.items():
            if isinstance(exc, kind):
                handler(exc)
                return
        if isinstance(exc, ValidationFailed):
            self.show_invalid(exc, call.boxes)
        elif isinstance(exc, StorageError):
            self.show_error(storage_message(exc))
        elif isinstance(exc, PermissionDenied):  # the service refused: the table forbids it
            self.show_error(permission_message(exc))
        else:
            log.error("unexpected failure in a screen operation", exc_info=exc)
            self.ops.dialogs.error(
                QCoreApplication.translate("Ops", "Something went wrong"),
                QCoreApplication.translate("Ops", "This could not be done. Nothing was lost; the details were written to the log for the administrator."))

    def show_invalid(self, exc: ValidationFailed,
                     boxes: Mapping[str, FieldBox] | None = None) -> None:
        """Each message under its field; those for no box on this screen go to the banner."""
        boxes = self.boxes if boxes is None else boxes
        rest: list[str] = []
        by_field: dict[str, list[str]] = {}
        for e in exc.errors:
            if boxes and e.field in boxes:
                by_field.setdefault(e.field, []).append(field_message(e))
            else:
                rest.append(field_message(e))
        for name, texts in by_field.items():
            boxes[name].set_error("\n".join(texts))  # type: ignore[index]
        if rest:
            self.show_error("\n".join(rest))

    def show_error(self, text: str) -> None:
        if self.banner is not None:
            show_banner(self.banner, text, "error")
        else:
            self.ops.dialogs.error(QCoreApplication.translate("Ops", "Not done"), text)


def _behind_another_page(view: QWidget) -> bool:
    """True when ``view`` sits on a page of a stacked widget other than the page in view."""
    child, parent = view, view.parentWidget()
    while parent is not None:
        if isinstance(parent, QStackedWidget) and parent.currentWidget() is not child:
            return True
        child, parent = parent, parent.parentWidget()
    return False


def _widgets(busy: QWidget | Iterable[QWidget] | None) -> tuple[QWidget, ...]:
    if busy is None:
        return ()
    if isinstance(busy, QWidget):
        return (busy,)
    return tuple(busy)
