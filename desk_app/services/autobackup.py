"""Automatic backups: once a day and at sign-out, verified after writing, rotated, copied.

Each backup is taken with :func:`desk_app.services.backup.backup` (SQLite's online backup API: a
page-for-page copy, and a manifest with its SHA-256 and row counts) under a name that is not
counted yet (``….verifying``), then **read back from the disk** and checked: against its
manifest, and with :func:`~desk_app.services.backup.check_backup_file` opened read-only and
``quick_check`` (every page and b-tree; a schema this version knows). Only then is it given its
good name (:mod:`~desk_app.services.autobackup_files`). A file that fails is renamed
``*.damaged``, one that could not be read back to check it ``*.unchecked``; neither is ever
counted as good, and those no one still needs are removed. The full check (each index against
its table, foreign keys, the search index) runs once a day on the newest backup, in a
low-priority process of its own (:mod:`~desk_app.services.autobackup_fullcheck`), and at every
restore. The optional second location (a USB drive, a network folder) receives a byte-for-byte
copy with its manifest, compared by SHA-256. The rotation (which files to keep) is the pure rule
in :mod:`desk_app.domain.backup_rotation`. Time comes from the database's injected clock, never
from the wall clock here.
"""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from desk_app.domain.backup_rotation import RotationPolicy, is_due, is_stale
from desk_app.services import autobackup_files as files
from desk_app.services import autobackup_fullcheck as full_check
from desk_app.services import backup as backup_service
from desk_app.services import profile as profile_service
from desk_app.services.autobackup_files import (
    DAMAGED,
    UNCHECKED,
    VERIFYING,
    file_name,
    good_backups,
    put_aside,
    set_aside,
    stamp_of,
)
from desk_app.services.autobackup_files import rotate as _rotate
from desk_app.services.backup import BackupError, Damaged, KeyNeeded, NotChecked
from desk_app.storage import cipher, desk_lease, manifest
from desk_app.storage.db import Database

# What the restore drill counts (the tables people would miss first).
DRILL_TABLES = ("beneficiaries", "household_members", "service_requests", "issued_documents",
                "complaints", "survey_responses", "staff", "audit_events")

AfterWrite = Callable[[Path], None]
SIGN_OUT_GAP = timedelta(minutes=30)
# One backup at a time in this process: each clears what an interrupted one left in the folder,
# which would otherwise include the file another thread of this desk is writing.
_ONE_AT_A_TIME = threading.Lock()
__all__ = ["DAMAGED", "UNCHECKED", "BackupError", "Damaged", "file_name", "stamp_of"]


@dataclass(frozen=True)
class Plan:
    """Where automatic backups go and how many are kept."""

    folder: Path
    copy_to: Path | None = None
    policy: RotationPolicy = RotationPolicy()
    max_age_hours: int = 26


@dataclass(frozen=True)
class Status:
    last_good: datetime | None
    stale: bool
    due: bool
    count: int


@dataclass
class Outcome:
    """One automatic backup: the file, its copy (or why not), what the rotation removed."""

    path: str
    at: datetime
    bytes: int
    sha256: str
    reason: str
    copy: str | None = None
    copy_error: str | None = None
    deleted: list[str] = field(default_factory=list)
    removed_aside: list[str] = field(default_factory=list)  # set-aside files no longer needed

    def to_dict(self) -> dict[str, object]:
        return {**self.__dict__, "at": self.at.isoformat(timespec="seconds")}


def plan_for(profile: object | None, folder: Path) -> Plan:
    """The plan from the organisation profile (its age limit and second folder)."""
    copy = getattr(profile, "backup_copy_folder", "") or ""
    return Plan(folder=folder, copy_to=Path(copy) if copy else None,
                max_age_hours=getattr(profile, "backup_max_age_hours", 26))


def status(plan: Plan, now: datetime) -> Status:
    backups = good_backups(plan.folder)
    last = max(backups) if backups else None
    return Status(last, is_stale(last, now, plan.max_age_hours), is_due(last, now), len(backups))


def verify(path: Path, final: Path | None = None) -> str:
    """Read the written file back and check it; returns its SHA-256.

    The file is opened read-only (SQLite ``mode=ro``): nothing can write to the backup, and no
    scratch copy is made (at 1M beneficiaries that was 2.7 GB more on the disk per backup).
    It is read back with ``quick_check``: every page and b-tree of what is on the disk; its
    bytes are those hashed in its manifest. The full check (each index against its table,
    foreign keys, search index) is the daily one and the restore's.
    A file that fails its check is renamed ``*.damaged`` (BackupError). A file that could not
    be checked (a disk, permission or lock error: :class:`NotChecked`) is not called damaged:
    it is renamed ``*.unchecked`` with its manifest, so it is not counted as good and can still
    be restored by hand (the restore checks it in full). ``final``: the good name it is given
    afterwards (the set-aside names are made from it).
    """
    final = final or path
    try:
        expected = manifest.read(path)
        why = "it has no manifest" if expected is None else manifest.mismatch(path, expected)
        if why:
            raise BackupError(why)
        key = backup_service.backup_key(path, expected)  # encrypted: authenticated too
        backup_service.check_backup_file(path, key, read_only=True, quick=True)
        return str(expected["sha256"])  # type: ignore[index]
    except (BackupError, OSError, ValueError) as exc:
        if _cannot_check(exc):
            aside = put_aside(path, final, UNCHECKED, keep_manifest=True)
            raise NotChecked(f"the backup could not be checked after writing ({exc}); it is "
                             f"not counted as a good backup; kept aside as {aside}") from exc
        aside = put_aside(path, final, DAMAGED, keep_manifest=False)
        raise BackupError(f"the backup failed its check after writing ({exc}); "
                          f"kept aside as {aside}") from exc


