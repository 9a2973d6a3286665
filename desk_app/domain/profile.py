"""The organisation profile (R-ORG): everything an association configures.

Pure Python (no Qt, no SQLAlchemy). A profile is a tree of frozen dataclasses; it is read from
and written to plain JSON-serialisable dicts with :meth:`OrgProfile.from_dict` (which validates
and raises :class:`~desk_app.domain.validation.ValidationFailed` carrying every problem found)
and :meth:`OrgProfile.to_dict` (canonical form; ``from_dict(p.to_dict()) == p`` and
``from_dict(d).to_dict() == d`` for any canonical ``d``).

Presets for the five seed associations ship as ``desk_app/presets/<key>.json``; see
:func:`list_presets`, :func:`load_preset` and :func:`blank_profile`.

Error fields are paths such as ``"channels[2].code"`` or ``"services[0].criteria[1].min_age"``;
``""`` is the profile as a whole. Error codes:

``required``            missing or empty value
``invalid_type``        wrong JSON type (``params["expected"]``)
``unknown_field``       a key this format does not know (typo guard)
``not_applicable``      a criterion parameter its kind does not take
``invalid_code``        a code/key that is not ``[a-z0-9_]+``
``duplicate_code``      a code used twice in one list (``params["value"]``)
``duplicate_value``     a value repeated (weekend days, holiday dates)
``unknown_value``       a value outside its vocabulary (``params["value"]``, ``params["allowed"]``)
``unknown_committee``   a service names a committee the profile does not have
``unknown_category``    a ``category_in`` criterion names a category the profile does not have
``out_of_range``        a number outside ``params["min"]``..``params["max"]``
``min_greater_than_max``an age range upside down
``all_days_weekend``    all seven days are weekend days
``invalid_date``        not an ISO ``YYYY-MM-DD`` date
``invalid_email``       an e-mail without ``@``
``invalid_png``         ``logo_png_b64`` is not base64 of a PNG file
``unsupported_version`` ``format_version`` newer than this code understands
"""

from __future__ import annotations

import base64
import binascii
import dataclasses as dc
import datetime as _dt
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from importlib.resources import files
from typing import Any, TypeVar

from desk_app.domain.validation import FieldError, ValidationFailed

FORMAT_VERSION = 1

# --------------------------------------------------------------------------------------------
# Vocabularies
# --------------------------------------------------------------------------------------------

#: Highest qualification attained (code -> Arabic label), lowest first.
QUALIFICATIONS: dict[str, str] = {
    "none": "بدون مؤهل",
    "primary": "ابتدائي",
    "intermediate": "متوسط",
    "secondary": "ثانوي",
    "diploma": "دبلوم",
    "bachelor": "بكالوريوس",
    "master": "ماجستير",
    "doctorate": "دكتوراه",
}
QUALIFICATIONS_EN: dict[str, str] = {
    "none": "No qualification",
    "primary": "Primary",
    "intermediate": "Intermediate",
    "secondary": "Secondary",
    "diploma": "Diploma",
    "bachelor": "Bachelor's",
    "master": "Master's",
    "doctorate": "Doctorate",
}

#: Employment status (code -> Arabic label).
EMPLOYMENT_STATUSES: dict[str, str] = {
    "unemployed": "باحث عن عمل",
    "employed": "موظف",
    "student": "طالب",
    "retired": "متقاعد",
    "self_employed": "يعمل لحسابه الخاص",
}
EMPLOYMENT_STATUSES_EN: dict[str, str] = {
    "unemployed": "Job seeker / unemployed",
    "employed": "Employed",
    "student": "Student",
    "retired": "Retired",
    "self_employed": "Self-employed",
}

#: Gender (code -> Arabic label).
GENDERS: dict[str, str] = {"male": "ذكر", "female": "أنثى"}
GENDERS_EN: dict[str, str] = {"male": "Male", "female": "Female"}

#: Communication channels named by the seed policies (code -> (Arabic, English)). Presets use
#: these codes so reports can compare associations; each preset carries its own names.
CHANNEL_CATALOGUE: dict[str, tuple[str, str]] = {
    "interview": ("المقابلة", "Interview (in person)"),
    "phone": ("الاتصال الهاتفي", "Phone call"),
    "letters": ("الخطابات / المراسلات", "Letters / correspondence"),
    "fax": ("الفاكس", "Fax"),
    "email": ("البريد الإلكتروني", "E-mail"),
    "website": ("الموقع الإلكتروني", "Website"),
    "social_media": ("وسائل التواصل الاجتماعي", "Social media"),
    "volunteering": ("منصة التطوع", "Volunteering platform"),
    "aid_request": ("خدمة طلب المساعدة", "Aid-request service"),
    "representative": ("مندوب المكتب الفرعي", "Branch-office representative"),
    "service_office": ("مكتب الخدمة", "Service office"),
    "social_researcher": ("الباحث الاجتماعي", "Social researcher"),
}

