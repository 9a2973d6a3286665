"""Writing checked import rows: in one action (or chunks of :data:`CHUNK` with "valid rows
only"), each checked once more, under the action's write lock, against whoever a desk registered
since the file was checked, so an import and a desk never both save the same person."""

from __future__ import annotations

from dataclasses import dataclass, fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain.beneficiary import BeneficiaryData
from desk_app.domain.entities import Actor
from desk_app.services import registry
from desk_app.services.import_files import ImportReport, RejectedRow
from desk_app.storage.db import Database
from desk_app.storage.repositories import beneficiaries as repo
from desk_app.storage.repositories import counters
from desk_app.storage.tables import Beneficiary, HouseholdMember

CHUNK = 5000


@dataclass
class Checked:
    row: int
    data: BeneficiaryData


_DATA_COLUMNS = tuple(f.name for f in fields(BeneficiaryData) if f.name != "household")


class RegistryChanged(Exception):
    """Someone registered a likely duplicate of these rows after they were checked."""

    def __init__(self, rejected: list[RejectedRow]):
        super().__init__(f"{len(rejected)} row(s) now duplicate the registry")
        self.rejected = rejected


def _registered_since(s: Session, since: int, ours: list[tuple[int, int]]) -> list[Beneficiary]:
    """People registered after the file was checked, not by this import (usually none)."""
    query = select(Beneficiary).where(Beneficiary.seq > since)
    for low, high in ours:
        query = query.where(~Beneficiary.seq.between(low, high))
    return list(s.scalars(query))


def write_batch(db: Database, actor: Actor, branch: str, batch: list[Checked], since: int,
                ours: list[tuple[int, int]]) -> list[str]:
    """Insert ``batch`` in one action. Under its write lock, the rows are checked once more
    against whoever a desk registered since the file was checked (``seq > since``)."""
    now = db.clock()
    numbers = []
    with db.action(actor, "beneficiary.import", "import") as s:
        newcomers = _registered_since(s, since, ours)
        changed = [RejectedRow(item.row, "id_number", "possible_duplicate",
                               ", ".join(d.summary.file_number for d in found))
                   for item in batch
                   if (found := registry.duplicates_among(item.data, newcomers))]
        if changed:
            raise RegistryChanged(changed)  # the action rolls back: nothing of this batch
        seq = first = repo.next_seq(s)
        for item in batch:
            data = item.data
            b = Beneficiary(seq=seq, branch_code=branch,
                            file_number=registry.file_number(
                                branch, counters.next_value(s, f"file:{branch}")),
                            name_key=data.name_key, data_reviewed_on=now.date(),
                            created_at=now, updated_at=now,
                            **{name: getattr(data, name) for name in _DATA_COLUMNS})
            b.household = [HouseholdMember(position=i, name=m.name, relation=m.relation,
                                           birth_date=m.birth_date, id_number=m.id_number)
                           for i, m in enumerate(data.household)]
            s.add(b)
            numbers.append(b.file_number)
            seq += 1
    ours.append((first, seq - 1))
    return numbers


def write_all(db: Database, actor: Actor, branch: str, good: list[Checked],
               report: ImportReport, skip_invalid: bool, since: int) -> None:
    step = CHUNK if skip_invalid else len(good)
    ours: list[tuple[int, int]] = []
    for start in range(0, len(good), step):
        chunk = good[start:start + step]
        try:
            numbers = write_batch(db, actor, branch, chunk, since, ours)
        except RegistryChanged as exc:
            report.rejected += exc.rejected
            if not skip_invalid:
                return
            late = {r.row for r in exc.rejected}
            chunk = [c for c in chunk if c.row not in late]
            numbers = write_batch(db, actor, branch, chunk, since, ours) if chunk else []
        report.file_numbers += numbers
        report.imported += len(chunk)
        report.written = report.written or bool(chunk)