def _cannot_check(exc: Exception) -> bool:
    """The check could not be made (versus: it was made and failed)."""
    if isinstance(exc, (OSError, NotChecked, KeyNeeded)):
        return True
    return isinstance(exc, ValueError) and isinstance(exc.__cause__, OSError)  # manifest


def sha256(path: Path) -> str:
    return manifest.sha256(path)


def run(db: Database, plan: Plan, *, reason: str = "daily",
        after_write: AfterWrite | None = None) -> Outcome:
    """Take one verified backup now, copy it to the second location, rotate both folders.

    ``after_write`` is called between writing and verifying (tests damage the file there).
    Raises BackupError when the backup itself could not be made or verified; a failed copy to
    the second location is reported in ``copy_error`` (the backup itself is good).
    """
    with _ONE_AT_A_TIME:  # "Back up now" while the watch's backup runs: one after the other
        return _run(db, plan, reason, after_write)


def _run(db: Database, plan: Plan, reason: str, after_write: AfterWrite | None) -> Outcome:
    at = db.clock().replace(microsecond=0)
    try:
        plan.folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(f"the backup folder cannot be created: {plan.folder} ({exc})") from exc
    if not other_desks(db):  # else another desk may be writing one into this folder now
        files.clean_leftovers(plan.folder)
    target = plan.folder / file_name(at)
    staging = target.with_name(target.name + VERIFYING)  # not counted until checked
    try:
        backup_service.backup(db, staging, full_check=False)
    except BackupError:
        files.remove(staging)  # e.g. the disk filled while its manifest was written
        raise
    if after_write is not None:
        after_write(staging)
    try:
        digest = verify(staging, target)
    except BackupError as exc:  # set aside: what no one needs any more goes (disk space)
        exc.removed_aside = files.clean_aside(plan.folder, at)  # type: ignore[attr-defined]
        raise
    # Its manifest first: killed in between, an orphan manifest is cleared, nothing counted.
    manifest.path_for(staging).replace(manifest.path_for(target))
    staging.replace(target)
    outcome = Outcome(str(target), at, target.stat().st_size, digest, reason)
    if plan.copy_to is not None:
        try:
            outcome.copy = str(_copy(target, plan.copy_to, outcome.sha256))
            outcome.deleted += rotate(plan.copy_to, plan.policy)
        except (OSError, BackupError) as exc:
            outcome.copy_error = str(exc)
    outcome.deleted += rotate(plan.folder, plan.policy)
    outcome.removed_aside = files.clean_aside(plan.folder, at)
    return outcome


def _copy(source: Path, folder: Path, digest: str) -> Path:
    """Copy a backup and its manifest; the copy is checked byte for byte before it counts."""
    if not folder.is_dir():
        raise BackupError(f"the second backup location is not available: {folder}")
    final = folder / source.name
    partial = folder / f".{source.name}.partial"
    try:
        shutil.copyfile(source, partial)
        if sha256(partial) != digest:
            raise BackupError(f"the copy in {folder} differs from the backup")
        shutil.copyfile(manifest.path_for(source), manifest.path_for(final))
        partial.replace(final)
    finally:
        partial.unlink(missing_ok=True)
    return final


def rotate(folder: Path, policy: RotationPolicy) -> list[str]:
    """Delete the automatic backups the policy no longer keeps (never the newest one that
    passed the full check); returns their paths."""
    return _rotate(folder, policy, max(full_check.passed(folder), default=None))


def run_if_due(db: Database, plan: Plan, *, reason: str = "daily") -> Outcome | None:
    """The daily backup, when there is no good one from today yet (the scheduler's tick)."""
    if not status(plan, db.clock()).due:
        return None
    return run(db, plan, reason=reason)


@dataclass(frozen=True)
class Check:
    """What the desk's scheduler learns after one look: the state, and what was done."""

    status: Status
    max_age_hours: int
    outcome: Outcome | None = None
    error: str | None = None
    skipped: str | None = None  # why no sign-out backup was taken
    #: "failed" (no backup made), "not_checked" (made, could not be checked: not counted),
    #: "damaged" (a check of the content failed: the live database may be damaged),
    #: "full_check_not_made" (the daily full check could not run; the backups are unchanged)
    error_kind: str | None = None
    full_checked: Path | None = None  # the backup the daily full check passed just now
    removed_aside: tuple[str, ...] = ()  # set-aside backups removed as no longer needed