CRITERION_KINDS: tuple[str, ...] = (
    "category_in",
    "age_between",
    "qualification_in",
    "employment_status_in",
    "nationality_in",
    "gender_is",
    "field_equals",
)
#: Which parameters each criterion kind takes (besides ``kind``).
CRITERION_PARAMS: dict[str, tuple[str, ...]] = {
    "category_in": ("values",),
    "age_between": ("min_age", "max_age"),
    "qualification_in": ("values",),
    "employment_status_in": ("values",),
    "nationality_in": ("values",),
    "gender_is": ("value",),
    "field_equals": ("field", "value"),
}
COMMITTEE_KINDS: tuple[str, ...] = ("decision", "follow_up", "investigation", "research")
RESPONSE_RULE_KINDS: tuple[str, ...] = ("working_days", "calendar_days", "custom")
REFERRAL_KINDS: tuple[str, ...] = ("association", "social_researcher", "department")
AGE_CALENDARS: tuple[str, ...] = ("gregorian", "hijri")

MAX_AGE_YEARS = 150
_CODE_RE = re.compile(r"^[a-z0-9_]+$")
_ISO_ALPHA2_RE = re.compile(r"^[A-Z]{2}$")
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


# --------------------------------------------------------------------------------------------
# Dataclasses
# --------------------------------------------------------------------------------------------


@dc.dataclass(frozen=True)
class Channel:
    """A channel of communication (R-INT-3). ``for_complaints``: complaints are taken here."""

    code: str
    name_ar: str
    name_en: str
    for_complaints: bool = False


@dc.dataclass(frozen=True)
class Category:
    """A beneficiary category, with the contact officer (ضابط الاتصال) responsible for it."""

    code: str
    name_ar: str
    name_en: str
    contact_officer: str = ""


@dc.dataclass(frozen=True)
class Committee:
    """A committee; ``kind`` is one of :data:`COMMITTEE_KINDS`."""

    code: str
    name_ar: str
    name_en: str
    kind: str


@dc.dataclass(frozen=True)
class ResponseRule:
    """How long the association has to answer a complete request.

    ``kind``: ``working_days`` (weekend and holidays skipped), ``calendar_days``, or ``custom``
    (the policy names no period: ``days`` is the association's own working-day figure, to be
    counted like ``working_days``). ``text_ar`` is how the policy puts it; ``notes`` explains any
    interpretation.
    """

    kind: str
    days: int
    text_ar: str
    notes: str = ""


@dc.dataclass(frozen=True)
class Holiday:
    date: _dt.date
    name_ar: str


@dc.dataclass(frozen=True)
class Texts:
    """Texts printed for the beneficiary (R-DEC-1, R-INT-5, R-INT-7)."""

    declaration_ar: str
    consent_ar: str
    consent_version: str
    receipt_note_ar: str


@dc.dataclass(frozen=True)
class RequiredDocument:
    code: str
    name_ar: str
    name_en: str


@dc.dataclass(frozen=True)
class Criterion:
    """One eligibility criterion (R-VER-1). Parameters per kind: :data:`CRITERION_PARAMS`.

    ``age_between`` bounds are inclusive whole years; either may be ``None`` (open).
    ``nationality_in`` values are ISO 3166 alpha-2 codes. ``field_equals`` compares
    ``BeneficiaryFacts.extra[field]`` with ``value``.
    """

    kind: str
    values: tuple[str, ...] = ()
    min_age: int | None = None
    max_age: int | None = None
    field: str = ""
    value: str = ""

    @classmethod
    def category_in(cls, *codes: str) -> Criterion:
        return cls("category_in", values=tuple(codes))

    @classmethod
    def age_between(cls, min_age: int | None = None, max_age: int | None = None) -> Criterion:
        return cls("age_between", min_age=min_age, max_age=max_age)

    @classmethod
    def qualification_in(cls, *codes: str) -> Criterion:
        return cls("qualification_in", values=tuple(codes))

    @classmethod
    def employment_status_in(cls, *codes: str) -> Criterion:
        return cls("employment_status_in", values=tuple(codes))

    @classmethod
    def nationality_in(cls, *codes: str) -> Criterion:
        return cls("nationality_in", values=tuple(codes))

    @classmethod
    def gender_is(cls, gender: str) -> Criterion:
        return cls("gender_is", value=gender)

    @classmethod
    def field_equals(cls, name: str, value: str) -> Criterion:
        return cls("field_equals", field=name, value=value)


@dc.dataclass(frozen=True)
class Service:
    """An entry of the service catalogue (دليل الخدمات)."""

    code: str
    name_ar: str
    name_en: str
    committee_code: str
    documents: tuple[RequiredDocument, ...] = ()
    criteria: tuple[Criterion, ...] = ()
    programme: bool = False
    active: bool = True

    def document(self, code: str) -> RequiredDocument:
        return _by_code(self.documents, code, "document")


@dc.dataclass(frozen=True)
class ComplaintCategory:
    code: str
    name_ar: str
    name_en: str
    limit_working_days: int


