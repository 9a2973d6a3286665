"""«نسخة»: the mark a reprint carries, stamped over the archived pages.

A reprint prints the archived document — the same pages, code and QR — with a band at the top of
every page saying it is a copy and when it was printed, so a reprinted paper is never taken for
the original given on the day of issue. The archived bytes themselves never change.
"""

from __future__ import annotations

from io import BytesIO

from pypdf import PdfReader, PdfWriter
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desk_app.documents.arabic_text import draw_line
from desk_app.documents.fonts import BOLD, register_fonts

COPY_WORD = "نسخة"
COPY_TEXT = "نسخة — أعيدت طباعتها في: {date}"


def _stamp(width: float, height: float, text: str) -> BytesIO:
    """One transparent page carrying the copy band, the size of the document's pages."""
    register_fonts()
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), invariant=1)
    canvas.setFillGray(0.35)
    draw_line(canvas, text, width - 18 * mm, height - 11.5 * mm, BOLD, 10)
    canvas.setStrokeGray(0.35)
    canvas.setLineWidth(0.8)
    canvas.rect(16 * mm, height - 14 * mm, width - 32 * mm, 7 * mm, stroke=1, fill=0)
    canvas.showPage()
    canvas.save()
    buffer.seek(0)
    return buffer


def mark_copy(pdf: bytes, reprinted_on_text: str) -> bytes:
    """``pdf`` with «نسخة» and the reprint date stamped at the top of every page."""
    writer = PdfWriter(clone_from=BytesIO(pdf))  # the archived pages and metadata, as they are
    text = COPY_TEXT.format(date=reprinted_on_text)
    for page in writer.pages:
        box = page.mediabox
        page.merge_page(PdfReader(_stamp(float(box.width), float(box.height), text)).pages[0])
    out = BytesIO()
    writer.write(out)
    return out.getvalue()
