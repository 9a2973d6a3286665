"""The start as a person sees it (issue 23): a database whose sign-in page this PC showed before
gets it painted at once, before the database layer loads, and opens behind it; a database that
is no longer set up, cannot be opened, is encrypted or needs an upgrade still says so."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import pytest
from PySide6.QtCore import QSettings

from desk_app.config import APP_AUTHOR, APP_NAME
from desk_app.services import installation
from desk_app.storage.db import HEAD_REVISION, Database
from desk_app.ui import early_login
from tests.conftest import ADMIN_PASSWORD
from tests.storage.oldrev import build

NAME = "جمعية الذكر الحكيم بمحافظة أملج"  # the preset's organisation, as shown last time


def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desk_app", *args], env=env,
                          capture_output=True, text=True, timeout=300)


def smoke(path, env) -> dict:  # noqa: ANN001
    done = run(["--db", str(path), "gui", "--smoke"], env)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture
def env(tmp_path):
    e = dict(os.environ)
    e.update(DESK_APP_DATA_DIR=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen",
             HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    for var in ("DESK_APP_DB", "DESK_APP_PASSPHRASE", "DESK_APP_LANG"):
        e.pop(var, None)
    return e


def set_up(path) -> None:  # noqa: ANN001
    db = Database.open(f"sqlite:///{path}")
    installation.initialise(db, preset_key="althikr_alhakeem", branch_code="RYD",
                            admin_username="admin", admin_password=ADMIN_PASSWORD,
                            admin_full_name="مدير النظام")
    db.dispose()


def settings_file(tmp_path):  # noqa: ANN001, ANN201 - the desk's QSettings under that HOME
    return QSettings(str(tmp_path / "config" / APP_AUTHOR / f"{APP_NAME}.conf"),
                     QSettings.Format.IniFormat)


def shown_before(tmp_path, path) -> None:  # noqa: ANN001
    """As after a start that showed this database's sign-in page (``early_login.note``)."""
    settings = settings_file(tmp_path)
    settings.setValue(early_login._key(f"sqlite:///{path}", "ar"), NAME)  # noqa: SLF001
    settings.sync()


def remembered(tmp_path, path) -> object:  # noqa: ANN001
    return settings_file(tmp_path).value(early_login._key(f"sqlite:///{path}", "ar"))  # noqa: SLF001


def test_the_sign_in_page_is_painted_before_the_database_layer_loads(env, tmp_path):
    path = tmp_path / "desk.sqlite3"
    set_up(path)
    shown_before(tmp_path, path)
    again = smoke(path, env)  # the name is remembered: the page first, the database behind it
    assert again["page"] == "login" and not again["first_start"]
    assert again["storage_at_sign_in_paint"] is False

    path.unlink()  # the same place, a new empty database: its first start, not a sign-in page
    fresh = smoke(path, env)
    assert fresh["first_start"] is True and remembered(tmp_path, path) is None
    shown_before(tmp_path, path)
    path.write_bytes(b"not a database at all " * 200)  # remembered, but cannot be opened
    bad = run(["--db", str(path), "gui", "--smoke"], env)
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    assert "cannot open the database" in bad.stderr


def test_an_old_or_encrypted_database_behind_the_sign_in_page(env, tmp_path):
    path = tmp_path / "desk.sqlite3"
    build(path, "0043_decided_counts")  # an earlier revision, set up
    shown_before(tmp_path, path)
    upgraded = smoke(path, env)  # upgraded on the worker, behind the page
    assert upgraded["storage_at_sign_in_paint"] is False and not upgraded["first_start"]
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            HEAD_REVISION,)
    phrase = dict(env, DESK_APP_PASSPHRASE="a long enough office phrase", DESK_APP_USER="admin",
                  DESK_APP_PASSWORD="admin-secret-1")  # (oldrev's administrator)
    assert run(["--db", str(path), "encrypt"], phrase).returncode == 0
    wrong = run(["--db", str(path), "gui", "--smoke"], dict(env, DESK_APP_PASSPHRASE="not it"))
    assert wrong.returncode == 1 and "Traceback" not in wrong.stderr
    assert "wrong or missing passphrase" in wrong.stderr
    unlocked = smoke(path, phrase)
    assert unlocked["page"] == "login" and unlocked["storage_at_sign_in_paint"] is False
