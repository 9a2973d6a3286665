"""The beneficiary registry: search first, register, edit, duplicates, change history."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import date

from sqlalchemy import Row, select
from sqlalchemy.orm import Session, object_session

from desk_app.domain import beneficiary as rules
from desk_app.domain.arabic import name_tokens, normalize_name
from desk_app.domain.beneficiary import (
    BeneficiaryData,
    BeneficiaryForm,
    Candidate,
    HouseholdData,
    HouseholdForm,
    member_key,
)
from desk_app.domain.entities import Actor
from desk_app.domain.identifiers import normalize_mobile, to_ascii_digits
from desk_app.domain.validation import FieldError, ValidationFailed
from desk_app.services import organisations
from desk_app.services.permissions import require
from desk_app.storage import direct_insert
from desk_app.storage.conflicts import check_version
from desk_app.storage.db import Database
from desk_app.storage.repositories import beneficiaries as repo
from desk_app.storage.repositories import counters, ranking
from desk_app.storage.repositories import duplicates as merges
from desk_app.storage.tables import AuditEvent, Beneficiary, HouseholdMember, new_id

_FILE_NUMBER = re.compile(r"^([A-Z]{2,5})-?(\d{1,9})$")
PERSON, ORGANISATION = "person", "organisation"
ORGANISATIONS_SHOWN = 10  # organisations matched are listed above the first page of people


@dataclass(frozen=True)
class Summary:
    """One row of the search results table."""

    id: str
    file_number: str
    full_name: str
    id_number: str
    mobile: str
    birth_date: date | None
    category_code: str
    kind: str = PERSON  # PERSON, or ORGANISATION (an association served as a beneficiary)


@dataclass(frozen=True)
class SearchPage:
    query: str
    page: int
    rows: tuple[Summary, ...]
    has_more: bool


@dataclass(frozen=True)
class Duplicate:
    summary: Summary
    reasons: tuple[str, ...]


class DuplicatesFound(Exception):
    """Registering would likely duplicate these people; the desk must look and confirm."""

    def __init__(self, duplicates: list[Duplicate]):
        self.duplicates = duplicates
        super().__init__(f"{len(duplicates)} likely duplicate(s)")


def _summary(b: Beneficiary | Row) -> Summary:
    """A beneficiary (or a row of :data:`repo.SUMMARY_COLUMNS`) as a line of the results."""
    return Summary(b.id, b.file_number, rules.full_name(b.first_name, b.father_name,
                   b.grandfather_name, b.family_name), b.id_number, b.mobile, b.birth_date,
                   b.category_code)


def file_number(branch: str, n: int) -> str:
    return f"{branch}-{n:06d}"


def search(db: Database, query: str, page: int = 0, page_size: int = 50,
           branch_code: str | None = None) -> SearchPage:
    """Find by national ID / iqama (or its first digits), mobile, file number or any name part.

    Name search is by the normalised key, so spelling variants (hamza forms, taa marbuta,
    alef maqsura, diacritics, tatweel, "عبد الله") meet. Exact full-name matches come first.
    An empty query lists the most recently registered beneficiaries. With ``branch_code``, a
    bare number also finds that branch's file number (``123`` → ``RYD-000123``).
    """
    text = " ".join(to_ascii_digits(query or "").split())
    limit, offset = page_size + 1, page * page_size
    with db.read() as s:
        ids = (_ids_for(s, text, limit, offset, branch_code) if text
               else repo.latest_ids(s, limit, offset))
        # A file merged into another (services/duplicates.py) is found by its own number or
        # name and leads to the file it now lives in.
        ids = merges.resolve(s, ids)
        rows = tuple(_summary(r) for r in repo.summary_rows(s, ids[:page_size]))
        if text and page == 0:
            rows = _organisations(s, text) + rows
    return SearchPage(query, page, rows, len(ids) > page_size)


def _organisations(s: Session, text: str) -> tuple[Summary, ...]:
    """Organisations the same text finds: by name words, licence-number prefix, mobile or their
    own number (ORG-…). Their table is small (the partners of one association), so this costs
    the person search one indexed look-up or a short scan."""
    compact = text.replace(" ", "").replace("-", "")
    if compact.upper().startswith(organisations.NUMBER_PREFIX):
        found = organisations.matching_by_number(s, "", None, _org_number(compact.upper()),
                                                 ORGANISATIONS_SHOWN)
    elif compact.lstrip("+").isdigit():
        try:
            mobile = normalize_mobile(text)
        except ValueError:
            mobile = None
        found = organisations.matching_by_number(s, compact.lstrip("+"), mobile, None,
                                                 ORGANISATIONS_SHOWN)
    else:
        found = organisations.matching_by_name(s, name_tokens(text), ORGANISATIONS_SHOWN)
    return tuple(Summary(o.id, o.number, o.name, o.licence_no, o.mobile, None, "",
                         ORGANISATION) for o in found)


def _org_number(compact: str) -> str | None:
    """``ORGRYD12`` / ``ORG-RYD-00012`` as typed → ``ORG-RYD-00012``."""
    m = re.match(r"^ORG([A-Z]{2,5})(\d{1,9})$", compact)
    return f"ORG-{m.group(1)}-{int(m.group(2)):05d}" if m else None


def _ids_for(s, text: str, limit: int, offset: int,  # noqa: ANN001
             branch_code: str | None = None) -> list[str]:
    """One page of ids, best match first (:mod:`desk_app.storage.repositories.ranking`)."""
    compact = text.replace(" ", "").replace("-", "")
    fm = _FILE_NUMBER.match(text.upper().replace(" ", ""))
    if fm:
        return repo.ids_by_file_number(s, file_number(fm.group(1), int(fm.group(2))))[offset:]
    cap = ranking.CANDIDATES
    if compact.lstrip("+").isdigit():
        mobile = None
        try:
            mobile = normalize_mobile(text)
        except ValueError:
            pass
        digits = compact.lstrip("+")
        own_file = (file_number(branch_code, int(digits)) if branch_code and len(digits) <= 9
                    else None)
        # a household member's ID (ten digits) finds the household too (issue 20)
        candidates = repo.number_candidates(digits, mobile, own_file, len(digits) == 10, cap)
        return ranking.ranked_numbers(s, candidates, digits, mobile, own_file, limit, offset)
    key = normalize_name(text)
    tokens = name_tokens(text)
    candidates = repo.name_candidates(s, tokens, key, cap)
    return ranking.ranked_names(s, candidates, tokens, key, limit, offset)


def get(db: Database, beneficiary_id: str) -> Beneficiary:
    with db.read() as s:
        b = s.get(Beneficiary, beneficiary_id)
        if b is None:
            raise KeyError(beneficiary_id)
        _ = list(b.household)
        s.expunge_all()
        return b


def open_file(db: Database, actor: Actor, beneficiary_id: str) -> Beneficiary:
    """Open a beneficiary's file at the desk: checked, and written to the access log."""
    require(db, actor, "beneficiary.open", beneficiary_id=beneficiary_id,
            target=("beneficiary", beneficiary_id))
    return get(db, beneficiary_id)


