"""Online arrivals in (shared seeds 003 §5-2, 000 §5): a web form's export — CSV or XLSX, Arabic
or English headers — or the files dropped in a watched folder, read into the review queue.

Nothing is created here: each submission is checked with the registration form's rules and
looked up in the registry (the same rule that warns the desk of a duplicate), then waits for a
person (:mod:`desk_app.services.online_arrivals`). A submission read again — form tools export
every answer so far, so yesterday's rows are in today's file — is recognised by its fingerprint
and not queued twice. The whole file is one action: all its new rows are queued, or none.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desk_app.domain import beneficiary as brules
from desk_app.domain import online_forms as forms
from desk_app.domain.arabic import to_ascii_digits
from desk_app.domain.entities import Actor
from desk_app.domain.profile import OrgProfile
from desk_app.services import import_files, importer, registry
from desk_app.services.import_files import FileProblem
from desk_app.services.permissions import require
from desk_app.storage.db import Database
from desk_app.storage.online_tables import OnlineArrival
from desk_app.storage.repositories import settings as settings_repo

__all__ = ["FileProblem", "QueueReport", "folder", "import_file", "scan_folder", "set_folder"]

FOLDER_KEY = "online.watched_folder"
DONE_FOLDER = "imported"  # files read from the watched folder are moved here
_SUFFIXES = (".csv", ".xlsx")
_TIME_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%Y/%m/%d %H:%M:%S",
                 "%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%m/%d/%Y %H:%M:%S", "%m/%d/%Y %H:%M",
                 "%Y-%m-%d %H:%M", "%d/%m/%Y", "%Y-%m-%d")


@dataclass
class QueueReport:
    """What one file gave the queue."""

    source: str
    rows: int = 0
    queued: int = 0
    already_queued: int = 0
    by_match: dict[str, int] = field(default_factory=dict)
    ignored_columns: list[str] = field(default_factory=list)
    problem: str = ""  # the file could not be read (a FileProblem code): nothing queued


@dataclass
class _Row:
    number: int
    values: dict[str, str]
    submitted_at: datetime | None


def _columns(header: list[str]) -> tuple[dict[int, str], list[str]]:
    """Column index → field: the registration fields as the importer knows them, then the web
    form's own questions (service, description…); what neither knows is listed."""
    mapping, ignored = importer.map_columns(header, None)
    still = []
    for i, name in enumerate(header):
        if i in mapping or not name:
            continue
        target = forms.EXTRA_ALIASES.get(forms.header_key(name))
        if target and target not in mapping.values():
            mapping[i] = target
        else:
            still.append(name)
    return mapping, [n for n in ignored if n in still]


