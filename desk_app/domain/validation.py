"""Structured validation errors shared by every layer.

Rules return ``FieldError`` values (a field name, a stable code and the values the message
needs); screens and the CLI turn codes into translated sentences. Nothing here formats text
for people.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class FieldError:
    """One problem with one field.

    Attributes:
        field: the form field (e.g. ``"mobile"``); ``""`` for the record as a whole.
        code: a stable machine code (e.g. ``"invalid_checksum"``).
        params: values a message may show (e.g. ``{"max": 20}``).
    """

    field: str
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)


class ValidationFailed(Exception):
    """Raised by services when input is refused; carries every error found, not just the first."""

    def __init__(self, errors: Iterable[FieldError]):
        self.errors: tuple[FieldError, ...] = tuple(errors)
        super().__init__(", ".join(f"{e.field}:{e.code}" for e in self.errors))

    def for_field(self, name: str) -> list[FieldError]:
        return [e for e in self.errors if e.field == name]
