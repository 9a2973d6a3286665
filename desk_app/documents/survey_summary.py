"""ملخص نتائج قياس رضا المستفيدين — the printable satisfaction summary (R-SAT-3, R-REP).

Input is plain data (already rounded and worded); output is PDF bytes. Bars are drawn with
reportlab rectangles, so the chart prints as sharply as the text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desk_app.documents.arabic_text import draw_line, text_width
from desk_app.documents.fonts import REGULAR
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
    """Horizontal bars, label at the right, bar growing leftwards, value at its end."""
    row_h = 15.0
    label_w = doc.width * 0.45
    plot_w = doc.width * 0.42
    c = doc.canvas
    for row in rows:
        doc.ensure(row_h)
        base = doc.y - row_h + 4
        label = row.label
        while label and text_width(label, REGULAR, 9) > label_w - 6:
            label = label[:-2]
        draw_line(c, label if label == row.label else label + "…", doc.x_right, base, REGULAR, 9)
        right = doc.x_right - label_w
        c.setFillGray(0.93)
        c.rect(right - plot_w, base - 2, plot_w, 10, stroke=0, fill=1)
        if row.index is not None:
            w = plot_w * max(0.0, min(100.0, row.index)) / 100
            if row.index < 60:
                c.setFillColorRGB(0.78, 0.33, 0.24)
            else:
                c.setFillColorRGB(0.18, 0.5, 0.55)
            c.rect(right - w, base - 2, w, 10, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont(REGULAR, 8.5)
        c.drawRightString(right - plot_w - 3, base, f"{_idx(row.index)} (n={row.n})")
        doc.y -= row_h
    doc.spacer(6)


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

