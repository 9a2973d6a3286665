"""The end-of-programme survey list (seed 003 §2-2: direct beneficiaries are asked after their
programme ends): who is due, and recording that someone was asked or declined."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from desk_app.domain import beneficiary as rules
from desk_app.domain.entities import Actor
from desk_app.services import surveys
from desk_app.services.permissions import require
from desk_app.storage.db import Database
from desk_app.storage.repositories import survey_due

#: How far back an ended programme still makes someone due.
WINDOW_DAYS = 180


@dataclass(frozen=True)
class DueRow:
    request_id: str
    request_number: str
    service_code: str
    programme_end: date
    beneficiary_id: str
    file_number: str
    full_name: str
    mobile: str


def due_list(db: Database, campaign_id: str, window_days: int = WINDOW_DAYS) -> list[DueRow]:
    """Direct beneficiaries whose programme ended in the last ``window_days`` days (up to
    today) and who were not asked yet in this campaign for that request."""
    today = db.clock().date()
    with db.read() as s:
        rows = survey_due.due(s, campaign_id, today - timedelta(days=window_days), today)
        return [DueRow(rid, number, service, end, b.id, b.file_number,
                       rules.full_name(b.first_name, b.father_name, b.grandfather_name,
                                       b.family_name), b.mobile)
                for rid, number, service, end, b in rows]


def decline(db: Database, staff: Actor, campaign_id: str, row: DueRow) -> None:
    require(db, staff, "survey.respond")
    surveys.record_invitation(db, staff, campaign_id, row.beneficiary_id,
                              subject_ref=row.request_id, outcome="declined")
