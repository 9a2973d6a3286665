"""What may be typed into a person's record (issue 17: input hygiene at the door).

A **name** part holds letters of any script people's names are written in (Arabic, Latin,
Urdu/Persian letters, with their harakat and other marks), spaces, a hyphen or an apostrophe,
and at most :data:`NAME_MAX` characters. Anything else is refused with a code, so the clerk sees
what is wrong and the record never carries it.

**Other text** (street, district, city, notes…) may hold anything visible, but characters that
cannot be seen and change what the text shows — bidi controls such as U+202E (which reverses the
letters after it), private-use characters, zero-width and other format characters, controls —
are removed at entry: :func:`clean_text` says whether it removed any, and the form shows
``invisible_removed`` beside the field.
"""

from __future__ import annotations

import unicodedata

from desk_app.domain.validation import FieldError

NAME_MAX = 50
TEXT_MAX = 2000
_NAME_PUNCTUATION = frozenset(" -'\u2019\u02bc")  # space, hyphen, apostrophes (’ ʼ)
_JOINERS = frozenset("\u200c\u200d")  # ZWNJ / ZWJ: part of how Persian and Urdu names are spelt
_KEPT_CONTROLS = frozenset("\n")
_REMOVED_CATEGORIES = frozenset({"Cc", "Cf", "Co", "Cs", "Cn", "Zl", "Zp"})


def name_error(value: str, field: str, limit: int = NAME_MAX) -> FieldError | None:
    """The problem with one name part (already trimmed; ``limit`` characters at most), or None."""
    if len(value) > limit:
        return FieldError(field, "name_too_long", {"max": limit})
    if any(ch.isdigit() for ch in value):
        return FieldError(field, "name_has_digits")
    for ch in value:
        if ch in _NAME_PUNCTUATION or ch in _JOINERS:
            continue
        if unicodedata.category(ch)[0] not in "LM":
            return FieldError(field, "name_invalid_characters")
    return None


def _kept(ch: str, multiline: bool) -> bool:
    if ch in _KEPT_CONTROLS:
        return multiline
    if ch in _JOINERS:
        return True
    return unicodedata.category(ch) not in _REMOVED_CATEGORIES


def clean_text(value: str, *, multiline: bool = False) -> tuple[str, bool]:
    """``value`` without invisible characters; whether any were removed. Tabs (and, in a
    one-line field, line breaks) become spaces: those are not what the notice is about."""
    value = value.replace("\r\n", "\n").replace("\t", " ")
    if not multiline:
        value = value.replace("\n", " ").replace("\r", " ")
    kept = "".join(ch for ch in value if _kept(ch, multiline))
    return kept, kept != value


def text_notices(values: dict[str, str], multiline: frozenset[str] = frozenset()
                 ) -> list[FieldError]:
    """``invisible_removed`` for each field whose text :func:`clean_text` changes."""
    notices = []
    for field, value in values.items():
        if clean_text(value or "", multiline=field in multiline)[1]:
            notices.append(FieldError(field, "invisible_removed"))
    return notices
