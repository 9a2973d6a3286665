"""Horizontal bar charts on a page (survey indices, report shares): one way to draw them."""

from __future__ import annotations

from collections.abc import Iterable

from desk_app.documents.arabic_text import draw_line, text_width
from desk_app.documents.fonts import REGULAR
from desk_app.documents.layout import DocumentWriter

LOW = (0.78, 0.33, 0.24)   # under 60 of 100: drawn in the warning colour
GOOD = (0.18, 0.5, 0.55)


def draw_bars(doc: DocumentWriter, rows: Iterable[tuple[str, float | None, str]], *,
              label_share: float, plot_share: float) -> None:
    """One bar per ``(label, value 0–100 or None, caption)``: the label at the right (cut with
    «…» when too long), the bar growing leftwards, the caption at its end."""
    row_h, label_w, plot_w = 15.0, doc.width * label_share, doc.width * plot_share
    c = doc.canvas
    for label_text, value, caption in rows:
        doc.ensure(row_h)
        base = doc.y - row_h + 4
        label = label_text
        while label and text_width(label, REGULAR, 9) > label_w - 6:
            label = label[:-2]
        draw_line(c, label if label == label_text else label + "…", doc.x_right, base, REGULAR,
                  9)
        right = doc.x_right - label_w
        c.setFillGray(0.93)
        c.rect(right - plot_w, base - 2, plot_w, 10, stroke=0, fill=1)
        if value is not None:
            w = plot_w * max(0.0, min(100.0, value)) / 100
            c.setFillColorRGB(*(LOW if value < 60 else GOOD))
            c.rect(right - w, base - 2, w, 10, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont(REGULAR, 8.5)
        c.drawRightString(right - plot_w - 3, base, caption)
        doc.y -= row_h
    doc.spacer(6)
