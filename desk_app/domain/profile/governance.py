"""The policy's own governance, held in the profile: its text version by version, each
version's board approval, what staff affirm when they acknowledge it, and the review cycle.

Seeds: 000 (§8) and 003 (§7-1) ask every staff member to read the policy and sign it (003 adds
the anti-money-laundering rules); 001 and 002 state the board meeting that approved their
policy; 003 renews its policy every year. A preset carries only what its own seed states: an
approval the seed does not give (or gives illegibly, as 000's) stays ``None``.
"""

from __future__ import annotations

import dataclasses as dc
import datetime as _dt
from calendar import monthrange as _monthrange
from collections.abc import Iterable, Mapping
from typing import Any

from desk_app.domain.calendar import from_hijri, parse_date_text, to_hijri
from desk_app.domain.profile.vocabularies import join
from desk_app.domain.validation import FieldError, ValidationFailed

MEETING_MODES = ("remote", "in_person")


@dc.dataclass(frozen=True)
class BoardMember:
    name: str
    role: str = ""


@dc.dataclass(frozen=True)
class BoardApproval:
    """A board meeting that approved a version. ``hijri`` is the date as the minutes give it
    (``(year, month, day)``); ``date`` the Gregorian day they say it matches. ``mode`` is
    ``remote``, ``in_person`` or ``""`` when the minutes do not say."""

    meeting_no: int
    date: _dt.date
    hijri: tuple[int, int, int]
    mode: str = ""
    members: tuple[BoardMember, ...] = ()
    source: str = ""


@dc.dataclass(frozen=True)
class PolicyVersion:
    """One version of the policy text. ``acknowledgement_ar`` is the sentence each staff member
    affirms; blank: this association does not ask staff to acknowledge it."""

    number: int
    title_ar: str
    text_ar: str
    acknowledgement_ar: str = ""
    approval: BoardApproval | None = None

    @property
    def asks_acknowledgement(self) -> bool:
        return bool(self.acknowledgement_ar.strip())


@dc.dataclass(frozen=True)
class Retention:
    """How long records are kept, in months (``None``: kept; no seed states a period, so the
    administrator sets them). ``closed_files``: a file whose requests are all finished, counted
    from its last activity, is anonymised; ``scans_after_decision``: the scanned documents of a
    finished request are deleted (the checklist keeps what was seen and matched)."""

    closed_files: int | None = None
    scans_after_decision: int | None = None

    FIELDS = ("closed_files", "scans_after_decision")


@dc.dataclass(frozen=True)
class Governance:
    """``review_months``: the policy is reviewed every so many months (``None``: the policy
    names no cycle)."""

    policies: tuple[PolicyVersion, ...] = ()
    review_months: int | None = None
    retention: Retention = Retention()

    @property
    def current(self) -> PolicyVersion | None:
        return max(self.policies, key=lambda p: p.number) if self.policies else None

    def version(self, number: int) -> PolicyVersion:
        for p in self.policies:
            if p.number == number:
                return p
        raise KeyError(number)


def add_months(day: _dt.date, months: int) -> _dt.date:
    """The same day ``months`` later (the month's last day when that month is shorter)."""
    years, month0 = divmod(day.month - 1 + months, 12)
    year, month = day.year + years, month0 + 1
    return _dt.date(year, month, min(day.day, _monthrange(year, month)[1]))


def review_due(gov: Governance, last_review: _dt.date | None) -> _dt.date | None:
    """When the policy is next due for review: ``review_months`` after the last review (the
    current version's approval, or, when it has none, the day the version was recorded)."""
    current = gov.current
    if gov.review_months is None or current is None:
        return None
    start = current.approval.date if current.approval else last_review
    return add_months(start, gov.review_months) if start else None


def hijri_text(hijri: tuple[int, int, int]) -> str:
    y, m, d = hijri
    return f"{y:04d}-{m:02d}-{d:02d}"


# -- JSON ----------------------------------------------------------------------------------
def to_dict(gov: Governance) -> dict[str, Any]:
    return {"review_months": gov.review_months,
            "policies": [_policy_dict(p) for p in gov.policies],
            "retention": {f: getattr(gov.retention, f) for f in Retention.FIELDS}}


def _policy_dict(p: PolicyVersion) -> dict[str, Any]:
    a = p.approval
    approval = None if a is None else {
        "meeting_no": a.meeting_no, "date": a.date.isoformat(),
        "hijri": hijri_text(a.hijri), "mode": a.mode,
        "members": [dc.asdict(m) for m in a.members], "source": a.source}
    return {"number": p.number, "title_ar": p.title_ar, "text_ar": p.text_ar,
            "acknowledgement_ar": p.acknowledgement_ar, "approval": approval}


def read(reader: Any, d: Any, path: str) -> Governance:
    """Parse the ``governance`` section with the profile's :class:`Reader` (errors collected)."""
    if d is None:
        return Governance()
    m = reader.obj(d, path, ("review_months", "policies", "retention"))
    if m is None:
        return Governance()
    return Governance(reader.many(m, "policies", path, lambda x, p: _policy(reader, x, p)),
                      reader.integer(m, "review_months", path, default=None, nullable=True),
                      _retention(reader, m.get("retention"), join(path, "retention")))


