"""What the complaint screens, the CLI and management read (R-CMP-5): lists, the follow-up
board, one complaint's whole file and timeline, a beneficiary's complaints."""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from desk_app.domain import calendar as cal
from desk_app.domain import complaints as rules
from desk_app.domain import workflows as wf
from desk_app.domain.arabic import normalize_name, to_ascii_digits
from desk_app.domain.beneficiary import full_name
from desk_app.domain.identifiers import normalize_mobile
from desk_app.domain.profile import OrgProfile
from desk_app.services.complaints import grounds, holidays_of
from desk_app.storage.complaints_tables import Complaint
from desk_app.storage.db import Database
from desk_app.storage.repositories import complaints as repo


@dataclass(frozen=True)
class Row:
    id: str
    number: str
    status: str
    category_code: str
    channel_code: str
    branch_code: str
    received_on: date
    due_on: date
    deadline_state: str           # on_time / at_risk / overdue / met / late
    working_days_left: int
    working_days_taken: int
    age_days: int                 # calendar days since received
    complainant: str              # name, or "" when anonymous
    anonymous: bool
    beneficiary_id: str | None
    description: str

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["received_on"], d["due_on"] = self.received_on.isoformat(), self.due_on.isoformat()
        return d


@dataclass(frozen=True)
class Filters:
    open_only: bool = False
    branch: str = ""
    channel: str = ""
    category: str = ""
    received_from: date | None = None
    received_to: date | None = None
    text: str = ""  # a complaint's number, or the complainant's name, ID or mobile


def _row(c: Complaint, today: date, name: str, count: cal.WorkingDayCount) -> Row:
    info = rules.deadline(c.clock_started_on, c.due_on, c.limit_days, today, c.settled_on,
                          count.holidays, count.weekend, count)
    return Row(c.id, c.number, c.status, c.category_code, c.channel_code, c.branch_code,
               c.received_on, c.due_on, info.state, info.working_days_left,
               info.working_days_taken, (today - c.received_on).days, name, c.anonymous,
               c.beneficiary_id, c.description)



def _counter(profile: OrgProfile) -> cal.WorkingDayCount:
    return cal.WorkingDayCount(holidays_of(profile), frozenset(profile.weekend))


_URGENCY = {rules.OVERDUE: 0, rules.AT_RISK: 1, rules.ON_TIME: 2, rules.LATE: 3, rules.MET: 4}


def _name(c: Complaint, names: dict[str, tuple[str, str, str, str]]) -> str:
    parts = names.get(c.beneficiary_id) if c.beneficiary_id else None
    return full_name(*parts) if parts is not None else c.complainant_name


def _matches(s, c: Complaint, text: str,  # noqa: ANN001
             names: dict[str, tuple[str, str, str, str]]) -> bool:
    """The board's search (issue 21): the number (any part of it), the ID, the mobile in any
    form, or the name with the registry's spelling folds (hamza, taa marbuta, «عبد ال»…), every
    word typed found in the name."""
    typed = text.strip()
    digits = to_ascii_digits(typed).replace(" ", "")
    if typed.upper() in c.number.upper():
        return True
    if digits.lstrip("+").isdigit():
        b = repo.beneficiary(s, c.beneficiary_id) if c.beneficiary_id else None
        try:
            mobile = normalize_mobile(digits)
        except ValueError:
            mobile = ""
        held = {b.id_number, b.mobile} if b is not None else set()
        held.add(c.complainant_contact.replace(" ", ""))
        if digits in held or (mobile and (mobile in held or any(
                _mobile_of(h) == mobile for h in held if h))):
            return True
    words = normalize_name(typed).split()
    name = normalize_name(_name(c, names))
    return bool(words) and all(w in name.split() or w in name for w in words)


def _mobile_of(text: str) -> str:
    try:
        return normalize_mobile(text)
    except ValueError:
        return ""


def rows(db: Database, profile: OrgProfile, filters: Filters = Filters(),
         beneficiary_id: str = "") -> list[Row]:
    """Complaints matching the filters, most urgent first (overdue, at risk, …, then newest)."""
    with db.read() as s:
        return _rows(s, profile, db.clock().date(), filters, beneficiary_id)


