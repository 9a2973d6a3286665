"""ملخص نتائج قياس رضا المستفيدين — the printable satisfaction summary (R-SAT-3, R-REP).

Input is plain data (already rounded and worded); output is PDF bytes. Bars are drawn with
reportlab rectangles, so the chart prints as sharply as the text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desk_app.documents.bars import draw_bars
from desk_app.documents.layout import DocumentWriter
from desk_app.documents.model import OrgHeader, Verification

TITLE = "ملخص نتائج قياس رضا المستفيدين"
NOTE = ("مؤشر كل سؤال: متوسط إجاباته مطروحًا منه واحد، مقسومًا على أربعة، مضروبًا في مئة؛ "
        "والمؤشر العام متوسط مؤشرات الأسئلة. لا تُعرض المجموعات التي يقل عدد إجاباتها عن {min} "
        "منفصلةً حمايةً لخصوصية المستفيدين. تقييم الخدمة حق للمستفيد، والنتائج أداة للتطوير "
        "لا للعقاب.")


@dataclass(frozen=True)
class IndexRow:
    label: str
    n: str
    index: float | None  # 0–100, None when not shown
    extra: tuple[str, ...] = ()  # further columns (mean, share answering 4 or 5)


@dataclass(frozen=True)
class SurveySummaryData:
    org: OrgHeader
    verification: Verification
    questionnaire_title: str
    scope_text: str  # campaign, branch, period
    issued_on_text: str
    n: int
    overall_text: str
    questions: list[IndexRow]
    groups: list[tuple[str, list[IndexRow]]] = field(default_factory=list)
    trend: list[IndexRow] = field(default_factory=list)
    other_answers: list[tuple[str, str, str]] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    min_group: int = 5


def _idx(x: float | None) -> str:
    return "—" if x is None else f"{x:.1f}"


def _bars(doc: DocumentWriter, rows: list[IndexRow]) -> None:
    draw_bars(doc, [(r.label, r.index, f"{_idx(r.index)} (n={r.n})") for r in rows],
              label_share=0.45, plot_share=0.42)


def render_survey_summary(data: SurveySummaryData) -> bytes:
    doc = DocumentWriter(data.org, data.verification, TITLE)
    doc.title(TITLE)
    doc.key_values([("الاستبانة", data.questionnaire_title), ("النطاق", data.scope_text),
                    ("عدد الإجابات", str(data.n)), ("مؤشر الرضا العام", data.overall_text)])
    doc.paragraph(NOTE.format(min=data.min_group), size=9.5, leading=15)
    doc.heading("المؤشر لكل سؤال")
    head = ["السؤال", "n", "المتوسط (1–5)", "المؤشر", "أجاب 4 أو 5"]
    doc.table([head] + [[r.label, r.n, *r.extra[:1], _idx(r.index), *r.extra[1:2]]
                        for r in data.questions], [0.52, 0.08, 0.14, 0.12, 0.14])
    _bars(doc, data.questions)
    for heading, rows in data.groups:
        doc.heading(heading)
        doc.table([["المجموعة", "n", "المؤشر العام"]] +
                  [[r.label, r.n, _idx(r.index)] for r in rows], [0.6, 0.2, 0.2])
    if data.trend:
        doc.heading("الاتجاه الشهري للمؤشر العام")
        _bars(doc, data.trend)
    if data.other_answers:
        doc.heading("إجابات أخرى")
        doc.table([["السؤال", "n", "الإجابات"]] + [list(r) for r in data.other_answers],
                  [0.45, 0.08, 0.47])
    if data.comments:
        doc.heading("ملاحظات المستفيدين ومقترحاتهم")
        doc.bullets(data.comments)
    doc.spacer(8)
    doc.ensure(20)
    doc.paragraph(f"تاريخ الإصدار: {data.issued_on_text}", justify=False)
    return doc.finish()