def kept_file(db: Database, beneficiary_id: str) -> str | None:
    """The file number this file was merged into (services/duplicates.py), or None."""
    with db.read() as s:
        kept = merges.merged_into(s, [beneficiary_id]).get(beneficiary_id)
        return s.scalar(select(Beneficiary.file_number).where(Beneficiary.id == kept)) \
            if kept else None


def to_form(b: Beneficiary) -> BeneficiaryForm:
    """The stored record as form text (for editing)."""
    form = BeneficiaryForm(**{f: getattr(b, f) or "" for f in rules.FORM_FIELDS
                              if f not in ("birth_date",)})
    form.birth_date = b.birth_date.strftime("%d/%m/%Y") if b.birth_date else ""
    form.birth_calendar = "gregorian"
    form.household = [HouseholdForm(m.name, m.relation,
                                    m.birth_date.strftime("%d/%m/%Y") if m.birth_date else "",
                                    m.id_number) for m in b.household]
    return form


def _candidate(data: BeneficiaryData, own_id: str = "") -> Candidate:
    return Candidate(own_id, data.name_key, data.id_type, data.id_number, data.id_country,
                     data.birth_date, data.mobile)


def find_duplicates(db: Database, data: BeneficiaryData, own_id: str = "") -> list[Duplicate]:
    """Likely duplicates, for a screen to show (no lock: see :func:`duplicates_in`)."""
    with db.read() as s:
        return duplicates_in(s, data, own_id)


