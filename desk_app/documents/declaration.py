"""الإقرار — the declaration the beneficiary signs at the desk (R-DEC-1)."""

from __future__ import annotations

from desk_app.documents.layout import BODY_LEADING, DocumentWriter, SignatureBox
from desk_app.documents.model import BeneficiaryBlock, DeclarationData, RequestBlock

TITLE = "إقرار المستفيد"

DEFAULT_DECLARATION_TEXT = (
    "أقر أنا الموقع أدناه بأن جميع البيانات والمعلومات التي قدمتها إلى الجمعية في هذا الطلب "
    "والمستندات المرفقة به صحيحة وكاملة ومطابقة للواقع، وأنني المسؤول عنها مسؤولية مباشرة، "
    "وأتحمل كامل المسؤولية النظامية المترتبة على عدم صحة أي منها، وألتزم بإبلاغ الجمعية بأي "
    "تغيير يطرأ عليها.\n"
    "كما أوافق على قيام الجمعية بمعالجة بياناتي الشخصية والتحقق منها لدى الجهات المختصة لغرض "
    "تقديم الخدمة المطلوبة ودراسة الاستحقاق فقط، وفق نظام حماية البيانات الشخصية، مع حفظ حقي في "
    "الاطلاع عليها وطلب تصحيحها."
)


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
    doc = DocumentWriter(data.org, data.verification, TITLE)
    doc.title(TITLE)
    doc.heading("بيانات المستفيد")
    doc.key_values(beneficiary_pairs(data.beneficiary))
    doc.heading("بيانات الطلب")
    doc.key_values(request_pairs(data.request))
    if data.request.description:
        doc.key_values([("وصف الطلب", data.request.description)], per_row=1)
    doc.heading("نص الإقرار")
    doc.paragraph(data.declaration_text or DEFAULT_DECLARATION_TEXT)
    doc.spacer(6)
    # Keep the date line on the page that carries the signatures.
    doc.ensure(2 * BODY_LEADING + 16 + DocumentWriter.SIGNATURE_BLOCK_HEIGHT)
    doc.paragraph(f"حرر في: {data.issued_on_text}", bold=True, justify=False)
    doc.spacer(10)
    doc.signatures(
        [
            SignatureBox("المستفيد", data.beneficiary.full_name, "توقيع المستفيد",
                         data.signature_png),
            SignatureBox("الموظف المستلم", data.employee_name, "توقيع الموظف"),
        ]
    )
    return doc.finish()
