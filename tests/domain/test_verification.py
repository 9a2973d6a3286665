"""Verification codes: keyed, stable, readable, and forgiving to type or scan."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk_app.domain import verification as v

SECRET = bytes(range(32))
OTHER_SECRET = bytes(range(1, 33))
DIGEST = v.content_digest({"kind": "declaration", "number": "RYD-R-2026-000001"})

# The standard Arabic (101) layout: what each Latin key types, unshifted and with Shift.
ARABIC_LAYOUT = dict(zip("qwertyuiopasdfghjklzxcvbnm", "ضصثقفغعهخحشسيبلاتنمئءؤرلاىة", strict=False))
ARABIC_LAYOUT.update({"b": "لا", "n": "ى", "m": "ة"})
ARABIC_SHIFT = {
    "Q": "\u064e", "W": "\u064b", "E": "\u064f", "R": "\u064c", "T": "لإ", "Y": "إ",
    "U": "\u2018", "I": "÷", "O": "×", "P": "؛", "A": "\u0650", "S": "\u064d", "D": "]",
    "F": "[", "G": "لأ", "H": "أ", "J": "\u0640", "K": "،", "L": "/", "Z": "~", "X": "\u0652",
    "C": "}", "V": "{", "B": "لآ", "N": "آ", "M": "\u2019", ":": ":",
}


def typed_on_arabic_layout(text: str) -> str:
    return "".join(ARABIC_SHIFT.get(ch, ch) if ch.isupper() or ch == ":" else
                   ARABIC_LAYOUT.get(ch, ch) for ch in text)


def test_code_shape_and_stability():
    code = v.make_code(SECRET, "doc-1", DIGEST)
    assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}", code)
    assert v.make_code(SECRET, "doc-1", DIGEST) == code


def test_code_depends_on_secret_document_and_content():
    code = v.make_code(SECRET, "doc-1", DIGEST)
    assert v.make_code(OTHER_SECRET, "doc-1", DIGEST) != code
    assert v.make_code(SECRET, "doc-2", DIGEST) != code
    assert v.make_code(SECRET, "doc-1", v.content_digest({"kind": "receipt"})) != code
    assert v.code_matches(SECRET, "doc-1", DIGEST, code)
    assert not v.code_matches(OTHER_SECRET, "doc-1", DIGEST, code)


def test_short_secret_refused():
    with pytest.raises(ValueError):
        v.make_code(b"short", "doc", DIGEST)


def test_codes_spread_over_many_documents():
    codes = {v.make_code(SECRET, f"doc-{i}", DIGEST) for i in range(5000)}
    assert len(codes) == 5000


def test_content_digest_is_canonical():
    assert v.content_digest({"a": 1, "b": "ب"}) == v.content_digest({"b": "ب", "a": 1})
    assert v.content_digest({"a": 1}) != v.content_digest({"a": 2})


@pytest.mark.parametrize("typed", [
    "ABCDE-12345", "abcde12345", " abcde 12345 ", "ABCDE_12345", "ABCDE–12345",
    "ABCDE-١٢٣٤٥", "ABCDE-۱۲۳۴۵", "DESK-VERIFY:ABCDE-12345", "desk-verify:abcde12345",
    "\u200fABCDE-12345\u200f",
])
def test_normalize_tolerates_what_people_and_scanners_type(typed):
    assert v.normalize_code(typed) == "ABCDE-12345"


def test_look_alike_letters_fold_to_digits():
    assert v.normalize_code("OOOOO-IIILL") == "00000-11111"


@pytest.mark.parametrize("bad", ["", "ABCDE", "ABCDE-1234", "ABCDE-123456", "ABCDU-12345",
                                 "ABCD!-12345", "هذا ليس رمزا"])
def test_normalize_refuses_what_cannot_be_a_code(bad):
    assert v.normalize_code(bad) is None


def test_qr_payload_round_trips_and_is_qr_alphanumeric():
    code = v.make_code(SECRET, "doc-1", DIGEST)
    payload = v.qr_payload(code)
    assert re.fullmatch(r"[0-9A-Z $%*+\-./:]+", payload)
    assert v.normalize_code(payload) == code
    with pytest.raises(ValueError):
        v.qr_payload("nonsense")


def test_scanner_on_arabic_keyboard_layout():
    code = v.make_code(SECRET, "doc-7", DIGEST)
    scanned = typed_on_arabic_layout(v.qr_payload(code))
    assert scanned != v.qr_payload(code)
    assert v.normalize_code(scanned) == code


@given(st.text(alphabet=v.ALPHABET, min_size=10, max_size=10))
def test_every_code_survives_the_arabic_layout_and_lowercase(raw):
    code = v.format_code(raw)
    assert v.normalize_code(typed_on_arabic_layout(v.qr_payload(code))) == code
    assert v.normalize_code(code.lower()) == code
