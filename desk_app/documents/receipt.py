"""إيصال استلام طلب — what the beneficiary takes home (R-DEC-2, R-INT-5)."""

from __future__ import annotations

from desk_app.documents.declaration import request_pairs
from desk_app.documents.layout import DocumentWriter
from desk_app.documents.model import ReceiptData

TITLE = "إيصال استلام طلب"

COMPLETE_TEXT = "الطلب مكتمل، وقد استلمت الجمعية جميع المستندات المطلوبة."
MISSING_INTRO = "الطلب غير مكتمل، ويلزم استكمال المستندات التالية:"
COMMITTEE_TEXT = (
    "سيحال طلبكم إلى {committee} لدراسته واتخاذ القرار بشأنه، وسيتم إبلاغكم بالنتيجة "
    "عن طريق: {channel}."
)
DUE_TEXT = "الموعد النهائي للرد: {due}"
DUE_AFTER_COMPLETION = "تبدأ مدة الرد من تاريخ استكمال الطلب."


def render_receipt(data: ReceiptData) -> bytes:
    """Render the request receipt: number, service, date, what is missing, when and how."""
    request = data.request
    doc = DocumentWriter(data.org, data.verification, TITLE)
    doc.title(TITLE)
    doc.key_values([("اسم المستفيد", data.beneficiary.full_name),
                    (data.beneficiary.id_label, data.beneficiary.id_number),
                    *request_pairs(request)])
    doc.heading("حالة الطلب")
    if request.missing_documents:
        doc.paragraph(MISSING_INTRO, justify=False)
        doc.bullets(request.missing_documents)
    else:
        doc.paragraph(COMPLETE_TEXT, justify=False)
    doc.heading("الرد على الطلب")
    if request.due_date_text:
        doc.paragraph(DUE_TEXT.format(due=request.due_date_text), bold=True, justify=False)
    if request.missing_documents:
        doc.paragraph(DUE_AFTER_COMPLETION, justify=False)
    doc.paragraph(COMMITTEE_TEXT.format(committee=data.committee_name,
                                        channel=request.contact_channel_text or "—"))
    doc.spacer(8)
    doc.paragraph(f"حرر في: {data.issued_on_text}", justify=False)
    doc.paragraph(f"الموظف المستلم: {data.employee_name}", justify=False)
    return doc.finish()