@dc.dataclass(frozen=True)
class ReferralTarget:
    """Where out-of-scope or unclear requests go (R-INT-6); ``kind`` in :data:`REFERRAL_KINDS`."""

    code: str
    name_ar: str
    kind: str


@dc.dataclass(frozen=True)
class PresetInfo:
    key: str
    name_ar: str
    name_en: str


_T = TypeVar("_T")


def _by_code(items: Iterable[_T], code: str, what: str) -> _T:
    for item in items:
        if item.code == code:  # type: ignore[attr-defined]
            return item
    raise KeyError(f"unknown {what}: {code!r}")


@dc.dataclass(frozen=True)
class OrgProfile:
    """An association's configuration (R-ORG). Construct via :meth:`from_dict` to validate."""

    key: str
    name_ar: str
    name_en: str
    channels: tuple[Channel, ...]
    categories: tuple[Category, ...]
    committees: tuple[Committee, ...]
    response_rule: ResponseRule
    texts: Texts
    services: tuple[Service, ...]
    licence_no: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    address: str = ""
    logo_png_b64: str | None = None
    weekend: tuple[int, ...] = (4, 5)
    holidays: tuple[Holiday, ...] = ()
    holiday_table_version: int = 0
    review_period_months: int = 12
    age_calendar: str = "gregorian"
    complaint_categories: tuple[ComplaintCategory, ...] = ()
    referral_targets: tuple[ReferralTarget, ...] = ()

    # -- look-ups (KeyError when absent) ----------------------------------------------------
    def channel(self, code: str) -> Channel:
        return _by_code(self.channels, code, "channel")

    def category(self, code: str) -> Category:
        return _by_code(self.categories, code, "category")

    def committee(self, code: str) -> Committee:
        return _by_code(self.committees, code, "committee")

    def service(self, code: str) -> Service:
        return _by_code(self.services, code, "service")

    def complaint_category(self, code: str) -> ComplaintCategory:
        return _by_code(self.complaint_categories, code, "complaint category")

    def referral_target(self, code: str) -> ReferralTarget:
        return _by_code(self.referral_targets, code, "referral target")

    @property
    def complaint_channels(self) -> tuple[Channel, ...]:
        return tuple(c for c in self.channels if c.for_complaints)

    @property
    def active_services(self) -> tuple[Service, ...]:
        return tuple(s for s in self.services if s.active)

    def committees_of_kind(self, kind: str) -> tuple[Committee, ...]:
        return tuple(c for c in self.committees if c.kind == kind)

    # -- validation ---------------------------------------------------------------------------
    def errors(self) -> tuple[FieldError, ...]:
        """Every rule this profile breaks (empty when valid)."""
        return tuple(_semantic_errors(self))

    def validate(self) -> OrgProfile:
        """Return ``self`` or raise :class:`ValidationFailed` with every error."""
        errs = self.errors()
        if errs:
            raise ValidationFailed(errs)
        return self

    def with_changes(self, **changes: Any) -> OrgProfile:
        """A copy with ``changes`` applied (``dataclasses.replace``), validated."""
        return dc.replace(self, **changes).validate()

    # -- (de)serialisation --------------------------------------------------------------------
    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> OrgProfile:
        """Parse and validate; raises :class:`ValidationFailed` listing every problem."""
        reader = _Reader()
        profile = reader.profile(d)
        if profile is None:
            raise ValidationFailed(reader.errors)
        errors = list(reader.errors)
        seen = {(e.field, e.code) for e in errors}
        for e in profile.errors():
            if (e.field, e.code) not in seen:
                errors.append(e)
                seen.add((e.field, e.code))
        if errors:
            raise ValidationFailed(errors)
        return profile

    def to_dict(self) -> dict[str, Any]:
        """Canonical JSON-serialisable form."""
        return {
            "format_version": FORMAT_VERSION,
            "key": self.key,
            "name_ar": self.name_ar,
            "name_en": self.name_en,
            "licence_no": self.licence_no,
            "city": self.city,
            "phone": self.phone,
            "email": self.email,
            "website": self.website,
            "address": self.address,
            "logo_png_b64": self.logo_png_b64,
            "channels": [dc.asdict(c) for c in self.channels],
            "categories": [dc.asdict(c) for c in self.categories],
            "committees": [dc.asdict(c) for c in self.committees],
            "response_rule": dc.asdict(self.response_rule),
            "weekend": list(self.weekend),
            "holidays": [{"date": h.date.isoformat(), "name_ar": h.name_ar} for h in self.holidays],
            "holiday_table_version": self.holiday_table_version,
            "review_period_months": self.review_period_months,
            "age_calendar": self.age_calendar,
            "texts": dc.asdict(self.texts),
            "services": [_service_to_dict(s) for s in self.services],
            "complaint_categories": [dc.asdict(c) for c in self.complaint_categories],
            "referral_targets": [dc.asdict(r) for r in self.referral_targets],
        }


def _criterion_to_dict(c: Criterion) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": c.kind}
    for name in CRITERION_PARAMS.get(c.kind, ("values", "min_age", "max_age", "field", "value")):
        value = getattr(c, name)
        out[name] = list(value) if isinstance(value, tuple) else value
    return out


