"""The review queue of online arrivals: a person looks at each submission and turns it into a
request or a complaint — with the channel recorded as the website — or dismisses it. Nothing is
created without that review (shared seeds 003 §5-2, §5-7: applying online is the applicant's
wish and consent; 000 §5: complaints through the website link).

Turning a submission into a request takes three steps that are each their own action (the
person is registered when new, the request is opened, the submission is marked done), so the
submission is first *claimed* (``converting``): a second desk cannot convert it meanwhile, and a
failure in between gives it back. A complaint carries the submission as its idempotency key:
filed twice, it is the same complaint.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select

from desk_app.domain import complaints as crules
from desk_app.domain import online_forms as forms
from desk_app.domain.entities import Actor
from desk_app.domain.profile import OrgProfile
from desk_app.domain.requests import IntakeForm
from desk_app.domain.validation import FieldError, ValidationFailed
from desk_app.services import complaints, importer, registry
from desk_app.services import requests as request_service
from desk_app.services.permissions import require
from desk_app.storage.db import Database
from desk_app.storage.online_tables import OnlineArrival
from desk_app.storage.tables import Beneficiary

__all__ = ["Arrival", "Decision", "convert", "counts", "dismiss", "listing", "WEBSITE"]

WEBSITE = "website"  # the profile's channel code for the association's website


@dataclass(frozen=True)
class Arrival:
    id: str
    source: str
    row_no: int
    kind: str
    submitted_at: datetime | None
    imported_at: datetime
    values: dict[str, str]
    problems: list[tuple[str, str]]
    match: str
    beneficiary_id: str | None
    file_number: str
    candidates: list[tuple[str, str, str]]  # id, file number, name
    duplicate_of_row: int | None
    status: str
    result_number: str
    reviewed_by: str
    note: str

    @property
    def name(self) -> str:
        v = self.values
        return " ".join(x for x in (v.get("first_name"), v.get("father_name"),
                                    v.get("family_name")) if x)


@dataclass(frozen=True)
class Decision:
    """What the reviewer settled: whose file (``beneficiary_id``; empty: register the person
    from the submission), the service or complaint category, and the consent."""

    beneficiary_id: str = ""
    service_code: str = ""
    category_code: str = ""
    description: str = ""
    consent: bool = False


def _files(s, ids: set[str]) -> dict[str, tuple[str, str]]:  # noqa: ANN001
    if not ids:
        return {}
    rows = s.execute(select(Beneficiary.id, Beneficiary.file_number, Beneficiary.first_name,
                            Beneficiary.family_name).where(Beneficiary.id.in_(ids)))
    return {i: (n, f"{a} {b}".strip()) for i, n, a, b in rows}


def listing(db: Database, actor: Actor, status: str | None = forms.WAITING,
            limit: int = 1000) -> list[Arrival]:
    """The queue, oldest submission first (the one waiting longest is answered first)."""
    require(db, actor, "arrivals.review")
    q = select(OnlineArrival).order_by(OnlineArrival.imported_at, OnlineArrival.source,
                                       OnlineArrival.row_no).limit(limit)
    if status == forms.WAITING:
        q = q.where(OnlineArrival.status.in_((forms.WAITING, forms.CONVERTING)))
    elif status:
        q = q.where(OnlineArrival.status == status)
    with db.read() as s:
        rows = list(s.scalars(q))
        ids = {r.beneficiary_id for r in rows if r.beneficiary_id}
        ids |= {c for r in rows for c in r.candidates}
        files = _files(s, ids)
    return [Arrival(r.id, r.source, r.row_no, r.kind, r.submitted_at, r.imported_at,
                    dict(r.values), [tuple(p) for p in r.problems], r.match, r.beneficiary_id,
                    files.get(r.beneficiary_id or "", ("", ""))[0],
                    [(c, *files.get(c, ("", ""))) for c in r.candidates], r.duplicate_of_row,
                    r.status, r.result_number, r.reviewed_by, r.note) for r in rows]


def counts(db: Database, actor: Actor) -> dict[str, int]:
    require(db, actor, "arrivals.review")
    with db.read() as s:
        got = dict(s.execute(select(OnlineArrival.status, func.count())
                             .group_by(OnlineArrival.status)).all())
    return {k: int(got.get(k, 0)) for k in forms.STATUSES}


def _set_status(db: Database, actor: Actor, arrival_id: str, want: tuple[str, ...],
                to: str, **fields: object) -> OnlineArrival:
    with db.action(actor, f"arrivals.{to}", "online_arrival", arrival_id) as s:
        a = s.get(OnlineArrival, arrival_id, with_for_update=True)
        if a is None:
            raise ValidationFailed([FieldError("arrival", "not_found")])
        if a.status not in want:
            raise ValidationFailed([FieldError("arrival", "arrival_taken")])
        a.status = to
        for k, v in fields.items():
            setattr(a, k, v)
        s.flush()
        s.expunge(a)  # read after the commit without a session (nothing expired)
        return a


def dismiss(db: Database, actor: Actor, arrival_id: str, reason: str) -> None:
    """Not a submission to act on (a test entry, a repeat): out of the queue, with the reason."""
    require(db, actor, "arrivals.review")
    if not reason.strip():
        raise ValidationFailed([FieldError("note", "required")])
    _set_status(db, actor, arrival_id, (forms.WAITING,), forms.DISMISSED,
                note=reason.strip()[:2000], reviewed_by=actor.full_name or actor.username,
                reviewed_at=db.clock())


def convert(db: Database, actor: Actor, arrival_id: str, decision: Decision,
            profile: OrgProfile, *, branch_code: str) -> str:
    """Turn a submission into a request or a complaint on the website channel; returns its
    number. Raises ValidationFailed (per field) or registry.DuplicatesFound; the submission
    then waits in the queue as before."""
    require(db, actor, "arrivals.review")
    if WEBSITE not in {c.code for c in profile.channels}:
        raise ValidationFailed([FieldError("channel_code", "no_website_channel")])
    a = _set_status(db, actor, arrival_id, (forms.WAITING,), forms.CONVERTING)
    try:
        kind, ref = _make(db, actor, a, decision, profile, branch_code)
    except BaseException:
        _set_status(db, actor, arrival_id, (forms.CONVERTING,), forms.WAITING)
        raise
    _set_status(db, actor, arrival_id, (forms.CONVERTING,), forms.CONVERTED,
                result_type=kind, result_id=ref[0], result_number=ref[1],
                reviewed_by=actor.full_name or actor.username, reviewed_at=db.clock())
    return ref[1]


def _person(db: Database, actor: Actor, a: OnlineArrival, decision: Decision,
            profile: OrgProfile, branch_code: str) -> str:
    if decision.beneficiary_id:
        return decision.beneficiary_id
    person = {k: v for k, v in a.values.items() if k in importer.HEADERS}
    form = importer.to_form(person, importer.vocabulary(profile))
    form.contact_channel_code = form.contact_channel_code or WEBSITE
    vocab = importer.vocabulary(profile).rules
    return registry.register(db, actor, form, branch_code=branch_code, vocab=vocab).id


def _make(db: Database, actor: Actor, a: OnlineArrival, decision: Decision,
          profile: OrgProfile, branch_code: str) -> tuple[str, tuple[str, str]]:
    description = (decision.description or a.values.get("description", "")).strip()
    if a.kind == forms.COMPLAINT:
        when: date = (a.submitted_at or a.imported_at).date()
        form = crules.ComplaintForm(
            channel_code=WEBSITE, category_code=decision.category_code, description=description,
            received_on=when.strftime("%d/%m/%Y"),
            beneficiary_id=decision.beneficiary_id or (a.beneficiary_id or ""),
            complainant_name="" if (decision.beneficiary_id or a.beneficiary_id) else
            " ".join(x for x in (a.values.get("first_name"), a.values.get("family_name")) if x),
            complainant_contact=a.values.get("mobile") or a.values.get("email", ""),
            submission_key=f"online:{a.id}")
        filed = complaints.submit(db, actor, form, profile, branch_code=branch_code)
        return forms.COMPLAINT, (filed.id, filed.number)
    if not decision.consent:
        raise ValidationFailed([FieldError("consent", "consent_required")])
    person = _person(db, actor, a, decision, profile, branch_code)
    # told the outcome on the file's preferred channel, else on the website it came through
    agreed = registry.get(db, person).contact_channel_code or WEBSITE
    intake = IntakeForm(person, decision.service_code, WEBSITE, description, True, True, agreed)
    detail = request_service.create(db, actor, intake, branch_code=branch_code, profile=profile)
    return forms.REQUEST, (detail.id, detail.number)
