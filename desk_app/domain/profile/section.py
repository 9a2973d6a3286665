"""What every optional section of the profile checks first (study, meetings, aid, partnership):
absent is fine, anything but an object is refused, and keys the section does not know are named."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from desk_app.domain.validation import FieldError


def open_section(d: Any, errors: list[FieldError], path: str,
                 keys: Collection[str]) -> Mapping[str, Any] | None:
    """``d`` as a mapping to read, the unknown keys appended to ``errors``; None when the
    section is absent or not an object (the latter appended to ``errors`` too)."""
    if d is None:
        return None
    if not isinstance(d, Mapping):
        errors.append(FieldError(path, "invalid_type", {"expected": "object"}))
        return None
    errors.extend(FieldError(f"{path}.{k}", "unknown_field") for k in d if k not in keys)
    return d
