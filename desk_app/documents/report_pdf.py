"""Management and board reports on paper (issue 22): figures, tables, bars, definitions.

Input is plain, already worded data (Arabic); output is PDF bytes. The letterhead, the footer
with the verification code and QR on every page, and the page breaks come from
:class:`~desk_app.documents.layout.DocumentWriter`, like every other document.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desk_app.documents.bars import draw_bars
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
    draw_bars(doc, [(b.label, b.value,
                     f"{'—' if b.value is None else f'{b.value:g}%'} {b.note}".strip())
                    for b in bars], label_share=0.36, plot_share=0.46)


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
