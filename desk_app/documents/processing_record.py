"""سجل أنشطة معالجة البيانات الشخصية — the association's record of processing: for each kind
of personal data it keeps, what is collected, why, on what basis, how long, and who may see it.
Generated from the profile and the permission table (plain data in, PDF bytes out)."""

from __future__ import annotations

from dataclasses import dataclass

from desk_app.documents.layout import DocumentWriter
from desk_app.documents.model import OrgHeader, Verification

TITLE = "سجل أنشطة معالجة البيانات الشخصية"


@dataclass(frozen=True)
class Activity:
    name: str
    collected: str
    purpose: str
    basis: str
    retention: str
    who: str


@dataclass(frozen=True)
class ProcessingRecordData:
    org: OrgHeader
    verification: Verification
    controller: list[tuple[str, str]]
    activities: list[Activity]
    consent_text: str
    issued_on_text: str


def render_processing_record(data: ProcessingRecordData) -> bytes:
    doc = DocumentWriter(data.org, data.verification, TITLE)
    doc.title(TITLE)
    doc.key_values(data.controller)
    for a in data.activities:
        doc.heading(a.name)
        doc.key_values([("ما يُجمع", a.collected), ("الغرض", a.purpose),
                        ("الأساس النظامي", a.basis), ("مدة الحفظ", a.retention),
                        ("من يطلع عليه", a.who)], per_row=1)
    doc.heading("نص الموافقة الذي يوقعه المستفيد")
    doc.paragraph(data.consent_text)
    doc.paragraph(f"تاريخ الإصدار: {data.issued_on_text}", justify=False)
    return doc.finish()
