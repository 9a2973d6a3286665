"""إيصال تسليم مساعدة — the handover receipt the beneficiary signs when aid is delivered
(issue 20): who received what, under which programme and decision, and both signatures."""

from __future__ import annotations

from dataclasses import dataclass

from desk_app.documents.arabic_text import Cell
from desk_app.documents.declaration import beneficiary_pairs
from desk_app.documents.fonts import BOLD
from desk_app.documents.layout import BODY_LEADING, DocumentWriter, SignatureBox
from desk_app.documents.model import BeneficiaryBlock, OrgHeader, Verification
from desk_app.domain.gendered import pick

TITLE = "إيصال تسليم مساعدة"

KIND_WORDS = {"cash": "مساعدة نقدية", "in_kind": "مساعدة عينية", "service": "خدمة"}
ACKNOWLEDGEMENT = (
    "أقرّ أنا {name}، {holder} {id_label} {id_number}، بأنني استلمت من {org} "
    "ما ورد في هذا الإيصال كاملاً بتاريخ {day}، وذلك بناءً على قرار {committee} "
    "في الطلب رقم {request_number}."
)


@dataclass(frozen=True)
class AidReceiptData:
    org: OrgHeader
    beneficiary: BeneficiaryBlock
    verification: Verification
    issued_on_text: str
    aid_number: str
    request_number: str
    service_name: str
    kind: str  # cash, in_kind, service
    programme_name: str
    delivered_on_text: str
    committee_name: str
    decided_on_text: str
    employee_name: str
    amount_text: str = ""  # "1,500.00 ريال"
    payment_text: str = ""  # "تحويل إلى الحساب SA03 …", "شيك رقم 1234", "نقدًا"
    items: tuple[tuple[str, str], ...] = ()  # (item, quantity with its unit)
    details: str = ""


def render_aid_receipt(data: AidReceiptData) -> bytes:
    """Render the receipt: beneficiary, what was given, the acknowledgement, signatures."""
    gender = data.beneficiary.gender
    doc = DocumentWriter(data.org, data.verification, TITLE)
    doc.title(TITLE)
    doc.paragraph(f"رقم الإيصال: {data.aid_number}     التاريخ: {data.issued_on_text}",
                  size=10.5, justify=False)
    doc.heading(f"بيانات {pick('المستفيد', 'المستفيدة', gender)}")
    doc.key_values([(k, v) for k, v in beneficiary_pairs(data.beneficiary) if v])
    doc.heading("بيانات المساعدة")
    pairs = [("نوع المساعدة", KIND_WORDS.get(data.kind, data.kind)),
             *([("البرنامج", data.programme_name)] if data.programme_name else []),
             ("رقم الطلب", data.request_number), ("الخدمة", data.service_name),
             ("تاريخ التسليم", data.delivered_on_text)]
    if data.kind == "cash":
        pairs += [("المبلغ", data.amount_text), ("طريقة الصرف", data.payment_text)]
    doc.key_values(pairs)
    doc.key_values([("قرار الموافقة",
                     f"{data.committee_name} — {data.decided_on_text}".strip(" —"))], per_row=1)
    if data.items:  # the header row names the columns: no heading, so short lists fit a page
        doc.table([[Cell("المواد المسلَّمة", BOLD), Cell("الكمية", BOLD)],
                   *([name, qty] for name, qty in data.items)], [0.7, 0.3])
    if data.details:
        doc.key_values([("البيان", data.details)], per_row=1)
    # the acknowledgement stays on the page that carries the signatures
    doc.ensure(3 * BODY_LEADING + DocumentWriter.SIGNATURE_BLOCK_HEIGHT)
    doc.paragraph(ACKNOWLEDGEMENT.format(
        name=data.beneficiary.full_name, holder=pick("حامل", "حاملة", gender),
        id_label=data.beneficiary.id_label, id_number=data.beneficiary.id_number,
        org=data.org.name_ar, day=data.delivered_on_text,
        committee=data.committee_name or "اللجنة المختصة",
        request_number=data.request_number))
    doc.spacer(4)
    signer = pick("المستلم", "المستلمة", gender)
    doc.signatures([SignatureBox(signer, data.beneficiary.full_name, f"توقيع {signer}"),
                    SignatureBox("الموظف المسلِّم", data.employee_name, "توقيع الموظف")])
    return doc.finish()
