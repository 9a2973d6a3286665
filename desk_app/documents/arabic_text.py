"""Arabic line layout for reportlab: shaping, bidi reordering, line breaking and drawing.

reportlab draws glyphs left to right exactly as given and knows nothing of Arabic joining or of
right-to-left order (its ``Paragraph`` is not bidi-aware). So every line goes through:

1. break the text into lines in LOGICAL order, measuring each candidate line on its shaped form
   (joined letters are narrower or wider than isolated ones);
2. reshape the line (arabic-reshaper → presentation forms, harakat kept);
3. reorder it visually with the Unicode bidi algorithm, paragraph direction right-to-left
   (``bidi.algorithm.get_display`` — it mirrors brackets; ``bidi.get_display`` does not);
4. draw the visual string right-aligned (or justified).

Breaking before reordering is what keeps the reading order right across wrapped lines.

Runs of Latin letters and digits separated by spaces (an IBAN ``SA29 8000 0454 …``, a phone
number ``055 123 4567``, an English name) are one left-to-right unit: the line breaker keeps them
together when they fit, and the bidi step sees each run as a single strong left-to-right
character, so its space-separated groups are not reversed (the plain algorithm would print
``8449 1464`` for ``1464 8449`` in a right-to-left paragraph).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from arabic_reshaper import ArabicReshaper
from bidi.algorithm import get_display
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

# Harakat are kept (names such as مُحَمَّد must print as written). The "Allah" word ligature is
# off so the word stays ordinary letters: the text can then be searched and copied from the PDF.
_RESHAPER = ArabicReshaper(
    configuration={
        "delete_harakat": False,
        "support_ligatures": True,
        "ARABIC LIGATURE ALLAH": False,
    }
)

_LATIN = r"A-Za-z0-9\u00C0-\u024F"
_NOT_ARABIC_OR_SPACE = r"[^\s\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]"
_LTR_WORD = rf"[{_LATIN}](?:{_NOT_ARABIC_OR_SPACE}*[{_LATIN}])?"
LTR_RUN = re.compile(rf"{_LTR_WORD}(?: +{_LTR_WORD})*")
"""A left-to-right run: Latin/digit words (inner punctuation allowed) joined by spaces."""

_PLACEHOLDER_BASE = 0xE000  # private-use characters: bidi class L, unknown to the reshaper
_PLACEHOLDER = re.compile("[\uE000-\uF8FF]")

NewPage = Callable[[], float]
"""Callback that finishes the current page, starts the next and returns its top y."""


@lru_cache(maxsize=4096)
def visual(text: str) -> str:
    """Return one line of logical text as a shaped, visually ordered (left-to-right) string."""
    if not text:
        return ""
    runs: list[str] = []

    def mask(match: re.Match[str]) -> str:
        runs.append(match.group())
        return chr(_PLACEHOLDER_BASE + len(runs) - 1)

    masked = LTR_RUN.sub(mask, text)
    shown = get_display(_RESHAPER.reshape(masked), base_dir="R")
    return _PLACEHOLDER.sub(lambda m: runs[ord(m.group()) - _PLACEHOLDER_BASE], shown)


def _units(paragraph: str) -> list[str]:
    """Split a paragraph on spaces, but keep each left-to-right run as one unit."""
    ltr_spans = [m.span() for m in LTR_RUN.finditer(paragraph)]
    units: list[str] = []
    unit_start = previous_end = -1
    for token in re.finditer(r"\S+", paragraph):
        inside_run = any(a <= previous_end and token.start() <= b for a, b in ltr_spans)
        if units and inside_run:
            units[-1] = paragraph[unit_start : token.end()]
        else:
            unit_start = token.start()
            units.append(token.group())
        previous_end = token.end()
    return units


def text_width(text: str, font: str, size: float) -> float:
    """Width of one logical line once shaped (shaping changes glyph widths)."""
    return stringWidth(visual(text), font, size)


def _split_long_word(word: str, font: str, size: float, width: float) -> list[str]:
    """Cut a word wider than the line (a long URL, say) into pieces that fit."""
    pieces: list[str] = []
    current = ""
    for ch in word:
        if current and text_width(current + ch, font, size) > width:
            pieces.append(current)
            current = ch
        else:
            current += ch
    if current:
        pieces.append(current)
    return pieces


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Break logical text into logical lines no wider than ``width`` once shaped.

    Newlines are hard breaks; an empty line between paragraphs is kept as an empty line.
    """
    lines: list[str] = []
    for paragraph in text.split("\n"):
        units = _units(paragraph)
        if not units:
            lines.append("")
            continue
        current: list[str] = []
        pending = list(reversed(units))
        while pending:
            unit = pending.pop()
            candidate = " ".join([*current, unit])
            if text_width(candidate, font, size) <= width:
                current.append(unit)
                continue
            if current:
                lines.append(" ".join(current))
                current = []
            if text_width(unit, font, size) <= width:
                current = [unit]
            elif " " in unit:
                # A left-to-right run wider than the line: break it at its own spaces.
                pending.extend(reversed(unit.split(" ")))
            else:
                *full, rest = _split_long_word(unit, font, size, width)
                lines.extend(full)
                current = [rest]
        if current:
            lines.append(" ".join(current))
    return lines