def _service_to_dict(s: Service) -> dict[str, Any]:
    return {
        "code": s.code,
        "name_ar": s.name_ar,
        "name_en": s.name_en,
        "committee_code": s.committee_code,
        "programme": s.programme,
        "active": s.active,
        "documents": [dc.asdict(doc) for doc in s.documents],
        "criteria": [_criterion_to_dict(c) for c in s.criteria],
    }


# --------------------------------------------------------------------------------------------
# Parsing (structure and types); semantic rules follow in _semantic_errors
# --------------------------------------------------------------------------------------------

_MISSING = object()


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


class _Reader:
    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def err(self, field: str, code: str, **params: Any) -> None:
        self.errors.append(FieldError(field, code, params))

    def obj(self, d: Any, path: str, allowed: Sequence[str]) -> Mapping[str, Any] | None:
        if not isinstance(d, Mapping):
            self.err(path, "invalid_type", expected="object")
            return None
        for k in d:
            if k not in allowed:
                self.err(_join(path, str(k)), "unknown_field")
        return d

    def text(self, d: Mapping[str, Any], key: str, path: str, default: Any = _MISSING) -> str:
        """A string; required (non-blank) unless ``default`` is given (then blank is fine)."""
        f = _join(path, key)
        v = d.get(key, _MISSING)
        if v is _MISSING:
            if default is _MISSING:
                self.err(f, "required")
                return ""
            return default
        if not isinstance(v, str):
            self.err(f, "invalid_type", expected="string")
            return ""
        if default is _MISSING and not v.strip():
            self.err(f, "required")
        return v

    def code(self, d: Mapping[str, Any], key: str, path: str) -> str:
        v = self.text(d, key, path)
        if v.strip() and not _CODE_RE.match(v):
            self.err(_join(path, key), "invalid_code", value=v)
        return v

    def choice(self, d: Mapping[str, Any], key: str, path: str, allowed: Sequence[str],
               default: Any = _MISSING) -> str:
        v = self.text(d, key, path, default)
        if v and v not in allowed:
            self.err(_join(path, key), "unknown_value", value=v, allowed=list(allowed))
        return v

    def integer(self, d: Mapping[str, Any], key: str, path: str, default: Any = _MISSING,
                nullable: bool = False) -> Any:
        f = _join(path, key)
        v = d.get(key, _MISSING)
        if v is _MISSING:
            if default is _MISSING:
                self.err(f, "required")
                return 0
            return default
        if v is None and nullable:
            return None
        if isinstance(v, bool) or not isinstance(v, int):
            self.err(f, "invalid_type", expected="integer")
            return default if default is not _MISSING else 0
        return v

    def boolean(self, d: Mapping[str, Any], key: str, path: str, default: bool) -> bool:
        v = d.get(key, default)
        if not isinstance(v, bool):
            self.err(_join(path, key), "invalid_type", expected="boolean")
            return default
        return v

    def items(self, d: Mapping[str, Any], key: str, path: str, required: bool = False
              ) -> list[tuple[str, Any]]:
        f = _join(path, key)
        v = d.get(key, _MISSING)
        if v is _MISSING:
            if required:
                self.err(f, "required")
            return []
        if not isinstance(v, list | tuple):
            self.err(f, "invalid_type", expected="array")
            return []
        return [(_join(f, i), item) for i, item in enumerate(v)]

    def many(self, d: Mapping[str, Any], key: str, path: str,
             parse: Callable[[Any, str], _T | None], required: bool = False) -> tuple[_T, ...]:
        out = []
        for p, item in self.items(d, key, path, required):
            parsed = parse(item, p)
            if parsed is not None:
                out.append(parsed)
        return tuple(out)

    # -- the tree -----------------------------------------------------------------------------
    def profile(self, d: Any) -> OrgProfile | None:
        m = self.obj(d, "", _PROFILE_KEYS)
        if m is None:
            return None
        version = self.integer(m, "format_version", "", default=FORMAT_VERSION)
        if isinstance(version, int) and version > FORMAT_VERSION:
            self.err("format_version", "unsupported_version", value=version, max=FORMAT_VERSION)
        logo = m.get("logo_png_b64")
        if logo is not None and not isinstance(logo, str):
            self.err("logo_png_b64", "invalid_type", expected="string")
            logo = None
        rule = self.response_rule(m.get("response_rule", _MISSING), "response_rule")
        texts = self.texts(m.get("texts", _MISSING), "texts")
        weekend: list[int] = []
        for p, day in self.items(m, "weekend", "") if "weekend" in m else []:
            if isinstance(day, bool) or not isinstance(day, int):
                self.err(p, "invalid_type", expected="integer")
            else:
                weekend.append(day)
        return OrgProfile(
            key=self.code(m, "key", ""),
            name_ar=self.text(m, "name_ar", ""),
            name_en=self.text(m, "name_en", ""),
            licence_no=self.text(m, "licence_no", "", ""),
            city=self.text(m, "city", "", ""),
            phone=self.text(m, "phone", "", ""),
            email=self.text(m, "email", "", ""),
            website=self.text(m, "website", "", ""),
            address=self.text(m, "address", "", ""),
            logo_png_b64=logo,
            channels=self.many(m, "channels", "", self.channel, required=True),
            categories=self.many(m, "categories", "", self.category, required=True),
            committees=self.many(m, "committees", "", self.committee, required=True),
            response_rule=rule or ResponseRule("working_days", 1, "-"),
            weekend=tuple(weekend) if "weekend" in m else (4, 5),
            holidays=self.many(m, "holidays", "", self.holiday),
            holiday_table_version=self.integer(m, "holiday_table_version", "", default=0),
            review_period_months=self.integer(m, "review_period_months", "", default=12),
            age_calendar=self.choice(m, "age_calendar", "", AGE_CALENDARS, default="gregorian"),
            texts=texts or Texts("-", "-", "-", "-"),
            services=self.many(m, "services", "", self.service, required=True),
            complaint_categories=self.many(m, "complaint_categories", "",
                                           self.complaint_category),
            referral_targets=self.many(m, "referral_targets", "", self.referral_target),
        )

    def channel(self, d: Any, p: str) -> Channel | None:
        m = self.obj(d, p, ("code", "name_ar", "name_en", "for_complaints"))
        if m is None:
            return None
        return Channel(self.code(m, "code", p), self.text(m, "name_ar", p),
                       self.text(m, "name_en", p), self.boolean(m, "for_complaints", p, False))

    def category(self, d: Any, p: str) -> Category | None:
        m = self.obj(d, p, ("code", "name_ar", "name_en", "contact_officer"))
        if m is None:
            return None
        return Category(self.code(m, "code", p), self.text(m, "name_ar", p),
                        self.text(m, "name_en", p), self.text(m, "contact_officer", p, ""))

    def committee(self, d: Any, p: str) -> Committee | None:
        m = self.obj(d, p, ("code", "name_ar", "name_en", "kind"))
        if m is None:
            return None
        return Committee(self.code(m, "code", p), self.text(m, "name_ar", p),
                         self.text(m, "name_en", p), self.choice(m, "kind", p, COMMITTEE_KINDS))

    def response_rule(self, d: Any, p: str) -> ResponseRule | None:
        if d is _MISSING:
            self.err(p, "required")
            return None
        m = self.obj(d, p, ("kind", "days", "text_ar", "notes"))
        if m is None:
            return None
        return ResponseRule(self.choice(m, "kind", p, RESPONSE_RULE_KINDS),
                            self.integer(m, "days", p), self.text(m, "text_ar", p),
                            self.text(m, "notes", p, ""))

    def texts(self, d: Any, p: str) -> Texts | None:
        if d is _MISSING:
            self.err(p, "required")
            return None
        keys = ("declaration_ar", "consent_ar", "consent_version", "receipt_note_ar")
        m = self.obj(d, p, keys)
        if m is None:
            return None
        return Texts(*(self.text(m, k, p) for k in keys))

    def holiday(self, d: Any, p: str) -> Holiday | None:
        m = self.obj(d, p, ("date", "name_ar"))
        if m is None:
            return None
        raw = self.text(m, "date", p)
        name = self.text(m, "name_ar", p)
        try:
            day = _dt.date.fromisoformat(raw)
        except ValueError:
            if raw.strip():
                self.err(_join(p, "date"), "invalid_date", value=raw)
            return None
        return Holiday(day, name)

    def document(self, d: Any, p: str) -> RequiredDocument | None:
        m = self.obj(d, p, ("code", "name_ar", "name_en"))
        if m is None:
            return None
        return RequiredDocument(self.code(m, "code", p), self.text(m, "name_ar", p),
                                self.text(m, "name_en", p))

    def criterion(self, d: Any, p: str) -> Criterion | None:
        m = self.obj(d, p, ("kind", "values", "min_age", "max_age", "field", "value"))
        if m is None:
            return None
        kind = self.choice(m, "kind", p, CRITERION_KINDS)
        takes = CRITERION_PARAMS.get(kind, ())
        for name in ("values", "min_age", "max_age", "field", "value"):
            if name in m and kind in CRITERION_PARAMS and name not in takes:
                self.err(_join(p, name), "not_applicable", kind=kind)
        values: list[str] = []
        for ip, v in self.items(m, "values", p, required="values" in takes):
            if not isinstance(v, str):
                self.err(ip, "invalid_type", expected="string")
            else:
                values.append(v)
        return Criterion(
            kind=kind,
            values=tuple(values),
            min_age=self.integer(m, "min_age", p, default=None, nullable=True),
            max_age=self.integer(m, "max_age", p, default=None, nullable=True),
            field=self.text(m, "field", p, ""),
            value=self.text(m, "value", p, ""),
        )

    def service(self, d: Any, p: str) -> Service | None:
        m = self.obj(d, p, ("code", "name_ar", "name_en", "committee_code", "documents",
                            "criteria", "programme", "active"))
        if m is None:
            return None
        return Service(
            code=self.code(m, "code", p),
            name_ar=self.text(m, "name_ar", p),
            name_en=self.text(m, "name_en", p),
            committee_code=self.text(m, "committee_code", p),
            documents=self.many(m, "documents", p, self.document),
            criteria=self.many(m, "criteria", p, self.criterion),
            programme=self.boolean(m, "programme", p, False),
            active=self.boolean(m, "active", p, True),
        )

    def complaint_category(self, d: Any, p: str) -> ComplaintCategory | None:
        m = self.obj(d, p, ("code", "name_ar", "name_en", "limit_working_days"))
        if m is None:
            return None
        return ComplaintCategory(self.code(m, "code", p), self.text(m, "name_ar", p),
                                 self.text(m, "name_en", p),
                                 self.integer(m, "limit_working_days", p))

    def referral_target(self, d: Any, p: str) -> ReferralTarget | None:
        m = self.obj(d, p, ("code", "name_ar", "kind"))
        if m is None:
            return None
        return ReferralTarget(self.code(m, "code", p), self.text(m, "name_ar", p),
                              self.choice(m, "kind", p, REFERRAL_KINDS))


