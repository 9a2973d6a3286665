"""Reading a profile from its JSON form: structure and types (the semantic rules are in
:mod:`desk_app.domain.profile.rules`). Every problem is collected, none stops the reading."""

from __future__ import annotations

import dataclasses as dc
import datetime as _dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from desk_app.domain.profile import aid, governance, meetings, outcome_notice, partnership, study
from desk_app.domain.profile.model import (
    Category,
    Channel,
    Committee,
    ComplaintCategory,
    Criterion,
    Holiday,
    ProfileData,
    ReferralTarget,
    RequiredDocument,
    ResponseRule,
    Service,
    Texts,
)
from desk_app.domain.profile.vocabularies import (
    AGE_CALENDARS,
    CODE_RE,
    COMMITTEE_KINDS,
    CRITERION_KINDS,
    CRITERION_PARAMS,
    FORMAT_VERSION,
    REFERRAL_KINDS,
    RESPONSE_PROMISES,
    RESPONSE_RULE_KINDS,
    join,
)
from desk_app.domain.validation import FieldError

_T = TypeVar("_T")
PROFILE_KEYS = ("format_version",) + tuple(f.name for f in dc.fields(ProfileData))
_MISSING = object()


class Reader:
    """Parses a profile dict section by section, collecting every structural error."""

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
                self.err(join(path, str(k)), "unknown_field")
        return d

    def text(self, d: Mapping[str, Any], key: str, path: str, default: Any = _MISSING) -> str:
        """A string; required (non-blank) unless ``default`` is given (then blank is fine)."""
        f = join(path, key)
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
        if v.strip() and not CODE_RE.match(v):
            self.err(join(path, key), "invalid_code", value=v)
        return v

    def choice(self, d: Mapping[str, Any], key: str, path: str, allowed: Sequence[str],
               default: Any = _MISSING) -> str:
        v = self.text(d, key, path, default)
        if v and v not in allowed:
            self.err(join(path, key), "unknown_value", value=v, allowed=list(allowed))
        return v

    def integer(self, d: Mapping[str, Any], key: str, path: str, default: Any = _MISSING,
                nullable: bool = False) -> Any:
        f = join(path, key)
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
            self.err(join(path, key), "invalid_type", expected="boolean")
            return default
        return v

    def items(self, d: Mapping[str, Any], key: str, path: str, required: bool = False
              ) -> list[tuple[str, Any]]:
        f = join(path, key)
        v = d.get(key, _MISSING)
        if v is _MISSING:
            if required:
                self.err(f, "required")
            return []
        if not isinstance(v, list | tuple):
            self.err(f, "invalid_type", expected="array")
            return []
        return [(join(f, i), item) for i, item in enumerate(v)]

    def many(self, d: Mapping[str, Any], key: str, path: str,
             parse: Callable[[Any, str], _T | None], required: bool = False) -> tuple[_T, ...]:
        out = []
        for p, item in self.items(d, key, path, required):
            parsed = parse(item, p)
            if parsed is not None:
                out.append(parsed)
        return tuple(out)

    # -- the tree -----------------------------------------------------------------------------
    def profile(self, d: Any) -> dict[str, Any] | None:
        """The profile's fields (keyword arguments of the profile class), or None."""
        m = self.obj(d, "", PROFILE_KEYS)
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
        return dict(
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
            backup_max_age_hours=self.integer(m, "backup_max_age_hours", "", default=26),
            backup_copy_folder=self.text(m, "backup_copy_folder", "", ""),
            governance=governance.read(self, m.get("governance"), "governance"),
            partnership=partnership.read(m.get("partnership"), self.errors),
            meetings=meetings.read(m.get("meetings"), self.errors),
            study=study.read(m.get("study"), self.errors),
            aid=aid.read(m.get("aid"), self.errors),
            outcome_notice=outcome_notice.read(self, m.get("outcome_notice")),
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
        m = self.obj(d, p, ("kind", "days", "text_ar", "notes", "promise", "source"))
        if m is None:
            return None
        kind = self.choice(m, "kind", p, RESPONSE_RULE_KINDS)
        # Profiles saved before ``promise`` existed: a named period was printed as a deadline.
        default_promise = "none" if kind == "custom" else "deadline"
        return ResponseRule(kind, self.integer(m, "days", p), self.text(m, "text_ar", p, ""),
                            self.text(m, "notes", p, ""),
                            self.choice(m, "promise", p, RESPONSE_PROMISES, default_promise),
                            self.text(m, "source", p, ""))

    def texts(self, d: Any, p: str) -> Texts | None:
        if d is _MISSING:
            self.err(p, "required")
            return None
        keys = ("declaration_ar", "consent_ar", "consent_version", "receipt_note_ar")
        sources = ("declaration_source", "consent_source", "receipt_note_source")
        m = self.obj(d, p, keys + sources)
        if m is None:
            return None
        return Texts(*(self.text(m, k, p) for k in keys), *(self.text(m, k, p, "") for k in sources))

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
                self.err(join(p, "date"), "invalid_date", value=raw)
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
                self.err(join(p, name), "not_applicable", kind=kind)
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

