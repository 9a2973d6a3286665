"""Arabic-aware normalisation for search keys and duplicate warnings (R-INT-1).

Reception staff type names the way the beneficiary spells them, and the same person comes back
as "أحمد" one day and "احمد" the next. The key built here erases the differences that do not
distinguish one person from another (hamza forms, taa marbuta / haa, alef maqsura / yaa,
diacritics, tatweel, invisible marks, "عبد الله" vs "عبدالله") so that search and the duplicate
check compare like with like. The key is never shown to people; the record keeps the name as typed.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

__all__ = ["name_similarity", "name_tokens", "normalize_name", "to_ascii_digits"]

# Arabic-Indic (U+0660–U+0669) and Eastern Arabic / Persian (U+06F0–U+06F9) digits: both come
# from Arabic keyboards, and ID numbers and mobiles are often typed with them.
_DIGITS = {**{0x0660 + i: str(i) for i in range(10)}, **{0x06F0 + i: str(i) for i in range(10)}}

# Letter folds that Unicode decomposition does not do by itself. Hamza-carrying letters (أ إ آ ؤ
# ئ) are listed too although NFKD already splits them, so the table documents the whole rule.
_FOLDS = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",  # alef wasla: Quranic spelling, pasted from religious texts
        "ى": "ي",
        "ی": "ي",  # Persian yeh: Persian/Urdu keyboards (common among residents)
        "ک": "ك",  # Persian kaf: same reason
        "ة": "ه",
        "ؤ": "و",
        "ئ": "ي",
        "ـ": "",  # tatweel is only stretching, never part of the spelling
    }
)

# Invisible characters listed explicitly in the spec; every other format character (Unicode
# category Cf) is dropped as well because none of them can be part of a name.
_INVISIBLE = frozenset(
    [chr(c) for c in range(0x200B, 0x2010)]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
    + ["\ufeff"]
)

# "عبد الله" and "عبدالله" are the same name written with or without the space; compound
# names with "عبد" are always followed by a name starting with the article "ال".
_ABD_JOIN = re.compile(r"\bعبد (?=ال)")
_SPACES = re.compile(r"\s+")


def to_ascii_digits(text: str) -> str:
    """Converts Arabic-Indic and Eastern Arabic (Persian) digits to ASCII digits.

    Args:
        text: any text; characters other than those digits are kept as they are.

    Returns:
        The text with ``٠-٩`` and ``۰-۹`` replaced by ``0-9``.
    """
    return text.translate(_DIGITS)


def _char_class(ch: str) -> str:
    """Maps one already-decomposed character to what the key keeps of it."""
    if ch in _INVISIBLE:
        return ""
    category = unicodedata.category(ch)
    if category in ("Mn", "Me", "Cf"):
        # Diacritics (tashkeel, superscript alef, Latin accents after NFKD) and invisible marks.
        return ""
    if category == "Nd":
        # Any decimal digit, Arabic-Indic included, becomes its ASCII value.
        return str(unicodedata.decimal(ch))
    if category.startswith("L"):
        return ch
    # Punctuation, symbols, separators and control characters all separate words.
    return " "


def _normalize_once(text: str) -> str:
    # NFKD splits presentation forms and ligatures (e.g. lam-alef) into plain letters and splits
    # hamza and accents off their base letter, so dropping combining marks folds them.
    text = unicodedata.normalize("NFKD", text.casefold())
    # Case-folding can itself produce combining marks (e.g. "İ"), hence the second decomposition.
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(_char_class(ch) for ch in text.translate(_FOLDS))
    text = _SPACES.sub(" ", text).strip()
    return _ABD_JOIN.sub("عبد", text)


def normalize_name(text: str) -> str:
    """Builds the search / duplicate key of a name.

    Removes diacritics, tatweel and invisible marks; folds hamza forms to bare alef/waw/yaa,
    alef maqsura to yaa and taa marbuta to haa; joins "عبد ال…"; turns digits to ASCII;
    lower-cases Latin letters; turns punctuation into spaces and collapses whitespace.

    Args:
        text: a name (or any search text) as typed.

    Returns:
        The key; ``normalize_name(normalize_name(x)) == normalize_name(x)``.
    """
    # Some Unicode compositions only appear after an earlier step removed something between two
    # characters; repeating until nothing changes keeps the key idempotent for any input.
    result = _normalize_once(text)
    for _ in range(4):
        again = _normalize_once(result)
        if again == result:
            break
        result = again
    return result


def name_tokens(text: str) -> list[str]:
    """Splits the normalised key of a name into its words.

    Args:
        text: a name as typed.

    Returns:
        The words of ``normalize_name(text)``; an empty list for a blank name.
    """
    return normalize_name(text).split()


def name_similarity(a: str, b: str) -> float:
    """Scores how alike two names are, for "possible duplicate" warnings.

    Args:
        a: a name as typed.
        b: another name as typed.

    Returns:
        A ratio in ``[0, 1]`` on the normalised keys; 1.0 when the keys are equal. The order of
        the arguments does not matter.
    """
    key_a, key_b = sorted((normalize_name(a), normalize_name(b)))
    if key_a == key_b:
        return 1.0
    return SequenceMatcher(None, key_a, key_b, autojunk=False).ratio()
