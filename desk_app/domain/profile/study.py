"""The profile's social-study section: which parts of the researcher's study form an
association uses, and which of them must be filled before the study is saved (issue 20).

No seed prescribes a study form: seeds 001/002 only send unclear requests to the social
research officer («مسؤول البحث الاجتماعي»). So the presets carry no ``study`` section, and a
profile without one uses :data:`DEFAULT_STUDY_FORM`, a sensible field set kept here in code
(not a policy of any association); an association that wants fewer parts, or more of them
required, writes the section in its profile.
"""

from __future__ import annotations

import dataclasses as dc
from collections.abc import Mapping
from typing import Any

from desk_app.domain.profile.section import open_section
from desk_app.domain.validation import FieldError

# The study's parts, in the order the form and the printed report show them.
SECTIONS = ("visit", "housing", "income", "expenses", "health", "household", "needs",
            "recommendation")
KEYS = ("sections", "required")


@dc.dataclass(frozen=True)
class StudyForm:
    """``sections``: the parts shown and printed (in :data:`SECTIONS` order); ``required``: the
    parts that must be filled in before the study can be saved."""

    sections: tuple[str, ...]
    required: tuple[str, ...] = ()

    def shows(self, section: str) -> bool:
        return section in self.sections

    def needs(self, section: str) -> bool:
        return section in self.required

    def to_dict(self) -> dict[str, Any]:
        return {"sections": list(self.sections), "required": list(self.required)}


DEFAULT_STUDY_FORM = StudyForm(SECTIONS, ("visit", "recommendation"))


def _codes(d: Mapping[str, Any], key: str, path: str, errors: list[FieldError]
           ) -> tuple[str, ...]:
    values = d.get(key, [])
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        errors.append(FieldError(f"{path}.{key}", "invalid_type", {"expected": "list of codes"}))
        return ()
    for i, v in enumerate(values):
        if v not in SECTIONS:
            errors.append(FieldError(f"{path}.{key}[{i}]", "unknown_value",
                                     {"value": v, "allowed": list(SECTIONS)}))
    if len(set(values)) != len(values):
        errors.append(FieldError(f"{path}.{key}", "duplicate_value"))
    return tuple(s for s in SECTIONS if s in values)  # canonical order


def read(d: Any, errors: list[FieldError], path: str = "study") -> StudyForm | None:
    """Parse the section, appending every problem to ``errors``; None when absent or broken."""
    before = len(errors)
    d = open_section(d, errors, path, KEYS)
    if d is None:
        return None
    sections = _codes(d, "sections", path, errors)
    required = _codes(d, "required", path, errors)
    if "sections" in d and not sections and len(errors) == before:
        errors.append(FieldError(f"{path}.sections", "required"))
    for i, code in enumerate(required):
        if code not in sections:  # a part nobody sees cannot be required
            errors.append(FieldError(f"{path}.required[{i}]", "unknown_value",
                                     {"value": code, "allowed": list(sections)}))
    if len(errors) > before:
        return None
    return StudyForm(sections or SECTIONS, required)
