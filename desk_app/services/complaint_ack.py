"""The complaint acknowledgment (إشعار استلام الشكوى, R-CMP-1) as PDF bytes."""

from __future__ import annotations

import base64
from collections.abc import Callable

from desk_app.documents.complaint_ack import TITLE, render_complaint_ack
from desk_app.documents.model import BeneficiaryBlock, ComplaintAckData, OrgHeader, Verification
from desk_app.domain import calendar as cal
from desk_app.domain.beneficiary import full_name
from desk_app.domain.entities import Actor
from desk_app.domain.profile import OrgProfile
from desk_app.services import documents
from desk_app.storage.db import Database
from desk_app.storage.repositories import complaints as repo

ID_LABELS = {"national_id": "رقم الهوية الوطنية", "iqama": "رقم الإقامة",
             "passport": "رقم جواز السفر", "gcc_id": "رقم الهوية الخليجية",
             "other": "رقم الوثيقة"}


def org_header(profile: OrgProfile) -> OrgHeader:
    logo = base64.b64decode(profile.logo_png_b64) if profile.logo_png_b64 else None
    return OrgHeader(profile.name_ar, profile.name_en, profile.licence_no, profile.phone,
                     profile.email, profile.address, logo)


def working_days_text(n: int) -> str:
    """Arabic count of working days with the right plural: يوم / يومين / 3 أيام / 11 يومًا."""
    if n == 1:
        return "يوم عمل واحد"
    if n == 2:
        return "يومي عمل"
    if 3 <= n <= 10:
        return f"{n} أيام عمل"
    return f"{n} يوم عمل"


def ack_builder(db: Database, profile: OrgProfile, complaint_id: str, employee: Actor
                ) -> Callable[[Verification], bytes]:
    """A function that renders the acknowledgment with the verification it is given."""
    today = db.clock().date()
    with db.read() as s:
        c = repo.get(s, complaint_id)
        block = None
        if c.beneficiary_id and (b := repo.beneficiary(s, c.beneficiary_id)) is not None:
            block = BeneficiaryBlock(
                full_name(b.first_name, b.father_name, b.grandfather_name, b.family_name),
                ID_LABELS.get(b.id_type, "رقم الوثيقة"), b.id_number, file_number=b.file_number)
        elif not c.anonymous and c.complainant_name:
            block = BeneficiaryBlock(c.complainant_name, "وسيلة التواصل",
                                     c.complainant_contact or "—")
        number, received, due, limit = c.number, c.received_on, c.due_on, c.limit_days
        channel = profile.channel(c.channel_code).name_ar
        category = profile.complaint_category(c.category_code).name_ar
        contact = c.complainant_contact

    handling = (f"خلال {working_days_text(limit)} من تاريخ الاستلام، في موعد أقصاه "
                f"{cal.format_dual(due, 'ar')}")
    reply = (f"{channel} ({contact})" if contact else channel)

    def build(verification: Verification) -> bytes:
        return render_complaint_ack(ComplaintAckData(
            org=org_header(profile), verification=verification, complaint_number=number,
            received_on_text=cal.format_dual(received, "ar"), channel_name=channel,
            expected_handling_text=handling, issued_on_text=cal.format_dual(today, "ar"),
            complainant=block, subject=category, contact_channel_text=reply,
            employee_name=employee.full_name or employee.username))

    return build


def acknowledgment_pdf(db: Database, profile: OrgProfile, actor: Actor,
                       complaint_id: str) -> bytes:
    """The acknowledgment, issued once through the document archive (verification code, SHA-256,
    who/when) and reprinted byte for byte afterwards (R-DEC-4)."""
    with db.read() as s:
        c = repo.get(s, complaint_id)
        number, beneficiary_id = c.number, c.beneficiary_id
        subject = _subject_name(s, c)
    issued = [d for d in documents.search(db, number, kind="complaint_ack")
              if d.complaint_id == complaint_id]
    if issued:
        return documents.reprint(db, actor, issued[0].id)
    doc = documents.issue(db, actor, "complaint_ack", ack_builder(db, profile, complaint_id, actor),
                          number=number, title=TITLE, subject_name=subject,
                          beneficiary_id=beneficiary_id, complaint_id=complaint_id)
    assert doc.pdf is not None
    return doc.pdf


def _subject_name(s, c) -> str:  # noqa: ANN001
    if c.beneficiary_id and (b := repo.beneficiary(s, c.beneficiary_id)) is not None:
        return full_name(b.first_name, b.father_name, b.grandfather_name, b.family_name)
    return c.complainant_name
