"""Arabic line layout: shaping, bidi order, wrapping — checked through real PDF text extraction."""

from __future__ import annotations

import io
import unicodedata

import arabic_reshaper
import bidi
import pytest
from bidi.algorithm import get_display as uba_get_display
from hypothesis import given
from hypothesis import strategies as st
from reportlab.pdfgen.canvas import Canvas

from desk_app.documents.arabic_text import draw_paragraph, text_width, visual, wrap
from desk_app.documents.fonts import REGULAR, register_fonts
from tests.documents.pdftext import (
    assert_words_in_order,
    requires_pdftotext,
    squash,
    text_of,
)

register_fonts()

LONG = (
    "يقر المستفيد بأن جميع البيانات المقدمة صحيحة وكاملة وأنه المسؤول عنها مسؤولية مباشرة "
    "ويوافق على معالجة بياناته لغرض تقديم الخدمة ويلتزم بإبلاغ الجمعية بأي تغيير يطرأ عليها "
    "خلال مدة لا تتجاوز ثلاثين يوما من تاريخ التغيير حتى تبقى بيانات سجل المستفيدين محدثة"
)
MIXED = (
    "المبلغ 1500 ريال يحول إلى الحساب SA29 8000 0454 6080 1464 8449 باسم مُحَمَّد "
    "ويرسل الإشعار إلى info@example.org مع صورة (الهوية الوطنية) رقم 1012345678 "
    "بتاريخ 10/11/1445 هـ الموافق 18/05/2024 م."
)
IBAN = "SA29 8000 0454 6080 1464 8449"


