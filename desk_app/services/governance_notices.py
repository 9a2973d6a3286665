"""What the data-protection registers ask of the person signed in, for the dashboard's notice
line: breaches past the 72 hours, personal-data requests past the 30 days, a policy review
that is due. Only what this person's role may see is counted."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from desk_app.domain import subject_requests as dsr_rules
from desk_app.domain.entities import Actor
from desk_app.services import breaches, policy, retention
from desk_app.services import permissions as permission_service
from desk_app.storage.db import Database
from desk_app.storage.governance_tables import SubjectRequest


@dataclass(frozen=True)
class Notices:
    breaches_overdue: int = 0
    requests_overdue: int = 0
    review_due: date | None = None  # the policy's review, when due (or past)
    retention_due: int = 0  # files and scans the retention periods make due

    @property
    def any(self) -> bool:
        return bool(self.breaches_overdue or self.requests_overdue or self.review_due
                    or self.retention_due)


def for_actor(db: Database, actor: Actor) -> Notices:
    table = permission_service.current(db)
    may = lambda action: table.allows(actor.role, action)  # noqa: E731
    late_breaches = breaches.overdue_count(db) if may("breach.view") else 0
    late_requests = 0
    if may("subject_request.record"):
        with db.read() as s:
            late_requests = s.scalar(select(func.count()).select_from(SubjectRequest).where(
                SubjectRequest.status == dsr_rules.OPEN,
                SubjectRequest.due_on < db.clock().date())) or 0
    review = None
    if may("profile.edit") or may("policy.follow_up"):
        state = policy.status(db)
        review = state.review_due if state.review_overdue else None
    due = 0
    if may("retention.run"):
        plan = retention.plan(db, actor)
        due = len(plan.files) + len(plan.scans)
    return Notices(late_breaches, late_requests, review, due)
