"""Service requests, one user action per function (R-INT-3…7, R-VER-2…4).

Each public function is one transaction with one audit event (``db.action``); every status change
goes through :data:`~desk_app.domain.workflows.REQUEST` and is also kept as a
:class:`RequestEvent`. Refusals raise :class:`ValidationFailed` (field codes) — a forbidden move
raises its subclass ``TransitionNotAllowed`` — and database trouble raises ``StorageError``.
Reads (detail, waiting list, trail) are in :mod:`desk_app.services.request_views`.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from desk_app.domain import requests as rules
from desk_app.domain import workflows as wf
from desk_app.domain.entities import Actor
from desk_app.domain.profile import OrgProfile
from desk_app.domain.requests import IntakeForm
from desk_app.domain.validation import FieldError, ValidationFailed
from desk_app.services.permissions import require
from desk_app.services.request_views import (
    RequestDetail,
    detail_in,
    get,
    person_row,
    reasons_to_json,
    verdict_for,
)
from desk_app.storage import direct_insert
from desk_app.storage.conflicts import check_version
from desk_app.storage.db import Database
from desk_app.storage.repositories import counters
from desk_app.storage.repositories import requests as repo
from desk_app.storage.requests_tables import (
    ChecklistItem,
    Consent,
    Contact,
    Decision,
    Notification,
    Referral,
    RequestEvent,
    Scan,
    ServiceRequest,
)
from desk_app.storage.tables import Beneficiary, Staff, new_id

DEFAULT_SCAN_LIMIT = 20 * 1024 * 1024
CONTACT_KINDS = ("request", "enquiry", "call", "visit", "notification")


def request_number(branch: str, year: int, n: int) -> str:
    """Readable request number, e.g. ``RYD-2026-000123``."""
    return f"{branch}-{year}-{n:06d}"


def _who(actor: Actor) -> str:
    return actor.full_name or actor.username


def _move(s: Session, r: ServiceRequest, target: str, actor: Actor, at: datetime,
          note: str = "") -> None:
    wf.REQUEST.check(r.status, target)
    s.add(RequestEvent(request_id=r.id, from_status=r.status, to_status=target, at=at,
                       actor_name=_who(actor), note=note))
    r.status = target
    r.updated_at = at


def _touch(r: ServiceRequest, now: datetime) -> None:
    """A change under the request (a tick, a scan, a notification) is a new version of it, even
    within the same clock tick: the row is written, so its version moves on."""
    r.updated_at = now
    flag_modified(r, "updated_at")


def _load(s: Session, request_id: str, expected_version: int | None = None) -> ServiceRequest:
    """The request, inside the action; with ``expected_version`` (the version the screen showed)
    a request another desk changed since is refused with what they changed, by whom
    (:class:`ConflictError`), so a tick, a decision or a withdrawal never lands on a request its
    author has not seen."""
    r = repo.get(s, request_id)
    if r is None:
        raise KeyError(request_id)
    if expected_version is not None:
        check_version(s, r, expected_version)
    return r


def _refuse(errors: list[FieldError]) -> None:
    if errors:
        raise ValidationFailed(errors)


def _settle_checklist(s: Session, r: ServiceRequest, profile: OrgProfile, actor: Actor,
                      now: datetime) -> None:
    """received/incomplete → complete once every document is verified; the clock starts then.

    Under study the request stays with the researcher, but its clock still starts on the day
    its last document is verified (the policy counts from the complete request)."""
    target = _settled_status(r, profile, now)
    if target is not None:
        _move(s, r, target, actor, now)


def _settled_status(r: ServiceRequest, profile: OrgProfile, now: datetime) -> str | None:
    """Where the checklist as it stands moves the request (None: it stays), its completion
    day and due date set when it has just become complete."""
    items = [rules.ChecklistState(i.document_code, i.seen, i.matches) for i in r.checklist]
    required = [i.document_code for i in r.checklist]
    complete = rules.is_complete(required, items)
    if complete and r.completed_on is None:
        d = rules.deadline(now.date(), profile)
        r.completed_on, r.due_on = d.completed_on, d.due_on
        r.due_rule, r.holiday_table_version = d.rule, d.holiday_table_version
    if r.status == wf.STUDY:
        return None
    if complete:
        return wf.COMPLETE
    return wf.INCOMPLETE if r.status == wf.RECEIVED else None


def _checklist_complete(r: ServiceRequest) -> bool:
    return rules.is_complete([i.document_code for i in r.checklist],
                             [rules.ChecklistState(i.document_code, i.seen, i.matches)
                              for i in r.checklist])


def create(db: Database, actor: Actor, form: IntakeForm, *, branch_code: str,
           profile: OrgProfile) -> RequestDetail:
    """Open a request: number, consent (with its text version), the contact by its channel,
    one checklist row per required document, and eligibility as it stands."""
    require(db, actor, "request.create")
    _refuse(rules.validate_intake(form, profile))
    now = db.clock()
    service = profile.service(form.service_code)
    with db.action(actor, "request.create") as s:
        b = person_row(s, form.beneficiary_id)
        if b is None:
            raise ValidationFailed([FieldError("beneficiary_id", "required")])
        agreed, missing = rules.agreed_channel(form.agreed_channel_code,
                                               b.contact_channel_code, profile)
        _refuse(missing)
        n = counters.next_value(s, f"request:{branch_code}:{now.year}")
        verdict = verdict_for(b, service.code, profile, now.date())
        r = ServiceRequest(
            id=new_id(), number=request_number(branch_code, now.year, n), branch_code=branch_code,
            beneficiary_id=b.id, service_code=service.code, channel_code=form.channel_code,
            agreed_channel_code=agreed, committee_code=service.committee_code, description=form.description.strip(),
            status=wf.REQUEST.initial, received_at=now, eligible=verdict.eligible,
            failed_criteria=reasons_to_json(verdict.reasons), created_by=actor.id,
            updated_at=now)
        r.checklist = [ChecklistItem(request_id=r.id, position=i, document_code=doc.code,
                                     name_ar=doc.name_ar, name_en=doc.name_en)
                       for i, doc in enumerate(service.documents)]
        # Settled before the insert, so the row goes in with the status its checklist gives it
        # instead of being inserted "received" and updated in the same action (an UPDATE, its
        # report-count trigger, its index changes and one flush fewer); both steps are still
        # recorded as the request's events.
        target = _settled_status(r, profile, now)
        if target is not None:
            wf.REQUEST.check(r.status, target)
            r.status = target
        # New rows only, with their ids given here: plain INSERTs, not the unit of work (most
        # of this save's time); the request and its checklist first, as their flush was.
        direct_insert.insert_new(s, [r, *r.checklist])
        s.info["audit_target"] = ("request", r.id)
        steps = [("", wf.REQUEST.initial)] + ([(wf.REQUEST.initial, target)] if target else [])
        events = [RequestEvent(request_id=r.id, from_status=a, to_status=b_, at=now,
                               actor_name=_who(actor)) for a, b_ in steps]
        direct_insert.insert_new(s, [*events, Consent(
            beneficiary_id=b.id, request_id=r.id, programme_terms=form.consent_terms,
            data_processing=form.consent_data, text_version=profile.texts.consent_version,
            given_at=now, recorded_by=_who(actor)), Contact(
            beneficiary_id=b.id, request_id=r.id, channel_code=form.channel_code,
            kind="request", summary=service.name_ar, at=now, recorded_by=_who(actor))])
        shown = detail_in(s, r.id, opened=r, events=events, person=b)  # nothing read back
    return shown


def verify_document(db: Database, actor: Actor, request_id: str, document_code: str, *,
                    seen: bool, matches: bool, notes: str = "",
                    profile: OrgProfile,
                    expected_version: int | None = None) -> RequestDetail:
    """Tick one document as seen / matching the record; who and when are recorded. The last
    document verified makes the request complete and fixes its due date."""
    require(db, actor, "request.verify_document")
    now = db.clock()
    with db.action(actor, "request.verify_document", "request", request_id) as s:
        r = _load(s, request_id, expected_version)
        if r.status not in (wf.RECEIVED, wf.INCOMPLETE, wf.STUDY):
            raise ValidationFailed([FieldError("checklist", "checklist_locked")])
        item = next((i for i in r.checklist if i.document_code == document_code), None)
        if item is None:
            raise ValidationFailed([FieldError("document_code", "invalid_choice")])
        item.seen, item.matches, item.notes = seen or matches, matches, notes.strip()
        item.verified_by, item.verified_at = _who(actor), now
        _touch(r, now)
        _settle_checklist(s, r, profile, actor, now)
        s.flush()
        shown = detail_in(s, request_id)
    return shown


@dataclass(frozen=True)
class ScanFile:
    """A scan read from disk and checked, ready to store."""

    file_name: str
    mime: str
    data: bytes
    sha256: str


def read_scan_file(path: str | os.PathLike[str], limit_bytes: int = DEFAULT_SCAN_LIMIT
                   ) -> ScanFile:
    """Read and check a file to attach: it must exist, be readable, not be empty or larger than
    the limit, and be an image or a PDF by its content (magic bytes, not its extension)."""
    p = Path(path)
    if not p.is_file():
        raise ValidationFailed([FieldError("scan", "scan_missing")])
    try:
        size = p.stat().st_size
        if size > limit_bytes:  # refused before reading a huge file into memory
            _refuse([rules.check_scan(size, b"", limit_bytes)[1]])  # type: ignore[list-item]
        data = p.read_bytes()
    except OSError as exc:
        raise ValidationFailed([FieldError("scan", "scan_unreadable")]) from exc
    mime, error = rules.check_scan(len(data), data[:rules.SNIFF_BYTES], limit_bytes)
    if error is not None:
        raise ValidationFailed([error])
    assert mime is not None
    return ScanFile(p.name, mime, data, hashlib.sha256(data).hexdigest())


def attach_scan(db: Database, actor: Actor, request_id: str, document_code: str,
                path: str | os.PathLike[str], *, limit_bytes: int = DEFAULT_SCAN_LIMIT
                ) -> RequestDetail:
    """Attach a scanned document to a checklist row; a bad file saves nothing."""
    require(db, actor, "request.attach_scan")
    scan = read_scan_file(path, limit_bytes)
    now = db.clock()
    with db.action(actor, "request.attach_scan", "request", request_id) as s:
        r = _load(s, request_id)
        if wf.REQUEST.is_terminal(r.status):
            raise ValidationFailed([FieldError("scan", "request_closed")])
        item = next((i for i in r.checklist if i.document_code == document_code), None)
        if item is None:
            raise ValidationFailed([FieldError("document_code", "invalid_choice")])
        s.add(Scan(request_id=r.id, checklist_item_id=item.id, file_name=scan.file_name,
                   mime=scan.mime, size=len(scan.data), sha256=scan.sha256, data=scan.data,
                   added_by=_who(actor), added_at=now))
        _touch(r, now)
    return get(db, request_id)


def send_to_committee(db: Database, actor: Actor, request_id: str, *, profile: OrgProfile,
                      note: str = "",
                      expected_version: int | None = None) -> RequestDetail:
    """A complete request goes to its committee, marked with any failed criteria."""
    require(db, actor, "request.send_to_committee")
    now = db.clock()
    with db.action(actor, "request.send_to_committee", "request", request_id) as s:
        r = _load(s, request_id, expected_version)
        if r.status == wf.STUDY:  # a study goes on only with its findings (end_study)
            raise wf.TransitionNotAllowed(wf.REQUEST.name, r.status, wf.COMMITTEE)
        wf.REQUEST.check(r.status, wf.COMMITTEE)
        b = s.get(Beneficiary, r.beneficiary_id)
        verdict = verdict_for(b, r.service_code, profile, now.date())
        r.eligible, r.failed_criteria = verdict.eligible, reasons_to_json(verdict.reasons)
        _move(s, r, wf.COMMITTEE, actor, now, note.strip())
    return get(db, request_id)


def withdraw(db: Database, actor: Actor, request_id: str, reason: str, *,
             expected_version: int | None = None) -> RequestDetail:
    """The beneficiary withdraws (e.g. after being told why they are not eligible)."""
    require(db, actor, "request.withdraw")
    _refuse([FieldError("reason", "required")] if not reason.strip() else [])
    now = db.clock()
    with db.action(actor, "request.withdraw", "request", request_id) as s:
        r = _load(s, request_id, expected_version)
        _move(s, r, wf.WITHDRAWN, actor, now, reason.strip())
        r.closed_at = now
    return get(db, request_id)


def refer(db: Database, actor: Actor, request_id: str, *, kind: str, target_name: str,
          reason: str, target_code: str = "", assignee_id: str | None = None,
          expected_version: int | None = None) -> RequestDetail:
    """Refer a request (R-INT-6). Out of scope → another association: the request ends there.
    Unclear → the social researcher or a department (seeds 001/002/004): the request waits
    under study in that person's or unit's worklist and comes back (:func:`end_study`)."""
    require(db, actor, "request.refer")
    _refuse(rules.validate_referral(kind, target_name, reason))
    internal = kind in rules.INTERNAL_REFERRAL_KINDS
    now = db.clock()
    with db.action(actor, "request.refer", "request", request_id) as s:
        r = _load(s, request_id, expected_version)
        if internal and assignee_id is not None:
            person = s.get(Staff, assignee_id)
            if person is None or not person.active:
                raise ValidationFailed([FieldError("assignee", "invalid_choice")])
        stage = "committee" if r.status == wf.COMMITTEE else "intake"
        _move(s, r, wf.STUDY if internal else wf.REFERRED, actor, now, reason.strip())
        if internal:
            r.assignee_id, r.assigned_unit = assignee_id, target_code or kind
        s.add(Referral(request_id=r.id, stage=stage, target_kind=kind, target_code=target_code,
                       target_name=target_name.strip(), reason=reason.strip(),
                       recorded_by=_who(actor), at=now))
    return get(db, request_id)


def end_study(db: Database, actor: Actor, request_id: str, *, outcome: str, note: str,
              profile: OrgProfile, expected_version: int | None = None) -> RequestDetail:
    """The study is done: back to the desk (incomplete or complete, as the checklist stands)
    or on to the committee, with what was found as the step's note."""
    require(db, actor, "request.study")
    now = db.clock()
    with db.action(actor, "request.end_study", "request", request_id) as s:
        r = _load(s, request_id, expected_version)
        if r.status != wf.STUDY:
            raise wf.TransitionNotAllowed(wf.REQUEST.name, r.status, outcome or wf.COMPLETE)
        complete = _checklist_complete(r)
        _refuse(rules.validate_study_return(outcome, note, complete))
        if outcome == "committee":
            b = s.get(Beneficiary, r.beneficiary_id)
            verdict = verdict_for(b, r.service_code, profile, now.date())
            r.eligible, r.failed_criteria = verdict.eligible, reasons_to_json(verdict.reasons)
            _move(s, r, wf.COMMITTEE, actor, now, note.strip())
        else:
            _move(s, r, wf.COMPLETE if complete else wf.INCOMPLETE, actor, now, note.strip())
        r.assignee_id, r.assigned_unit = None, ""
    return get(db, request_id)


