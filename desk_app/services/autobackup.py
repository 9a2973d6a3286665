"""Automatic backups: once a day and at sign-out, verified after writing, rotated, copied.

Each backup is taken with :func:`desk_app.services.backup.backup` (SQLite's online backup API, an
integrity check of the copy, a manifest with its SHA-256 and row counts), then **read back from
the disk** and checked again: against its manifest, and with
:func:`~desk_app.services.backup.check_backup_file` opened read-only (header, integrity, a
schema this version knows). What was written is what is kept. A file that fails is renamed
``*.damaged``, one that could not be read back to check it ``*.unchecked``; neither is ever
counted as good. The optional second location (a USB drive, a network
folder) receives a byte-for-byte copy with its manifest, compared by SHA-256. The rotation (which files to keep)
is the pure rule in :mod:`desk_app.domain.backup_rotation`. Time comes from the database's
injected clock, never from the wall clock here.
"""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from desk_app.domain.backup_rotation import RotationPolicy, is_due, is_stale, to_keep
from desk_app.services import backup as backup_service
from desk_app.services import profile as profile_service
from desk_app.services.backup import BackupError, KeyNeeded, NotChecked
from desk_app.storage import cipher, desk_lease, manifest
from desk_app.storage.db import Database

PREFIX, SUFFIX, STAMP = "desk-auto-", ".sqlite3", "%Y%m%d-%H%M%S"
DAMAGED = ".damaged"
UNCHECKED = ".unchecked"  # written, but it could not be read back to check it
# What the restore drill counts (the tables people would miss first).
DRILL_TABLES = ("beneficiaries", "household_members", "service_requests", "issued_documents",
                "complaints", "survey_responses", "staff", "audit_events")

AfterWrite = Callable[[Path], None]
SIGN_OUT_GAP = timedelta(minutes=30)


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

    def to_dict(self) -> dict[str, object]:
        return {**self.__dict__, "at": self.at.isoformat(timespec="seconds")}


def plan_for(profile: object | None, folder: Path) -> Plan:
    """The plan from the organisation profile (its age limit and second folder)."""
    copy = getattr(profile, "backup_copy_folder", "") or ""
    return Plan(folder=folder, copy_to=Path(copy) if copy else None,
                max_age_hours=getattr(profile, "backup_max_age_hours", 26))


def file_name(at: datetime) -> str:
    return f"{PREFIX}{at.strftime(STAMP)}{SUFFIX}"


def stamp_of(path: Path) -> datetime | None:
    """The time in an automatic backup's name; None for any other file."""
    name = path.name
    if not (name.startswith(PREFIX) and name.endswith(SUFFIX)):
        return None
    try:
        return datetime.strptime(name[len(PREFIX):-len(SUFFIX)], STAMP)
    except ValueError:
        return None


def good_backups(folder: Path) -> dict[datetime, Path]:
    """The verified automatic backups in ``folder`` by time (damaged ones are renamed away)."""
    if not folder.is_dir():
        return {}
    found = {}
    for path in folder.iterdir():
        stamp = stamp_of(path)
        if stamp is not None and path.is_file():
            found[stamp] = path
    return found


def status(plan: Plan, now: datetime) -> Status:
    backups = good_backups(plan.folder)
    last = max(backups) if backups else None
    return Status(last, is_stale(last, now, plan.max_age_hours), is_due(last, now), len(backups))


def verify(path: Path) -> str:
    """Read the written file back and check it; returns its SHA-256.

    The file is opened read-only (SQLite ``mode=ro``): nothing can write to the backup, and no
    scratch copy is made (at 1M beneficiaries that was 2.7 GB more on the disk per backup).
    Its content passed the full integrity check as it was written, so it is read back with
    ``quick_check``; a restore runs the full check again.
    A file that fails its check is renamed ``*.damaged`` (BackupError). A file that could not
    be checked (a disk, permission or lock error: :class:`NotChecked`) is not called damaged:
    it is renamed ``*.unchecked`` with its manifest, so it is not counted as good and can still
    be restored by hand (the restore checks it in full).
    """
    try:
        expected = manifest.read(path)
        why = "it has no manifest" if expected is None else manifest.mismatch(path, expected)
        if why:
            raise BackupError(why)
        key = backup_service.backup_key(path, expected)  # encrypted: authenticated too
        # quick_check: backup() ran the full integrity_check on this content as it wrote it;
        # what is left to prove is that the bytes on the disk are those (SHA-256 above) and
        # read back as a sound file. A restore runs the full check again.
        backup_service.check_backup_file(path, key, read_only=True, quick=True)
        return str(expected["sha256"])  # type: ignore[index]
    except (BackupError, OSError, ValueError) as exc:
        if _cannot_check(exc):
            aside = _set_aside(path, UNCHECKED, keep_manifest=True)
            raise NotChecked(f"the backup could not be checked after writing ({exc}); it is "
                             f"not counted as a good backup; kept aside as {aside}") from exc
        aside = _set_aside(path, DAMAGED, keep_manifest=False)
        raise BackupError(f"the backup failed its check after writing ({exc}); "
                          f"kept aside as {aside}") from exc


