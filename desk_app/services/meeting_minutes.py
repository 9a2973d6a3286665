"""The minutes of a committee meeting, issued through the document archive (verification code on
every page, the exact bytes kept): printed after the decisions, again once approved."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from desk_app.documents.meeting_minutes import (
    TITLE,
    MinutesData,
    MinutesItem,
    MinutesMember,
    render_meeting_minutes,
)
from desk_app.documents.model import Verification
from desk_app.domain import meetings as rules
from desk_app.domain.calendar import format_dual
from desk_app.domain.entities import Actor
from desk_app.domain.profile import OrgProfile
from desk_app.domain.validation import FieldError, ValidationFailed
from desk_app.services import documents, meeting_views
from desk_app.services.document_builders import org_header
from desk_app.services.documents import IssuedDocument
from desk_app.storage.db import Database

# Documents are Arabic: the decisions as the minutes print them
DECISION_AR = {"accepted": "قبول", "rejected": "رفض", "postponed": "تأجيل"}
MODE_AR = {"in_person": "حضوري", "remote": "عن بُعد"}


def _when(at: datetime) -> str:
    return f"{format_dual(at.date())} {at:%H:%M}"


def _name(items, code: str) -> str:  # noqa: ANN001 - a profile look-up
    try:
        return items(code).name_ar
    except KeyError:
        return code


def minutes_data(m: meeting_views.MeetingView, profile: OrgProfile, today_text: str
                 ) -> MinutesData:
    q, a = m.quorum, m.approvals
    quorum = (f"حضر {q.present} من {q.members_total} عضوًا، والنصاب {q.needed}"
              f" ({'مكتمل' if q.met else 'غير مكتمل'})")
    if m.minutes_approved and m.approved_at:
        status = f"معتمد في {_when(m.approved_at)}"
    else:
        status = f"بانتظار الاعتماد ({a.approved} من {a.needed})"
    mode = MODE_AR.get(m.mode, m.mode) + (f" — {m.place}" if m.place else "")
    return MinutesData(
        org_header(profile), Verification("", ""), _name(profile.committee, m.committee_code),
        m.number, format_dual(m.held_on), m.starts_at.strftime("%H:%M") if m.starts_at else "",
        mode, quorum,
        [MinutesMember(x.full_name, _when(x.approved_at) if x.approved_at else "")
         for x in m.attendees],
        [MinutesItem(i.number, i.beneficiary_name, _name(profile.service, i.service_code),
                     DECISION_AR.get(i.decision, i.decision), i.reason) for i in m.items],
        status, today_text, m.minutes_approved)


def issue_minutes(db: Database, actor: Actor, meeting_id: str,
                  profile: OrgProfile) -> IssuedDocument:
    """The minutes as they stand (archived first); refused before the decisions are in."""
    m = meeting_views.get(db, actor, meeting_id, profile)
    if m.status == rules.OPEN:
        raise ValidationFailed([FieldError("meeting", "not_decided")])
    data = minutes_data(m, profile, format_dual(db.clock().date()))
    return documents.issue(
        db, actor, "meeting_minutes",
        lambda v: render_meeting_minutes(dataclasses.replace(data, verification=v)),
        number=m.number, title=TITLE, subject_name=data.committee)