def draw_line(
    canvas: Canvas,
    text: str,
    x_right: float,
    baseline: float,
    font: str,
    size: float,
    *,
    justify_width: float | None = None,
) -> None:
    """Draw one logical line right-aligned at ``x_right``.

    With ``justify_width`` the spaces of the line are stretched so it fills that width
    (reportlab's word spacing does not apply to subset TrueType fonts, so the visual chunks are
    placed one by one).
    """
    vis = visual(text)
    canvas.setFont(font, size)
    chunks = vis.split(" ")
    if justify_width is None or len(chunks) < 2:
        canvas.drawRightString(x_right, baseline, vis)
        return
    natural = stringWidth(vis, font, size)
    space = stringWidth(" ", font, size)
    extra = (justify_width - natural) / (len(chunks) - 1)
    if extra > 3 * space:
        # Gaps that wide read badly (and break text extraction): leave the line ragged.
        canvas.drawRightString(x_right, baseline, vis)
        return
    space += max(extra, 0.0)
    x = x_right - justify_width
    for chunk in chunks:
        canvas.drawString(x, baseline, chunk)
        x += stringWidth(chunk, font, size) + space


def draw_centered(
    canvas: Canvas, text: str, x_center: float, baseline: float, font: str, size: float
) -> None:
    """Draw one logical line centred on ``x_center``."""
    canvas.setFont(font, size)
    canvas.drawCentredString(x_center, baseline, visual(text))


def draw_paragraph(
    canvas: Canvas,
    text: str,
    x_right: float,
    y_top: float,
    width: float,
    font: str,
    size: float,
    leading: float,
    *,
    justify: bool = False,
    y_bottom: float | None = None,
    new_page: NewPage | None = None,
) -> float:
    """Draw wrapped right-to-left text whose top is ``y_top``; return the y below it.

    When ``y_bottom`` and ``new_page`` are given, a line that would fall below ``y_bottom``
    triggers ``new_page()`` and continues from the y it returns.
    """
    y = y_top
    for paragraph in text.split("\n"):
        lines = wrap(paragraph, font, size, width)
        for index, line in enumerate(lines):
            if y_bottom is not None and new_page is not None and y - leading < y_bottom:
                y = new_page()
            baseline = y - leading + (leading - size) / 2 + size * 0.25
            # The last line of a paragraph stays ragged, as in any justified text.
            stretch = width if justify and index + 1 < len(lines) else None
            draw_line(canvas, line, x_right, baseline, font, size, justify_width=stretch)
            y -= leading
    return y


@dataclass(frozen=True)
class Cell:
    """A table cell: text plus optional font override (e.g. bold labels)."""

    text: str
    font: str | None = None


def _cell(value: str | Cell) -> Cell:
    return value if isinstance(value, Cell) else Cell(value)


def draw_table(
    canvas: Canvas,
    rows: Sequence[Sequence[str | Cell]],
    x_right: float,
    y_top: float,
    col_widths: Sequence[float],
    font: str,
    size: float,
    leading: float,
    *,
    padding: float = 4.0,
    shade_columns: Sequence[int] = (),
    y_bottom: float | None = None,
    new_page: NewPage | None = None,
) -> float:
    """Draw a bordered right-to-left table: column 0 is the RIGHT-most column.

    Cells wrap inside their column; a row never splits across pages (a row that does not fit
    moves to the next page when ``new_page`` is given). ``shade_columns`` get a light grey
    background (used for label columns). Returns the y below the table.
    """
    y = y_top
    for row in rows:
        cells = [_cell(value) for value in row]
        wrapped = [
            wrap(cell.text, cell.font or font, size, col_widths[i] - 2 * padding)
            for i, cell in enumerate(cells)
        ]
        height = max(len(lines) for lines in wrapped) * leading + 2 * padding
        if y_bottom is not None and new_page is not None and y - height < y_bottom:
            y = new_page()
        right = x_right
        for i, (cell, lines) in enumerate(zip(cells, wrapped, strict=True)):
            w = col_widths[i]
            canvas.setLineWidth(0.6)
            if i in shade_columns:
                canvas.setFillGray(0.92)
                canvas.rect(right - w, y - height, w, height, stroke=1, fill=1)
                canvas.setFillGray(0)
            else:
                canvas.rect(right - w, y - height, w, height, stroke=1, fill=0)
            draw_paragraph(
                canvas, "\n".join(lines), right - padding, y - padding, w - 2 * padding,
                cell.font or font, size, leading,
            )
            right -= w
        y -= height
    return y
