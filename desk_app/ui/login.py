"""Sign-in screen: user name and password, with a message beside the form when refused
(wrong, wait after repeated failures, locked), and the choice of an own password when the
administrator set it."""

from __future__ import annotations

import math
from typing import NamedTuple

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desk_app.domain import permissions as perm
from desk_app.domain.entities import Actor
from desk_app.domain.validation import ValidationFailed
from desk_app.services import installation, permissions, policy, registry, signin, staff
from desk_app.services import profile as profile_service
from desk_app.ui.login_view import LoginView
from desk_app.ui.messages import field_message
from desk_app.ui.navigation import first_screen
from desk_app.ui.ops import Ops


class Session(NamedTuple):
    """Who signed in, and what the shell needs to know of this office."""

    actor: Actor
    installation: installation.Installation
    profile: object  # OrgProfile
    permissions: perm.PermissionTable = perm.defaults()
    #: The policy version this person must still acknowledge (None: nothing asked).
    policy_pending: object = None
    #: The registry's first page, read in the same job once the password was right (the
    #: registry shows it at once instead of asking the worker again after the shell is up).
    first_page: object = None


def session_for(db: object, actor: Actor) -> Session:
    """What the shell needs of this office, read once at sign-in."""
    return Session(actor, installation.get(db), profile_service.current(db),
                   permissions.current(db), policy.pending(db, actor))


def open_session(db: object, username: str, password: str,
                 page_size: int | None = None) -> Session | None:
    """Check the password (a deliberately slow hash) and read the office's settings; None when
    refused (see :func:`check_sign_in` for why)."""
    outcome = check_sign_in(db, username, password, page_size)
    return outcome if isinstance(outcome, Session) else None


def check_sign_in(db: object, username: str, password: str,
                  page_size: int | None = None) -> Session | signin.SignIn:
    """The session, or the refusal (wrong, wait, locked, or a password to replace first).
    ``page_size``: the registry's first page is read too, in the same job once the password
    is right, for someone who starts at the registry (never for a refused sign-in)."""
    result = signin.sign_in(db, username, password)
    if not result.signed_in:
        return result
    session = session_for(db, result.actor)
    if page_size and session.policy_pending is None and \
            first_screen(result.actor.role) == "registry":
        page = registry.search(db, "", 0, page_size, session.installation.branch_code)
        session = session._replace(first_page=page)
    return session


class LoginController(QObject):
    """Emits ``signed_in`` with the :class:`Session` once the password is right."""

    signed_in = Signal(object)

    def __init__(self, ops: Ops, org_name: str, view: LoginView | None = None,
                 page_size: int | None = None):
        super().__init__()
        self.pending: Actor | None = None  # right password, but one the administrator set
        self.page_size = page_size  # the registry's first page, read with the sign-in
        # ``view``: the page shown before the database was open (what was typed stays)
        if view is not None:
            view.show_title(org_name)  # the name remembered from the last start may be old
        self.view = view or LoginView(org_name)
        self.ops = ops.for_screen(self.view, banner=self.view.error)
        self.view.button.clicked.connect(self.submit)
        self.view.password.returnPressed.connect(self.submit)
        self.view.username.returnPressed.connect(self.view.password.setFocus)
        self.view.change_button.clicked.connect(self.change_password)
        self.view.repeat_password.returnPressed.connect(self.change_password)
        self.view.new_password.returnPressed.connect(self.view.repeat_password.setFocus)
        if view is None:  # (an early page keeps the focus where the person is typing)
            self.view.username.setFocus()

    def reset(self, org_name: str) -> None:
        """Empty again for the next person (at sign-out): nothing of the last one stays."""
        v = self.view
        self.pending = None
        v.show_title(org_name)
        for edit in (v.username, v.password, v.new_password, v.repeat_password):
            edit.clear()
            edit.setEnabled(True)
        v.error.hide()
        v.change_box.hide()
        v.button.show()
        v.button.setEnabled(True)

    def submit(self) -> bool:
        """Check the password in the background; False when something is missing."""
        v = self.view
        if not v.username.text().strip() or not v.password.text():
            self._refuse(self.tr("Enter your user name and password."))
            return False
        username, password, size = v.username.text(), v.password.text(), self.page_size
        return self.ops.action(lambda db: check_sign_in(db, username, password, size),
                               self._checked,
                               busy=(v.button, v.username, v.password))

    def _checked(self, outcome: Session | signin.SignIn) -> None:
        v = self.view
        if isinstance(outcome, Session):
            v.error.hide()
            self.signed_in.emit(outcome)
        elif outcome.status == signin.MUST_CHANGE:
            self._ask_new_password(outcome.actor)
        else:
            v.password.clear()
            self._refuse(self._refusal(outcome))

    def _refusal(self, result: signin.SignIn) -> str:
        if result.status == signin.LOCKED:
            return self.tr("This account is locked after repeated wrong passwords. Ask the administrator to unlock it.")
        wait = ""
        if result.retry_at is not None:
            seconds = math.ceil((result.retry_at - result.now).total_seconds())
            wait = self.tr("Wait %1 seconds before trying again.").replace("%1", str(seconds))
        if result.status == signin.WAIT:
            return self.tr("Too many wrong passwords in a row.") + " " + wait
        text = self.tr("The user name or password is not correct.")
        return f"{text} {wait}".strip()

    def _ask_new_password(self, actor: Actor) -> None:
        v = self.view
        self.pending = actor
        v.username.setEnabled(False)
        v.password.setEnabled(False)
        v.button.hide()
        v.change_box.show()
        self._refuse(self.tr("The administrator set this password. Choose your own password before you go on."))
        v.new_password.setFocus()

    def change_password(self) -> bool:
        v, actor = self.view, self.pending
        if actor is None:
            return False
        if v.new_password.text() != v.repeat_password.text():
            self._refuse(self.tr("The two new passwords are not the same."), v.new_password)
            return False
        old, new = v.password.text(), v.new_password.text()

        def change(db: object) -> Session:
            staff.change_password(db, actor, old, new)
            return session_for(db, actor)

        return self.ops.action(change, self._changed, busy=v.change_button,
                               expect={ValidationFailed: self._invalid})

    def _invalid(self, exc: ValidationFailed) -> None:
        self._refuse("\n".join(field_message(e) for e in exc.errors), self.view.new_password)

    def _changed(self, session: Session) -> None:
        self.pending = None
        self.view.error.hide()
        self.signed_in.emit(session)

    def _refuse(self, text: str, focus: QWidget | None = None) -> None:
        self.view.error.setText(text)
        self.view.error.show()
        (focus or self.view.password).setFocus()
        return None
