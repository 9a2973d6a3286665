"""Typed settings with defaults; where data live.

The database URL comes from, in order: the ``--db`` option, the ``DESK_APP_DB`` environment
variable, the office server chosen at first start (``office-server.url`` in the data folder),
then an SQLite file in the user data directory (platformdirs). A bare path is taken as
an SQLite file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "BeneficiaryDesk"
APP_AUTHOR = "BeneficiaryDesk"
ENV_DB = "DESK_APP_DB"
ENV_DATA_DIR = "DESK_APP_DATA_DIR"
ENV_BACKUP_DIR = "DESK_APP_BACKUP_DIR"
#: In the data folder: the office server chosen at first start (one URL).
SERVER_FILE = "office-server.url"

REPO_ROOT = Path(__file__).resolve().parents[1]
RESOURCES = REPO_ROOT / "resources"
TRANSLATIONS = REPO_ROOT / "translations"


def data_dir() -> Path:
    """The folder holding the database, scans and archived documents."""
    override = os.environ.get(ENV_DATA_DIR)
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def backup_dir(db_url: str) -> Path | None:
    """Where automatic backups of ``db_url`` go: ``DESK_APP_BACKUP_DIR``, else ``backups/``
    beside the SQLite file (in the data folder for a normal installation). None for a database
    server, which is backed up by its own tools. Not created here: the first backup creates it.
    """
    if not db_url.startswith("sqlite:///") or ":memory:" in db_url:
        return None
    override = os.environ.get(ENV_BACKUP_DIR)
    if override:
        return Path(override)
    return Path(db_url.removeprefix("sqlite:///").split("?")[0]).parent / "backups"


def _server_file() -> Path:
    return data_dir() / SERVER_FILE


def saved_server_url() -> str | None:
    """The office server this PC was connected to at first start, if any."""
    try:
        return _server_file().read_text(encoding="utf-8").strip() or None
    except OSError:
        return None


def save_server_url(url: str) -> Path:
    """Remember the office server for this PC (readable by this user only: it holds the
    database password, as libpq's own password file does)."""
    path = _server_file()
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(url + "\n", encoding="utf-8")
    tmp.chmod(0o600)
    tmp.replace(path)
    return path


def database_url(cli_value: str | None = None) -> str:
    """Resolve the database URL; a plain path becomes an SQLite URL."""
    value = (cli_value or os.environ.get(ENV_DB) or saved_server_url()
             or str(data_dir() / "desk.sqlite3"))
    if "://" in value:
        return value
    return "sqlite:///" + str(Path(value).expanduser().resolve())


@dataclass(frozen=True)
class Settings:
    """Installation settings that are not part of the organisation profile."""

    db_url: str
    language: str = "ar"
    page_size: int = 50
    scan_limit_bytes: int = 20 * 1024 * 1024

    @classmethod
    def load(cls, db: str | None = None, language: str | None = None) -> Settings:
        lang = language or os.environ.get("DESK_APP_LANG", "ar")
        return cls(db_url=database_url(db), language=lang if lang in ("ar", "en") else "ar")


ENV_HEAD_DB = "DESK_APP_HEAD_DB"


def head_db_url() -> str:
    """A branch's way to the head office's server for direct sync (``DESK_APP_HEAD_DB``: a
    PostgreSQL URL with the branch's own login, over TLS); empty when it has none and
    exchanges files instead."""
    return os.environ.get(ENV_HEAD_DB, "").strip()