_PROFILE_KEYS = ("format_version",) + tuple(f.name for f in dc.fields(OrgProfile))


# --------------------------------------------------------------------------------------------
# Semantic rules (also run on profiles built in code, via OrgProfile.validate)
# --------------------------------------------------------------------------------------------


def _semantic_errors(p: OrgProfile) -> list[FieldError]:
    errs: list[FieldError] = []

    def err(field: str, code: str, **params: Any) -> None:
        errs.append(FieldError(field, code, params))

    def need_text(field: str, value: Any) -> None:
        if not isinstance(value, str) or not value.strip():
            err(field, "required")

    def need_code(field: str, value: Any) -> None:
        if not isinstance(value, str) or not value.strip():
            err(field, "required")
        elif not _CODE_RE.match(value):
            err(field, "invalid_code", value=value)

    def int_in(field: str, value: Any, lo: int, hi: int) -> None:
        if isinstance(value, bool) or not isinstance(value, int):
            err(field, "invalid_type", expected="integer")
        elif not lo <= value <= hi:
            err(field, "out_of_range", min=lo, max=hi, value=value)

    def one_of(field: str, value: Any, allowed: Sequence[str]) -> None:
        if value not in allowed:
            err(field, "unknown_value", value=value, allowed=list(allowed))

    def coded_list(name: str, items: Sequence[Any], *text_fields: str) -> None:
        seen: set[str] = set()
        for i, item in enumerate(items):
            path = _join(name, i)
            need_code(_join(path, "code"), item.code)
            if item.code in seen:
                err(_join(path, "code"), "duplicate_code", value=item.code)
            seen.add(item.code)
            for tf in text_fields:
                need_text(_join(path, tf), getattr(item, tf))

    need_code("key", p.key)
    need_text("name_ar", p.name_ar)
    need_text("name_en", p.name_en)
    if p.email and "@" not in p.email:
        err("email", "invalid_email", value=p.email)
    if p.logo_png_b64 is not None:
        try:
            raw = base64.b64decode(p.logo_png_b64, validate=True)
        except (binascii.Error, ValueError):
            raw = b""
        if not raw.startswith(_PNG_SIGNATURE):
            err("logo_png_b64", "invalid_png")

    if not p.channels:
        err("channels", "required")
    coded_list("channels", p.channels, "name_ar", "name_en")
    if not p.categories:
        err("categories", "required")
    coded_list("categories", p.categories, "name_ar", "name_en")
    if not p.committees:
        err("committees", "required")
    coded_list("committees", p.committees, "name_ar", "name_en")
    for i, c in enumerate(p.committees):
        one_of(f"committees[{i}].kind", c.kind, COMMITTEE_KINDS)

    rr = p.response_rule
    one_of("response_rule.kind", rr.kind, RESPONSE_RULE_KINDS)
    int_in("response_rule.days", rr.days, 1, 365)
    need_text("response_rule.text_ar", rr.text_ar)

    seen_days: set[int] = set()
    for i, day in enumerate(p.weekend):
        if isinstance(day, bool) or not isinstance(day, int) or not 0 <= day <= 6:
            err(f"weekend[{i}]", "out_of_range", min=0, max=6, value=day)
        elif day in seen_days:
            err(f"weekend[{i}]", "duplicate_value", value=day)
        seen_days.add(day)
    if len(seen_days & set(range(7))) == 7:
        err("weekend", "all_days_weekend")

    seen_dates: set[_dt.date] = set()
    for i, h in enumerate(p.holidays):
        if not isinstance(h.date, _dt.date):
            err(f"holidays[{i}].date", "invalid_date", value=str(h.date))
        elif h.date in seen_dates:
            err(f"holidays[{i}].date", "duplicate_value", value=h.date.isoformat())
        seen_dates.add(h.date)
        need_text(f"holidays[{i}].name_ar", h.name_ar)
    int_in("holiday_table_version", p.holiday_table_version, 0, 10**9)
    int_in("review_period_months", p.review_period_months, 1, 120)
    one_of("age_calendar", p.age_calendar, AGE_CALENDARS)

    for name in ("declaration_ar", "consent_ar", "consent_version", "receipt_note_ar"):
        need_text(f"texts.{name}", getattr(p.texts, name))

    committee_codes = {c.code for c in p.committees}
    category_codes = {c.code for c in p.categories}
    coded_list("services", p.services, "name_ar", "name_en")
    for i, s in enumerate(p.services):
        sp = f"services[{i}]"
        if s.committee_code not in committee_codes:
            err(f"{sp}.committee_code", "unknown_committee", value=s.committee_code)
        coded_list(f"{sp}.documents", s.documents, "name_ar", "name_en")
        for j, c in enumerate(s.criteria):
            errs.extend(_criterion_errors(c, f"{sp}.criteria[{j}]", category_codes))

    coded_list("complaint_categories", p.complaint_categories, "name_ar", "name_en")
    for i, cc in enumerate(p.complaint_categories):
        int_in(f"complaint_categories[{i}].limit_working_days", cc.limit_working_days, 1, 365)
    coded_list("referral_targets", p.referral_targets, "name_ar")
    for i, r in enumerate(p.referral_targets):
        one_of(f"referral_targets[{i}].kind", r.kind, REFERRAL_KINDS)
    return errs


