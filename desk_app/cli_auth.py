"""Signing in at the command line: every command that reads or changes personal data names a
staff account (``--user`` or ``DESK_APP_USER``, asked for at a terminal) and its password
(``DESK_APP_PASSWORD``, asked for at a terminal), and is checked against the same permission
table, with the same throttling and lockout, as the desk."""

from __future__ import annotations

import getpass
import os
import sys

from desk_app.domain.entities import Actor
from desk_app.domain.permissions import PermissionDenied
from desk_app.services import permissions, signin
from desk_app.storage.db import Database

EXIT_ERROR = 1

_REFUSED = {
    signin.WRONG: "wrong user name or password",
    signin.WAIT: "too many wrong passwords in a row: wait and try again",
    signin.LOCKED: "this account is locked after repeated wrong passwords; an administrator "
                   "unlocks it",
    signin.MUST_CHANGE: "the administrator set this password: sign in at the desk and choose "
                        "your own first",
}


def _ask(prompt: str, secret: bool = False) -> str:
    if not sys.stdin.isatty():
        return ""
    return getpass.getpass(prompt) if secret else input(prompt)


def sign_in(db: Database, command: str, user: str | None, action: str | None = None) -> Actor:
    """The signed-in staff member allowed ``action``; otherwise a message and exit status 1."""
    name = user or os.environ.get("DESK_APP_USER") or _ask("User name: ")
    if not name:
        _fail(command, "this command needs a staff account: --user NAME or DESK_APP_USER, "
                       "with DESK_APP_PASSWORD")
    password = os.environ.get("DESK_APP_PASSWORD") or _ask("Password: ", secret=True)
    result = signin.sign_in(db, name, password)
    if result.status != signin.OK or result.actor is None:
        _fail(command, _REFUSED.get(result.status, result.status))
    actor = result.actor
    if action is not None:
        try:
            permissions.require(db, actor, action)
        except PermissionDenied as exc:
            _fail(command, f"the role {exc.role!r} of {actor.username!r} may not do this "
                           f"({exc.action})")
    return actor


def _fail(command: str, text: str) -> None:
    print(f"desk-app {command}: {text}", file=sys.stderr)
    raise SystemExit(EXIT_ERROR)
