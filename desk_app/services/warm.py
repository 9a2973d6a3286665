"""The database side of the first sign-in, done while the sign-in page waits (issue 23).

The first sign-in of a session used to pay, after Enter, for SQLAlchemy configuring every mapper,
compiling the statements of the sign-in and of the registry's first page (SQLAlchemy keeps them
compiled per engine) and SQLite reading their pages from the disk (a cold 1M file). Running them
once beforehand, off the GUI thread and with nothing shown, leaves only the sign-in's own work.
Reads only: nobody is signed in yet, so nothing is written and no access is logged.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import configure_mappers

from desk_app.services import installation, permissions, registry
from desk_app.services import profile as profile_service
from desk_app.storage.db import Database
from desk_app.storage.tables import Staff


def before_sign_in(db: Database, page_size: int, branch_code: str | None) -> None:
    configure_mappers()
    with db.read() as s:  # the sign-in's look-up of the account (signin.sign_in), for nobody
        s.scalar(select(Staff).where(Staff.username == ""))
    installation.get(db)
    profile_service.current(db)
    permissions.current(db)
    registry.search(db, "", 0, page_size, branch_code)  # the registry's first page
