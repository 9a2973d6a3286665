"""The organisation profile's shapes: one frozen dataclass per section (R-ORG)."""

from __future__ import annotations

import dataclasses as dc
import datetime as _dt
from collections.abc import Iterable
from typing import Any, TypeVar

from desk_app.domain.profile import governance as _gov
from desk_app.domain.profile.aid import AidPolicy
from desk_app.domain.profile.meetings import DEFAULT as _MEETING_DEFAULTS
from desk_app.domain.profile.meetings import MeetingRules
from desk_app.domain.profile.outcome_notice import OutcomeNotice
from desk_app.domain.profile.partnership import PartnershipPolicy
from desk_app.domain.profile.study import DEFAULT_STUDY_FORM, StudyForm
from desk_app.domain.profile.vocabularies import CRITERION_PARAMS, FORMAT_VERSION


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
    counted like ``working_days``). ``text_ar`` is how the policy puts it (printed on the
    receipt; may be blank only when the policy says nothing of a period); ``notes`` explains any
    interpretation; ``source`` quotes the policy's own sentence.

    ``promise`` is what the receipt may promise (:data:`RESPONSE_PROMISES`): ``deadline`` (a date
    the answer comes by, "لا تتجاوز 15 يوم عمل"), ``minimum`` (a period the answer takes at least,
    "لا تقل عن أسبوعين": no date is printed) or ``none`` (no period at all). The due date is still
    tracked inside the app for every kind.
    """

    kind: str
    days: int
    text_ar: str
    notes: str = ""
    promise: str = "deadline"
    source: str = ""


@dc.dataclass(frozen=True)
class Holiday:
    date: _dt.date
    name_ar: str


@dc.dataclass(frozen=True)
class Texts:
    """Texts printed for the beneficiary (R-DEC-1, R-INT-5, R-INT-7).

    Each is written from the association's own policy; the ``*_source`` fields quote the
    policy's sentence it comes from (shown to whoever edits the text, never printed). Words that
    change with the person's gender are written ``{masculine|feminine}``
    (:mod:`desk_app.domain.gendered`).
    """

    declaration_ar: str
    consent_ar: str
    consent_version: str
    receipt_note_ar: str
    declaration_source: str = ""
    consent_source: str = ""
    receipt_note_source: str = ""


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
class ProfileData:
    """An association's configuration (R-ORG), as data: its sections, look-ups and JSON form.

    Use :class:`~desk_app.domain.profile.OrgProfile` (which adds validation); this base keeps
    the rules and the reader from importing the class that calls them.
    """

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
    # Automatic backups: the status bar warns when the last good one is older than this; an
    # optional second folder (a USB drive, a network share) receives a verified copy of each.
    backup_max_age_hours: int = 26
    backup_copy_folder: str = ""
    # The policy text version by version, its board approvals and review cycle (governance.py).
    governance: _gov.Governance = _gov.Governance()
    # Services to partner associations (seed 003 only); None: this association has none.
    partnership: PartnershipPolicy | None = None
    # Committee meetings' quorum and minutes approval (meetings.py); None: the defaults, said so
    # there, because no seed states a quorum.
    meetings: MeetingRules | None = None
    # The social study's parts (study.py); None: the default field set kept in code.
    study: StudyForm | None = None
    # Aid given: the programmes and the repeat period of the duplicate-aid warning (aid.py).
    aid: AidPolicy = AidPolicy()
    # How the outcome is told: whether intake must record the agreed channel (outcome_notice.py).
    outcome_notice: OutcomeNotice = OutcomeNotice()

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

    @property
    def meeting_rules(self) -> MeetingRules:
        return self.meetings or _MEETING_DEFAULTS

    @property
    def study_form(self) -> StudyForm:
        """The parts of the social study this association uses."""
        return self.study or DEFAULT_STUDY_FORM

    @property
    def organisation_categories(self) -> tuple[str, ...]:
        """Categories only associations and organisations belong to: those the partner services
        (seed 003's «الجمعيات المستفيدة») admit. Such a beneficiary is registered as an
        organisation, never as a person."""
        if self.partnership is None:
            return ()
        partner = set(self.partnership.service_codes)
        return tuple(dict.fromkeys(
            v for s in self.services if s.code in partner
            for c in s.criteria if c.kind == "category_in" for v in c.values))

    def committees_of_kind(self, kind: str) -> tuple[Committee, ...]:
        return tuple(c for c in self.committees if c.kind == kind)

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
            "backup_max_age_hours": self.backup_max_age_hours,
            "backup_copy_folder": self.backup_copy_folder,
            "governance": _gov.to_dict(self.governance),
            "outcome_notice": self.outcome_notice.to_dict(),
            **({"partnership": self.partnership.to_dict()} if self.partnership else {}),
            **({"meetings": self.meetings.to_dict()} if self.meetings else {}),
            **({"study": self.study.to_dict()} if self.study else {}),
            **({"aid": self.aid.to_dict()} if not self.aid.is_default else {}),
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
