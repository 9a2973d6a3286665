"""Queries of the duplicates review: groups sharing a key, known pairs, merged files' links,
and moving a file's records to another file."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence

from sqlalchemy import func, or_, select, tuple_
from sqlalchemy.orm import Session

from desk_app.domain.beneficiary import Candidate
from desk_app.storage.duplicates_tables import BeneficiaryMerge, DuplicatePair
from desk_app.storage.requests_tables import ServiceRequest
from desk_app.storage.tables import Base, Beneficiary, HouseholdMember

CANDIDATE_COLUMNS = (Beneficiary.id, Beneficiary.name_key, Beneficiary.id_type,
                     Beneficiary.id_number, Beneficiary.id_country, Beneficiary.birth_date,
                     Beneficiary.mobile)

#: Records that stay where they are when a file is merged: who looked at which file is history.
NOT_MOVED = frozenset({"access_log", "household_members"})

#: Keys whose groups are compared pair by pair (the registration rules need one of them equal).
_GROUP_KEYS = (
    (Beneficiary.id_type, Beneficiary.id_country, Beneficiary.id_number),
    (Beneficiary.name_key,),
    (Beneficiary.birth_date, Beneficiary.mobile),
)


def candidate(row) -> Candidate:  # noqa: ANN001 - a Beneficiary or a row of CANDIDATE_COLUMNS
    return Candidate(row.id, row.name_key, row.id_type, row.id_number, row.id_country,
                     row.birth_date, row.mobile)


def _not_merged():  # noqa: ANN202
    return Beneficiary.id.not_in(select(BeneficiaryMerge.merged_id))


def groups(session: Session) -> Iterator[list[Candidate]]:
    """Files (merged ones excepted) sharing an identity document, a name key, or a birth date
    and mobile, one group at a time: the database finds the groups, only they are read."""
    for key in _GROUP_KEYS:
        shared = (select(*key).where(_not_merged(), *(c.is_not(None) for c in key))
                  .group_by(*key).having(func.count() > 1))
        rows = session.execute(select(*CANDIDATE_COLUMNS, *key)
                               .where(tuple_(*key).in_(shared), _not_merged())
                               .order_by(*key, Beneficiary.id))
        current: list[Candidate] = []
        last = None
        for row in rows:
            value = tuple(row[len(CANDIDATE_COLUMNS):])
            if value != last and current:
                yield current
                current = []
            last = value
            current.append(candidate(row))
        if current:
            yield current


def merged_into(session: Session, ids: Iterable[str]) -> dict[str, str]:
    """``{merged file: the file it now lives in}`` for those of ``ids`` that were merged."""
    ids = list(ids)
    if not ids:
        return {}
    return dict(session.execute(select(BeneficiaryMerge.merged_id, BeneficiaryMerge.kept_id)
                                .where(BeneficiaryMerge.merged_id.in_(ids))).all())


def resolve(session: Session, ids: Sequence[str]) -> list[str]:
    """``ids`` with merged files replaced by the file they were merged into, each once."""
    links = merged_into(session, ids)
    out: list[str] = []
    for i in ids:
        target = links.get(i, i)
        if target not in out:
            out.append(target)
    return out


def pairs_by_key(session: Session, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str],
                                                                              DuplicatePair]:
    keys = list(keys)
    found: dict[tuple[str, str], DuplicatePair] = {}
    for start in range(0, len(keys), 500):
        chunk = keys[start:start + 500]
        for p in session.scalars(select(DuplicatePair).where(
                tuple_(DuplicatePair.first_id, DuplicatePair.second_id).in_(chunk))):
            found[(p.first_id, p.second_id)] = p
    return found


def pairs_of(session: Session, beneficiary_id: str) -> list[DuplicatePair]:
    return list(session.scalars(select(DuplicatePair).where(or_(
        DuplicatePair.first_id == beneficiary_id, DuplicatePair.second_id == beneficiary_id))))


def request_counts(session: Session, ids: Iterable[str]) -> dict[str, int]:
    ids = list(ids)
    if not ids:
        return {}
    return dict(session.execute(select(ServiceRequest.beneficiary_id, func.count())
                                .where(ServiceRequest.beneficiary_id.in_(ids))
                                .group_by(ServiceRequest.beneficiary_id)).all())


def movable_classes() -> list[type]:
    """Every mapped class whose rows belong to one beneficiary (``beneficiary_id``), so that a
    table added later is moved by a merge without anyone remembering to list it here."""
    return sorted((m.class_ for m in Base.registry.mappers
                   if "beneficiary_id" in m.columns and m.local_table.name not in NOT_MOVED),
                  key=lambda cls: cls.__tablename__)


def move_records(session: Session, other_id: str, keep_id: str) -> dict[str, int]:
    """Point every record of ``other_id`` at ``keep_id``; ``{table: rows moved}``.

    A survey invitation the kept file already has for the same campaign and subject is not
    moved twice (a person is asked once); the other file's one is removed instead.
    """
    moved: dict[str, int] = defaultdict(int)
    for cls in movable_classes():
        for row in session.scalars(select(cls).where(cls.beneficiary_id == other_id)):
            if cls.__tablename__ == "survey_invitations" and _invited(session, cls, row, keep_id):
                session.delete(row)
                continue
            row.beneficiary_id = keep_id
            moved[cls.__tablename__] += 1
    moved["household_members"] = _move_household(session, other_id, keep_id)
    return dict(moved)


def _invited(session: Session, cls: type, row, keep_id: str) -> bool:  # noqa: ANN001
    return session.scalar(select(func.count()).select_from(cls).where(
        cls.campaign_id == row.campaign_id, cls.subject_ref == row.subject_ref,
        cls.beneficiary_id == keep_id)) > 0


def _move_household(session: Session, other_id: str, keep_id: str) -> int:
    """The other file's household members join the kept file's, after its own."""
    last = session.scalar(select(func.max(HouseholdMember.position))
                          .where(HouseholdMember.beneficiary_id == keep_id))
    start = -1 if last is None else last
    members = session.scalars(select(HouseholdMember).where(
        HouseholdMember.beneficiary_id == other_id).order_by(HouseholdMember.position)).all()
    for n, member in enumerate(members, start=start + 1):
        member.beneficiary_id, member.position = keep_id, n
    return len(members)
