"""The desk locks itself when nobody has touched it for a while (a branch PC left signed in at
a reception counter shows people's files to whoever walks by).

:class:`IdleWatch` sees every key, click and wheel in the application; after ``minutes`` of none
it asks the window to lock. The lock page covers the desk without closing anything: the screen
in view and whatever was typed stay as they were, and the same person's password opens them
again (checked off the GUI thread, with the sign-in's own throttling and lock-out). Somebody
else can sign the desk out from the lock page; a form with unsaved changes is then discarded
only after a confirmation, never saved under the absent person's name.
"""

from __future__ import annotations

import math
import os
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from desk_app.domain.entities import Actor
from desk_app.ui.widgets.card import card, centre, error_label, password_edit
from desk_app.ui.window_filters import OnEveryWindow

if TYPE_CHECKING:  # the window reads the idle limit before the database layer is loaded
    from desk_app.ui.ops import Ops

ENV_MINUTES = "DESK_APP_IDLE_LOCK_MINUTES"
DEFAULT_MINUTES = 10.0
_INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
                    QEvent.Type.TouchBegin, QEvent.Type.MouseMove})


def minutes_from_env() -> float:
    """``DESK_APP_IDLE_LOCK_MINUTES`` (0 turns the lock off); 10 minutes otherwise."""
    try:
        return max(0.0, float(os.environ.get(ENV_MINUTES, DEFAULT_MINUTES)))
    except ValueError:
        return DEFAULT_MINUTES


class IdleWatch(QObject):
    """Emits ``idle`` once after ``minutes`` without input; :meth:`reset` starts counting again."""

    idle = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None,
                 now: Callable[[], float] = time.monotonic, tick_ms: int = 5000):
        super().__init__(parent)
        self.limit_s, self.now = minutes * 60.0, now
        self.last_input = now()
        self.fired = False
        # on the windows, not the application: see ui/window_filters.py (issue 23)
        self.windows = OnEveryWindow(self)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(tick_ms)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in _INPUT:
            self.last_input = self.now()
        return False

    def check(self) -> None:
        if not self.fired and self.now() - self.last_input >= self.limit_s:
            self.fired = True
            self.idle.emit()

    def reset(self) -> None:
        self.last_input, self.fired = self.now(), False

    def stop(self) -> None:
        self.timer.stop()
        if QApplication.instance() is not None:
            self.windows.stop()