def criterion_errors(c: Criterion, category_codes: Iterable[str] | None = None
                     ) -> list[FieldError]:
    """Problems with one criterion on its own (``category_codes``: check category values)."""
    return _criterion_errors(c, "", None if category_codes is None else set(category_codes))


def _criterion_errors(c: Criterion, path: str, category_codes: set[str] | None
                      ) -> list[FieldError]:
    errs: list[FieldError] = []

    def err(field: str, code: str, **params: Any) -> None:
        errs.append(FieldError(_join(path, field) if path else field, code, params))

    if c.kind not in CRITERION_KINDS:
        err("kind", "unknown_value", value=c.kind, allowed=list(CRITERION_KINDS))
        return errs
    if c.kind.endswith("_in") and not c.values:
        err("values", "required")
    vocab: Mapping[str, str] | None = {
        "qualification_in": QUALIFICATIONS,
        "employment_status_in": EMPLOYMENT_STATUSES,
    }.get(c.kind)
    for i, v in enumerate(c.values):
        vp = f"values[{i}]"
        if vocab is not None and v not in vocab:
            err(vp, "unknown_value", value=v, allowed=list(vocab))
        elif c.kind == "nationality_in" and not _ISO_ALPHA2_RE.match(v):
            err(vp, "unknown_value", value=v, allowed="ISO 3166-1 alpha-2")
        elif c.kind == "category_in" and category_codes is not None and v not in category_codes:
            err(vp, "unknown_category", value=v)
    if c.kind == "age_between":
        if c.min_age is None and c.max_age is None:
            err("min_age", "required")
        for name in ("min_age", "max_age"):
            v = getattr(c, name)
            if v is None:
                continue
            if isinstance(v, bool) or not isinstance(v, int):
                err(name, "invalid_type", expected="integer")
            elif not 0 <= v <= MAX_AGE_YEARS:
                err(name, "out_of_range", min=0, max=MAX_AGE_YEARS, value=v)
        if (isinstance(c.min_age, int) and isinstance(c.max_age, int)
                and c.min_age > c.max_age):
            err("max_age", "min_greater_than_max", min=c.min_age, max=c.max_age)
    if c.kind == "gender_is" and c.value not in GENDERS:
        err("value", "unknown_value", value=c.value, allowed=list(GENDERS))
    if c.kind == "field_equals" and not c.field.strip():
        err("field", "required")
    return errs