def _when(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value.replace(tzinfo=None, microsecond=0)
    text = to_ascii_digits(import_files.cell_text(value)).split(".")[0].strip()
    for fmt in _TIME_FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    return None


def _rows(cells_rows: Iterator[tuple[int, list[Any]]], mapping: dict[int, str]
          ) -> Iterator[_Row]:
    for number, cells in cells_rows:
        raw = {f: cells[i] if i < len(cells) else None for i, f in mapping.items()}
        values = {f: import_files.clean(import_files.cell_text(v), f == "description")
                  for f, v in raw.items() if f != "submitted_at"}
        if not any(values.values()):
            continue
        when = _when(raw.get("submitted_at"))
        if when is not None:
            values["submitted_at"] = when.isoformat(sep=" ")
        for part, text in forms.split_full_name(values.pop("full_name", "")).items():
            if not values.get(part):  # a name part asked on its own wins over the whole name
                values[part] = text
        yield _Row(number, values, when)


def _lookup(db: Database, row: _Row, vocab: Any, today: Any,
            seen: dict[tuple[str, str, str], int]) -> dict[str, Any]:
    """The registration rules' verdict and the registry match for one submission."""
    person = {k: v for k, v in row.values.items() if k in brules.FORM_FIELDS}
    data, errors = brules.validate(importer.to_form(person, vocab), today, vocab.rules)
    out: dict[str, Any] = {"problems": [[e.field, e.code] for e in errors], "candidates": [],
                           "beneficiary_id": None, "duplicate_of_row": None}
    if data is None:
        out["match"] = forms.INVALID
        return out
    identity = (data.id_type, data.id_country, data.id_number)
    if identity in seen:
        out["match"], out["duplicate_of_row"] = forms.DUPLICATE, seen[identity]
    seen.setdefault(identity, row.number)
    found = registry.find_duplicates(db, data)
    same = [d for d in found if "same_id" in d.reasons]
    if same:
        out["beneficiary_id"] = same[0].summary.id
        out.setdefault("match", forms.MATCHED)
    elif found:
        out["candidates"] = [d.summary.id for d in found]
        out.setdefault("match", forms.LIKELY)
    out.setdefault("match", forms.NEW)
    return out


def import_file(db: Database, actor: Actor, path: str | Path, profile: OrgProfile, *,
                default_kind: str = forms.REQUEST) -> QueueReport:
    """Read one export into the review queue; returns what it gave.

    Raises:
        FileProblem: the file cannot be read (its code says why); nothing is queued.
    """
    require(db, actor, "arrivals.import")
    path = Path(path)
    header, cells_rows = importer.read_table(path)
    mapping, ignored = _columns(header)
    report = QueueReport(path.name, ignored_columns=ignored)
    vocab, today, now = importer.vocabulary(profile), db.clock().date(), db.clock()
    with db.read() as s:
        known = set(s.scalars(select(OnlineArrival.fingerprint)))
    seen: dict[tuple[str, str, str], int] = {}
    occurrences: dict[str, int] = {}
    new: list[OnlineArrival] = []
    for row in _rows(cells_rows, mapping):
        report.rows += 1
        plain = forms.fingerprint(row.values, 0)
        occurrences[plain] = occurrences.get(plain, 0) + 1
        mark = forms.fingerprint(row.values, occurrences[plain])
        if mark in known:
            report.already_queued += 1
            continue
        looked = _lookup(db, row, vocab, today, seen)
        kind = forms.kind_of(row.values.get("kind", ""), default_kind)
        new.append(OnlineArrival(
            fingerprint=mark, source=path.name[:255], row_no=row.number, kind=kind,
            submitted_at=row.submitted_at, imported_at=now, imported_by=actor.full_name
            or actor.username, values=row.values, status=forms.WAITING, **looked))
        report.by_match[looked["match"]] = report.by_match.get(looked["match"], 0) + 1
    if new:
        with db.action(actor, "arrivals.import", "online_import", path.name[:36]) as s:
            s.add_all(new)
    report.queued = len(new)
    return report


def folder(db: Database) -> str:
    """The watched folder ('' when none is set)."""
    with db.read() as s:
        return settings_repo.get(s, FOLDER_KEY) or ""


def set_folder(db: Database, actor: Actor, path: str) -> None:
    require(db, actor, "arrivals.import")
    with db.action(actor, "arrivals.folder", "settings", FOLDER_KEY) as s:
        settings_repo.put(s, FOLDER_KEY, path.strip())


def scan_folder(db: Database, actor: Actor, profile: OrgProfile,
                where: str | Path | None = None) -> list[QueueReport]:
    """Read every export waiting in the watched folder; each file read is moved to its
    ``imported`` subfolder (a file that cannot be read stays, and says why in its report)."""
    require(db, actor, "arrivals.import")
    base = Path(where) if where else Path(folder(db))
    if not str(base) or not base.is_dir():
        return []
    reports = []
    for path in sorted(p for p in base.iterdir() if p.suffix.lower() in _SUFFIXES):
        try:
            report = import_file(db, actor, path, profile)
        except FileProblem as exc:
            reports.append(QueueReport(path.name, problem=exc.problem.code))
            continue
        done = base / DONE_FOLDER
        done.mkdir(exist_ok=True)
        target = done / path.name
        if target.exists():
            target = done / f"{path.stem}-{db.clock():%Y%m%d%H%M%S}{path.suffix}"
        shutil.move(str(path), target)
        reports.append(report)
    return reports
