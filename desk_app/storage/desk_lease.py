"""Which desks have an SQLite database open, so that a restore never swaps it under one.

Every open :class:`~desk_app.storage.db.Database` on a file holds a lease: a small file in
``<db>.desks/`` naming its machine and process, locked by the operating system for as long as
the desk is open (a killed desk's lock goes with its process, so a stale lease never blocks). A
restore takes ``<db>.desks/restore.lock``, then finds every lease still locked and refuses while
there is one. A desk registers its lease first and then checks the restore lock, and a restore
takes its lock first and then looks at the leases: whichever comes second sees the other.

Behind a restore done some other way (a file copied over the database), a desk notices the
file is no longer the one it opened (:class:`FileIdentity`) and stops before the next action.
"""

from __future__ import annotations

import itertools
import json
import os
import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import IO, Any

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(f: IO[bytes]) -> bool:
        try:
            f.seek(0)
            msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(f: IO[bytes]) -> None:
        f.seek(0)
        msvcrt.locking(f.fileno(), msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(f: IO[bytes]) -> bool:
        try:
            fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(f: IO[bytes]) -> None:
        fcntl.flock(f.fileno(), fcntl.LOCK_UN)

_serial = itertools.count(1)


class InUse(Exception):
    """Other desks have the database open; ``desks`` describes them (host, pid, since)."""

    def __init__(self, desks: list[dict[str, Any]]):
        self.desks = desks
        names = ", ".join(f"{d.get('host', '?')} (pid {d.get('pid', '?')})" for d in desks)
        super().__init__(f"the database is open on {len(desks)} desk(s): {names}")


class Busy(Exception):
    """A restore holds the database."""


def folder(live: Path) -> Path:
    return live.with_name(f"{live.name}.desks")


class Lease:
    """This desk's claim on the database file; :meth:`release` when the desk closes it."""

    def __init__(self, live: Path):
        self.live = live
        where = folder(live)
        where.mkdir(exist_ok=True)
        self.path = where / f"{socket.gethostname()}-{os.getpid()}-{next(_serial)}.lease"
        self._file: IO[bytes] | None = self.path.open("w+b")
        _try_lock(self._file)  # a file only this process has: always granted
        info = {"host": socket.gethostname(), "pid": os.getpid(),
                "program": Path(sys.argv[0]).name if sys.argv else "",
                "since": datetime.now().isoformat(timespec="seconds")}
        self._file.seek(1)  # byte 0 is the one locked on Windows
        self._file.write(json.dumps(info).encode())
        self._file.flush()
        if _restore_running(live):
            self.release()
            raise Busy("a restore is replacing the database")

    def release(self) -> None:
        if self._file is None:
            return
        try:
            _unlock(self._file)
        finally:
            self._file.close()
            self._file = None
            self.path.unlink(missing_ok=True)


def _restore_running(live: Path) -> bool:
    lock = folder(live) / "restore.lock"
    with lock.open("a+b") as f:
        if _try_lock(f):
            _unlock(f)
            return False
        return True


def open_desks(live: Path) -> list[dict[str, Any]]:
    """The desks holding a lease now; leases of desks that died are removed."""
    found = []
    where = folder(live)
    for path in sorted(where.glob("*.lease")) if where.is_dir() else []:
        try:
            f = path.open("r+b")
        except FileNotFoundError:
            continue  # closed meanwhile
        with f:
            if _try_lock(f):  # nobody holds it: a desk that was killed
                _unlock(f)
                path.unlink(missing_ok=True)
                continue
            found.append(_describe(f, path))
    return found


def _describe(f: IO[bytes], path: Path) -> dict[str, Any]:
    try:
        f.seek(1)  # past the locked byte
        return json.loads(f.read().decode() or "{}")
    except (OSError, ValueError):
        return {"host": path.stem}


@contextmanager
def exclusive(live: Path) -> Iterator[None]:
    """Hold the database against every desk: raises :class:`InUse` while one has it open,
    :class:`Busy` while another restore runs; desks cannot open it until the block ends."""
    where = folder(live)
    where.mkdir(parents=True, exist_ok=True)
    with (where / "restore.lock").open("a+b") as f:
        if not _try_lock(f):
            raise Busy("another restore is running")
        try:
            desks = open_desks(live)
            if desks:
                raise InUse(desks)
            yield
        finally:
            _unlock(f)


class FileIdentity:
    """The database file a desk opened: a restore (or a copy) replaces it with another one."""

    def __init__(self, live: Path):
        self.live = live
        self._id: tuple[int, int] | None = None

    def _current(self) -> tuple[int, int] | None:
        try:
            st = os.stat(self.live)
        except FileNotFoundError:
            return None
        return (st.st_dev, st.st_ino)

    def same(self) -> bool:
        """True while the file is the one first seen here (or none was seen yet)."""
        now = self._current()
        if self._id is None:
            self._id = now
            return True
        return now == self._id

    def forget(self) -> None:
        self._id = None


def _leftover_patterns(live: Path) -> tuple[str, ...]:
    return (f"{live.name}.restore-*.tmp", f"{live.name}.restore-*.tmp-*",
            f"{live.name}.restore-*.tmp.enc", f"{live.name}.encrypting-*", "*.key.json.partial",
            f"{live.name}.before-upgrade-*.partial", ".*.partial", "*.manifest.json.partial")


def clean_leftovers(live: Path) -> list[Path]:
    """Remove what interrupted backups, restores and upgrades left beside the database.

    Only when this desk is the only one open: another desk may be writing such a file now.
    Returns what was removed.
    """
    if len(open_desks(live)) > 1:
        return []
    removed = []
    for pattern in _leftover_patterns(live):
        for path in live.parent.glob(pattern):
            if path.is_file():
                path.unlink(missing_ok=True)
                removed.append(path)
    return removed
