"""Cross-branch duplicates (issue 14): find files that may be one person, list them for a
person to decide, merge two files into one, or record that they are different people.

The rules are the registration desk's (:func:`desk_app.domain.beneficiary.duplicate_reasons`):
the same identity document is a definite duplicate; the same normalised name (spelling
variants meet) with the same birth date or mobile, or a very similar name with both, a likely
one. A pair marked different is never proposed again; a merged file stays in the registry,
linked to the file it was merged into, and the registry search leads from it to that file.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain import duplicates as rules
from desk_app.domain.beneficiary import full_name
from desk_app.domain.entities import Actor
from desk_app.domain.validation import ValidationFailed
from desk_app.services.permissions import require
from desk_app.storage.db import Database
from desk_app.storage.duplicates_tables import BeneficiaryMerge, DuplicatePair
from desk_app.storage.repositories import beneficiaries as registry_repo
from desk_app.storage.repositories import duplicates as repo
from desk_app.storage.tables import Beneficiary


class MergeRefused(Exception):
    """The two files cannot be merged as asked; ``code`` picks the sentence shown
    (``same_file``, ``already_merged``, ``ids_differ``: confirm first, ``not_found``)."""

    def __init__(self, code: str):
        self.code = code
        super().__init__(code)


@dataclass(frozen=True)
class Side:
    """One file of a pair, as the review screen compares it."""

    id: str
    file_number: str
    full_name: str
    id_number: str
    birth_date: date | None
    mobile: str
    branch_code: str
    requests: int


@dataclass(frozen=True)
class Pair:
    id: str
    strength: str
    reasons: tuple[str, ...]
    status: str
    found_at: datetime
    first: Side
    second: Side
    note: str = ""
    kept_id: str | None = None


@dataclass(frozen=True)
class Merged:
    kept_id: str
    merged_id: str
    moved: dict[str, int]


def _record(s: Session, found: Iterable[rules.Found], now: datetime) -> int:
    """Add new pairs to the review list; an open pair takes the latest reasons. Pairs already
    decided (merged, different) stay as decided. Returns how many pairs were added."""
    by_key = {(f.first_id, f.second_id): f for f in found}
    known = repo.pairs_by_key(s, by_key)
    added = 0
    for key, f in by_key.items():
        pair = known.get(key)
        if pair is None:
            s.add(DuplicatePair(id=rules.pair_id(f.first_id, f.second_id), first_id=f.first_id, second_id=f.second_id, strength=f.strength,
                                reasons=",".join(f.reasons), status=rules.OPEN, found_at=now))
            added += 1
        elif pair.status == rules.OPEN and pair.reasons != ",".join(f.reasons):
            pair.reasons, pair.strength = ",".join(f.reasons), f.strength
    return added


def check_newcomers(db: Database, beneficiary_ids: Iterable[str], actor: Actor) -> int:
    """Check files that just arrived (a synchronisation, an import) against the whole registry
    and list the likely duplicates; returns how many new pairs were listed.

    No permission of its own: it is part of the synchronisation that brought the files, which
    checked its actor; the review list it writes decides nothing.
    """
    ids = list(dict.fromkeys(beneficiary_ids))
    with db.action(actor, "duplicates.check", "duplicates") as s:
        merged = repo.merged_into(s, ids)
        found: list[rules.Found] = []
        for start in range(0, len(ids), 500):
            chunk = [i for i in ids[start:start + 500] if i not in merged]
            for new in s.scalars(select(Beneficiary).where(Beneficiary.id.in_(chunk))):
                found.extend(_pairs_for(s, new))
        return _record(s, found, db.clock())


def _pairs_for(s: Session, new: Beneficiary) -> list[rules.Found]:
    rows = registry_repo.possible_duplicates(
        s, id_type=new.id_type, id_country=new.id_country, id_number=new.id_number,
        name_key=new.name_key, birth_date=new.birth_date, mobile=new.mobile, limit=50)
    gone = repo.merged_into(s, [r.id for r in rows])
    me = repo.candidate(new)
    return [p for r in rows if r.id not in gone and (p := rules.pair_of(me, repo.candidate(r)))]


def find_all(db: Database, actor: Actor) -> int:
    """The administrator's "find duplicates" run over the whole registry; returns how many new
    pairs were listed (the ones already listed or decided are left as they are)."""
    require(db, actor, "beneficiary.merge")
    with db.action(actor, "duplicates.find", "duplicates") as s:
        found = [p for group in repo.groups(s) for p in rules.pairs_in_group(group)]
        return _record(s, found, db.clock())


def pairs(db: Database, actor: Actor, status: str = rules.OPEN, limit: int = 500) -> list[Pair]:
    """The review list (``status`` open, merged or different), definite duplicates first."""
    require(db, actor, "duplicates.review", target=("duplicates", status))
    with db.read() as s:
        rows = list(s.scalars(select(DuplicatePair).where(DuplicatePair.status == status)
                              .order_by(DuplicatePair.strength, DuplicatePair.found_at.desc(),
                                        DuplicatePair.id).limit(limit)))
        ids = {i for p in rows for i in (p.first_id, p.second_id)}
        people = {b.id: b for b in s.scalars(select(Beneficiary).where(Beneficiary.id.in_(ids)))}
        counts = repo.request_counts(s, ids)
        return [Pair(p.id, p.strength, tuple(r for r in p.reasons.split(",") if r), p.status,
                     p.found_at,
                     _side(people[p.first_id], counts), _side(people[p.second_id], counts),
                     p.note, p.kept_id) for p in rows]


def _side(b: Beneficiary, counts: dict[str, int]) -> Side:
    return Side(b.id, b.file_number, full_name(b.first_name, b.father_name, b.grandfather_name,
                                               b.family_name),
                b.id_number, b.birth_date, b.mobile, b.branch_code, counts.get(b.id, 0))


def merge(db: Database, keep_id: str, other_id: str, actor: Actor, *,
          confirm_different_ids: bool = False) -> Merged:
    """Merge file ``other_id`` into ``keep_id``: one action, one transaction, all or nothing.

    Every record of the other file (requests, complaints, household members, messages,
    documents, contacts, consents, survey answers) moves to the kept file; the other file stays,
    linked to the kept one; both files' versions change, so a desk that had either open cannot
    save over the merge unseen. Raises :class:`MergeRefused`.
    """
    require(db, actor, "beneficiary.merge", beneficiary_id=keep_id)
    now = db.clock()
    with db.action(actor, "beneficiary.merge", "beneficiary", keep_id) as s:
        keep, other = s.get(Beneficiary, keep_id), s.get(Beneficiary, other_id)
        if keep is None or other is None:
            raise MergeRefused("not_found")
        refusal = rules.merge_refusal(repo.candidate(keep), repo.candidate(other),
                                      merged=bool(repo.merged_into(s, [keep_id, other_id])),
                                      confirmed=confirm_different_ids)
        if refusal:
            raise MergeRefused(refusal)
        moved = repo.move_records(s, other_id, keep_id)
        s.add(BeneficiaryMerge(merged_id=other_id, kept_id=keep_id, merged_at=now,
                               merged_by=actor.username))
        for link in s.scalars(select(BeneficiaryMerge).where(BeneficiaryMerge.kept_id == other_id)):
            link.kept_id = keep_id  # a file merged into the other one earlier now leads here
        _settle_pairs(s, keep_id, other_id, actor, now)
        keep.updated_at = other.updated_at = now
        return Merged(keep_id, other_id, moved)


def _settle_pairs(s: Session, keep_id: str, other_id: str, actor: Actor, now: datetime) -> None:
    """The merged pair is closed; the other file's remaining pairs become the kept file's
    (a person marked different from the other file is different from the kept one too)."""
    first, second = rules.ordered(keep_id, other_id)
    for pair in repo.pairs_of(s, other_id):
        third = pair.second_id if pair.first_id == other_id else pair.first_id
        if third == keep_id or pair.status == rules.MERGED:
            continue  # the pair being merged, or an earlier merge: history, left as it is
        if pair.status == rules.OPEN:
            s.delete(pair)  # the other file is no one's any more: its question is the kept one's
        key = rules.ordered(keep_id, third)
        if not repo.pairs_by_key(s, [key]):
            s.add(DuplicatePair(id=rules.pair_id(*key), first_id=key[0], second_id=key[1],
                                strength=pair.strength, reasons=pair.reasons, status=pair.status,
                                found_at=pair.found_at, resolved_at=pair.resolved_at,
                                resolved_by=pair.resolved_by, note=pair.note))
    pair = repo.pairs_by_key(s, [(first, second)]).get((first, second))
    if pair is None:
        keep, other = s.get(Beneficiary, keep_id), s.get(Beneficiary, other_id)
        reasons = rules.pair_of(repo.candidate(keep), repo.candidate(other))
        pair = DuplicatePair(id=rules.pair_id(first, second), first_id=first,
                             second_id=second, found_at=now, reasons=",".join(reasons.reasons) if reasons else "",
                             strength=reasons.strength if reasons else rules.LIKELY)
        s.add(pair)
    pair.status, pair.kept_id = rules.MERGED, keep_id
    pair.resolved_at, pair.resolved_by = now, actor.username


def mark_different(db: Database, a_id: str, b_id: str, actor: Actor, reason: str) -> None:
    """Record that two files are different people (with why): the pair is never proposed
    again. Raises ValidationFailed (``reason``) or MergeRefused (``not_found``)."""
    require(db, actor, "beneficiary.merge", beneficiary_id=a_id)
    text, errors = rules.check_reason(reason)
    if errors:
        raise ValidationFailed(errors)
    if a_id == b_id:
        raise MergeRefused("same_file")
    now = db.clock()
    key = rules.ordered(a_id, b_id)
    with db.action(actor, "duplicates.different", "beneficiary", key[0]) as s:
        if s.get(Beneficiary, a_id) is None or s.get(Beneficiary, b_id) is None:
            raise MergeRefused("not_found")
        pair = repo.pairs_by_key(s, [key]).get(key)
        if pair is not None and pair.status == rules.MERGED:
            raise MergeRefused("already_merged")
        if pair is None:
            pair = DuplicatePair(id=rules.pair_id(*key), first_id=key[0], second_id=key[1], strength=rules.LIKELY,
                                 reasons="", found_at=now)
            s.add(pair)
        pair.status, pair.note = rules.DIFFERENT, text
        pair.resolved_at, pair.resolved_by = now, actor.username
