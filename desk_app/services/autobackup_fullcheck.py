"""The automatic backups' full check: once a day, in a low-priority process of its own.

Every automatic backup is read back with SQLite's ``quick_check`` (every page and b-tree) and
compared with its manifest. The full check — ``integrity_check`` (each index against its
table), foreign keys, the search index against the registry: what a restore runs — reads and
compares everything: 1.5 min of a core at 1M beneficiaries. Run at every backup it held the
desk's own process for minutes at each sign-out; here it runs on the newest good backup when no
backup passed it for :data:`EVERY`, in a child process at the lowest priority (``nice 19``; on
Windows the idle class), so it never holds the desk's interpreter lock nor takes a core from a
screen that wants one. Its result is kept beside the backup (``….fullcheck.json``); the newest
backup that passed is never rotated away. A backup that fails it is set aside as damaged, and
the desk says the live database may be damaged (it is the same content, page for page).
"""

from __future__ import annotations

import atexit
import json
import os
import subprocess
import sys
import threading
from datetime import datetime, timedelta
from pathlib import Path

from desk_app.services import autobackup_files as files
from desk_app.services.backup_base import BackupError, Damaged, NotChecked
from desk_app.storage import cipher, manifest

EVERY = timedelta(days=1)
RETRY_AFTER = timedelta(hours=6)  # a check that could not be made is tried again after this
TIMEOUT_S = 6 * 3600
_running: set[subprocess.Popen[str]] = set()
_lock = threading.Lock()


def stop_running() -> None:
    """End the full checks running now (the desk is closing): the window would otherwise
    close and the process linger, waiting for a check of minutes. Nothing is recorded; the
    next desk checks again."""
    with _lock:
        for child in _running:
            child.terminate()


# A process ending without Qt's quit (a script, a benchmark closing its window) would otherwise
# wait at exit for the pool thread, which waits for the child: 11 minutes seen at 1M.
atexit.register(stop_running)


class NotMade(NotChecked):
    """The full check could not be made (or was stopped): the backup keeps its standing."""


def _record(path: Path) -> dict[str, str]:
    try:
        data = json.loads(files.full_check_record(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def passed(folder: Path) -> dict[datetime, Path]:
    """The good backups that passed the full check, by backup time."""
    return {t: p for t, p in files.good_backups(folder).items()
            if _record(p).get("result") == "ok"}


def due(folder: Path, now: datetime) -> Path | None:
    """The backup to check in full now (the newest good one), or None."""
    backups = files.good_backups(folder)
    if not backups:
        return None
    newest = backups[max(backups)]
    if any(now - t < EVERY for t in passed(folder)):
        return None
    tried = _record(newest)
    if tried.get("result") == "ok":
        return None
    try:
        at = datetime.fromisoformat(tried.get("at", ""))
    except ValueError:
        return newest
    return newest if now - at >= RETRY_AFTER else None


def _write(path: Path, result: str, why: str, now: datetime) -> None:
    record = files.full_check_record(path)
    partial = record.with_name(record.name + ".partial")
    partial.write_text(json.dumps({"at": now.isoformat(timespec="seconds"), "result": result,
                                   "why": why}, ensure_ascii=False), encoding="utf-8")
    partial.replace(record)


def check(path: Path, now: datetime) -> None:
    """Check ``path`` in full in a child process and record the result.

    Raises :class:`Damaged` (the backup set aside as ``*.damaged``) when it fails, NotMade
    when it could not be made (recorded: tried again after :data:`RETRY_AFTER`) or was stopped
    (not recorded).
    """
    meta = manifest.read(path) or {}
    key = cipher.known_key(str(meta["encryption"].get("check", ""))) if meta.get(
        "encryption") else None
    verdict = in_child(path, key)
    if verdict.get("stopped"):
        raise NotMade(f"the daily full check of {path.name} was stopped: the desk closed")
    if verdict.get("ok"):
        _write(path, "ok", "", now)
        return
    why = str(verdict.get("why", ""))
    if verdict.get("code") == "not_checked" or "code" not in verdict:
        _write(path, "not_checked", why, now)
        raise NotMade(f"the daily full check of {path.name} could not be made ({why}); "
                      f"tried again in {RETRY_AFTER.seconds // 3600} hours")
    aside = files.put_aside(path, path, files.DAMAGED, keep_manifest=False)
    raise Damaged(f"the daily full check found damage in the backup of {path.name} ({why}): "
                  f"the live database may be damaged (the backup is a page-for-page copy); "
                  f"kept aside as {aside}")


def command() -> list[str]:
    """How to start this program's command line (a bundle is its own executable)."""
    if getattr(sys, "frozen", False):
        # Windows: desk-app.exe is windowed (no standard output to read); the bundle's
        # console twin beside it prints the verdict (packaging/desk_app.spec).
        cli = Path(sys.executable).with_name("desk-app-cli.exe")
        return [str(cli)] if os.name == "nt" and cli.is_file() else [sys.executable]
    return [sys.executable, "-m", "desk_app"]


def in_child(path: Path, key: bytes | None) -> dict[str, object]:
    """``desk-app backup --check FILE`` at the lowest priority; its JSON verdict. The key of
    an encrypted backup goes through the child's standard input, never its command line."""
    # POSIX: the child lowers its own priority first (``nice 19``; a preexec_fn is unsafe in a
    # process with threads, as the desk is).
    low = {"creationflags": subprocess.IDLE_PRIORITY_CLASS} if os.name == "nt" else {}
    try:
        child = subprocess.Popen([*command(), "backup", "--check", str(path), "--key-stdin"],
                                 stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True, **low)  # type: ignore
        with _lock:
            _running.add(child)
        try:
            out, err = child.communicate(key.hex() if key else "", timeout=TIMEOUT_S)
        finally:
            with _lock:
                _running.discard(child)
        if child.returncode < 0:  # ended by a signal: stop_running, or the machine
            return {"stopped": True}
        lines = out.strip().splitlines()
        return json.loads(lines[-1]) if lines else {"why": err.strip()[-500:]}
    except subprocess.TimeoutExpired as exc:
        child.kill()
        child.communicate()
        return {"why": str(exc)}
    except (OSError, subprocess.SubprocessError, ValueError) as exc:
        return {"why": str(exc)}


def verdict_of(path: Path, key_hex: str) -> dict[str, object]:
    """The child's side: check ``path`` in full, read-only, at the lowest priority (POSIX;
    the idle class on Windows is set by its parent); what it prints."""
    from desk_app.services.backup_check import check_backup_file

    if hasattr(os, "nice"):
        os.nice(19)
    key = bytes.fromhex(key_hex) if key_hex else None
    try:
        return {"ok": True, "revision": check_backup_file(path, key, read_only=True)}
    except NotChecked as exc:
        return {"ok": False, "code": "not_checked", "why": str(exc)}
    except BackupError as exc:
        return {"ok": False, "code": "failed", "why": str(exc)}


def run_if_due(folder: Path, now: datetime) -> Path | None:
    """The full check when one is due; the backup checked (None: none due). Raises like check."""
    path = due(folder, now)
    if path is not None:
        check(path, now)
    return path


__all__ = ["BackupError", "EVERY", "NotMade", "check", "due", "passed", "run_if_due"]
