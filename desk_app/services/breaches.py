"""The breach register: each breach with its 72-hour clock to notify the regulator; the ones
past it are counted for the manager's notice."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from desk_app.domain import breaches as rules
from desk_app.domain.entities import Actor
from desk_app.domain.validation import FieldError, ValidationFailed
from desk_app.services.permissions import require
from desk_app.storage.db import Database
from desk_app.storage.governance_tables import Breach
from desk_app.storage.repositories import counters


@dataclass(frozen=True)
class BreachRow:
    id: str
    number: str
    discovered_at: datetime
    notify_by: datetime
    description: str
    data_kinds: str
    people_affected: int
    notified_at: datetime | None
    notified_to: str
    measures: str
    overdue: bool  # notified late, or not yet and past the 72 hours
    hours_left: float  # until notify_by (negative: past it)


def record(db: Database, actor: Actor, form: rules.BreachForm) -> BreachRow:
    require(db, actor, "breach.record")
    found = rules.parse(form, db.clock())
    with db.action(actor, "breach.record") as s:
        n = counters.next_value(s, f"breach:{found.year}")
        row = Breach(number=f"BR-{found.year}-{n:03d}", discovered_at=found,
                     description=form.description.strip(), data_kinds=form.data_kinds.strip(),
                     people_affected=form.people_affected, measures=form.measures.strip(),
                     recorded_by=actor.full_name or actor.username, created_at=db.clock())
        s.add(row)
        s.flush()
        s.info["audit_target"] = ("breach", row.id)
        breach_id = row.id
    return get(db, actor, breach_id)


def record_notification(db: Database, actor: Actor, breach_id: str, date_text: str,
                        calendar: str, at: str, notified_to: str, measures: str) -> BreachRow:
    """When (and to whom) the regulator was told; the measures taken so far."""
    require(db, actor, "breach.record")
    problems: list[FieldError] = []
    when = rules.moment(date_text, calendar, at, "notified", problems)
    if not notified_to.strip():
        problems.append(FieldError("notified_to", "required"))
    with db.read() as s:
        row = s.get(Breach, breach_id)
        if row is None:
            raise ValidationFailed([FieldError("", "not_found")])
        discovered = row.discovered_at
    if when is not None and when < discovered:
        problems.append(FieldError("notified", "before_discovery"))
    if when is not None and when > db.clock():
        problems.append(FieldError("notified", "in_future"))
    if problems:
        raise ValidationFailed(problems)
    with db.action(actor, "breach.notify", "breach", breach_id) as s:
        row = s.get(Breach, breach_id)
        row.notified_at, row.notified_to = when, notified_to.strip()
        if measures.strip():
            row.measures = measures.strip()
    return get(db, actor, breach_id)


def register(db: Database, actor: Actor) -> list[BreachRow]:
    """Newest first, those still awaiting notification at the top."""
    require(db, actor, "breach.view")
    now = db.clock()
    with db.read() as s:
        rows = [_out(r, now) for r in s.scalars(select(Breach))]
    rows.sort(key=lambda r: (r.notified_at is not None, -r.discovered_at.timestamp()))
    return rows


def get(db: Database, actor: Actor, breach_id: str) -> BreachRow:
    require(db, actor, "breach.view")
    with db.read() as s:
        row = s.get(Breach, breach_id)
        if row is None:
            raise ValidationFailed([FieldError("", "not_found")])
        return _out(row, db.clock())


def overdue_count(db: Database) -> int:
    """Breaches past the 72 hours and still not notified (for the manager's notice)."""
    now = db.clock()
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Breach).where(
            Breach.notified_at.is_(None), Breach.discovered_at < now - rules.NOTIFY_WITHIN))


def _out(r: Breach, now: datetime) -> BreachRow:
    due = rules.notify_by(r.discovered_at)
    return BreachRow(r.id, r.number, r.discovered_at, due, r.description, r.data_kinds,
                     r.people_affected, r.notified_at, r.notified_to, r.measures,
                     rules.overdue(r.discovered_at, r.notified_at, now),
                     (due - now).total_seconds() / 3600)