def decide(db: Database, actor: Actor, request_id: str, *, decision: str, reason: str,
           committee_code: str, decided_on: date, profile: OrgProfile,
           referral_to: str = "",
           expected_version: int | None = None) -> RequestDetail:
    """Record the committee's decision: accepted, rejected (with reason) or referred."""
    require(db, actor, "request.decide")
    _refuse(rules.validate_decision(decision, reason, committee_code, profile, referral_to))
    now = db.clock()
    with db.action(actor, "request.decide", "request", request_id) as s:
        r = _load(s, request_id, expected_version)
        decide_in(s, actor, r, decision=decision, reason=reason, committee_code=committee_code,
                  decided_on=decided_on, now=now, referral_to=referral_to)
    return get(db, request_id)


def decide_in(s: Session, actor: Actor, r: ServiceRequest, *, decision: str, reason: str,
              committee_code: str, decided_on: date, now: datetime,
              referral_to: str = "") -> None:
    """The decision itself, inside a caller's transaction (validated by the caller): the request
    screen's :func:`decide` and a committee meeting's decisions (services/meetings.py) write the
    same rows, so notification and everything after it follow alike."""
    _move(s, r, rules.decision_status(decision), actor, now, reason.strip())
    s.add(Decision(request_id=r.id, decision=decision, reason=reason.strip(),
                   committee_code=committee_code, decided_on=decided_on,
                   referral_to=referral_to.strip(), recorded_by=_who(actor), recorded_at=now))
    if decision == wf.REFERRED:
        s.add(Referral(request_id=r.id, stage="committee", target_kind="association",
                       target_name=referral_to.strip(), reason=reason.strip(),
                       recorded_by=_who(actor), at=now))


