"""Semantic rules of a profile: one validator per section (run on parsed profiles and on
profiles built in code, via ``OrgProfile.validate``). Each validator yields the
:class:`FieldError` s of its section; :func:`profile_errors` runs them all, in order."""

from __future__ import annotations

import base64
import binascii
import datetime as _dt
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

from desk_app.domain.gendered import form_errors
from desk_app.domain.profile import governance
from desk_app.domain.profile.model import Criterion, ProfileData
from desk_app.domain.profile.vocabularies import (
    AGE_CALENDARS,
    CODE_RE,
    COMMITTEE_KINDS,
    CRITERION_KINDS,
    EMPLOYMENT_STATUSES,
    GENDERS,
    ISO_ALPHA2_RE,
    MAX_AGE_YEARS,
    PNG_SIGNATURE,
    QUALIFICATIONS,
    REFERRAL_KINDS,
    RESPONSE_PROMISES,
    RESPONSE_RULE_KINDS,
    join,
)
from desk_app.domain.validation import FieldError

Errors = Iterator[FieldError]


# -- small checks shared by the sections ------------------------------------------------------

def _err(field: str, code: str, **params: Any) -> FieldError:
    return FieldError(field, code, params)


def _need_text(field: str, value: Any) -> Errors:
    if not isinstance(value, str) or not value.strip():
        yield _err(field, "required")


def _need_code(field: str, value: Any) -> Errors:
    if not isinstance(value, str) or not value.strip():
        yield _err(field, "required")
    elif not CODE_RE.match(value):
        yield _err(field, "invalid_code", value=value)


def _int_in(field: str, value: Any, lo: int, hi: int) -> Errors:
    if isinstance(value, bool) or not isinstance(value, int):
        yield _err(field, "invalid_type", expected="integer")
    elif not lo <= value <= hi:
        yield _err(field, "out_of_range", min=lo, max=hi, value=value)


def _one_of(field: str, value: Any, allowed: Sequence[str]) -> Errors:
    if value not in allowed:
        yield _err(field, "unknown_value", value=value, allowed=list(allowed))


def _coded_list(name: str, items: Sequence[Any], *text_fields: str,
                required: bool = False) -> Errors:
    """Codes present, well-formed and unique; the named text fields filled."""
    if required and not items:
        yield _err(name, "required")
    seen: set[str] = set()
    for i, item in enumerate(items):
        path = join(name, i)
        yield from _need_code(join(path, "code"), item.code)
        if item.code in seen:
            yield _err(join(path, "code"), "duplicate_code", value=item.code)
        seen.add(item.code)
        for tf in text_fields:
            yield from _need_text(join(path, tf), getattr(item, tf))


# -- one validator per section ----------------------------------------------------------------

def identity_errors(p: ProfileData) -> Errors:
    """Key, names, contact details and logo."""
    yield from _need_code("key", p.key)
    yield from _need_text("name_ar", p.name_ar)
    yield from _need_text("name_en", p.name_en)
    if p.email and "@" not in p.email:
        yield _err("email", "invalid_email", value=p.email)
    if p.logo_png_b64 is not None:
        try:
            raw = base64.b64decode(p.logo_png_b64, validate=True)
        except (binascii.Error, ValueError):
            raw = b""
        if not raw.startswith(PNG_SIGNATURE):
            yield _err("logo_png_b64", "invalid_png")


def channel_errors(p: ProfileData) -> Errors:
    yield from _coded_list("channels", p.channels, "name_ar", "name_en", required=True)


def category_errors(p: ProfileData) -> Errors:
    yield from _coded_list("categories", p.categories, "name_ar", "name_en", required=True)


def committee_errors(p: ProfileData) -> Errors:
    yield from _coded_list("committees", p.committees, "name_ar", "name_en", required=True)
    for i, c in enumerate(p.committees):
        yield from _one_of(f"committees[{i}].kind", c.kind, COMMITTEE_KINDS)


def response_rule_errors(p: ProfileData) -> Errors:
    rr = p.response_rule
    yield from _one_of("response_rule.kind", rr.kind, RESPONSE_RULE_KINDS)
    yield from _int_in("response_rule.days", rr.days, 1, 365)
    yield from _one_of("response_rule.promise", rr.promise, RESPONSE_PROMISES)
    if rr.promise != "none":  # a period the receipt promises must be worded
        yield from _need_text("response_rule.text_ar", rr.text_ar)
    yield from form_errors(rr.text_ar, "response_rule.text_ar")


def calendar_errors(p: ProfileData) -> Errors:
    """Weekend days, the holiday table, the review period and the calendar ages count in."""
    seen_days: set[int] = set()
    for i, day in enumerate(p.weekend):
        if isinstance(day, bool) or not isinstance(day, int) or not 0 <= day <= 6:
            yield _err(f"weekend[{i}]", "out_of_range", min=0, max=6, value=day)
        elif day in seen_days:
            yield _err(f"weekend[{i}]", "duplicate_value", value=day)
        seen_days.add(day)
    if len(seen_days & set(range(7))) == 7:
        yield _err("weekend", "all_days_weekend")
    seen_dates: set[_dt.date] = set()
    for i, h in enumerate(p.holidays):
        if not isinstance(h.date, _dt.date):
            yield _err(f"holidays[{i}].date", "invalid_date", value=str(h.date))
        elif h.date in seen_dates:
            yield _err(f"holidays[{i}].date", "duplicate_value", value=h.date.isoformat())
        seen_dates.add(h.date)
        yield from _need_text(f"holidays[{i}].name_ar", h.name_ar)
    yield from _int_in("holiday_table_version", p.holiday_table_version, 0, 10**9)
    yield from _int_in("review_period_months", p.review_period_months, 1, 120)
    yield from _int_in("backup_max_age_hours", p.backup_max_age_hours, 1, 24 * 31)
    yield from _one_of("age_calendar", p.age_calendar, AGE_CALENDARS)