class LockView(QWidget):
    def __init__(self, who: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lock")
        title = QLabel(self.tr("The desk is locked"))
        title.setObjectName("loginTitle")
        self.who = QLabel(self.tr("Signed in: %1. Enter your password to go back to your work, "
                                  "just as you left it.").replace("%1", "\u2068" + who + "\u2069"))
        self.who.setWordWrap(True)
        self.password = password_edit()
        self.error = error_label()
        self.unlock_button = QPushButton(self.tr("Unlock  (Enter)"))
        self.unlock_button.setObjectName("primary")
        self.unlock_button.setDefault(True)
        self.sign_out_button = QPushButton(self.tr("Sign out (another employee)"))
        form = QFormLayout()
        form.addRow(self.tr("Password"), self.password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.sign_out_button)
        centre(self, card(440, 520), [title, self.who, form, self.error, buttons])


class LockController(QObject):
    """``unlocked`` when the same person's password is right; ``sign_out`` when asked."""

    unlocked = Signal()
    sign_out = Signal()

    def __init__(self, ops: Ops, actor: Actor):
        super().__init__()
        self.actor = actor
        self.view = LockView(actor.full_name or actor.username)
        self.ops = ops.for_screen(self.view, banner=self.view.error)
        self.view.unlock_button.clicked.connect(self.submit)
        self.view.password.returnPressed.connect(self.submit)
        self.view.sign_out_button.clicked.connect(self.sign_out)
        self.view.password.setFocus()

    def submit(self) -> bool:
        password = self.view.password.text()
        if not password:
            self._refuse(self.tr("Enter your password."))
            return False
        username = self.actor.username
        from desk_app.services import signin  # here: the window is built before the database

        return self.ops.action(lambda db: signin.sign_in(db, username, password), self._checked,
                               busy=(self.view.unlock_button, self.view.password))

    def _checked(self, result) -> None:  # noqa: ANN001 - a services.signin.SignIn
        from desk_app.services import signin

        self.view.password.clear()
        if result.status in (signin.OK, signin.MUST_CHANGE) and result.actor is not None \
                and result.actor.id == self.actor.id:
            self.view.error.hide()
            self.unlocked.emit()
        elif result.status == signin.LOCKED:
            self._refuse(self.tr("This account is locked after repeated wrong passwords. "
                                 "Sign out; the administrator can unlock it."))
            self.view.unlock_button.setEnabled(False)
        elif result.status == signin.WAIT and result.retry_at and result.now:
            seconds = math.ceil((result.retry_at - result.now).total_seconds())
            self._refuse(self.tr("Too many wrong passwords in a row. Wait %1 seconds before "
                                 "trying again.").replace("%1", str(seconds)))
        else:
            self._refuse(self.tr("The password is not correct."))

    def _refuse(self, text: str) -> None:
        self.view.error.setText(text)
        self.view.error.show()
        self.view.password.setFocus()


class DeskLock(QObject):
    """Locks ``window`` (the main window) after ``minutes`` idle while ``actor`` is signed in."""

    def __init__(self, window: QWidget, actor: Actor, minutes: float):
        super().__init__(window)
        self.window, self.actor = window, actor
        self.controller: LockController | None = None
        self.watch = IdleWatch(minutes, self) if minutes > 0 else None
        if self.watch is not None:
            self.watch.idle.connect(self.lock)

    @property
    def locked(self) -> bool:
        return self.controller is not None

    def lock(self) -> None:
        w = self.window
        if self.locked or w.kiosk is not None or w.shell is None \
                or w.pages.currentWidget() is not w.shell:
            return  # the kiosk belongs to the beneficiaries; sign-in pages hold nothing
        self.controller = LockController(w.ops, self.actor)
        self.controller.unlocked.connect(self._unlocked)
        self.controller.sign_out.connect(self._sign_out)
        w.pages.addWidget(self.controller.view)
        w.pages.setCurrentWidget(self.controller.view)
        w.logout_button.hide()
        w.lang_button.setEnabled(False)
        self.controller.view.password.setFocus()

    def _unlocked(self) -> None:
        w = self.window
        self._drop()
        w.pages.setCurrentWidget(w.shell)
        w.logout_button.show()
        w.lang_button.setEnabled(True)
        if self.watch is not None:
            self.watch.reset()

    def may_close(self) -> bool:
        """Closing a locked desk: the absent person's unsaved form is discarded only after a
        confirmation (never saved without their password)."""
        from desk_app.ui import unsaved

        w = self.window
        form = unsaved.screen_in_view(w.shell) if w.shell is not None else None
        if unsaved.has_unsaved(form):
            if not w.dialogs.confirm(self.tr("Unsaved changes"), self.tr(
                    "%1 left a form with changes that are not saved. Leaving discards them. "
                    "Leave anyway?").replace("%1", self.actor.full_name or self.actor.username)):
                return False
            form.discard()
        return True

    def _sign_out(self) -> None:
        """Another employee takes the desk (the absent person's form: see :meth:`may_close`)."""
        w = self.window
        if not self.may_close():
            return
        w.lang_button.setEnabled(True)
        self.stop()
        w.sign_out_now()

    def _drop(self) -> None:
        if self.controller is not None:
            self.window.pages.removeWidget(self.controller.view)
            self.controller.view.deleteLater()
            self.controller = None

    def stop(self) -> None:
        if self.watch is not None:
            self.watch.stop()
        self._drop()
        self.deleteLater()  # a child of the window: otherwise one stays behind per sign-in
