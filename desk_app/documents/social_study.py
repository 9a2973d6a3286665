"""تقرير البحث الاجتماعي — the social researcher's study of a request, printed for the committee
(issue 20): the visit, housing, the household's monthly income and expenses, health, the members
and their situation, needs, and the researcher's recommendation, signed by the researcher.

Only the parts the association's profile uses are printed (``sections``); the labels are this
module's, every value comes from the study as saved.
"""

from __future__ import annotations

from dataclasses import dataclass

from desk_app.documents.arabic_text import Cell
from desk_app.documents.declaration import beneficiary_pairs
from desk_app.documents.fonts import BOLD
from desk_app.documents.layout import DocumentWriter, SignatureBox
from desk_app.documents.model import BeneficiaryBlock, OrgHeader, Verification

TITLE = "تقرير البحث الاجتماعي"

VISIT_KINDS_AR = {"home": "زيارة منزلية", "office": "مقابلة في مقر الجمعية",
                  "phone": "اتصال هاتفي"}
HOUSING_KINDS_AR = {"owned": "ملك", "rented": "إيجار", "with_relatives": "مع الأقارب",
                    "other": "أخرى"}
INCOME_AR = {"salary": "راتب أو أجر", "social_security": "الضمان الاجتماعي",
             "pension": "معاش تقاعدي", "other": "دخل آخر"}
EXPENSES_AR = {"rent": "الإيجار", "utilities": "الكهرباء والماء والخدمات",
               "debts": "أقساط وديون", "other": "مصروفات أخرى"}


@dataclass(frozen=True)
class StudyReportData:
    """Everything printed, already in Arabic words; amounts as written riyals (``3,500``)."""

    org: OrgHeader
    verification: Verification
    today_text: str
    request_number: str
    service_name: str
    received_on_text: str
    beneficiary: BeneficiaryBlock
    sections: tuple[str, ...]
    visit_on_text: str
    visit_kind: str
    housing_kind: str
    housing: str
    income: tuple[tuple[str, str], ...]      # (line, riyals)
    expenses: tuple[tuple[str, str], ...]
    income_total: str
    expenses_total: str
    balance: str
    short: bool                              # expenses exceed income
    health: str
    members: tuple[tuple[str, str, str], ...]  # (name, relation, situation)
    needs: str
    recommendation: str
    researcher_title: str
    researcher_name: str


def _or_dash(text: str) -> str:
    return text.strip() or "—"


def _money(doc: DocumentWriter, data: StudyReportData) -> None:
    shows = data.sections.__contains__
    rows: list[list[str | Cell]] = [[Cell("البند", BOLD), Cell("المبلغ الشهري (ريال)", BOLD)]]
    if shows("income"):
        rows += [[f"دخل: {line}", amount] for line, amount in data.income]
        rows.append([Cell("إجمالي الدخل", BOLD), Cell(data.income_total, BOLD)])
    if shows("expenses"):
        rows += [[f"مصروف: {line}", amount] for line, amount in data.expenses]
        rows.append([Cell("إجمالي المصروفات", BOLD), Cell(data.expenses_total, BOLD)])
    doc.table(rows, [0.6, 0.4], shade_columns=[0])
    if shows("income") and shows("expenses"):
        word = "العجز الشهري" if data.short else "الفائض الشهري بعد المصروفات"
        doc.paragraph(f"{word}: {data.balance} ريال", bold=True, justify=False)


def render_study_report(data: StudyReportData) -> bytes:
    shows = data.sections.__contains__
    doc = DocumentWriter(data.org, data.verification, TITLE)
    doc.title(TITLE)
    doc.paragraph(f"رقم الطلب: {data.request_number}     التاريخ: {data.today_text}",
                  size=10.5, justify=False)
    doc.heading("بيانات المستفيد")
    doc.key_values(beneficiary_pairs(data.beneficiary))
    doc.heading("بيانات الطلب")
    doc.key_values([("رقم الطلب", data.request_number), ("الخدمة", data.service_name),
                    ("تاريخ الاستلام", data.received_on_text)])
    if shows("visit"):
        doc.heading("الزيارة")
        doc.key_values([("تاريخ الزيارة", _or_dash(data.visit_on_text)),
                        ("نوع الزيارة", _or_dash(data.visit_kind))], per_row=1)
    if shows("housing"):
        doc.heading("السكن")
        doc.key_values([("نوع السكن", _or_dash(data.housing_kind)),
                        ("وصف السكن", _or_dash(data.housing))], per_row=1)
    if shows("income") or shows("expenses"):
        doc.heading("الدخل والمصروفات الشهرية")
        _money(doc, data)
    if shows("health"):
        doc.heading("الحالة الصحية")
        doc.paragraph(_or_dash(data.health))
    if shows("household"):
        doc.heading("أفراد الأسرة")
        if data.members:
            head: list[str | Cell] = [Cell(t, BOLD) for t in ("الاسم", "صلة القرابة", "الوضع")]
            doc.table([head, *[list(m) for m in data.members]], [0.35, 0.2, 0.45])
        else:
            doc.paragraph("لا يوجد أفراد مسجلون في ملف الأسرة.")
    if shows("needs"):
        doc.heading("الاحتياجات")
        doc.paragraph(_or_dash(data.needs))
    if shows("recommendation"):
        doc.heading("توصية الباحث")
        doc.paragraph(_or_dash(data.recommendation))
    doc.spacer(8)
    doc.signatures([SignatureBox(data.researcher_title, data.researcher_name, "التوقيع")])
    return doc.finish()
