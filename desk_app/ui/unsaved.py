"""One "unsaved changes" guard for every way of leaving a form (issue 18).

Closing the window, signing out, switching screen or language (and, when it comes, the idle
lock) all ask here before a half-typed form goes away: Save / Discard / Cancel, with Cancel the
default, so Enter or Esc keeps the work.

A screen takes part by giving its controller three methods (duck-typed, nothing to inherit):

* ``is_dirty() -> bool`` — something typed is not saved;
* ``save(then=callable) -> bool`` — starts the save (through the ops runner) and calls ``then``
  once it succeeded; on failure the form stays with its messages and ``then`` is never called;
* ``discard() -> None`` — puts the form back as it was last loaded or saved.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QCoreApplication


class Answer(StrEnum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class Outcome(StrEnum):
    GO = "go"          # nothing unsaved, or discarded: leave now
    SAVING = "saving"  # ``then`` runs once the save succeeded
    STAY = "stay"      # cancelled: keep the form


def has_unsaved(controller: object | None) -> bool:
    is_dirty = getattr(controller, "is_dirty", None)
    return bool(is_dirty and is_dirty())


def ask(dialogs: object) -> Answer:
    """Put the question (through the dialogs service, so tests can answer it)."""
    return Answer(dialogs.unsaved(  # type: ignore[attr-defined]
        QCoreApplication.translate("Unsaved", "Unsaved changes"),
        QCoreApplication.translate(
            "Unsaved", "What you typed has not been saved. Save it before leaving?")))


def leave(controller: object | None, dialogs: object, then: Callable[[], None]) -> Outcome:
    """Ask about ``controller``'s unsaved changes, if any, before leaving it.

    ``GO``: the caller leaves now (``then`` is not called). ``SAVING``: ``then`` is called after
    a successful save. ``STAY``: nothing happens.
    """
    if not has_unsaved(controller):
        return Outcome.GO
    answer = ask(dialogs)
    if answer is Answer.DISCARD:
        controller.discard()  # type: ignore[union-attr]
        return Outcome.GO
    if answer is Answer.SAVE:
        controller.save(then=then)  # type: ignore[union-attr]
        return Outcome.SAVING
    return Outcome.STAY


def go(controller: object | None, dialogs: object, proceed: Callable[[], None]) -> bool:
    """:func:`leave` for callers that just run ``proceed``: now, after saving, or never.
    True when it ran at once."""
    if leave(controller, dialogs, proceed) is Outcome.GO:
        proceed()
        return True
    return False


def screen_in_view(shell: object | None) -> object | None:
    """The controller of the screen ``shell`` shows, if any."""
    if shell is None:
        return None
    current = shell.stack.currentWidget()  # type: ignore[attr-defined]
    for ctl in shell.controllers.values():  # type: ignore[attr-defined]
        if getattr(ctl, "view", None) is current:
            return ctl
    return None