def _cannot_check(exc: Exception) -> bool:
    """The check could not be made (versus: it was made and failed)."""
    if isinstance(exc, (OSError, NotChecked, KeyNeeded)):
        return True
    return isinstance(exc, ValueError) and isinstance(exc.__cause__, OSError)  # manifest


def _set_aside(path: Path, suffix: str, *, keep_manifest: bool) -> str:
    """Rename ``path`` (and its manifest, or remove it) so it is not counted as good."""
    aside = path.with_name(path.name + suffix)
    try:
        path.replace(aside)
        for side in ("-journal", "-wal"):  # stays with its file, never beside a new one
            if Path(f"{path}{side}").exists():
                Path(f"{path}{side}").replace(f"{aside}{side}")
        if keep_manifest:
            manifest.path_for(path).replace(manifest.path_for(aside))
        else:
            manifest.path_for(path).unlink(missing_ok=True)
    except OSError as exc:
        return f"{aside} (could not be renamed: {exc})"
    return str(aside)


def sha256(path: Path) -> str:
    return manifest.sha256(path)


def run(db: Database, plan: Plan, *, reason: str = "daily",
        after_write: AfterWrite | None = None) -> Outcome:
    """Take one verified backup now, copy it to the second location, rotate both folders.

    ``after_write`` is called between writing and verifying (tests damage the file there).
    Raises BackupError when the backup itself could not be made or verified; a failed copy to
    the second location is reported in ``copy_error`` (the backup itself is good).
    """
    at = db.clock().replace(microsecond=0)
    try:
        plan.folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(f"the backup folder cannot be created: {plan.folder} ({exc})") from exc
    target = plan.folder / file_name(at)
    backup_service.backup(db, target)
    if after_write is not None:
        after_write(target)
    digest = verify(target)
    outcome = Outcome(str(target), at, target.stat().st_size, digest, reason)
    if plan.copy_to is not None:
        try:
            outcome.copy = str(_copy(target, plan.copy_to, outcome.sha256))
            outcome.deleted += rotate(plan.copy_to, plan.policy)
        except (OSError, BackupError) as exc:
            outcome.copy_error = str(exc)
    outcome.deleted += rotate(plan.folder, plan.policy)
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
    """Delete the automatic backups the policy no longer keeps; returns their paths."""
    backups = good_backups(folder)
    keep = to_keep(backups, policy)
    gone = []
    for stamp, path in sorted(backups.items()):
        if stamp not in keep:
            path.unlink(missing_ok=True)
            manifest.path_for(path).unlink(missing_ok=True)
            gone.append(str(path))
    return gone


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


def scheduled(db: Database, folder: Path, *, reason: str = "daily",
              force: bool = False) -> Check:
    """The desk's scheduler hook: back up if due (or ``force``), and say how things stand.

    Never raises for a backup problem: the error is reported for the status bar.
    """
    plan = plan_for(profile_service.current(db), folder)
    outcome, error = None, None
    try:
        outcome = run(db, plan, reason=reason) if force else run_if_due(db, plan, reason=reason)
    except BackupError as exc:
        error = str(exc)
    if outcome is not None and outcome.copy_error:
        error = outcome.copy_error
    return Check(status(plan, db.clock()), plan.max_age_hours, outcome, error)


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


def overview(db: Database, folder: Path) -> Overview:
    plan = plan_for(profile_service.current(db), folder)
    found = sorted(good_backups(plan.folder).items(), reverse=True)
    return Overview(plan, status(plan, db.clock()), [(t, p.stat().st_size) for t, p in found])


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