def _rows(s, profile: OrgProfile, today: date, filters: Filters,  # noqa: ANN001 - a Session
          beneficiary_id: str = "") -> list[Row]:
    statuses = list(wf.COMPLAINT_OPEN_STATES) if filters.open_only else None
    found = repo.listing(s, statuses=statuses, branch=filters.branch,
                         channel=filters.channel, category=filters.category,
                         beneficiary_id=beneficiary_id, received_from=filters.received_from,
                         received_to=filters.received_to)
    # the names in one query, not one per complaint (the board lists every complaint)
    names = repo.beneficiary_names(s, [c.beneficiary_id for c in found])
    if filters.text.strip():
        found = [c for c in found if _matches(s, c, filters.text, names)]
    # the working days of every deadline counted once over the same holidays (a walk of every
    # day between two dates per complaint was most of the board's time)
    count = _counter(profile)
    out = [_row(c, today, _name(c, names), count) for c in found]
    out.sort(key=lambda r: (r.status == wf.C_CLOSED, _URGENCY[r.deadline_state],
                            -r.received_on.toordinal(), r.number))
    return out


def for_beneficiary(db: Database, profile: OrgProfile, beneficiary_id: str) -> list[Row]:
    return rows(db, profile, Filters(), beneficiary_id=beneficiary_id)


@dataclass(frozen=True)
class Board:
    """The follow-up board (R-CMP-5)."""

    by_state: dict[str, int]
    open_total: int
    overdue: int
    at_risk: int
    settled: int
    closed: int
    open_by_category: dict[str, int]
    open_by_age: dict[str, int]           # "0-5", "6-10", "11-20", "21+" working days
    resolved_count: int
    mean_days_to_resolve: float | None    # working days, settled complaints
    median_days_to_resolve: float | None
    resolved_on_time_pct: float | None
    compensations: int
    open_rows: list[Row] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["open_rows"] = [r.to_dict() for r in self.open_rows]
        return d


def _all_states(f: Filters) -> Filters:
    return Filters(False, f.branch, f.channel, f.category, f.received_from, f.received_to)


def board_and_rows(db: Database, profile: OrgProfile, filters: Filters = Filters()
                   ) -> tuple[Board, list[Row]]:
    """The board's figures and the rows it lists (open or not), read once for both in one
    read transaction; a search narrows the list, not the figures."""
    today = db.clock().date()
    with db.read() as s:
        every = _rows(s, profile, today, _all_states(filters))
        shown = every
        if filters.text.strip():
            shown = _rows(s, profile, today,
                          dataclasses.replace(_all_states(filters), text=filters.text))
        return _board(every, len(repo.compensated(s, [r.id for r in every]))), shown


AGE_BUCKETS = (("0-5", 5), ("6-10", 10), ("11-20", 20), ("21+", 10**9))


def board(db: Database, profile: OrgProfile, filters: Filters = Filters(),
          every: list[Row] | None = None) -> Board:
    """The board's figures; ``every``: the rows of every complaint matching the filters (open or
    not) when the caller has them already (the board screen lists them too)."""
    with db.read() as s:
        if every is None:
            every = _rows(s, profile, db.clock().date(), _all_states(filters))
        return _board(every, len(repo.compensated(s, [r.id for r in every])))