def paragraph_pdf(text: str, width: float = 300, *, justify: bool = False) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width + 40, 800), invariant=1)
    draw_paragraph(canvas, text, width + 20, 780, width, REGULAR, 12, 20, justify=justify)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def lines_pdf(visual_lines: list[str]) -> bytes:
    """A PDF drawing already-visual strings right-aligned, one per line (for broken layouts)."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(400, 800), invariant=1)
    canvas.setFont(REGULAR, 12)
    for i, line in enumerate(visual_lines):
        canvas.drawRightString(380, 770 - 20 * i, line)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


# -- pure layout --------------------------------------------------------------------------


def test_harakat_are_kept_when_shaping():
    shown = visual("مُحَمَّد")
    for mark in "\u064f\u064e\u0651":
        assert mark in shown
    assert unicodedata.normalize("NFKC", shown[::-1]) == unicodedata.normalize("NFKC", "مُحَمَّد")


def test_brackets_are_mirrored_in_right_to_left_text():
    # In visual (left-to-right) order the logical "(" ends up at the right and must be drawn
    # as ")" — the newer bidi.get_display forgets this; the layout must not.
    shown = visual("(الهوية)")
    assert shown[0] == "(" and shown[-1] == ")"
    assert bidi.get_display(arabic_reshaper.reshape("(الهوية)"))[0] == ")", (
        "python-bidi changed: the plain get_display now mirrors, revisit the note in arabic_text"
    )


def test_latin_run_keeps_its_group_order_in_a_right_to_left_line():
    shown = visual(f"الحساب {IBAN} للمستفيد")
    assert IBAN in shown


def test_long_paragraph_wraps_onto_three_lines_within_width():
    lines = wrap(LONG, REGULAR, 12, 250)
    assert len(lines) >= 3
    assert all(text_width(line, REGULAR, 12) <= 250 for line in lines)
    assert " ".join(lines).split() == LONG.split()


def test_iban_is_not_split_when_it_fits_on_the_next_line():
    lines = wrap(MIXED, REGULAR, 12, 220)
    assert any(IBAN in line for line in lines)


_ARABIC_WORD = st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهويةءأإآىئؤ", min_size=1, max_size=9)
_LATIN_WORD = st.text(alphabet="ABCXYZabcxyz0123456789@.-", min_size=1, max_size=12)


@given(st.lists(st.one_of(_ARABIC_WORD, _LATIN_WORD), min_size=1, max_size=40),
       st.integers(min_value=40, max_value=400))
def test_wrap_keeps_every_character_and_respects_width(tokens, width):
    text = " ".join(tokens)
    lines = wrap(text, REGULAR, 11, width)
    assert "".join("".join(lines).split()) == "".join(text.split())
    assert all(text_width(line, REGULAR, 11) <= width or " " not in line for line in lines)


# -- through pdftotext ---------------------------------------------------------------------


@requires_pdftotext
@pytest.mark.parametrize("justify", [False, True])
def test_wrapped_paragraph_reads_back_in_logical_order(justify):
    assert len(wrap(LONG, REGULAR, 12, 250)) >= 3
    assert_words_in_order(text_of(paragraph_pdf(LONG, 250, justify=justify)), LONG)


@requires_pdftotext
@pytest.mark.parametrize("width", [180, 260, 420])
def test_numbers_latin_brackets_and_harakat_read_back(width):
    text = text_of(paragraph_pdf(MIXED, width))
    flat = squash(text)
    assert_words_in_order(text, MIXED)
    assert "المبلغ 1500 ريال" in flat
    assert "info@example.org" in flat
    assert "(الهوية الوطنية)" in flat
    assert unicodedata.normalize("NFKC", "مُحَمَّد") in flat
    assert "10/11/1445" in flat and "18/05/2024" in flat
    if width >= 260:
        assert IBAN in flat


@requires_pdftotext
def test_iban_split_over_two_lines_keeps_its_groups_in_order():
    # Too narrow for the whole IBAN: it must break at its own spaces and every line must still
    # print its groups left to right (the plain bidi algorithm reverses digit groups).
    text = f"الحساب {IBAN} للمستفيد"
    assert not any(IBAN in line for line in wrap(text, REGULAR, 12, 90))
    assert_words_in_order(text_of(paragraph_pdf(text, 90)), text)


# -- the checker must catch wrong layouts ----------------------------------------------------


@requires_pdftotext
def test_checker_rejects_paragraph_reordered_before_wrapping():
    # The classic mistake: reorder the whole paragraph, then cut the visual string into lines.
    words = visual(LONG).split(" ")
    lines, current = [], []
    for word in words:
        if current and text_width(" ".join([*current, word]), REGULAR, 12) > 250:
            lines.append(" ".join(current))
            current = []
        current.append(word)
    lines.append(" ".join(current))
    assert len(lines) >= 3
    with pytest.raises(AssertionError, match="out of order"):
        assert_words_in_order(text_of(lines_pdf(lines)), LONG)


@requires_pdftotext
def test_checker_rejects_unreordered_lines():
    lines = [arabic_reshaper.reshape(line) for line in wrap(LONG, REGULAR, 12, 250)]
    with pytest.raises(AssertionError, match="out of order"):
        assert_words_in_order(text_of(lines_pdf(lines)), LONG)


@requires_pdftotext
def test_checker_rejects_unmirrored_brackets():
    reshaper = arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False})
    line = "صورة (الهوية الوطنية) للمستفيد"
    wrong = bidi.get_display(reshaper.reshape(line), base_dir="R")
    assert "(الهوية الوطنية)" not in squash(text_of(lines_pdf([wrong])))
    assert "(الهوية الوطنية)" in squash(text_of(lines_pdf([visual(line)])))


@requires_pdftotext
def test_checker_rejects_reversed_digit_groups():
    line = f"الحساب {IBAN}"
    # Without keeping the Latin run whole, a line starting with digits reverses its groups.
    tail = "0454 6080 1464 8449 للمستفيد"
    wrong = uba_get_display(arabic_reshaper.reshape(tail), base_dir="R")
    with pytest.raises(AssertionError, match="out of order"):
        assert_words_in_order(text_of(lines_pdf([wrong])), tail)
    assert_words_in_order(text_of(lines_pdf([visual(tail)])), tail)
    assert_words_in_order(text_of(lines_pdf([visual(line)])), line)


def test_font_registration_is_idempotent():
    assert register_fonts() == register_fonts() == (REGULAR, "Amiri-Bold")
