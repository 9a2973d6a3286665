"""Aid given against an approved request (issue 20): record a delivery, warn of a repeat to the
same household, the household's totals, and the signed handover receipt scanned back.

Recording the first delivery is the request's "service given" step: the request moves from
accepted to served in the same action. A later delivery against the same approval (a second
instalment, the next month's basket) is recorded on the served request. Each delivery copies the
household's ID numbers (holder and members) so that a repeat is found by any of them, also when a
member holds a file of their own.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain import aid as rules
from desk_app.domain import workflows as wf
from desk_app.domain.entities import Actor
from desk_app.domain.profile import OrgProfile
from desk_app.domain.validation import FieldError, ValidationFailed
from desk_app.services.permissions import require
from desk_app.services.requests import read_scan_file
from desk_app.storage.aid_tables import AidHouseholdId, AidRecord, AidSignedCopy
from desk_app.storage.conflicts import check_version
from desk_app.storage.db import Database
from desk_app.storage.repositories import counters
from desk_app.storage.requests_tables import Decision, RequestEvent, ServiceRequest
from desk_app.storage.tables import Beneficiary, HouseholdMember

RECORD = "request.mark_served"  # the permission of the "service given" step


@dataclass(frozen=True)
class RepeatInfo:
    """An earlier delivery of the same kind to the same household, within the period."""

    number: str
    request_number: str
    file_number: str
    beneficiary_name: str
    kind: str
    delivered_on: date
    amount_halalas: int | None
    programme_code: str


class RepeatAid(ValidationFailed):
    """The household already received this kind of aid within the profile's period: shown
    before saving; saved only with a reason (``repeat_reason``)."""

    def __init__(self, repeats: list[RepeatInfo], period_days: int):
        self.repeats, self.period_days = repeats, period_days
        super().__init__([FieldError("repeat_reason", "aid_repeat",
                                     {"count": len(repeats), "days": period_days})])


@dataclass(frozen=True)
class AidInfo:
    id: str
    number: str
    request_id: str
    beneficiary_id: str
    kind: str
    programme_code: str
    delivered_on: date
    amount_halalas: int | None
    payment_method: str
    iban: str
    cheque_number: str
    items: tuple[tuple[str, int, str], ...]
    details: str
    note: str
    repeat_of: tuple[str, ...]
    legacy: bool
    receipt_document_id: str | None
    signed_copy: str  # the scanned file's name, "" while none is attached
    recorded_by: str
    recorded_at: datetime
    version: int


@dataclass(frozen=True)
class HouseholdTotals:
    """Everything the household (any file sharing an ID with this one) has received."""

    deliveries: int = 0
    cash_halalas: int = 0
    cash_count: int = 0
    in_kind_count: int = 0
    items: tuple[tuple[str, int], ...] = ()  # item → total quantity, most first
    service_count: int = 0
    files: tuple[str, ...] = field(default_factory=tuple)  # the file numbers counted


def _who(actor: Actor) -> str:
    return actor.full_name or actor.username


def _ids_of(s: Session, files: set[str]) -> frozenset[str]:
    holders = s.scalars(select(Beneficiary.id_number).where(Beneficiary.id.in_(files)))
    members = s.scalars(select(HouseholdMember.id_number)
                        .where(HouseholdMember.beneficiary_id.in_(files)))
    return rules.household_ids(list(holders), list(members))


def _household_files(s: Session, ids: frozenset[str], beneficiary_id: str) -> set[str]:
    """Every file that is this household: holding, or listing as a member, one of its IDs."""
    found = {beneficiary_id}
    if ids:
        found |= set(s.scalars(select(Beneficiary.id).where(Beneficiary.id_number.in_(ids))))
        found |= set(s.scalars(select(HouseholdMember.beneficiary_id)
                               .where(HouseholdMember.id_number.in_(ids))))
    return found


def _household(s: Session, beneficiary_id: str) -> tuple[frozenset[str], set[str]]:
    """The household's ID numbers and files: this file's holder and members, and every file
    that holds or lists one of them (a member registered on their own, the family file that
    lists this person) with its own holder and members."""
    files = _household_files(s, _ids_of(s, {beneficiary_id}), beneficiary_id)
    return _ids_of(s, files), files


def _repeats(s: Session, ids: frozenset[str], kind: str, since: date) -> list[RepeatInfo]:
    if not ids:
        return []
    hit = select(AidHouseholdId.aid_id).where(AidHouseholdId.id_number.in_(ids))
    rows = s.execute(
        select(AidRecord, ServiceRequest.number, Beneficiary)
        .join(ServiceRequest, ServiceRequest.id == AidRecord.request_id)
        .join(Beneficiary, Beneficiary.id == AidRecord.beneficiary_id)
        .where(AidRecord.id.in_(hit), AidRecord.kind == kind, AidRecord.delivered_on >= since)
        .order_by(AidRecord.delivered_on.desc(), AidRecord.number))
    return [RepeatInfo(a.number, rn, b.file_number, f"{b.first_name} {b.family_name}", a.kind,
                       a.delivered_on, a.amount_halalas, a.programme_code) for a, rn, b in rows]


def check_repeats(db: Database, actor: Actor, request_id: str, kind: str, *,
                  profile: OrgProfile, on: date | None = None) -> list[RepeatInfo]:
    """What the warning shows before saving: this household's deliveries of ``kind`` within
    the profile's period before ``on`` (today by default)."""
    require(db, actor, RECORD)
    since = rules.repeat_since(on or db.clock().date(), profile.aid)
    if since is None or kind not in rules.AID_KINDS:
        return []
    with db.read() as s:
        bid = s.scalar(select(ServiceRequest.beneficiary_id)
                       .where(ServiceRequest.id == request_id))
        if bid is None:
            raise KeyError(request_id)
        return _repeats(s, _household(s, bid)[0], kind, since)