def _board(every: list[Row], compensations: int) -> Board:
    """The figures of these rows (``compensations``: how many of them have one)."""
    by_state = {st: 0 for st in wf.COMPLAINT_STATES} | Counter(r.status for r in every)
    open_rows = [r for r in every if r.status in wf.COMPLAINT_OPEN_STATES]
    settled = [r for r in every if r.deadline_state in (rules.MET, rules.LATE)]
    taken = [r.working_days_taken for r in settled]
    ages: dict[str, int] = {label: 0 for label, _ in AGE_BUCKETS}
    for r in open_rows:
        label = next(lbl for lbl, top in AGE_BUCKETS if r.working_days_taken <= top)
        ages[label] += 1
    return Board(
        by_state=dict(by_state), open_total=len(open_rows),
        overdue=sum(r.deadline_state == rules.OVERDUE for r in open_rows),
        at_risk=sum(r.deadline_state == rules.AT_RISK for r in open_rows),
        settled=sum(r.status in wf.COMPLAINT_SETTLED_STATES for r in every),
        closed=by_state[wf.C_CLOSED],
        open_by_category=dict(Counter(r.category_code for r in open_rows)),
        open_by_age=ages, resolved_count=len(settled),
        mean_days_to_resolve=round(sum(taken) / len(taken), 1) if taken else None,
        median_days_to_resolve=rules.median(taken),
        resolved_on_time_pct=(round(100 * sum(r.deadline_state == rules.MET for r in settled)
                                    / len(settled), 1) if settled else None),
        compensations=compensations, open_rows=open_rows)


# --- one complaint's file -------------------------------------------------------------------------

@dataclass(frozen=True)
class Event:
    at: datetime
    actor: str
    kind: str
    from_status: str
    to_status: str
    note: str


@dataclass(frozen=True)
class Detail:
    row: Row
    version: int
    committee_code: str
    request_ref: str
    contact: str
    outcome_text: str
    timeline: list[Event]
    attachments: list[tuple[str, str, int]]
    minutes: dict[str, Any] | None            # date, members [(id, name, approved_at|None)], …
    ruling: dict[str, Any] | None
    negotiations: list[dict[str, Any]]
    compensation: dict[str, Any] | None
    compensation_grounds: str | None          # "minutes" / "ruling" / None
    allowed: tuple[str, ...]                  # states the workflow allows next


def detail(db: Database, profile: OrgProfile, complaint_id: str) -> Detail:
    today = db.clock().date()
    with db.read() as s:
        c = repo.get(s, complaint_id)
        row = _row(c, today, _name(c, repo.beneficiary_names(s, [c.beneficiary_id])),
                   _counter(profile))
        timeline = [Event(e.at, e.actor_name, e.kind, e.from_status, e.to_status, e.note)
                    for e in repo.events(s, c.id)]
        inv = repo.investigation(s, c.id)
        minutes = ruling = None
        if inv is not None and inv.minutes_date is not None:
            approved = {a.staff_id: a.approved_at for a in repo.approvals(s, inv.id)}
            names = repo.staff_names(s, inv.member_ids)
            minutes = {"date": inv.minutes_date, "harm": inv.harm, "harm_size": inv.harm_size,
                       "causes": inv.causes, "at_fault": inv.association_at_fault,
                       "members": [(m, names.get(m, m), approved.get(m))
                                   for m in inv.member_ids]}
        if inv is not None and inv.ruling_date is not None:
            ruling = {"authority": inv.ruling_authority, "reference": inv.ruling_reference,
                      "date": inv.ruling_date, "in_favour": inv.ruling_in_favour}
        talks = [{"on": n.on, "note": n.note, "offer": n.offer_halalas}
                 for n in repo.negotiations(s, c.id)]
        comp = repo.compensation(s, c.id)
        compensation = None if comp is None else {
            "kind": comp.kind, "amount": comp.amount_halalas, "settled_on": comp.settled_on,
            "accepted": comp.beneficiary_accepted, "grounds": comp.grounds, "note": comp.note}
        return Detail(row, c.version, c.committee_code, c.request_ref, c.complainant_contact,
                      c.outcome_text, timeline, repo.attachments(s, c.id), minutes, ruling,
                      talks, compensation, grounds(s, c.id).basis,
                      tuple(sorted(wf.COMPLAINT.allowed(c.status))))


def attachment(db: Database, attachment_id: str) -> tuple[str, bytes]:
    with db.read() as s:
        return repo.attachment_content(s, attachment_id)


def staff_choices(db: Database) -> list[tuple[str, str, str]]:
    """Open staff accounts (id, name, role): who can be named a member of the minutes."""
    with db.read() as s:
        return repo.active_staff(s)
