"""مذكرة تفاهم / اتفاقية تنفيذ — the agreement with a partner association (seed 003, step 4):
the two parties, the service, its period, each side's duties, the impact reports the partner
owes, and both signatures. The wording is a template filled from plain data."""

from __future__ import annotations

from dataclasses import dataclass

from desk_app.documents.layout import BODY_LEADING, DocumentWriter, SignatureBox
from desk_app.documents.model import OrgHeader, Verification

TITLE = "مذكرة تفاهم واتفاقية تنفيذ"

PREAMBLE = (
    "إنه في تاريخ {today} اتفق كلٌّ من: {org_name} (الطرف الأول)، و{partner_name} "
    "المرخصة برقم {licence_no} (الطرف الثاني)، على تنفيذ {service_name} وفق البنود الآتية، "
    "بناءً على الطلب الرسمي رقم {request_number} ودراسة الاحتياج التي أُجريت عليه."
)
PERIOD = "تسري هذه الاتفاقية من {starts_on} إلى {ends_on}."
REPORTS = (
    "يلتزم الطرف الثاني برفع تقارير دورية عن الأثر المحقق كل {every} أشهر، في المواعيد "
    "الآتية: {due_dates}، ويُقيِّم الطرفان الشراكة بعد انتهاء الخدمة لضمان جودة التنفيذ."
)
CLOSING = "حُررت هذه المذكرة من نسختين، بيد كل طرف نسخة للعمل بموجبها."


@dataclass(frozen=True)
class AgreementData:
    org: OrgHeader
    verification: Verification
    today_text: str
    request_number: str
    partner_name: str
    licence_no: str
    partner_region: str
    contact_person: str
    service_name: str
    expected_beneficiaries: int
    goals: str
    starts_on_text: str
    ends_on_text: str
    our_duties: tuple[str, ...]
    partner_duties: tuple[str, ...]
    report_every_months: int
    due_dates_text: tuple[str, ...]


def render_partner_agreement(data: AgreementData) -> bytes:
    doc = DocumentWriter(data.org, data.verification, TITLE)
    doc.title(TITLE)
    doc.paragraph(f"رقم الطلب: {data.request_number}     التاريخ: {data.today_text}",
                  size=10.5, justify=False)
    doc.spacer(4)
    doc.paragraph(PREAMBLE.format(
        today=data.today_text, org_name=data.org.name_ar, partner_name=data.partner_name,
        licence_no=data.licence_no, service_name=data.service_name,
        request_number=data.request_number))
    doc.heading("بيانات الطرف الثاني والخدمة")
    doc.key_values([("الجمعية", data.partner_name), ("رقم الترخيص", data.licence_no),
                    ("المنطقة", data.partner_region), ("ممثل الجمعية", data.contact_person),
                    ("الخدمة", data.service_name),
                    ("المستفيدون المتوقعون", str(data.expected_beneficiaries))])
    doc.key_values([("أهداف الخدمة", data.goals)], per_row=1)
    doc.heading("مدة الاتفاقية")
    doc.paragraph(PERIOD.format(starts_on=data.starts_on_text, ends_on=data.ends_on_text))
    doc.heading("التزامات الطرف الأول")
    doc.bullets(data.our_duties)
    doc.heading("التزامات الطرف الثاني")
    doc.bullets(data.partner_duties)
    doc.heading("المتابعة والتقييم")
    doc.paragraph(REPORTS.format(every=data.report_every_months,
                                 due_dates="، ".join(data.due_dates_text)))
    doc.ensure(BODY_LEADING + DocumentWriter.SIGNATURE_BLOCK_HEIGHT)
    doc.paragraph(CLOSING, justify=False)
    doc.signatures([SignatureBox("عن الطرف الأول", data.org.name_ar, "التوقيع والختم"),
                    SignatureBox("عن الطرف الثاني", data.partner_name, "التوقيع والختم")])
    return doc.finish()
