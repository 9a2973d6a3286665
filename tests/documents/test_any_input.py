"""No string can crash a document, leak another field's text or print a placeholder (issue 17).

Any Unicode goes into every printed field: bidi isolates and overrides, private-use characters
(the Latin/digit masking's own range), emoji, controls. The PDF is still made, every other field
prints exactly as often as before, and no masking placeholder reaches the page. Signs stay with
their digits where an Arabic reader expects them.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections import Counter

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from desk_app.documents.arabic_text import REPLACEMENT, can_draw, printable, visual, wrap
from desk_app.documents.declaration import render_declaration
from desk_app.documents.fonts import REGULAR
from desk_app.documents.receipt import render_receipt
from tests.documents import samples
from tests.documents.pdftext import pdftotext, requires_pdftotext

PLACEHOLDERS = re.compile("[\ue000-\uf8ff]")
COUNTED = re.compile("[A-Za-z0-9\u0621-\u063a\u0641-\u064a]")
ANY_TEXT = st.text(st.characters(codec=None, exclude_categories=("Cs",)), max_size=60)
TRICKY = st.lists(st.sampled_from(
    ["\u2066", "\u2067", "\u2068", "\u2069", "\u202e", "\u202d", "\u202a", "\u202c", "\u200f",
     "\ue000", "\ue001", "\uf8ff", "😀", "👩\u200d👩\u200d👧", "\x00", "\t", "\u2029", "\ufeff",
     "\u200b", "SA03 8000", "+966 50", "50%", "-500", "مرحبا", " ", "(", ")", "\n"]),
    max_size=12).map("".join)
FIELD_TEXT = st.one_of(ANY_TEXT, TRICKY)


def _letters(text: str) -> Counter[str]:
    """Latin letters, digits and Arabic letters, once shaping is undone."""
    return Counter(COUNTED.findall(unicodedata.normalize("NFKC", text)))


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(FIELD_TEXT, FIELD_TEXT)
def test_visual_takes_any_string_and_substitutes_nothing(left, right):
    line = f"{left} SA03 8000 {right}"
    shown = visual(line)
    assert not PLACEHOLDERS.search(shown)
    assert not any(ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069" for ch in shown)
    # Every letter and digit printed is one that was typed, as often as it was typed.
    typed = "".join(c if c == " " or can_draw(c) else REPLACEMENT for c in printable(line))
    assert _letters(shown) == _letters(typed)
    for piece in wrap(line, REGULAR, 11, 120):
        visual(piece)


def test_the_reported_collision_prints_the_amount_field_not_the_account():
    shown = visual("المبلغ \ue000 للحساب SA03 8000")
    assert shown.count("SA03 8000") == 1 and REPLACEMENT in shown


def test_isolates_and_overrides_neither_crash_nor_reverse():
    assert "1234" in visual("رقم \u2067الطلب\u2069 1234")
    assert "1234" in visual("رقم \u202e1234")  # an RLO cannot make the paper say 4321
    assert "4321" not in visual("رقم \u202e1234")


def test_emoji_print_as_a_visible_mark_not_an_empty_box():
    assert visual("شكرا 😀") .count(REPLACEMENT) == 1


# -- signs on the visual line (left to right as drawn) ---------------------------------------

def test_foreign_and_saudi_mobiles_keep_the_plus_before_the_digits():
    assert "+12025550143" in visual("الجوال: +12025550143")
    assert "+966501234567" in visual("الجوال: +966501234567")
    assert "+966 50 123 4567" in visual("اتصل على +966 50 123 4567 للاستفسار")


def test_percent_and_minus_stay_where_an_arabic_reader_expects_them():
    assert "50%" in visual("خصم 50% من المبلغ")
    assert "-500" in visual("الرصيد -500 ريال")
    assert "%50" not in visual("خصم 50% من المبلغ")
    assert "500-" not in visual("الرصيد -500 ريال")
    assert "A-500" in visual("الرمز A-500")  # a hyphen inside a code stays a hyphen


@requires_pdftotext
def test_signs_read_back_from_the_pdf():
    b = dataclasses.replace(samples.BENEFICIARY, mobile="+12025550143",
                            address_text="خصم 50% والرصيد -500")
    text = pdftotext(render_declaration(samples.declaration(beneficiary=b)))
    assert "+12025550143" in text and "50%" in text and "-500" in text


# -- every printed field, whole documents ------------------------------------------------------

def _fields():
    """(document, path, setter) for every text field the declaration and receipt print."""
    out = []
    for doc, make in (("declaration", samples.declaration), ("receipt", samples.receipt)):
        base = make()
        for part in ("org", "beneficiary", "request"):
            block = getattr(base, part)
            for f in dataclasses.fields(block):
                if isinstance(getattr(block, f.name), str):
                    out.append((doc, f"{part}.{f.name}"))
        for f in dataclasses.fields(base):
            if isinstance(getattr(base, f.name), str) and f.name not in ("promise",):
                out.append((doc, f.name))
    return out


FIELDS = _fields()
MARK = "QZ{:02d}"


def _render(doc: str, values: dict[str, str]) -> bytes:
    make, render = ((samples.declaration, render_declaration) if doc == "declaration"
                    else (samples.receipt, render_receipt))
    base = make()
    changes: dict[str, object] = {}
    for path, value in values.items():
        if "." in path:
            part, name = path.split(".")
            block = changes.get(part, getattr(base, part))
            changes[part] = dataclasses.replace(block, **{name: value})
        else:
            changes[path] = value
    return render(make(**changes))


def _marked(doc: str) -> dict[str, str]:
    return {path: MARK.format(i) for i, (d, path) in enumerate(FIELDS) if d == doc}


@requires_pdftotext
@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(FIELDS), FIELD_TEXT)
def test_any_string_in_any_field_renders_and_leaks_nothing(field, value):
    doc, path = field
    assume("QZ" not in value.upper())
    values = _marked(doc)
    before = pdftotext(_render(doc, values))
    expected = Counter(re.findall(r"QZ\d\d", before))
    values[path] = value
    text = pdftotext(_render(doc, values))
    assert not PLACEHOLDERS.search(text)
    got = Counter(re.findall(r"QZ\d\d", text))
    expected.pop(MARK.format(FIELDS.index(field)), None)
    if text.count("\f") == before.count("\f"):
        assert got == expected  # every other field exactly as often as before, nothing more
    else:  # a longer value moved text to another page: the letterhead repeats, nothing else
        assert set(got) == set(expected)
        assert all(got[m] <= expected[m] * text.count("\f") for m in got)
