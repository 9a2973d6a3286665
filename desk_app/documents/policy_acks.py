"""سجل إقرار الموظفين بالاطلاع على السياسة — the signed list of staff acknowledgements (seeds
000 §8: staff read and sign the policy; 003 §7-1 with the anti-money-laundering rules).

Plain data in, PDF bytes out; the verification code on every page ties the printed list to the
archived copy.
"""

from __future__ import annotations

from dataclasses import dataclass

from desk_app.documents.layout import DocumentWriter
from desk_app.documents.model import OrgHeader, Verification

TITLE = "سجل إقرار الموظفين بالاطلاع على السياسة"


@dataclass(frozen=True)
class AckRow:
    name: str
    role: str
    when: str  # Hijri and Gregorian with the time; "" when not yet acknowledged
    desk: str = ""


@dataclass(frozen=True)
class PolicyAcksData:
    org: OrgHeader
    verification: Verification
    policy_title: str
    version_text: str
    approval_text: str
    statement: str
    fingerprint: str
    issued_on_text: str
    rows: list[AckRow]


def render_policy_acks(data: PolicyAcksData) -> bytes:
    doc = DocumentWriter(data.org, data.verification, TITLE)
    doc.title(TITLE)
    done = sum(1 for r in data.rows if r.when)
    doc.key_values([("السياسة", data.policy_title), ("الإصدار", data.version_text),
                    ("الاعتماد", data.approval_text),
                    ("أقرّ بها", f"{done} من {len(data.rows)} موظفًا")])
    doc.heading("العبارة التي أقر بها كل موظف")
    doc.paragraph(data.statement, bold=True)
    doc.paragraph(f"بصمة نص الإصدار (SHA-256): {data.fingerprint}", size=9, justify=False)
    doc.heading("الموظفون")
    rows: list[list[str]] = [["م", "الاسم", "الدور", "تاريخ الإقرار", "المكتب"]]
    for i, r in enumerate(data.rows, 1):
        rows.append([str(i), r.name, r.role, r.when or "لم يُقر بعد", r.desk])
    doc.table(rows, [0.06, 0.3, 0.16, 0.32, 0.16])
    doc.spacer(6)
    doc.paragraph("كل إقرار مسجّل في التطبيق باسم الموظف عند دخوله، ومقيّد في سجل التدقيق.",
                  size=9.5, justify=False)
    doc.paragraph(f"تاريخ الإصدار: {data.issued_on_text}", justify=False)
    return doc.finish()
