"""إشعار بقرار اللجنة — the committee's decision and its reasons (R-VER-3, R-VER-4)."""

from __future__ import annotations

from desk_app.documents.declaration import request_pairs
from desk_app.documents.layout import DocumentWriter, SignatureBox
from desk_app.documents.model import Decision, DecisionLetterData
from desk_app.domain.gendered import pick

TITLE = "إشعار بقرار اللجنة"

DECISION_WORD = {Decision.ACCEPTED: "مقبول", Decision.REJECTED: "مرفوض", Decision.REFERRED: "محال"}
OPENING = (
    "{honorific}/ {name}\nالسلام عليكم ورحمة الله وبركاته، وبعد:\n"
    "نفيدكم بأن {committee} درست طلبكم رقم {number} لخدمة {service}{on}، وقررت ما يلي:"
)
DECISION_TEXT = {
    Decision.ACCEPTED: "القرار: مقبول — تمت الموافقة على طلبكم.",
    Decision.REJECTED: "القرار: مرفوض — نعتذر عن عدم قبول طلبكم.",
    Decision.REFERRED: "القرار: محال — أحيل طلبكم إلى {referred_to}.",
}
REASONS_HEADING = {
    Decision.ACCEPTED: "ملاحظات",
    Decision.REJECTED: "أسباب القرار",
    Decision.REFERRED: "أسباب الإحالة",
}


def render_decision_letter(data: DecisionLetterData) -> bytes:
    """Render the notification of the committee's decision with its reason(s)."""
    request = data.request
    doc = DocumentWriter(data.org, data.verification, TITLE)
    doc.title(TITLE)
    doc.paragraph(f"التاريخ: {data.issued_on_text}", size=10.5, justify=False)
    doc.spacer(4)
    on = f" بتاريخ {data.decided_on_text}" if data.decided_on_text else ""
    honorific = pick("المكرم", "المكرمة", data.beneficiary.gender)
    doc.paragraph(OPENING.format(honorific=honorific, name=data.beneficiary.full_name,
                                 committee=data.committee_name,
                                 number=request.number, service=request.service_name, on=on))
    doc.spacer(4)
    doc.paragraph(DECISION_TEXT[data.decision].format(referred_to=data.referred_to or "—"),
                  bold=True, size=13, leading=22, justify=False)
    if data.reasons:
        doc.heading(REASONS_HEADING[data.decision])
        doc.bullets(data.reasons)
    if data.next_steps_text:
        doc.spacer(4)
        doc.paragraph(data.next_steps_text)
    doc.heading("بيانات الطلب")
    doc.key_values([(f"اسم {pick('المستفيد', 'المستفيدة', data.beneficiary.gender)}",
                     data.beneficiary.full_name),
                    (data.beneficiary.id_label, data.beneficiary.id_number),
                    *request_pairs(request)])
    doc.spacer(8)
    doc.signatures([SignatureBox(f"عن {data.committee_name}", data.signatory_name, "التوقيع")])
    return doc.finish()
