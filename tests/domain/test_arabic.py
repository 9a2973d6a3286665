"""Name keys for Arabic-aware search and duplicate warnings."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk_app.domain.arabic import name_similarity, name_tokens, normalize_name, to_ascii_digits

VARIANTS = [
    ("أحمد", "احمد"),
    ("إحمد", "احمد"),
    ("آمنة", "امنه"),
    ("فاطمة", "فاطمه"),
    ("مصطفى", "مصطفي"),
    ("عبدالله", "عبد الله"),
    ("عبد الرحمن", "عبدالرحمن"),
    ("مُحَمَّد", "محمد"),
    ("محـــمد", "محمد"),
    ("مح\u200bمد", "محمد"),  # zero-width space
    ("\u200fمحمد\u200e", "محمد"),  # bidi marks around the name
    ("\ufeffمحمد", "محمد"),
    ("مؤمن", "مومن"),
    ("هانئ", "هاني"),
    ("ٱلحسن", "الحسن"),
    ("ﻻمي", "لامي"),  # lam-alef presentation ligature
    ("سعيد   بن  علي", "سعيد بن علي"),
    ("آل-سعود، محمد.", "ال سعود محمد"),
    ("JOHN Smith", "john smith"),
]


@pytest.mark.parametrize(("a", "b"), VARIANTS)
def test_variants_normalize_equal(a, b):
    assert normalize_name(a) == normalize_name(b)


def test_exact_keys():
    assert normalize_name("أَحْمَد  عبد الله  الشَّهْرِيّ") == "احمد عبدالله الشهري"
    assert normalize_name("فاطمة الزهراء") == "فاطمه الزهراء"
    assert normalize_name("  ١٢٣ Ali-Khan  ") == "123 ali khan"
    assert normalize_name("") == ""


@pytest.mark.parametrize(
    ("a", "b"),
    [("أحمد", "محمد"), ("عبدالله", "عبدالرحمن"), ("فاطمة", "فاطم"), ("ابو بكر", "ابوبكر")],
)
def test_different_names_stay_different(a, b):
    assert normalize_name(a) != normalize_name(b)


def test_only_abd_is_joined():
    assert name_tokens("ابو بكر") == ["ابو", "بكر"]
    assert name_tokens("عبد الله بن عبد العزيز") == ["عبدالله", "بن", "عبدالعزيز"]
    # "عبد" followed by a name without the article is left alone.
    assert name_tokens("عبد رب النبي") == ["عبد", "رب", "النبي"]


def test_name_tokens():
    assert name_tokens("  مُحَمَّد   بن  سلمان ") == ["محمد", "بن", "سلمان"]
    assert name_tokens("   ") == []


@given(st.text())
def test_normalize_is_idempotent(text):
    key = normalize_name(text)
    assert normalize_name(key) == key


arabic_text = st.text(
    alphabet=st.sampled_from(
        list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآىةؤئٱ ـ،.-")
        + ["\u064b", "\u064e", "\u0651", "\u0652", "\u0670", "\u200b", "\u200f", "\ufeff"]
    )
)


@given(arabic_text)
def test_normalize_is_idempotent_on_arabic(text):
    key = normalize_name(text)
    assert normalize_name(key) == key
    assert key == key.strip()
    assert "  " not in key
    for ch in "أإآىةؤئٱـ\u064b\u064e\u0651\u0652\u0670\u200b\u200f\ufeff،.-":
        assert ch not in key


def test_digits_helper_is_shared():
    assert to_ascii_digits("٠٥٠") == "050"


def test_similarity():
    assert name_similarity("عبد الله أحمد", "عبدالله احمد") == 1.0
    assert name_similarity("", "") == 1.0
    close = name_similarity("محمد أحمد الشهري", "محمد احمد الشهرى العتيبي")
    far = name_similarity("محمد أحمد الشهري", "نورة سعد القحطاني")
    assert 0.0 <= far < close < 1.0


@given(st.text(max_size=30), st.text(max_size=30))
def test_similarity_is_a_symmetric_ratio(a, b):
    score = name_similarity(a, b)
    assert 0.0 <= score <= 1.0
    assert score == name_similarity(b, a)
    if normalize_name(a) == normalize_name(b):
        assert score == 1.0