# --------------------------------------------------------------------------------------------
# Presets
# --------------------------------------------------------------------------------------------


def _presets_dir():
    return files("desk_app") / "presets"


def list_presets() -> list[PresetInfo]:
    """The shipped presets, sorted by key."""
    out = []
    for entry in _presets_dir().iterdir():
        if entry.name.endswith(".json") and entry.is_file():
            data = json.loads(entry.read_text(encoding="utf-8"))
            out.append(PresetInfo(entry.name[: -len(".json")], data["name_ar"], data["name_en"]))
    return sorted(out, key=lambda p: p.key)


def load_preset(key: str) -> OrgProfile:
    """The validated profile shipped as ``presets/<key>.json``; KeyError if there is none."""
    if not isinstance(key, str) or not _CODE_RE.match(key):
        raise KeyError(f"unknown preset: {key!r}")
    entry = _presets_dir() / f"{key}.json"
    if not entry.is_file():
        raise KeyError(f"unknown preset: {key!r}")
    return OrgProfile.from_dict(json.loads(entry.read_text(encoding="utf-8")))


# -- the common core, shared by blank_profile() and the preset builder ------------------------

DECLARATION_AR = (
    "أقر أنا الموقع أدناه بأن جميع البيانات والمعلومات التي قدمتها إلى الجمعية في هذا الطلب "
    "صحيحة وكاملة ومطابقة للمستندات المرفقة، وأنني مسؤول مسؤولية مباشرة عن صحتها، وأتعهد "
    "بإبلاغ الجمعية بأي تغيير يطرأ عليها. وإذا ثبت خلاف ذلك فللجمعية إيقاف الخدمة أو "
    "إلغاؤها دون أدنى مسؤولية عليها."
)
CONSENT_AR = (
    "أوافق على شروط الخدمة أو البرنامج الذي تقدمت إليه وتعليماته، وعلى قيام الجمعية بجمع "
    "بياناتي الشخصية ومعالجتها وحفظها لغرض دراسة طلبي وتقديم الخدمة والتواصل معي وقياس "
    "رضاي عنها، وفق نظام حماية البيانات الشخصية في المملكة العربية السعودية. وأعلم أن "
    "بياناتي تعامل بسرية، ولا يطلع عليها إلا المختصون، ولا تُفصح لغير الجهات المختصة إلا "
    "بموافقتي أو بما يقتضيه النظام، وأن لي حق الاطلاع عليها وطلب تصحيحها أو تحديثها، "
    "وأنها لا تحفظ أكثر من المدة اللازمة لهذا الغرض."
)
CONSENT_VERSION = "1"


