"""إيصال استلام طلب — what the beneficiary takes home (R-DEC-2, R-INT-5).

What it tells about the answer comes from the organisation profile: the association's own note
(``texts.receipt_note_ar``), the period as its policy words it (``response_rule.text_ar``) and,
only when the policy sets a limit (``promise == "deadline"``), the date the answer is due by. A
minimum period ("لا تقل عن أسبوعين") or no period at all never becomes a printed date.
"""

from __future__ import annotations

from desk_app.documents.declaration import request_pairs
from desk_app.documents.layout import DocumentWriter
from desk_app.documents.model import ReceiptData
from desk_app.domain.gendered import pick, resolve

TITLE = "إيصال استلام طلب"

COMPLETE_TEXT = "الطلب مكتمل، وقد استلمت الجمعية جميع المستندات المطلوبة."
MISSING_INTRO = "الطلب غير مكتمل، ويلزم استكمال المستندات التالية:"
PERIOD_TEXT = "مدة الرد: {period}"
DUE_TEXT = "الموعد النهائي للرد: {due}"
CHANNEL_LABEL = "وسيلة الإبلاغ"
OFFICER_LABEL = "ضابط الاتصال"


def render_receipt(data: ReceiptData) -> bytes:
    """Render the request receipt: number, service, date, what is missing, when and how."""
    request, gender = data.request, data.beneficiary.gender
    doc = DocumentWriter(data.org, data.verification, TITLE)
    doc.title(TITLE)
    pairs = [(f"اسم {pick('المستفيد', 'المستفيدة', gender)}", data.beneficiary.full_name),
             (data.beneficiary.id_label, data.beneficiary.id_number), *request_pairs(request)]
    if request.contact_channel_text:
        pairs.append((CHANNEL_LABEL, request.contact_channel_text))
    if request.officer_text:  # whom to ask about the request (seed 000 §7)
        pairs.append((OFFICER_LABEL, request.officer_text))
    doc.key_values(pairs)
    doc.heading("حالة الطلب")
    if request.missing_documents:
        doc.paragraph(MISSING_INTRO, justify=False)
        doc.bullets(request.missing_documents)
    else:
        doc.paragraph(COMPLETE_TEXT, justify=False)
    doc.heading("الرد على الطلب")
    if data.note_text.strip():
        doc.paragraph(resolve(data.note_text, gender))
    if data.response_text.strip():
        doc.paragraph(PERIOD_TEXT.format(period=resolve(data.response_text, gender)),
                      justify=False)
    if data.promise == "deadline" and request.due_date_text:
        doc.paragraph(DUE_TEXT.format(due=request.due_date_text), bold=True, justify=False)
    doc.spacer(8)
    doc.paragraph(f"حرر في: {data.issued_on_text}", justify=False)
    doc.paragraph(f"الموظف المستلم: {data.employee_name}", justify=False)
    return doc.finish()
