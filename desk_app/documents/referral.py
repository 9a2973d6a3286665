"""خطاب إحالة — referral to the competent association, researcher or department (R-INT-6)."""

from __future__ import annotations

from desk_app.documents.declaration import beneficiary_pairs, request_pairs
from desk_app.documents.layout import BODY_LEADING, DocumentWriter, SignatureBox
from desk_app.documents.model import ReferralData, ReferralTarget
from desk_app.domain.gendered import resolve

TITLE = "خطاب إحالة"

SALUTATION = {
    ReferralTarget.ASSOCIATION: "المكرمين/ {name}    المحترمين",
    ReferralTarget.SOCIAL_RESEARCHER: "المكرم الباحث الاجتماعي/ {name}    المحترم",
    ReferralTarget.DEPARTMENT: "المكرمين/ {name}    المحترمين",
}
BODY = {
    ReferralTarget.ASSOCIATION: (
        "نحيل إليكم {المستفيد|المستفيدة} الموضحة {بياناته|بياناتها} أدناه، إذ إن {طلبه|طلبها} "
        "يقع ضمن اختصاصكم، آملين التكرم بدراسة {طلبه|طلبها} وتقديم الخدمة المناسبة {له|لها}."
    ),
    ReferralTarget.SOCIAL_RESEARCHER: (
        "نحيل إليكم طلب {المستفيد|المستفيدة} الموضحة {بياناته|بياناتها} أدناه لدراسة "
        "{حالته|حالتها} وإعداد التقرير الاجتماعي اللازم قبل عرضه على اللجنة المختصة."
    ),
    ReferralTarget.DEPARTMENT: (
        "نحيل إليكم طلب {المستفيد|المستفيدة} الموضحة {بياناته|بياناتها} أدناه لاختصاصكم "
        "بالنظر فيه، آملين التكرم بدراسته وإفادتنا بما يتم."
    ),
}
GREETING = "السلام عليكم ورحمة الله وبركاته، وبعد:"
CLOSING = "وتقبلوا خالص التحية والتقدير."


def render_referral(data: ReferralData) -> bytes:
    """Render a referral letter with the beneficiary, the request and the reason."""
    doc = DocumentWriter(data.org, data.verification, TITLE)
    doc.title(TITLE)
    # One line, so that a full letter keeps its signature on the first page.
    doc.paragraph(f"رقم الخطاب: {data.letter_number}     التاريخ: {data.issued_on_text}",
                  size=10.5, justify=False)
    doc.spacer(6)
    doc.paragraph(SALUTATION[data.target].format(name=data.recipient_name), bold=True,
                  justify=False)
    doc.paragraph(GREETING, justify=False)
    doc.paragraph(resolve(BODY[data.target], data.beneficiary.gender))
    doc.heading("بيانات المستفيد")
    doc.key_values(beneficiary_pairs(data.beneficiary))
    doc.heading("بيانات الطلب")
    doc.key_values(request_pairs(data.request))
    if data.request.description:
        doc.key_values([("وصف الطلب", data.request.description)], per_row=1)
    doc.heading("سبب الإحالة")
    doc.paragraph(data.reason)
    # The closing line stays with the signature, never alone at the foot of a page.
    doc.ensure(BODY_LEADING + DocumentWriter.SIGNATURE_BLOCK_HEIGHT)
    doc.paragraph(CLOSING, justify=False)
    doc.signatures([SignatureBox("موظف علاقات المستفيدين", data.employee_name, "التوقيع")])
    return doc.finish()