def record_notification(db: Database, actor: Actor, request_id: str, *, channel_code: str,
                        text: str, sent_on: date, profile: OrgProfile) -> RequestDetail:
    """The beneficiary was told (through their agreed channel): channel, date and text."""
    require(db, actor, "request.record_notification")
    _refuse(rules.validate_notification(channel_code, text, profile))
    now = db.clock()
    with db.action(actor, "request.notify", "request", request_id) as s:
        r = _load(s, request_id)
        s.add(Notification(request_id=r.id, channel_code=channel_code, sent_on=sent_on,
                           text=text.strip(), recorded_by=_who(actor), recorded_at=now))
        s.add(Contact(beneficiary_id=r.beneficiary_id, request_id=r.id, channel_code=channel_code,
                      kind="notification", summary=text.strip(), at=now, recorded_by=_who(actor)))
        _touch(r, now)
    return get(db, request_id)


def close(db: Database, actor: Actor, request_id: str, note: str = "", *,
          expected_version: int | None = None) -> RequestDetail:
    require(db, actor, "request.close")
    now = db.clock()
    with db.action(actor, "request.close", "request", request_id) as s:
        r = _load(s, request_id, expected_version)
        _move(s, r, wf.CLOSED, actor, now, note.strip())
        r.closed_at = now
    return get(db, request_id)


def log_contact(db: Database, actor: Actor, beneficiary_id: str, *, channel_code: str,
                kind: str, summary: str, profile: OrgProfile) -> str:
    """Any other contact (an enquiry, a call, a visit), so every contact's channel is known."""
    require(db, actor, "beneficiary.log_contact")
    errors = []
    if channel_code not in {c.code for c in profile.channels}:
        errors.append(FieldError("channel_code", "required" if not channel_code else
                                 "invalid_choice"))
    if kind not in CONTACT_KINDS:
        errors.append(FieldError("kind", "invalid_choice"))
    _refuse(errors)
    with db.action(actor, "contact.log", "beneficiary", beneficiary_id) as s:
        c = Contact(beneficiary_id=beneficiary_id, channel_code=channel_code, kind=kind,
                    summary=summary.strip(), at=db.clock(), recorded_by=_who(actor))
        s.add(c)
        s.flush()
        return c.id
