"""إشعار استلام الشكوى — acknowledgment given for every complaint (R-CMP-1)."""

from __future__ import annotations

from desk_app.documents.layout import DocumentWriter
from desk_app.documents.model import ComplaintAckData

TITLE = "إشعار استلام الشكوى"

BODY = (
    "نشكر لكم تواصلكم، ونفيدكم بأن الجمعية استلمت شكواكم وسجلتها برقم {number}، وستتولى "
    "لجنة المتابعة دراستها ومعالجتها {handling}، مع السعي إلى التسوية الودية، وسيتم إبلاغكم "
    "بالنتيجة عن طريق: {channel}."
)
ANONYMOUS = "مقدم الشكوى: شكوى دون ذكر الاسم"
KEEP_NUMBER = "يرجى الاحتفاظ برقم الشكوى لمتابعتها مع الجمعية."


def render_complaint_ack(data: ComplaintAckData) -> bytes:
    """Render the complaint acknowledgment: number, date, channel, expected handling time."""
    doc = DocumentWriter(data.org, data.verification, TITLE)
    doc.title(TITLE)
    pairs = [
        ("رقم الشكوى", data.complaint_number),
        ("تاريخ الاستلام", data.received_on_text),
        ("قناة التواصل", data.channel_name),
        ("مدة المعالجة المتوقعة", data.expected_handling_text),
    ]
    if data.complainant is not None:
        pairs += [("مقدم الشكوى", data.complainant.full_name),
                  (data.complainant.id_label, data.complainant.id_number)]
    doc.key_values(pairs)
    if data.complainant is None:
        doc.paragraph(ANONYMOUS, justify=False)
    if data.subject:
        doc.key_values([("موضوع الشكوى", data.subject)], per_row=1)
    doc.spacer(6)
    doc.paragraph(BODY.format(number=data.complaint_number, handling=data.expected_handling_text,
                              channel=data.contact_channel_text or data.channel_name))
    doc.paragraph(KEEP_NUMBER, justify=False)
    doc.spacer(8)
    doc.paragraph(f"حرر في: {data.issued_on_text}", justify=False)
    if data.employee_name:
        doc.paragraph(f"الموظف المستلم: {data.employee_name}", justify=False)
    return doc.finish()
