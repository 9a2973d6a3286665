"""Management and board reports on paper (issue 22): figures, tables, bars, definitions.

Input is plain, already worded data (Arabic); output is PDF bytes. The letterhead, the footer
with the verification code and QR on every page, and the page breaks come from
:class:`~desk_app.documents.layout.DocumentWriter`, like every other document.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desk_app.documents.arabic_text import draw_line, text_width
from desk_app.documents.fonts import REGULAR
from desk_app.documents.layout import DocumentWriter
from desk_app.documents.model import OrgHeader, Verification

ROWS_NOTE = ("تفاصيل الحالات وراء كل مؤشر في ملف Excel المرافق للتقرير بالمرشحات نفسها.")


@dataclass(frozen=True)
class ReportTable:
    title: str
    columns: list[str]
    rows: list[list[str]]


@dataclass(frozen=True)
class Bar:
    label: str
    value: float | None  # 0–100; None: nothing to show
    note: str = ""


@dataclass(frozen=True)
class ReportPdfData:
    org: OrgHeader
    verification: Verification
    title: str
    scope: list[tuple[str, str]]  # (label, value): period, branch, service, issued on
    figures: list[tuple[str, str]]  # (figure name, value as printed)
    tables: list[ReportTable] = field(default_factory=list)
    bars: list[tuple[str, list[Bar]]] = field(default_factory=list)
    remarks: list[str] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)  # (figure name, definition)


def _fractions(n: int) -> list[float]:
    if n == 1:
        return [1.0]
    first = 0.34 if n > 2 else 0.6
    return [first] + [(1 - first) / (n - 1)] * (n - 1)


def _bars(doc: DocumentWriter, bars: list[Bar]) -> None:
    """Horizontal bars, label at the right, growing leftwards, value at the end."""
    row_h, label_w, plot_w = 15.0, doc.width * 0.36, doc.width * 0.46
    c = doc.canvas
    for b in bars:
        doc.ensure(row_h)
        base = doc.y - row_h + 4
        label = b.label
        while label and text_width(label, REGULAR, 9) > label_w - 6:
            label = label[:-2]
        draw_line(c, label if label == b.label else label + "…", doc.x_right, base, REGULAR, 9)
        right = doc.x_right - label_w
        c.setFillGray(0.93)
        c.rect(right - plot_w, base - 2, plot_w, 10, stroke=0, fill=1)
        if b.value is not None:
            w = plot_w * max(0.0, min(100.0, b.value)) / 100
            c.setFillColorRGB(*((0.78, 0.33, 0.24) if b.value < 60 else (0.18, 0.5, 0.55)))
            c.rect(right - w, base - 2, w, 10, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont(REGULAR, 8.5)
        shown = "—" if b.value is None else f"{b.value:g}%"
        c.drawRightString(right - plot_w - 3, base, f"{shown} {b.note}".strip())
        doc.y -= row_h
    doc.spacer(6)


def render_report(data: ReportPdfData) -> bytes:
    doc = DocumentWriter(data.org, data.verification, data.title)
    doc.title(data.title)
    doc.key_values(data.scope)
    doc.heading("المؤشرات")
    doc.table([["المؤشر", "القيمة"]] + [[name, value] for name, value in data.figures],
              [0.7, 0.3])
    for heading, bars in data.bars:
        doc.heading(heading)
        _bars(doc, bars)
    for t in data.tables:
        doc.heading(t.title)
        if t.rows:
            doc.table([t.columns] + t.rows, _fractions(len(t.columns)))
        else:
            doc.paragraph("لا توجد بيانات في هذه الفترة.", size=10, leading=15)
    if data.remarks:
        doc.heading("ملاحظات")
        doc.bullets(data.remarks)
    doc.heading("تعريف المؤشرات")
    doc.bullets([f"{name}: {definition}" for name, definition in data.notes] + [ROWS_NOTE])
    return doc.finish()