def duplicates_in(s: Session, data: BeneficiaryData, own_id: str = "") -> list[Duplicate]:
    """Likely duplicates seen by session ``s``. Inside a write action (``BEGIN IMMEDIATE``)
    no other desk can save between this check and the insert that follows it."""
    rows = repo.possible_duplicate_rows(
        s, id_type=data.id_type, id_country=data.id_country, id_number=data.id_number,
        name_key=data.name_key, birth_date=data.birth_date, mobile=data.mobile,
    )
    # A file merged into another is no longer a person of its own: the kept file is compared.
    gone = merges.merged_into(s, [b.id for b in rows])
    kept = [s.get(Beneficiary, k) for k in set(gone.values()) - {b.id for b in rows}]
    return duplicates_among(data, [b for b in [*rows, *kept] if b and b.id not in gone], own_id)


def duplicates_among(data: BeneficiaryData, rows: Iterable[Beneficiary],
                     own_id: str = "") -> list[Duplicate]:
    """Which of ``rows`` are likely the person ``data`` describes (the domain's rule)."""
    new = _candidate(data, own_id)
    found = []
    for b in rows:
        old = Candidate(b.id, b.name_key, b.id_type, b.id_number, b.id_country, b.birth_date,
                        b.mobile)
        reasons = rules.duplicate_reasons(new, old)
        if reasons:
            found.append(Duplicate(_summary(b), tuple(reasons)))
    return found


def validate(form: BeneficiaryForm, today: date, vocab: rules.Vocabulary) -> BeneficiaryData:
    data, errors = rules.validate(form, today, vocab)
    if errors:
        raise ValidationFailed(errors)
    assert data is not None
    return data


_DATA_COLUMNS = tuple(f.name for f in fields(BeneficiaryData) if f.name != "household")


def _apply(b: Beneficiary, data: BeneficiaryData) -> None:
    for name in _DATA_COLUMNS:
        setattr(b, name, getattr(data, name))
    b.name_key = data.name_key
    b.household = _members(list(b.household), data.household)


def _members(rows: list[HouseholdMember], members: Sequence[HouseholdData]
             ) -> list[HouseholdMember]:
    """The household as typed, on the rows that already hold each member (matched by
    :func:`~desk_app.domain.beneficiary.member_key`): an edit rewrites only what changed, so a branch and the head office
    editing the same file merge member by member instead of each replacing the whole list
    (issue 14: the list was rewritten at every save, and both copies arrived)."""
    pool: dict[tuple[str, str], list[HouseholdMember]] = {}
    for row in rows:
        pool.setdefault(member_key(row.name, row.id_number), []).append(row)
    out = []
    for i, m in enumerate(members):
        same = pool.get(member_key(m.name, m.id_number))
        row = same.pop(0) if same else HouseholdMember()
        for name, value in (("position", i), ("name", m.name), ("relation", m.relation),
                            ("birth_date", m.birth_date), ("id_number", m.id_number)):
            if getattr(row, name) != value:
                setattr(row, name, value)
        out.append(row)
    for gone in (row for same in pool.values() for row in same):
        # Deleted by name, not left to the orphan cascade: a flush's own orphan deletions are
        # invisible to the change log and the audit capture (they read session.deleted).
        object_session(gone).delete(gone)
    return out