def _approval(s: Session, r: ServiceRequest) -> Decision:
    d = s.scalar(select(Decision).where(Decision.request_id == r.id,
                                        Decision.decision == wf.ACCEPTED)
                 .order_by(Decision.recorded_at.desc()).limit(1))
    if d is None or r.status not in (wf.ACCEPTED, wf.SERVED):
        raise ValidationFailed([FieldError("kind", "no_approval")])
    return d


def record(db: Database, actor: Actor, request_id: str, form: rules.AidForm, *,
           profile: OrgProfile, repeat_reason: str = "",
           programme_start: date | None = None, programme_end: date | None = None,
           expected_version: int | None = None) -> AidInfo:
    """Record one delivery against the request's approving decision (accepted → served).

    A repeat within the profile's period raises :class:`RepeatAid` unless ``repeat_reason``
    says why the employee goes on; the reason and the earlier deliveries shown are kept."""
    require(db, actor, RECORD)
    now = db.clock()
    with db.action(actor, "request.serve", "request", request_id) as s:
        r = s.get(ServiceRequest, request_id)
        if r is None:
            raise KeyError(request_id)
        if expected_version is not None:
            check_version(s, r, expected_version)
        decision = _approval(s, r)
        clean, errors = rules.validate_aid(form, profile.aid, now.date(), decision.decided_on)
        programme = profile.service(r.service_code).programme if r.status == wf.ACCEPTED \
            and r.service_code in {x.code for x in profile.services} else False
        errors += rules.programme_date_errors(programme, programme_start, programme_end)
        if errors or clean is None:
            raise ValidationFailed(errors)
        ids, _files = _household(s, r.beneficiary_id)
        since = rules.repeat_since(clean.delivered_on, profile.aid)
        repeats = _repeats(s, ids, clean.kind, since) if since else []
        if repeats and not repeat_reason.strip():
            raise RepeatAid(repeats, profile.aid.repeat_period_days)
        row = _new_record(s, r, decision, clean, ids, actor, now)
        row.note, row.repeat_of = repeat_reason.strip() if repeats else "", \
            [x.number for x in repeats]
        s.flush()
        if r.status == wf.ACCEPTED:
            s.add(RequestEvent(request_id=r.id, from_status=r.status, to_status=wf.SERVED,
                               at=now, actor_name=_who(actor), note=row.number))
            r.status, r.updated_at = wf.SERVED, now
            r.programme_start, r.programme_end = programme_start, programme_end
        s.flush()
        return _info(row, "")


def _new_record(s: Session, r: ServiceRequest, decision: Decision, clean: rules.CleanAid,
                ids: frozenset[str], actor: Actor, now: datetime) -> AidRecord:
    branch = r.branch_code
    n = counters.next_value(s, f"aid:{branch}:{now.year}")
    row = AidRecord(
        number=f"{branch}-A-{now.year}-{n:06d}", request_id=r.id, decision_id=decision.id,
        beneficiary_id=r.beneficiary_id, programme_code=clean.programme_code, kind=clean.kind,
        amount_halalas=clean.amount_halalas, payment_method=clean.payment_method,
        iban=clean.iban, cheque_number=clean.cheque_number,
        items=[{"name": a, "quantity": q, "unit": u} for a, q, u in clean.items],
        details=clean.details, delivered_on=clean.delivered_on, legacy=False,
        recorded_by=_who(actor), recorded_at=now, updated_at=now)
    row.household = [AidHouseholdId(id_number=i) for i in sorted(ids)]
    s.add(row)
    return row


