"""The signed list of staff acknowledgements, issued through the document archive (verification
code on every page, the exact bytes kept), for the administrator or the manager to print."""

from __future__ import annotations

import dataclasses

from desk_app.documents.model import Verification
from desk_app.documents.policy_acks import TITLE, AckRow, PolicyAcksData, render_policy_acks
from desk_app.domain.calendar import format_dual
from desk_app.domain.entities import Actor
from desk_app.services import documents, policy
from desk_app.services import profile as profile_service
from desk_app.services.document_builders import org_header
from desk_app.services.documents import IssuedDocument
from desk_app.storage.db import Database

# The roles as printed (documents are Arabic; the screens translate the same words).
ROLE_AR = {"admin": "مدير النظام", "reception": "موظف الاستقبال",
           "researcher": "الباحث الاجتماعي", "committee": "عضو اللجنة", "manager": "المدير"}


def approval_text(p: policy.PolicyVersion) -> str:
    a = p.approval
    if a is None:
        return "لم يُسجَّل اعتماد مجلس الإدارة لهذا الإصدار"
    how = {"remote": "عُقد عن بُعد", "in_person": "عُقد حضوريًا"}.get(a.mode, "")
    text = f"مجلس الإدارة، الاجتماع رقم {a.meeting_no} بتاريخ {format_dual(a.date)}"
    return f"{text} ({how})" if how else text


def issue_list(db: Database, actor: Actor) -> IssuedDocument:
    """The list of who acknowledged the version in force and who has not (archived first)."""
    current, rows = policy.acknowledgements(db, actor)
    if current is None:
        raise KeyError("no policy")
    profile = profile_service.current(db)
    done = {r.staff_id: r for r in rows if r.acknowledged_at}
    desks = policy.desks_of(db, current)
    data = PolicyAcksData(
        org_header(profile), Verification("", ""), current.title_ar, str(current.number),
        approval_text(current), current.acknowledgement_ar or "—",
        policy.text_sha256(current), format_dual(db.clock().date()),
        [AckRow(r.full_name, ROLE_AR.get(r.role, r.role),
                _when(r.acknowledged_at) if r.staff_id in done else "",
                desks.get(r.staff_id, "")) for r in rows])
    return documents.issue(
        db, actor, "policy_acknowledgements",
        lambda v: render_policy_acks(dataclasses.replace(data, verification=v)),
        number=f"policy-{current.number}-{db.clock().date().isoformat()}", title=TITLE,
        subject_name=current.title_ar)


def _when(at) -> str:  # noqa: ANN001
    return f"{format_dual(at.date())} {at:%H:%M}"
