"""محضر اجتماع اللجنة — the minutes of a committee meeting (issue 20; seed 000 asks for dated,
approved minutes): the meeting (number, Hijri and Gregorian date, in person or remote), the
members present and the quorum, each request decided with its reason, and each member's approval
by their own sign-in.

Plain data in, PDF bytes out; the verification code on every page ties the printed minutes to the
archived copy.
"""

from __future__ import annotations

from dataclasses import dataclass

from desk_app.documents.layout import DocumentWriter
from desk_app.documents.model import OrgHeader, Verification

TITLE = "محضر اجتماع اللجنة"


@dataclass(frozen=True)
class MinutesMember:
    name: str
    approved: str  # when they approved (Hijri, Gregorian, time), "" not yet


@dataclass(frozen=True)
class MinutesItem:
    number: str
    beneficiary: str
    service: str
    decision: str
    reason: str


@dataclass(frozen=True)
class MinutesData:
    org: OrgHeader
    verification: Verification
    committee: str
    meeting_number: str
    date_text: str  # Hijri beside Gregorian
    time_text: str
    mode_text: str  # «حضوري — القاعة» or «عن بُعد — اتصال مرئي»
    quorum_text: str
    members: list[MinutesMember]
    items: list[MinutesItem]
    status_text: str  # approved (when) or waiting for whom
    issued_on_text: str
    approved: bool = False  # every approval the profile's rule asks for is in


def render_meeting_minutes(data: MinutesData) -> bytes:
    doc = DocumentWriter(data.org, data.verification, TITLE)
    doc.title(f"{TITLE}: {data.committee}")
    doc.key_values([("رقم الاجتماع", data.meeting_number), ("التاريخ", data.date_text),
                    ("الانعقاد", data.mode_text), ("الوقت", data.time_text or "—"),
                    ("النصاب", data.quorum_text), ("حالة المحضر", data.status_text)])
    doc.heading("الأعضاء الحاضرون")
    rows: list[list[str]] = [["م", "العضو", "اعتماد المحضر"]]
    for i, m in enumerate(data.members, 1):
        rows.append([str(i), m.name, m.approved or "بانتظار الاعتماد"])
    doc.table(rows, [0.07, 0.45, 0.48])
    doc.heading("القرارات")
    if not data.items:
        doc.paragraph("لم تُسجَّل قرارات في هذا الاجتماع بعد.", justify=False)
    rows = [["م", "رقم الطلب", "المستفيد", "الخدمة", "القرار", "السبب"]]
    for i, it in enumerate(data.items, 1):
        rows.append([str(i), it.number, it.beneficiary, it.service, it.decision, it.reason or "—"])
    if data.items:
        doc.table(rows, [0.05, 0.22, 0.25, 0.14, 0.08, 0.26])
    doc.spacer(6)
    doc.paragraph("اعتمد الأعضاء هذا المحضر كلٌّ بدخوله إلى التطبيق بكلمة مروره، وكل اعتماد "
                  "مقيّد في سجل التدقيق." if data.approved else
                  "يُعتمد هذا المحضر باعتماد الأعضاء الحاضرين كلٌّ بدخوله إلى التطبيق بكلمة "
                  "مروره، وهذه نسخة قبل اكتمال الاعتماد.", size=9.5, justify=False)
    doc.paragraph(f"تاريخ الإصدار: {data.issued_on_text}", justify=False)
    return doc.finish()
