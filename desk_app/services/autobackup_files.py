"""The automatic backups' folder: which file is what, and what may be removed.

``desk-auto-<stamp>.sqlite3`` with its ``.manifest.json`` is a good backup: it is given that
name only once it has been written, its manifest written and the file read back and checked
(until then it is ``….sqlite3.verifying``). A process killed or a disk filled at any step
leaves nothing with the good name: a left-over ``.verifying`` or ``.partial`` file is removed
at the next backup. ``….sqlite3.damaged`` failed a check, ``….sqlite3.unchecked`` could not
be read back to check it; neither counts as good, and :func:`clean_aside` removes those no one
still needs (the rule: :func:`desk_app.domain.backup_rotation.aside_to_remove`).
``….sqlite3.fullcheck.json`` records the scheduled full check of a backup.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from desk_app.domain.backup_rotation import RotationPolicy, aside_to_remove, to_keep
from desk_app.storage import manifest

log = logging.getLogger(__name__)

PREFIX, SUFFIX, STAMP = "desk-auto-", ".sqlite3", "%Y%m%d-%H%M%S"
DAMAGED = ".damaged"
UNCHECKED = ".unchecked"  # written, but it could not be read back to check it
VERIFYING = ".verifying"  # written, not yet checked: never counted
FULL_CHECK = ".fullcheck.json"
SIDECARS = ("-journal", "-wal", "-shm")


def file_name(at: datetime) -> str:
    return f"{PREFIX}{at.strftime(STAMP)}{SUFFIX}"


def stamp_of(path: Path, state: str = "") -> datetime | None:
    """The time in an automatic backup's name (``state``: "", DAMAGED, UNCHECKED, VERIFYING);
    None for any other file."""
    name, end = path.name, SUFFIX + state
    if not (name.startswith(PREFIX) and name.endswith(end)):
        return None
    try:
        return datetime.strptime(name[len(PREFIX):-len(end)], STAMP)
    except ValueError:
        return None


def _found(folder: Path, state: str) -> dict[datetime, Path]:
    if not folder.is_dir():
        return {}
    found = {}
    for path in folder.iterdir():
        stamp = stamp_of(path, state)
        if stamp is not None and path.is_file():
            found[stamp] = path
    return found


def good_backups(folder: Path) -> dict[datetime, Path]:
    """The verified automatic backups in ``folder`` by time: a good name and its manifest."""
    return {t: p for t, p in _found(folder, "").items() if manifest.path_for(p).is_file()}


def set_aside(folder: Path, state: str) -> dict[datetime, Path]:
    """The backups set aside as ``state`` (DAMAGED or UNCHECKED), by time."""
    return _found(folder, state)


def full_check_record(path: Path) -> Path:
    return path.with_name(path.name + FULL_CHECK)


def remove(path: Path) -> None:
    """A backup file and everything that belongs to it."""
    for p in (path, *(Path(f"{path}{s}") for s in SIDECARS), manifest.path_for(path),
              full_check_record(path)):
        p.unlink(missing_ok=True)


def put_aside(path: Path, final: Path, state: str, *, keep_manifest: bool) -> str:
    """Rename ``path`` to ``final`` + ``state`` (its manifest too, or removed), so that it is
    not counted as good; the new name, or why it could not be renamed."""
    aside = final.with_name(final.name + state)
    try:
        path.replace(aside)
        for side in SIDECARS:  # stays with its file, never beside a new one
            if Path(f"{path}{side}").exists():
                Path(f"{path}{side}").replace(f"{aside}{side}")
        if keep_manifest:
            manifest.path_for(path).replace(manifest.path_for(aside))
        else:
            manifest.path_for(path).unlink(missing_ok=True)
        full_check_record(path).unlink(missing_ok=True)
    except OSError as exc:
        return f"{aside} (could not be renamed: {exc})"
    return str(aside)


def clean_leftovers(folder: Path) -> list[str]:
    """Remove what an interrupted automatic backup left (killed, or the disk full): files
    being written or checked, and manifests whose backup is gone. Call it only when no other
    desk may be writing a backup into ``folder`` now."""
    gone = []
    for path in folder.iterdir() if folder.is_dir() else ():
        name = path.name
        verifying = name.startswith(PREFIX) and VERIFYING in name
        partial = name.startswith(f".{PREFIX}") and ".partial" in name
        orphan = (name.startswith(PREFIX) and name.endswith(".manifest.json")
                  and not path.with_name(name.removesuffix(".manifest.json")).exists())
        if (verifying or partial or orphan) and path.is_file():
            path.unlink(missing_ok=True)
            gone.append(str(path))
    return gone


def clean_aside(folder: Path, now: datetime) -> list[str]:
    """Remove the set-aside backups no one still needs (the rule in aside_to_remove); each
    removal is logged and returned, for the administrator."""
    damaged, unchecked = set_aside(folder, DAMAGED), set_aside(folder, UNCHECKED)
    gone_damaged, gone_unchecked = aside_to_remove(damaged, unchecked, good_backups(folder), now)
    gone = [damaged[t] for t in sorted(gone_damaged)] + [unchecked[t] for t in
                                                         sorted(gone_unchecked)]
    for path in gone:
        remove(path)
        log.info("removed a backup set aside earlier, no longer needed: %s", path)
    return [str(p) for p in gone]


def rotate(folder: Path, policy: RotationPolicy, also_keep: datetime | None = None) -> list[str]:
    """Delete the automatic backups the policy no longer keeps; returns their paths.
    ``also_keep``: the newest backup that passed the full check, kept whatever its age."""
    backups = good_backups(folder)
    keep = to_keep(backups, policy) | {also_keep}
    gone = []
    for stamp, path in sorted(backups.items()):
        if stamp not in keep:
            remove(path)
            gone.append(str(path))
    return gone