def texts_errors(p: ProfileData) -> Errors:
    for name in ("declaration_ar", "consent_ar", "consent_version", "receipt_note_ar"):
        yield from _need_text(f"texts.{name}", getattr(p.texts, name))
    for name in ("declaration_ar", "consent_ar", "receipt_note_ar"):
        yield from form_errors(getattr(p.texts, name), f"texts.{name}")


def service_errors(p: ProfileData) -> Errors:
    committee_codes = {c.code for c in p.committees}
    category_codes = {c.code for c in p.categories}
    yield from _coded_list("services", p.services, "name_ar", "name_en")
    for i, s in enumerate(p.services):
        sp = f"services[{i}]"
        if s.committee_code not in committee_codes:
            yield _err(f"{sp}.committee_code", "unknown_committee", value=s.committee_code)
        yield from _coded_list(f"{sp}.documents", s.documents, "name_ar", "name_en")
        for j, c in enumerate(s.criteria):
            yield from criterion_errors(c, f"{sp}.criteria[{j}]", category_codes)


def complaint_category_errors(p: ProfileData) -> Errors:
    yield from _coded_list("complaint_categories", p.complaint_categories, "name_ar", "name_en")
    for i, cc in enumerate(p.complaint_categories):
        yield from _int_in(f"complaint_categories[{i}].limit_working_days",
                           cc.limit_working_days, 1, 365)


def referral_target_errors(p: ProfileData) -> Errors:
    yield from _coded_list("referral_targets", p.referral_targets, "name_ar")
    for i, r in enumerate(p.referral_targets):
        yield from _one_of(f"referral_targets[{i}].kind", r.kind, REFERRAL_KINDS)


# -- criteria ---------------------------------------------------------------------------------

_VOCABULARY: dict[str, Mapping[str, str]] = {
    "qualification_in": QUALIFICATIONS,
    "employment_status_in": EMPLOYMENT_STATUSES,
}


def _value_errors(c: Criterion, at: Callable[[str], str], category_codes: set[str]) -> Errors:
    vocab = _VOCABULARY.get(c.kind)
    for i, v in enumerate(c.values):
        vp = at(f"values[{i}]")
        if vocab is not None and v not in vocab:
            yield _err(vp, "unknown_value", value=v, allowed=list(vocab))
        elif c.kind == "nationality_in" and not ISO_ALPHA2_RE.match(v):
            yield _err(vp, "unknown_value", value=v, allowed="ISO 3166-1 alpha-2")
        elif c.kind == "category_in" and v not in category_codes:
            yield _err(vp, "unknown_category", value=v)


def _age_errors(c: Criterion, at: Callable[[str], str]) -> Errors:
    if c.min_age is None and c.max_age is None:
        yield _err(at("min_age"), "required")
    for name in ("min_age", "max_age"):
        v = getattr(c, name)
        if v is None:
            continue
        if isinstance(v, bool) or not isinstance(v, int):
            yield _err(at(name), "invalid_type", expected="integer")
        elif not 0 <= v <= MAX_AGE_YEARS:
            yield _err(at(name), "out_of_range", min=0, max=MAX_AGE_YEARS, value=v)
    if isinstance(c.min_age, int) and isinstance(c.max_age, int) and c.min_age > c.max_age:
        yield _err(at("max_age"), "min_greater_than_max", min=c.min_age, max=c.max_age)


def criterion_errors(c: Criterion, path: str, category_codes: set[str]) -> Errors:
    """Problems with one eligibility criterion of a service, at ``path``."""
    def at(name: str) -> str:
        return join(path, name)

    if c.kind not in CRITERION_KINDS:
        yield _err(at("kind"), "unknown_value", value=c.kind, allowed=list(CRITERION_KINDS))
        return
    if c.kind.endswith("_in") and not c.values:
        yield _err(at("values"), "required")
    yield from _value_errors(c, at, category_codes)
    if c.kind == "age_between":
        yield from _age_errors(c, at)
    if c.kind == "gender_is" and c.value not in GENDERS:
        yield _err(at("value"), "unknown_value", value=c.value, allowed=list(GENDERS))
    if c.kind == "field_equals" and not c.field.strip():
        yield _err(at("field"), "required")


def partnership_errors(p: ProfileData) -> Iterable[FieldError]:
    """The partner services must be services of the profile."""
    known = {s.code for s in p.services}
    for i, code in enumerate(p.partnership.service_codes if p.partnership else ()):
        if code not in known:
            yield FieldError(f"partnership.service_codes.{i}", "unknown_value",
                             {"value": code, "allowed": sorted(known)})


#: The validators, one per section, in the order their errors are reported.
SECTION_RULES: tuple[Callable[[ProfileData], Iterable[FieldError]], ...] = (
    identity_errors, channel_errors, category_errors, committee_errors, response_rule_errors,
    calendar_errors, texts_errors, service_errors, complaint_category_errors,
    referral_target_errors, lambda p: governance.errors(p.governance), partnership_errors,
)


def profile_errors(p: ProfileData) -> list[FieldError]:
    """Every semantic rule ``p`` breaks (empty when valid)."""
    return [e for rule in SECTION_RULES for e in rule(p)]
