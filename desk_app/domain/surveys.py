"""Satisfaction questionnaires (استبانة قياس الرضا): questions, versions, answers (R-SAT).

A questionnaire is data, not code: Arabic and English wording per question, kept as versions.
A version that has been asked is never changed in place; a change is a new version, and every
response stays tied to the version it answered. Question ``code`` s are what results compare
across versions, so a question whose meaning changes should get a new code.

Answers are a mapping ``question code → value``: ``rating`` an int 1–5, ``yes_no`` a bool,
``single`` a choice code, ``multiple`` a list of choice codes, ``text`` a string. An optional
question left unanswered is simply absent.
"""

from __future__ import annotations

import dataclasses as dc
import re
from collections.abc import Mapping
from typing import Any

from desk_app.domain.validation import FieldError, ValidationFailed

KINDS = ("rating", "yes_no", "single", "multiple", "text")
RATING_MIN, RATING_MAX = 1, 5
TEXT_MAX = 2000

#: Campaign kinds (seed 000 §7, seed 003 §2-2).
CAMPAIGN_KINDS = ("periodic", "end_of_programme", "field_survey", "supervisory_visit",
                  "interview")
#: How a response was collected.
MODES = ("kiosk", "desk", "paper", "interview", "visit")

_CODE_RE = re.compile(r"^[a-z0-9_]+$")


@dc.dataclass(frozen=True)
class Choice:
    code: str
    text_ar: str
    text_en: str = ""


@dc.dataclass(frozen=True)
class Question:
    code: str
    kind: str
    text_ar: str
    text_en: str = ""
    required: bool = True
    choices: tuple[Choice, ...] = ()

    def choice(self, code: str) -> Choice:
        for c in self.choices:
            if c.code == code:
                return c
        raise KeyError(code)


@dc.dataclass(frozen=True)
class Questionnaire:
    """One version of a questionnaire; ``key`` names the questionnaire across its versions."""

    key: str
    version: int
    title_ar: str
    title_en: str
    questions: tuple[Question, ...]
    intro_ar: str = ""
    intro_en: str = ""

    def question(self, code: str) -> Question:
        for q in self.questions:
            if q.code == code:
                return q
        raise KeyError(code)

    def rating_codes(self) -> tuple[str, ...]:
        return tuple(q.code for q in self.questions if q.kind == "rating")

    def content(self) -> dict[str, Any]:
        """Everything but the version number: two versions with equal content are the same."""
        d = self.to_dict()
        d.pop("version")
        return d

    def to_dict(self) -> dict[str, Any]:
        return dc.asdict(self)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Questionnaire:
        """Build and validate; raises :class:`ValidationFailed` with paths like
        ``questions[2].choices``."""
        try:
            q = cls(
                key=str(d["key"]), version=int(d.get("version", 1)),
                title_ar=str(d.get("title_ar", "")), title_en=str(d.get("title_en", "")),
                intro_ar=str(d.get("intro_ar", "")), intro_en=str(d.get("intro_en", "")),
                questions=tuple(
                    Question(code=str(x["code"]), kind=str(x["kind"]),
                             text_ar=str(x.get("text_ar", "")), text_en=str(x.get("text_en", "")),
                             required=bool(x.get("required", True)),
                             choices=tuple(Choice(str(c["code"]), str(c.get("text_ar", "")),
                                                  str(c.get("text_en", "")))
                                           for c in x.get("choices", ())))
                    for x in d.get("questions", ())),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ValidationFailed([FieldError("", "invalid_format", {"detail": str(exc)})]) \
                from exc
        errors = questionnaire_errors(q)
        if errors:
            raise ValidationFailed(errors)
        return q


def questionnaire_errors(q: Questionnaire) -> list[FieldError]:
    errors: list[FieldError] = []
    if not _CODE_RE.match(q.key):
        errors.append(FieldError("key", "invalid_code"))
    if q.version < 1:
        errors.append(FieldError("version", "invalid_format"))
    if not q.title_ar.strip():
        errors.append(FieldError("title_ar", "required"))
    if not q.questions:
        errors.append(FieldError("questions", "required"))
    seen: set[str] = set()
    for i, question in enumerate(q.questions):
        path = f"questions[{i}]"
        if not _CODE_RE.match(question.code):
            errors.append(FieldError(f"{path}.code", "invalid_code"))
        elif question.code in seen:
            errors.append(FieldError(f"{path}.code", "duplicate_code"))
        seen.add(question.code)
        if question.kind not in KINDS:
            errors.append(FieldError(f"{path}.kind", "invalid_choice"))
        if not question.text_ar.strip():
            errors.append(FieldError(f"{path}.text_ar", "required"))
        if question.kind in ("single", "multiple"):
            codes = [c.code for c in question.choices]
            if len(codes) < 2:
                errors.append(FieldError(f"{path}.choices", "too_few_choices", {"min": 2}))
            if len(set(codes)) != len(codes) or not all(_CODE_RE.match(c) for c in codes):
                errors.append(FieldError(f"{path}.choices", "invalid_code"))
            if any(not c.text_ar.strip() for c in question.choices):
                errors.append(FieldError(f"{path}.choices", "required"))
        elif question.choices:
            errors.append(FieldError(f"{path}.choices", "invalid_format"))
    return errors


def answer_error(question: Question, value: Any) -> str | None:
    """The error code for one answer, or None when it is acceptable for the question."""
    if value is None or value == "" or value == []:
        return "required" if question.required else None
    kind = question.kind
    if kind == "rating":
        ok = isinstance(value, int) and not isinstance(value, bool) \
            and RATING_MIN <= value <= RATING_MAX
        return None if ok else "invalid_rating"
    if kind == "yes_no":
        return None if isinstance(value, bool) else "invalid_choice"
    codes = {c.code for c in question.choices}
    if kind == "single":
        return None if isinstance(value, str) and value in codes else "invalid_choice"
    if kind == "multiple":
        ok = isinstance(value, list | tuple) and all(isinstance(v, str) and v in codes
                                                      for v in value)
        return None if ok and len(set(value)) == len(value) else "invalid_choice"
    if not isinstance(value, str):
        return "invalid_format"
    return "too_long" if len(value) > TEXT_MAX else None


def clean_answers(q: Questionnaire, answers: Mapping[str, Any]) -> dict[str, Any]:
    """Answers checked against the version asked, blanks dropped, text trimmed.

    Raises :class:`ValidationFailed` listing every question in error (field = question code),
    including answers to questions this version does not have (``unknown_question``).
    """
    errors: list[FieldError] = []
    known = {x.code for x in q.questions}
    for code in answers:
        if code not in known:
            errors.append(FieldError(code, "unknown_question"))
    out: dict[str, Any] = {}
    for question in q.questions:
        value = answers.get(question.code)
        if isinstance(value, str):
            value = value.strip()
        error = answer_error(question, value)
        if error:
            errors.append(FieldError(question.code, error, {"max": TEXT_MAX}))
        elif value not in (None, "", [], ()):
            if question.kind == "multiple":
                order = [c.code for c in question.choices]
                value = sorted(value, key=order.index)
            out[question.code] = value
    if errors:
        raise ValidationFailed(errors)
    return out
