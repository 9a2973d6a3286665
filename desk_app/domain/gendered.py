"""Grammatical gender in printed and shown Arabic: a text carries both forms of each word that
changes with the person addressed, written ``{masculine|feminine}`` (``أقر أنا {الموقّع|الموقّعة}
أدناه``). :func:`resolve` picks the form for the person's recorded gender; when the gender is
not known it prints both, ``الموقّع/الموقّعة``, the neutral form Arabic forms use.

Administrators write these texts in the organisation profile, so :func:`form_errors` reports a
malformed alternative (``{الموقع}``, ``{a|b|c}``, a stray brace) instead of printing braces.
"""

from __future__ import annotations

import re

from desk_app.domain.validation import FieldError

MALE, FEMALE = "male", "female"
_FORM = re.compile(r"\{([^{}|]+)\|([^{}|]+)\}")


def resolve(text: str, gender: str | None) -> str:
    """``text`` with every ``{m|f}`` replaced by the form for ``gender`` (both when unknown)."""
    def pick(match: re.Match[str]) -> str:
        masculine, feminine = match.group(1).strip(), match.group(2).strip()
        if gender == MALE:
            return masculine
        if gender == FEMALE:
            return feminine
        return f"{masculine}/{feminine}"

    return _FORM.sub(pick, text)


def form_errors(text: str, field: str) -> list[FieldError]:
    """``invalid_gender_form`` when a brace is left once the ``{m|f}`` forms are taken out."""
    rest = _FORM.sub("", text)
    if "{" in rest or "}" in rest:
        return [FieldError(field, "invalid_gender_form")]
    return []


def pick(masculine: str, feminine: str, gender: str | None) -> str:
    """One word in the form for ``gender`` (``masculine/feminine`` when unknown)."""
    return resolve(f"{{{masculine}|{feminine}}}", gender)
