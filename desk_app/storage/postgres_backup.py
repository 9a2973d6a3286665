"""Backup and restore of an office (PostgreSQL) database with ``pg_dump`` / ``pg_restore``.

A backup is one ``pg_dump`` custom-format archive (consistent snapshot while desks keep working,
compressed, scans and documents included), checked by listing it with ``pg_restore --list``.
A restore refuses anything that is not such an archive of this application's schema, keeps a
safety dump of the live database beside the backup, then replaces the contents in one
transaction (``--single-transaction --clean``): a failure leaves the live database as it was.
The password never appears on a command line (``PGPASSWORD`` in the child's environment).
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from desk_app.storage import postgres
from desk_app.storage.postgres import normalise_url

MAGIC = b"PGDMP"


class PgToolError(Exception):
    """pg_dump / pg_restore failed or is missing; the message says why, for people."""


def tool(name: str) -> str:
    """The newest ``pg_dump`` / ``pg_restore`` installed (a dump needs a tool ≥ the server)."""
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
                   key=lambda p: int(Path(p).parts[-3]))
    path = found[-1] if found else shutil.which(name)
    if not path:
        raise PgToolError(f"{name} is not installed (PostgreSQL client tools are needed)")
    return path


def _conninfo(url: str) -> tuple[str, dict[str, str]]:
    """A libpq URI without the password, and the environment carrying it."""
    u = make_url(normalise_url(url))
    env = dict(os.environ)
    if u.password:
        env["PGPASSWORD"] = u.password
    plain = u.set(drivername="postgresql", password=None)
    return plain.render_as_string(hide_password=False), env


def _run(args: list[str], env: dict[str, str], what: str) -> subprocess.CompletedProcess:
    try:
        out = subprocess.run(args, env=env, capture_output=True, text=True, timeout=3600)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise PgToolError(f"{what} failed: {exc}") from exc
    if out.returncode != 0:
        raise PgToolError(f"{what} failed: {out.stderr.strip()[-800:]}")
    return out


def dump(url: str, out: Path, *, ours: bool = True) -> dict[str, Any]:
    """``pg_dump`` the database into ``out`` (written beside it first, renamed when checked).

    With ``ours`` the archive must hold this application's tables (a backup); a safety dump
    taken before a restore may be of anything, an empty database included."""
    started = time.perf_counter()
    conninfo, env = _conninfo(url)
    tmp = out.parent / f".{out.name}.partial"
    try:
        _run([tool("pg_dump"), "--format=custom", "--no-owner", "--no-privileges",
              f"--file={tmp}", f"--dbname={conninfo}"], env, "pg_dump")
        tables = list_tables(tmp)
    except PgToolError:
        tmp.unlink(missing_ok=True)
        raise
    if ours and ("alembic_version" not in tables or "beneficiaries" not in tables):
        tmp.unlink(missing_ok=True)
        raise PgToolError("the dump does not hold this application's tables")
    os.replace(tmp, out)
    return {"path": str(out), "bytes": out.stat().st_size,
            "seconds": round(time.perf_counter() - started, 3), "integrity": "ok",
            "tables": len(tables)}


def list_tables(archive: Path) -> set[str]:
    """Tables whose data the archive holds (``pg_restore --list``); PgToolError if unreadable."""
    with open(archive, "rb") as f:
        if f.read(len(MAGIC)) != MAGIC:
            raise PgToolError("not a PostgreSQL backup (pg_dump custom format)")
    out = _run([tool("pg_restore"), "--list", str(archive)], dict(os.environ), "pg_restore")
    # e.g. "215; 0 16400 TABLE DATA public beneficiaries postgres"
    return {line.split(" TABLE DATA ", 1)[1].split()[1] for line in out.stdout.splitlines()
            if " TABLE DATA " in line and len(line.split(" TABLE DATA ", 1)[1].split()) >= 2}


def revision(archive: Path) -> str | None:
    """The schema revision stored in the archive's ``alembic_version`` table."""
    out = _run([tool("pg_restore"), "--data-only", "--table=alembic_version", "--file=-",
                str(archive)], dict(os.environ), "pg_restore")
    lines = out.stdout.splitlines()
    for i, line in enumerate(lines):
        if line.startswith("COPY ") and "alembic_version" in line and i + 1 < len(lines):
            value = lines[i + 1].strip()
            return None if value == "\\." else value
    return None


def restore(url: str, archive: Path) -> None:
    """Replace the database's contents with the archive's, in one transaction."""
    conninfo, env = _conninfo(url)
    _run([tool("pg_restore"), "--clean", "--if-exists", "--single-transaction", "--no-owner",
          "--no-privileges", "--exit-on-error", f"--dbname={conninfo}", str(archive)], env,
         "pg_restore")
    # pg_restore brings no planner statistics: without them the name search cannot choose
    # between its two ways (postgres_search) and the planner misjudges every query until
    # autovacuum analyses the tables
    engine = create_engine(normalise_url(url))
    try:
        postgres.vacuum_registry(engine, analyze=True)
    finally:
        engine.dispose()


def stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")