def _retention(reader: Any, d: Any, p: str) -> Retention:
    if d is None:
        return Retention()
    m = reader.obj(d, p, Retention.FIELDS)
    if m is None:
        return Retention()
    return Retention(*(reader.integer(m, f, p, default=None, nullable=True)
                       for f in Retention.FIELDS))


def _policy(reader: Any, d: Any, p: str) -> PolicyVersion | None:
    m = reader.obj(d, p, ("number", "title_ar", "text_ar", "acknowledgement_ar", "approval"))
    if m is None:
        return None
    approval = m.get("approval")
    return PolicyVersion(reader.integer(m, "number", p), reader.text(m, "title_ar", p),
                         reader.text(m, "text_ar", p), reader.text(m, "acknowledgement_ar", p, ""),
                         None if approval is None else _approval(reader, approval,
                                                                 join(p, "approval")))


def _approval(reader: Any, d: Any, p: str) -> BoardApproval | None:
    m = reader.obj(d, p, ("meeting_no", "date", "hijri", "mode", "members", "source"))
    if m is None:
        return None
    day, hijri = _date(reader, m, p), _hijri(reader, m, p)
    mode = reader.choice(m, "mode", p, MEETING_MODES, default="")
    members = reader.many(m, "members", p, lambda x, q: _member(reader, x, q))
    if day is None or hijri is None:
        return None
    return BoardApproval(reader.integer(m, "meeting_no", p), day, hijri, mode, members,
                         reader.text(m, "source", p, ""))


def _date(reader: Any, m: Mapping[str, Any], p: str) -> _dt.date | None:
    raw = reader.text(m, "date", p)
    try:
        return _dt.date.fromisoformat(raw)
    except ValueError:
        if raw.strip():
            reader.err(join(p, "date"), "invalid_date", value=raw)
        return None


def _hijri(reader: Any, m: Mapping[str, Any], p: str) -> tuple[int, int, int] | None:
    raw = reader.text(m, "hijri", p)
    try:
        y, mo, d = (int(x) for x in raw.split("-"))
        from_hijri(y, mo, d)
        return y, mo, d
    except (ValueError, KeyError, IndexError):
        if raw.strip():
            reader.err(join(p, "hijri"), "invalid_date", value=raw)
        return None


def _member(reader: Any, d: Any, p: str) -> BoardMember | None:
    m = reader.obj(d, p, ("name", "role"))
    if m is None:
        return None
    return BoardMember(reader.text(m, "name", p), reader.text(m, "role", p, ""))


# -- rules ---------------------------------------------------------------------------------
def errors(gov: Governance, path: str = "governance") -> Iterable[FieldError]:
    """Version numbers unique and positive; an approval's two dates name the same day (one day
    apart is accepted: the minutes may follow the sighted month, not Umm al-Qura's table)."""
    if gov.review_months is not None and not 1 <= gov.review_months <= 120:
        yield FieldError(join(path, "review_months"), "out_of_range", {"min": 1, "max": 120})
    for f in Retention.FIELDS:
        months = getattr(gov.retention, f)
        if months is not None and not 1 <= months <= 1200:
            yield FieldError(join(join(path, "retention"), f), "out_of_range",
                             {"min": 1, "max": 1200})
    seen: set[int] = set()
    for i, p in enumerate(gov.policies):
        where = join(join(path, "policies"), i)
        if p.number < 1:
            yield FieldError(join(where, "number"), "out_of_range", {"min": 1, "max": 9999})
        if p.number in seen:
            yield FieldError(join(where, "number"), "duplicate_value", {"value": p.number})
        seen.add(p.number)
        a = p.approval
        if a is None:
            continue
        if a.meeting_no < 1:
            yield FieldError(join(where, "approval.meeting_no"), "out_of_range",
                             {"min": 1, "max": 9999})
        if abs((from_hijri(*a.hijri) - a.date).days) > 1:
            yield FieldError(join(where, "approval.hijri"), "dates_disagree",
                             {"gregorian": a.date.isoformat(),
                              "hijri": hijri_text(a.hijri),
                              "hijri_of_gregorian": hijri_text(to_hijri(a.date))})


# -- what an administrator types -----------------------------------------------------------
def parse_approval(meeting_no: int, date_text: str, calendar: str, mode: str,
                   members_text: str) -> BoardApproval:
    """An approval from the form: the date typed in either calendar (the other one follows),
    one member a line as ``name — role`` (or ``name - role``). Raises ValidationFailed with
    fields ``meeting_no``, ``date``, ``mode``."""
    problems: list[FieldError] = []
    if meeting_no < 1:
        problems.append(FieldError("meeting_no", "out_of_range", {"min": 1, "max": 9999}))
    day = None
    if not date_text.strip():
        problems.append(FieldError("date", "required"))
    else:
        try:
            day = parse_date_text(date_text, "hijri" if calendar == "hijri" else "gregorian")
        except ValueError:
            problems.append(FieldError("date", "invalid_date"))
    if mode not in ("", *MEETING_MODES):
        problems.append(FieldError("mode", "unknown_value"))
    if problems or day is None:
        raise ValidationFailed(problems)
    hijri = to_hijri(day)  # a typed Hijri date round-trips through the same table
    members = []
    for line in members_text.splitlines():
        name, _, role = line.replace(" — ", " - ").partition(" - ")
        if name.strip():
            members.append(BoardMember(" ".join(name.split()), " ".join(role.split())))
    return BoardApproval(meeting_no, day, hijri, mode, tuple(members))

