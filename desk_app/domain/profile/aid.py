"""The profile's aid section: the association's programmes and how far back a repeated aid of
the same kind to the same household is flagged (issue 20, «المساعدات المصروفة»).

No seed names its programmes or a repeat period, so no preset carries this section: a profile
without it has no programmes (the administrator adds them in the profile editor) and flags a
repeat within :data:`DEFAULT_REPEAT_DAYS` days until the administrator sets the association's own
period.
"""

from __future__ import annotations

import dataclasses as dc
from collections.abc import Mapping
from typing import Any

from desk_app.domain.profile.section import open_section
from desk_app.domain.profile.vocabularies import CODE_RE
from desk_app.domain.validation import FieldError

KEYS = ("programmes", "repeat_period_days")
PROGRAMME_KEYS = ("code", "name_ar", "name_en")
DEFAULT_REPEAT_DAYS = 30
MAX_REPEAT_DAYS = 3660


@dc.dataclass(frozen=True)
class Programme:
    """A programme aid is given under (a food-basket campaign, a rent-relief fund…)."""

    code: str
    name_ar: str
    name_en: str = ""


@dc.dataclass(frozen=True)
class AidPolicy:
    programmes: tuple[Programme, ...] = ()
    repeat_period_days: int = DEFAULT_REPEAT_DAYS

    def programme(self, code: str) -> Programme:
        for p in self.programmes:
            if p.code == code:
                return p
        raise KeyError(f"unknown programme: {code}")

    @property
    def is_default(self) -> bool:
        return self == AidPolicy()

    def to_dict(self) -> dict[str, Any]:
        return {"programmes": [dc.asdict(p) for p in self.programmes],
                "repeat_period_days": self.repeat_period_days}


def _programme(d: Any, path: str, errors: list[FieldError]) -> Programme | None:
    if not isinstance(d, Mapping):
        errors.append(FieldError(path, "invalid_type", {"expected": "object"}))
        return None
    errors.extend(FieldError(f"{path}.{k}", "unknown_field") for k in d if k not in
                  PROGRAMME_KEYS)
    code, name_ar, name_en = (d.get(k, "") for k in PROGRAMME_KEYS)
    before = len(errors)
    for key, value in (("code", code), ("name_ar", name_ar)):
        if not isinstance(value, str) or not value.strip():
            errors.append(FieldError(f"{path}.{key}", "required"))
    if isinstance(code, str) and code.strip() and not CODE_RE.match(code):
        errors.append(FieldError(f"{path}.code", "invalid_code", {"value": code}))
    if not isinstance(name_en, str):
        errors.append(FieldError(f"{path}.name_en", "invalid_type", {"expected": "string"}))
    if len(errors) > before:
        return None
    return Programme(code, name_ar.strip(), name_en.strip())


def read(d: Any, errors: list[FieldError], path: str = "aid") -> AidPolicy:
    """Parse the section, appending every problem to ``errors``; the default when absent."""
    d = open_section(d, errors, path, KEYS)
    if d is None:
        return AidPolicy()
    raw = d.get("programmes", [])
    if not isinstance(raw, list):
        errors.append(FieldError(f"{path}.programmes", "invalid_type", {"expected": "array"}))
        raw = []
    parsed = [(i, _programme(item, f"{path}.programmes[{i}]", errors))
              for i, item in enumerate(raw)]
    programmes = [p for _i, p in parsed if p is not None]
    seen: set[str] = set()
    for i, p in parsed:
        if p is not None and p.code in seen:
            errors.append(FieldError(f"{path}.programmes[{i}].code", "duplicate_code"))
        seen |= {p.code} if p is not None else set()
    days = d.get("repeat_period_days", DEFAULT_REPEAT_DAYS)
    if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= MAX_REPEAT_DAYS:
        errors.append(FieldError(f"{path}.repeat_period_days", "out_of_range",
                                 {"min": 0, "max": MAX_REPEAT_DAYS}))
        days = DEFAULT_REPEAT_DAYS
    return AidPolicy(tuple(programmes), days)
