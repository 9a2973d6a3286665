"""Periodic review (R-VER-5): records whose data are older than the profile's review period are
flagged on their file and listed for update, so eligibility stays current."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desk_app.domain import requests as rules
from desk_app.domain.beneficiary import full_name
from desk_app.domain.entities import Actor
from desk_app.domain.profile import OrgProfile
from desk_app.services.permissions import require
from desk_app.storage.db import Database
from desk_app.storage.repositories import requests as repo
from desk_app.storage.tables import Beneficiary


@dataclass(frozen=True)
class ReviewRow:
    id: str
    file_number: str
    full_name: str
    mobile: str
    reviewed_on: date
    due_on: date


@dataclass(frozen=True)
class ReviewPage:
    rows: tuple[ReviewRow, ...]
    total: int
    page: int
    has_more: bool


def due_on(reviewed_on: date, profile: OrgProfile) -> date:
    return rules.review_due_on(reviewed_on, profile.review_period_months)


def is_due(reviewed_on: date, profile: OrgProfile, today: date) -> bool:
    """Whether a record reviewed on ``reviewed_on`` is due for review today."""
    return rules.needs_review(reviewed_on, profile.review_period_months, today)


def backlog(db: Database, profile: OrgProfile, today: date, page: int = 0,
            page_size: int = 50) -> ReviewPage:
    """Beneficiaries due for review, the longest overdue first."""
    cutoff = rules.review_cutoff(today, profile.review_period_months)
    with db.read() as s:
        total = repo.review_backlog_count(s, cutoff)
        people = repo.review_backlog(s, cutoff, page_size + 1, page * page_size)
        rows = tuple(ReviewRow(b.id, b.file_number,
                               full_name(b.first_name, b.father_name, b.grandfather_name,
                                         b.family_name), b.mobile, b.data_reviewed_on,
                               due_on(b.data_reviewed_on, profile))
                     for b in people[:page_size])
    return ReviewPage(rows, total, page, len(people) > page_size)


def confirm_current(db: Database, actor: Actor, beneficiary_id: str) -> date:
    """The desk checked the data with the beneficiary and they are still current."""
    require(db, actor, "beneficiary.confirm_review")
    today = db.clock().date()
    with db.action(actor, "beneficiary.review", "beneficiary", beneficiary_id) as s:
        b = s.get(Beneficiary, beneficiary_id)
        if b is None:
            raise KeyError(beneficiary_id)
        b.data_reviewed_on = today
        b.updated_at = db.clock()
    return today