def _info(a: AidRecord, signed: str) -> AidInfo:
    items = tuple((str(i.get("name", "")), int(i.get("quantity", 0)), str(i.get("unit", "")))
                  for i in (a.items or []))
    return AidInfo(a.id, a.number, a.request_id, a.beneficiary_id, a.kind, a.programme_code,
                   a.delivered_on, a.amount_halalas, a.payment_method, a.iban, a.cheque_number,
                   items, a.details, a.note, tuple(a.repeat_of or ()), a.legacy,
                   a.receipt_document_id, signed, a.recorded_by, a.recorded_at, a.version)


def _signed_names(s: Session, aid_ids: list[str]) -> dict[str, str]:
    rows = s.execute(select(AidSignedCopy.aid_id, AidSignedCopy.file_name)
                     .where(AidSignedCopy.aid_id.in_(aid_ids))
                     .order_by(AidSignedCopy.added_at))
    return {aid_id: name for aid_id, name in rows}


def _may_read(db: Database, actor: Actor, beneficiary_id: str,
              target: tuple[str, str]) -> None:
    """Who may open the file may read what it received. The look itself is logged once, when
    the file or request is opened: these reads come with every screen refresh and would only
    repeat it (a refusal is still logged). The account is checked as it is now: one closed
    by the administrator mid-shift reads nothing more."""
    require(db, actor, "beneficiary.open", beneficiary_id=beneficiary_id, target=target,
            log_look=False)


def for_request(db: Database, actor: Actor, request_id: str) -> list[AidInfo]:
    """The deliveries against a request, oldest first (old free-text notes included)."""
    with db.read() as s:
        bid = s.scalar(select(ServiceRequest.beneficiary_id)
                       .where(ServiceRequest.id == request_id)) or ""
    _may_read(db, actor, bid, ("request", request_id))
    with db.read() as s:
        rows = list(s.scalars(select(AidRecord).where(AidRecord.request_id == request_id)
                              .order_by(AidRecord.delivered_on, AidRecord.number)))
        signed = _signed_names(s, [a.id for a in rows])
        return [_info(a, signed.get(a.id, "")) for a in rows]


def get(db: Database, aid_id: str) -> AidInfo:
    with db.read() as s:
        a = s.get(AidRecord, aid_id)
        if a is None:
            raise KeyError(aid_id)
        return _info(a, _signed_names(s, [aid_id]).get(aid_id, ""))


def household_totals(db: Database, actor: Actor, beneficiary_id: str) -> HouseholdTotals:
    """Cash paid and items given to the household of this file, all files of it together."""
    _may_read(db, actor, beneficiary_id, ("beneficiary", beneficiary_id))
    with db.read() as s:
        ids, files = _household(s, beneficiary_id)
        hit = select(AidHouseholdId.aid_id).where(AidHouseholdId.id_number.in_(ids))
        rows = list(s.scalars(select(AidRecord).where(
            (AidRecord.beneficiary_id.in_(files)) | AidRecord.id.in_(hit))))
        numbers = tuple(sorted(s.scalars(select(Beneficiary.file_number)
                                         .where(Beneficiary.id.in_(files)))))
    items: Counter[str] = Counter()
    for a in rows:
        for i in a.items or []:
            items[str(i.get("name", ""))] += int(i.get("quantity", 0))
    cash = [a for a in rows if a.kind == rules.CASH]
    return HouseholdTotals(
        len(rows), sum(a.amount_halalas or 0 for a in cash), len(cash),
        sum(1 for a in rows if a.kind == rules.IN_KIND), tuple(items.most_common()),
        sum(1 for a in rows if a.kind == rules.SERVICE), numbers)


def attach_signed_copy(db: Database, actor: Actor, aid_id: str,
                       path: str | os.PathLike[str]) -> AidInfo:
    """The handover receipt as signed, scanned (image or PDF, checked by its content)."""
    require(db, actor, RECORD)
    scan = read_scan_file(path)
    with db.action(actor, "aid.signed_copy", "aid", aid_id) as s:
        a = s.get(AidRecord, aid_id)
        if a is None:
            raise KeyError(aid_id)
        s.add(AidSignedCopy(aid_id=a.id, file_name=scan.file_name, mime=scan.mime,
                            size=len(scan.data), sha256=scan.sha256, data=scan.data,
                            added_by=_who(actor), added_at=db.clock()))
        a.updated_at = db.clock()
    return get(db, aid_id)


def signed_copy(db: Database, actor: Actor, aid_id: str) -> tuple[str, str, bytes]:
    """The latest signed copy: (file name, type, bytes); a look at personal data."""
    a = get(db, aid_id)
    require(db, actor, "scan.view", beneficiary_id=a.beneficiary_id, target=("aid", aid_id))
    with db.read() as s:
        row = s.scalar(select(AidSignedCopy).where(AidSignedCopy.aid_id == aid_id)
                       .order_by(AidSignedCopy.added_at.desc()).limit(1))
        if row is None:
            raise KeyError(aid_id)
        return row.file_name, row.mime, row.data