def register(
    db: Database, actor: Actor, form: BeneficiaryForm, *, branch_code: str,
    vocab: rules.Vocabulary = rules.ANY, confirm_duplicates: bool = False,
) -> Summary:
    """Create a beneficiary. Raises ValidationFailed, DuplicatesFound (unless confirmed; a
    duplicate identity document is refused even then) or StorageError."""
    require(db, actor, "beneficiary.register")
    now = db.clock()
    data = validate(form, now.date(), vocab)
    with db.action(actor, "beneficiary.create") as s:
        # Checked under the write lock the action takes first: two desks registering the same
        # person at the same instant cannot both find nothing and both save.
        duplicates = duplicates_in(s, data)
        if any("same_id" in d.reasons for d in duplicates) and confirm_duplicates:
            raise ValidationFailed([FieldError("id_number", "id_taken")])
        if duplicates and not confirm_duplicates:
            raise DuplicatesFound(duplicates)
        # New rows with their ids given here: plain INSERTs, not the unit of work (issue 23);
        # the person, then the household, as their flush listed them.
        b = Beneficiary(id=new_id(), seq=repo.next_seq(s), branch_code=branch_code,
                        file_number=file_number(branch_code,
                                                counters.next_value(s, f"file:{branch_code}")),
                        data_reviewed_on=now.date(), created_at=now, updated_at=now)
        _apply(b, data)
        for member in b.household:
            member.beneficiary_id = b.id
        direct_insert.insert_new(s, [b, *b.household])
        s.info["audit_target"] = ("beneficiary", b.id)
        return _summary(b)


def update(
    db: Database, actor: Actor, beneficiary_id: str, form: BeneficiaryForm, *, expected_version: int,
    vocab: rules.Vocabulary = rules.ANY,
) -> Summary:
    """Save an edit; refuses with :class:`ConflictError` (what changed, by whom) if someone
    else saved the record since it was opened at ``expected_version``."""
    require(db, actor, "beneficiary.update")
    now = db.clock()
    data = validate(form, now.date(), vocab)
    with db.action(actor, "beneficiary.update", "beneficiary", beneficiary_id) as s:
        b = s.get(Beneficiary, beneficiary_id)
        if b is None:
            raise KeyError(beneficiary_id)
        # Only an ID changed to one already taken is refused: a file that arrived from another
        # branch with this ID may share it until a person merges the two (services/duplicates).
        changed = (b.id_type, b.id_country, b.id_number) != (data.id_type, data.id_country,
                                                             data.id_number)
        if changed and any("same_id" in d.reasons for d in duplicates_in(s, data, beneficiary_id)):
            raise ValidationFailed([FieldError("id_number", "id_taken")])
        check_version(s, b, expected_version)
        _apply(b, data)
        b.updated_at = now
        b.data_reviewed_on = now.date()
        return _summary(b)


@dataclass(frozen=True)
class Change:
    at: str
    actor: str
    action: str
    field: str
    before: object
    after: object


_HIDDEN_IN_HISTORY = ("updated_at", "created_at", "seq", "name_key", "id", "version")


def history(db: Database, beneficiary_id: str) -> list[Change]:
    """Who changed what on this record, newest first."""
    with db.read() as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.target_id == beneficiary_id)
                           .order_by(AuditEvent.at.desc()))
        out: list[Change] = []
        for ev in events:
            for ch in ev.changes:
                if ch.get("table") != "beneficiaries":
                    continue
                before, after = ch.get("before", {}), ch.get("after", {})
                for key in sorted(set(before) | set(after)):
                    if key in _HIDDEN_IN_HISTORY or before.get(key) in (None, "") and after.get(
                            key) in (None, ""):
                        continue
                    out.append(Change(ev.at.isoformat(timespec="minutes"), ev.actor_name,
                                      ev.action, key, before.get(key), after.get(key)))
        return out