def scheduled(db: Database, folder: Path, *, reason: str = "daily",
              force: bool = False) -> Check:
    """The desk's scheduler hook: back up if due (or ``force``); when nothing was due, the
    daily full check if due; and say how things stand.

    Never raises for a backup problem: the error is reported for the status bar.
    """
    plan = plan_for(profile_service.current(db), folder)
    outcome = checked = error = kind = None
    removed: list[str] = []
    try:
        outcome = run(db, plan, reason=reason) if force else run_if_due(db, plan, reason=reason)
        if outcome is None and not force:
            checked = full_check.run_if_due(plan.folder, db.clock())
    except full_check.NotMade as exc:  # the backups stay as good as they were; tried again
        error, kind = str(exc), "full_check_not_made"
    except BackupError as exc:
        error, kind = str(exc), ("not_checked" if isinstance(exc, NotChecked) else
                                 "damaged" if isinstance(exc, Damaged) else "failed")
        removed = getattr(exc, "removed_aside", [])
    if outcome is not None:
        removed = outcome.removed_aside
        if outcome.copy_error:
            error, kind = outcome.copy_error, "failed"
    return Check(status(plan, db.clock()), plan.max_age_hours, outcome, error, error_kind=kind,
                 full_checked=checked, removed_aside=tuple(removed))


def other_desks(db: Database) -> list[dict[str, object]]:
    """The other desks (processes) that have this database open now."""
    live = backup_service.sqlite_path(db.url)
    me = (socket.gethostname(), os.getpid())
    return [d for d in desk_lease.open_desks(live) if (d.get("host"), d.get("pid")) != me]


def at_sign_out(db: Database, folder: Path) -> Check:
    """A backup when the last user signs out: none while another desk has the database open,
    nor within :data:`SIGN_OUT_GAP` of the last good one (staff taking turns at one desk)."""
    plan = plan_for(profile_service.current(db), folder)
    state = status(plan, db.clock())
    others = other_desks(db)
    if others:
        return Check(state, plan.max_age_hours, skipped=f"{len(others)} other desk(s) still open")
    if state.last_good is not None and db.clock() - state.last_good < SIGN_OUT_GAP:
        return Check(state, plan.max_age_hours, skipped="backed up moments ago")
    return scheduled(db, folder, reason="sign-out", force=True)


@dataclass(frozen=True)
class Overview:
    """What the Backups screen shows: where, the policy, the state, the kept files."""

    plan: Plan
    status: Status
    backups: list[tuple[datetime, int]]  # newest first: when, bytes
    #: backups set aside and still kept (newest first): when, DAMAGED or UNCHECKED, bytes
    aside: list[tuple[datetime, str, int]] = field(default_factory=list)
    full_check: datetime | None = None  # the newest backup that passed the full check


def overview(db: Database, folder: Path) -> Overview:
    plan = plan_for(profile_service.current(db), folder)
    found = sorted(good_backups(plan.folder).items(), reverse=True)
    aside = sorted(((t, state, p.stat().st_size) for state in (DAMAGED, UNCHECKED)
                    for t, p in set_aside(plan.folder, state).items()), reverse=True)
    return Overview(plan, status(plan, db.clock()), [(t, p.stat().st_size) for t, p in found],
                    aside, max(full_check.passed(plan.folder), default=None))


def drill_latest(db: Database, folder: Path) -> DrillReport:
    """The restore drill for this database's automatic backups (the Backups screen's button)."""
    return drill(plan_for(profile_service.current(db), folder), clock=db.clock)


@dataclass(frozen=True)
class DrillReport:
    backup: str
    taken_at: datetime
    revision: str
    counts: dict[str, int]
    matches_manifest: bool  # the restored counts are those recorded when the backup was made
    seconds: float


def drill(plan: Plan, scratch: Path | None = None,
          clock: Callable[[], datetime] = datetime.now) -> DrillReport:
    """Restore the latest good backup into a scratch folder, open it, count its records.

    Proves the backups can be restored without touching the live database. BackupError when
    there is no backup or it cannot be restored.
    """
    started = time.perf_counter()
    backups = good_backups(plan.folder)
    if not backups:
        raise BackupError(f"there is no automatic backup in {plan.folder}")
    taken_at = max(backups)
    with tempfile.TemporaryDirectory(prefix="desk-drill-", dir=scratch) as tmp:
        live = Path(tmp) / "drill.sqlite3"
        info = backup_service.restore(f"sqlite:///{live}", backups[taken_at])
        # Opened like a desk opens it: an older backup is migrated here, in the scratch folder.
        restored = Database.open(f"sqlite:///{live}", clock=clock)
        restored.dispose()
        with closing(cipher.connect(f"file:{live}?mode=ro", uri=True)) as conn:
            present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                      for t in DRILL_TABLES if t in present}
    recorded = (manifest.read(backups[taken_at]) or {}).get("counts", {})
    same = all(recorded.get(t) == n for t, n in counts.items())
    return DrillReport(str(backups[taken_at]), taken_at, info["revision"], counts, same,
                       round(time.perf_counter() - started, 3))