def receipt_note_ar(committee_name_ar: str) -> str:
    """The receipt's message to the beneficiary, naming the body that studies the request."""
    return (
        f"استلمنا طلبكم، وسيُعرض على {committee_name_ar} لدراسته، وسنبلغكم بالقرار وبكل جديد "
        "بشأنه عبر قناة التواصل المتفق عليها معكم. يرجى الاحتفاظ بهذا الإيصال ورقم الطلب "
        "للمتابعة."
    )


COMPLAINT_CATEGORIES: tuple[ComplaintCategory, ...] = (
    ComplaintCategory("service_quality", "جودة الخدمة", "Service quality", 10),
    ComplaintCategory("staff_conduct", "تعامل الموظفين", "Staff conduct", 10),
    ComplaintCategory("delay", "التأخر في الرد أو إنجاز الطلب", "Delay", 5),
    ComplaintCategory("eligibility_decision", "قرار الاستحقاق", "Eligibility decision", 10),
    ComplaintCategory("data_privacy", "البيانات والخصوصية", "Data and privacy", 5),
    ComplaintCategory("technical_support", "الدعم الفني للتواصل مع الجمعية",
                      "Technical support for contacting the association", 3),
)

DOC_NATIONAL_ID = RequiredDocument(
    "national_id", "صورة الهوية الوطنية أو الإقامة", "Copy of national ID / iqama")
DOC_NATIONAL_ADDRESS = RequiredDocument(
    "national_address", "العنوان الوطني", "National address")
DOC_PROOF_OF_NEED = RequiredDocument(
    "proof_of_need", "ما يثبت الحاجة (مشهد الضمان الاجتماعي أو إثبات اليتم أو الإعاقة أو غيرها)",
    "Proof of need (social security, orphan or disability certificate, …)")


def _channel(code: str, for_complaints: bool, name_ar: str | None = None) -> Channel:
    ar, en = CHANNEL_CATALOGUE[code]
    return Channel(code, name_ar or ar, en, for_complaints)


def blank_profile() -> OrgProfile:
    """A valid minimal profile for an association that is not among the presets.

    Common-core channels, one category, a competent committee and a follow-up committee, one
    service (طلب خدمة), 10 working days to respond, Friday–Saturday weekend; every value is
    meant to be edited.
    """
    return OrgProfile(
        key="custom",
        name_ar="الجمعية",
        name_en="The association",
        channels=(
            _channel("interview", True),
            _channel("phone", True),
            _channel("letters", True),
            _channel("email", True),
            _channel("website", True),
            _channel("social_media", False),
        ),
        categories=(Category("general", "مستفيد", "Beneficiary", "موظف علاقات المستفيدين"),),
        committees=(
            Committee("competent", "اللجنة المختصة", "Competent committee", "decision"),
            Committee("follow_up", "لجنة المتابعة", "Follow-up committee", "follow_up"),
        ),
        response_rule=ResponseRule(
            "working_days", 10, "خلال 10 أيام عمل من تاريخ اكتمال الطلب",
            "قيمة افتراضية تحددها الجمعية"),
        texts=Texts(DECLARATION_AR, CONSENT_AR, CONSENT_VERSION,
                    receipt_note_ar("اللجنة المختصة")),
        services=(
            Service("service_request", "طلب خدمة", "Service request", "competent",
                    documents=(DOC_NATIONAL_ID, DOC_NATIONAL_ADDRESS)),
        ),
        complaint_categories=COMPLAINT_CATEGORIES,
        referral_targets=(
            ReferralTarget("social_researcher", "الباحث الاجتماعي", "social_researcher"),
        ),
    ).validate()
