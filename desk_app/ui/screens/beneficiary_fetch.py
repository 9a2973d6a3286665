"""What opening a beneficiary's file reads: the record and everything its tabs show, in one job.

Opening a file used to start the file's own read and then three more (the complaints, contacts
and aid tabs), and the contact entry's staff list once per session: each its own job with its own
wait in the desk's queue and its own delivery, the last of which ended the step (20–180 ms each
at 1M under load, issue 23). The tabs' reads are index look-ups on one person; here they ride on
the file's read, and one delivery fills the form and every tab at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desk_app.services import (
    aid,
    complaint_views,
    contacts,
    officers,
    registry,
    request_views,
    sync_conflicts,
)


@dataclass(frozen=True)
class Opened:
    record: object
    requests: list
    history: list
    officer: str = ""  # the contact officer of the person's category (seed 000 §7)
    conflict: bool = False  # a sync conflict on the record waits for a decision (issue 14)
    kept_file: str | None = None  # this file was merged into that one (services/duplicates)
    complaints: tuple = ()  # the complaints tab's rows
    contacts: tuple = ()  # the contacts tab's rows, newest first
    aid: aid.HouseholdTotals | None = None  # the "Aid received" tab's totals
    staff: tuple | None = None  # colleagues a contact may be passed to (None: not asked)


def reader(ctx: object, beneficiary_id: str, *, staff: bool = False):  # noqa: ANN201
    """The worker's half of opening ``beneficiary_id``: a function of the services' handle.
    ``staff``: also the colleagues for the contact entry (asked once per session)."""
    profile, actor = ctx.profile, ctx.actor  # type: ignore[attr-defined]
    today: date = ctx.clock().date()  # type: ignore[attr-defined]

    def fetch(db: object) -> Opened:
        b = registry.open_file(db, actor, beneficiary_id)  # the permission check and the look
        return Opened(
            b, request_views.listing(db, profile, today, open_only=False, beneficiary_id=b.id),
            registry.history(db, b.id), officers.for_person(db, b.id),
            bool(sync_conflicts.badged(db, [b.id])), registry.kept_file(db, b.id),
            complaints=tuple(complaint_views.for_beneficiary(db, profile, b.id)),
            contacts=tuple(contacts.history(db, b.id)),
            aid=aid.household_totals(db, actor, b.id),
            staff=tuple(contacts.staff_choices(db)) if staff else None)

    return fetch
