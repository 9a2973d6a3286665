"""What every ``desk-app`` sub-command shares: exit codes, opening the database (an encrypted
file asks for its key; an automatic upgrade says what it did) and signing in the staff member.

Imports nothing heavy at module level: ``desk-app gui`` must paint its first window quickly.
"""

from __future__ import annotations

import sys

from desk_app import cli_crypt
from desk_app.config import Settings

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def open_db(settings: Settings):  # noqa: ANN202
    from desk_app.storage.db import Database, StorageError

    cli_crypt.unlock(settings.db_url, settings.language, "")  # an encrypted file: its key
    try:
        db = Database.open(settings.db_url)
    except StorageError as exc:
        print(f"desk-app: cannot open the database ({exc.code}): {exc.detail}", file=sys.stderr)
        raise SystemExit(EXIT_ERROR) from exc
    if db.upgrade_notice is not None:  # what the automatic upgrade did, and where the backup is
        print(f"desk-app: {db.upgrade_notice.text(settings.language)}", file=sys.stderr)
    return db


def sign_in(db, command: str, user: str | None, action: str | None = None):  # noqa: ANN001, ANN202
    """The staff member running a command on personal data (imported here: the GUI's start
    does not pay for the services)."""
    from desk_app import cli_auth

    return cli_auth.sign_in(db, command, user, action)
