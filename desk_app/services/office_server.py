"""Connecting a desk to the office server (PostgreSQL) at first start.

The first-start screen asks for the server's address, the database, the login and whether the
connection must be encrypted; :func:`connect` checks them by opening the database (which creates
the schema in an empty one) and says whether the office is already set up there (then the desk
signs in) or not (then this desk sets it up, as on a single PC).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.engine import URL

from desk_app.domain.validation import FieldError, ValidationFailed
from desk_app.services import installation
from desk_app.storage.db import Clock, Database

DEFAULT_PORT = 5432


@dataclass(frozen=True)
class ServerForm:
    """What the first-start screen asks (text as typed)."""

    host: str
    database: str = "desk"
    user: str = "desk"
    password: str = ""
    port: str = ""
    tls: bool = True


@dataclass(frozen=True)
class Connected:
    handle: Database
    url: str
    set_up: bool  # the office database already has its administrator and profile


def url_of(form: ServerForm) -> str:
    """The database URL of a checked form; ``sslmode=require`` unless told otherwise."""
    errors = [FieldError(name, "required") for name in ("host", "database", "user")
              if not getattr(form, name).strip()]
    port = form.port.strip()
    if port and (not port.isdigit() or not 0 < int(port) < 65536):
        errors.append(FieldError("port", "invalid_format"))
    if errors:
        raise ValidationFailed(errors)
    host = form.host.strip()
    query = {"sslmode": "require" if form.tls else "prefer"}
    if host.startswith("/"):  # a Unix-socket folder (the server on this very machine)
        query = {"host": host, **query}
        host = ""
    return URL.create(
        "postgresql+psycopg", username=form.user.strip(), password=form.password or None,
        host=host or None, port=int(port) if port else DEFAULT_PORT,
        database=form.database.strip(), query=query,
    ).render_as_string(hide_password=False)


def connect(form: ServerForm, clock: Clock = datetime.now) -> Connected:
    """Open the office database (StorageError when the server cannot be reached or refuses)."""
    url = url_of(form)
    db = Database.open(url, clock=clock)
    try:
        set_up = installation.is_initialised(db)
    except BaseException:
        db.dispose()
        raise
    return Connected(db, url, set_up)
