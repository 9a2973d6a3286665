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
``8449 1464`` for ``1464 8449`` in a right-to-left paragraph). A sign written against the digits
(``+966…``, ``-500``, ``50%``) belongs to the run, so it stays where the number's reader expects it.

Any string can be printed (:func:`printable`): bidi controls and invisible format characters are
dropped (the layout does its own bidi, and an RLO could reverse what the paper says), and a
character the font cannot draw, a private-use character (the masking uses that range for its
placeholders, so none may come from the data) or an unassigned one is shown as ``◌``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from arabic_reshaper import ArabicReshaper
from arabic_reshaper.ligatures import LIGATURES
from bidi.algorithm import get_display
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfgen.canvas import Canvas

from desk_app.documents.fonts import BOLD, LAM_CARRIER, REGULAR, register_fonts

# Harakat are kept (names such as مُحَمَّد must print as written). The "Allah" word ligature is
# off so the word stays ordinary letters: the text can then be searched and copied from the PDF.
# Of the ligatures only lam-alef is used (it is obligatory in Arabic script); any other would be
# one glyph for several letters, which text extractors give back in differing orders.
_RESHAPER = ArabicReshaper(
    configuration={
        "delete_harakat": False,
        "support_ligatures": True,
        **{name: name.startswith("ARABIC LIGATURE LAM WITH ALEF") for name, _ in LIGATURES},
        "ARABIC LIGATURE LAM WITH ALEF MAKSURA": False,
    }
)
_LAM_ALEF = re.compile("([\uFEF5-\uFEFC])")

_LATIN = r"A-Za-z0-9\u00C0-\u024F"
_NOT_ARABIC_OR_SPACE = r"[^\s\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]"
# A sign directly before digits (+966…, -500, −3) and a percent directly after them (50%) are
# part of the number; left outside the run, bidi rules W4/W5 would print «500-» and «%50».
_SIGN = rf"(?:(?<![{_LATIN}])[+\-\u2212](?=[0-9]))?"
_LTR_WORD = rf"{_SIGN}[{_LATIN}](?:{_NOT_ARABIC_OR_SPACE}*[{_LATIN}])?(?:(?<=[0-9])%)?"
LTR_RUN = re.compile(rf"{_LTR_WORD}(?: +{_LTR_WORD})*")
"""A left-to-right run: Latin/digit words (inner punctuation allowed) joined by spaces."""

# Private-use characters: bidi class L, unknown to the reshaper. ``printable`` removes every
# private-use character from the data first, so a placeholder can only be one of ours.
_PLACEHOLDER_BASE = 0xE000
_PLACEHOLDER_COUNT = 0xF8FF - 0xE000 + 1
_PLACEHOLDER = re.compile("[\uE000-\uF8FF]")

REPLACEMENT = "\u25cc"
"""◌ (dotted circle): printed for a character that cannot or must not be printed as it is."""
_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                           "\u2066\u2067\u2068\u2069")
_JOINERS = frozenset("\u200c\u200d")  # ZWNJ / ZWJ change how letters join: kept
_REPLACED_CATEGORIES = frozenset({"Co", "Cs", "Cn"})


@lru_cache(maxsize=1)
def _drawable() -> frozenset[int]:
    """Code points both Amiri faces have a glyph for."""
    register_fonts()
    regular = getFont(REGULAR).face.charToGlyph
    bold = getFont(BOLD).face.charToGlyph
    return frozenset(regular) & frozenset(bold)


def can_draw(ch: str) -> bool:
    """Whether the document fonts have a glyph for ``ch``."""
    return ord(ch) in _drawable()


def _printable_char(ch: str) -> str:
    if ch == "\n":
        return ch
    if ch in _BIDI_CONTROLS:
        return ""
    category = unicodedata.category(ch)
    if category in _REPLACED_CATEGORIES:
        return REPLACEMENT
    if category == "Cc" or category in ("Zl", "Zp"):
        return " "  # tabs, carriage returns, line/paragraph separators: a space
    if category == "Cf" and ch not in _JOINERS:
        return ""  # invisible formatting (zero-width space, BOM — the lam carrier —, …)
    return ch


def printable(text: str) -> str:
    """``text`` as the documents print it: no bidi controls or invisible format characters,
    and ``◌`` for private-use, surrogate and unassigned characters."""
    return "".join(_printable_char(ch) for ch in text)


def _drawn(shown: str) -> str:
    """Replace every glyph the font lacks (emoji, rare scripts) by a visible ``◌``."""
    drawable = _drawable()
    return "".join(ch if ch == " " or ord(ch) in drawable else REPLACEMENT for ch in shown)

NewPage = Callable[[], float]
"""Callback that finishes the current page, starts the next and returns its top y."""


@lru_cache(maxsize=4096)
def visual(text: str) -> str:
    """Return one line of logical text as a shaped, visually ordered (left-to-right) string.

    Any string is accepted: it is first made :func:`printable`, so nothing in it can crash the
    bidi step or be taken for a placeholder, and every character ends up drawn or as ``◌``.
    """
    text = printable(text).replace("\n", " ")
    if not text.strip():
        return _drawn(text)
    runs: list[str] = []

    def mask(match: re.Match[str]) -> str:
        if len(runs) == _PLACEHOLDER_COUNT:  # cannot happen on a printed line; stay correct
            return match.group()
        runs.append(match.group())
        return chr(_PLACEHOLDER_BASE + len(runs) - 1)

    masked = LTR_RUN.sub(mask, text)
    shown = get_display(_RESHAPER.reshape(masked), base_dir="R")
    shown = _drawn(_PLACEHOLDER.sub(lambda m: runs[ord(m.group()) - _PLACEHOLDER_BASE], shown))
    # The lam of each lam-alef ligature, for text extraction (see fonts.LogicalTTFont).
    return _LAM_ALEF.sub(lambda m: m.group() + LAM_CARRIER, shown)


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
    text = printable(text)
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
    # One text object for the whole line (not one per word), so a text extractor still reads
    # it as one line and puts its words back in reading order.
    line = canvas.beginText()
    line.setFont(font, size)
    x = x_right - justify_width
    for index, chunk in enumerate(chunks):
        line.setTextOrigin(x, baseline)
        # The space is drawn too (the next word is then placed further on): it is what tells
        # an extractor where one word ends.
        line.textOut(chunk if index + 1 == len(chunks) else chunk + " ")
        x += stringWidth(chunk, font, size) + space
    canvas.drawText(line)


def plain(text: str) -> str:
    """A left-to-right string (an English name, an e-mail) drawn as it is: made printable."""
    return _drawn(printable(text).replace("\n", " "))


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
