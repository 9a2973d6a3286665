"""Fresh screens, built while the sign-in page waits for the next person (issue 23).

Signing in used to build the desk's screens after the password was checked: the registry on the
way to its first page, then the file form, the request screen and the two lists one after the
other, each a few hundred widgets (0.1–0.3 s of the GUI thread apiece), while the person was
already pressing keys. Their widgets depend on nothing but the language, so they are built here
while the sign-in page is up (at start-up and after each sign-out) and handed to the next
session's screens, which only fill them. A view is handed out once and never shown before: no
data of one session can reach the next.

The reserve builds one view per tick, and only while the sign-in page is in view, no background
job of the window runs and no key was pressed for :data:`QUIET_MS` (a person typing is not kept
waiting by a form being built). The screens' modules are imported on the way (what the first
sign-in of the day would pay for).
"""

from __future__ import annotations

import importlib
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from desk_app import memory

#: The screens reserved, in the order the desk reaches them; each with its view's class and
#: whether it takes the language.
VIEWS: dict[str, tuple[str, bool]] = {
    "registry": ("desk_app.ui.screens.registry:RegistryView", False),
    "beneficiary": ("desk_app.ui.screens.beneficiary_view:BeneficiaryView", True),
    "request": ("desk_app.ui.screens.request_view:RequestView", True),
    "waiting": ("desk_app.ui.screens.waiting:WaitingView", False),
    "complaints": ("desk_app.ui.screens.complaints_board:ComplaintsBoardView", True),
}
#: What the session's first moments import besides the screens (the shell and its watchers).
MODULES = ("desk_app.ui.shell", "desk_app.ui.context", "desk_app.ui.online_watch",
           "desk_app.ui.outbox_sender", "desk_app.ui.sync_status", "desk_app.ui.backup_watch",
           "desk_app.ui.idle_lock", "desk_app.ui.screens.registry",
           "desk_app.ui.screens.beneficiary", "desk_app.ui.screens.request",
           "desk_app.ui.screens.waiting", "desk_app.ui.screens.complaints_board",
           "phonenumbers")  # read at the first mobile typed (domain/identifiers.py)
TICK_MS = 40  # between two pieces of work: paints and input come first
QUIET_MS = 400  # no piece of work sooner than this after a key press


class ViewReserve(QObject):
    """One unused view per screen of :data:`VIEWS`, built while ``ready()`` says the desk waits
    for someone (the sign-in page is in view, nothing runs)."""

    def __init__(self, lang: str, ready: Callable[[], bool], parent: QObject | None = None,
                 clock: Callable[[], float] = time.monotonic):
        super().__init__(parent)
        self.lang, self.ready, self.clock = lang, ready, clock
        self._views: dict[str, QWidget] = {}
        self._todo: list[str] = []
        self._typed_at = -QUIET_MS / 1000
        self._warmed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._next)

    def watch_typing(self, *widgets: QWidget) -> None:
        """Note the key presses on ``widgets`` (the sign-in page's fields)."""
        for w in widgets:
            w.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress:
            self._typed_at = self.clock()
        return False

    def fill(self) -> None:
        """Start building what is missing (the modules first, then the views)."""
        self._todo = [*(m for m in MODULES), *(n for n in VIEWS if n not in self._views)]
        self._timer.start()

    def warm(self, ops: object, page_size: int, branch_code: str | None) -> None:
        """Once per window: the database side of the first sign-in (``services.warm``), off the
        GUI thread, while the views are built here."""
        if self._warmed:
            return
        self._warmed = True
        from desk_app.services import warm

        ops.start(lambda db: warm.before_sign_in(db, page_size, branch_code),  # type: ignore[attr-defined]
                  lambda _ok, _value: None, waited=False)

    def stop(self) -> None:
        """Someone signed in: nothing more is built until the sign-in page is back."""
        self._todo = []
        self._timer.stop()

    def take(self, name: str) -> QWidget | None:
        """The unused view for ``name`` (never handed out twice), or None: build your own."""
        return self._views.pop(name, None)

    def built(self) -> dict[str, QWidget]:
        """The views waiting to be handed out, by screen."""
        return dict(self._views)

    def _next(self) -> None:
        if not self._todo:
            return
        quiet = self.clock() - self._typed_at >= QUIET_MS / 1000
        if not (quiet and self.ready()):
            self._timer.start()
            return
        item = self._todo.pop(0)
        while item not in VIEWS and item in sys.modules and self._todo:
            item = self._todo.pop(0)  # a module imported already: no tick spent on it
        if item in VIEWS:
            self._views[item] = self._build(item)
        else:
            importlib.import_module(item)
        if self._todo:
            self._timer.start()
        else:  # the last session's screens are long deleted: their memory back to the system
            memory.give_back()

    def _build(self, name: str) -> QWidget:
        target, takes_lang = VIEWS[name]
        module, _, cls = target.partition(":")
        view_class = getattr(importlib.import_module(module), cls)
        view = view_class(self.lang) if takes_lang else view_class()
        view.ensurePolished()  # the style sheet's work done now, not when first shown
        return view
