"""الإقرار — the declaration the beneficiary signs at the desk (R-DEC-1).

Its wording is the association's own (``texts.declaration_ar`` and ``texts.consent_ar`` of the
organisation profile, written from its policy): this module adds only headings and labels.
Words that change with the signer's gender are resolved here from the beneficiary's record.
"""

from __future__ import annotations

from desk_app.documents.layout import BODY_LEADING, DocumentWriter, SignatureBox
from desk_app.documents.model import BeneficiaryBlock, DeclarationData, RequestBlock
from desk_app.domain.gendered import pick, resolve

TITLE = "إقرار المستفيد"
CONSENT_HEADING = "الموافقة"


def beneficiary_pairs(b: BeneficiaryBlock) -> list[tuple[str, str]]:
    """The beneficiary data table rows shared by several documents."""
    return [
        ("الاسم", b.full_name),
        (b.id_label, b.id_number),
        ("الجنسية", b.nationality),
        ("رقم الجوال", b.mobile),
        ("رقم الملف", b.file_number),
        ("العنوان الوطني", b.address_text),
    ]


def request_pairs(r: RequestBlock) -> list[tuple[str, str]]:
    """The request data table rows shared by several documents."""
    return [
        ("رقم الطلب", r.number),
        ("الخدمة", r.service_name),
        ("قناة التواصل", r.channel_name),
        ("تاريخ الاستلام", r.received_on_text),
    ]


def render_declaration(data: DeclarationData) -> bytes:
    """Render the signed declaration (header, beneficiary, request, text, date, signatures)."""
    gender = data.beneficiary.gender
    doc = DocumentWriter(data.org, data.verification, TITLE)
    doc.title(TITLE)
    doc.heading("بيانات المستفيد")
    doc.key_values(beneficiary_pairs(data.beneficiary))
    doc.heading("بيانات الطلب")
    doc.key_values(request_pairs(data.request))
    if data.request.description:
        doc.key_values([("وصف الطلب", data.request.description)], per_row=1)
    doc.heading("نص الإقرار")
    doc.paragraph(resolve(data.declaration_text, gender))
    if data.consent_text.strip():
        doc.heading(CONSENT_HEADING)
        doc.paragraph(resolve(data.consent_text, gender))
    doc.spacer(6)
    # Keep the date line on the page that carries the signatures.
    doc.ensure(2 * BODY_LEADING + 16 + DocumentWriter.SIGNATURE_BLOCK_HEIGHT)
    doc.paragraph(f"حرر في: {data.issued_on_text}", bold=True, justify=False)
    doc.spacer(10)
    signer = pick("المستفيد", "المستفيدة", gender)
    doc.signatures(
        [
            SignatureBox(signer, data.beneficiary.full_name, f"توقيع {signer}",
                         data.signature_png),
            SignatureBox("الموظف المستلم", data.employee_name, "توقيع الموظف"),
        ]
    )
    return doc.finish()
