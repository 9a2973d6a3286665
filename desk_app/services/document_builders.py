"""Documents of a service request, issued from what the database holds (R-DEC-1/2, R-INT-5/6).

Maps the request, its beneficiary and the organisation profile into the plain data of
:mod:`desk_app.documents.model`, then issues the document through :mod:`desk_app.services
.documents` (code decided first, PDF archived before anything is printed). Dates are written in
Hijri and Gregorian (``format_dual``), names and labels in Arabic: the documents are Arabic.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
from datetime import date

from desk_app.documents.decision_letter import TITLE as DECISION_TITLE
from desk_app.documents.decision_letter import render_decision_letter
from desk_app.documents.declaration import TITLE as DECLARATION_TITLE
from desk_app.documents.declaration import render_declaration
from desk_app.documents.model import (
    BeneficiaryBlock,
    DecisionLetterData,
    DeclarationData,
    OrgHeader,
    ReceiptData,
    ReferralData,
    RequestBlock,
    Verification,
)
from desk_app.documents.model import Decision as PrintedDecision
from desk_app.documents.model import ReferralTarget as PrintedTarget
from desk_app.documents.receipt import TITLE as RECEIPT_TITLE
from desk_app.documents.receipt import render_receipt
from desk_app.documents.referral import TITLE as REFERRAL_TITLE
from desk_app.documents.referral import render_referral
from desk_app.domain.beneficiary import full_name
from desk_app.domain.calendar import format_dual
from desk_app.domain.countries import country_name
from desk_app.domain.eligibility import describe_reason_ar
from desk_app.domain.entities import Actor
from desk_app.domain.profile import OrgProfile
from desk_app.services import documents, officers, registry, request_views
from desk_app.services import profile as profile_service
from desk_app.services.documents import IssuedDocument
from desk_app.storage.db import Database
from desk_app.storage.repositories import requests as requests_repo

ID_LABELS = {
    "national_id": "رقم الهوية الوطنية",
    "iqama": "رقم الإقامة",
    "passport": "رقم جواز السفر",
    "gcc_id": "رقم هوية مواطني دول الخليج",
    "other": "رقم الوثيقة",
}


class DocumentNotAvailable(Exception):
    """The request has nothing this document could say (e.g. no decision yet). ``code``:
    ``no_request``, ``no_decision``, ``no_referral``."""

    def __init__(self, code: str, detail: str = ""):
        self.code = code
        super().__init__(f"{code}: {detail}" if detail else code)


def request_id_for(db: Database, number: str) -> str:
    """The id of the request numbered ``number`` (as printed, case and spaces forgiven)."""
    wanted = "".join(number.split()).upper()
    with db.read() as s:
        row = requests_repo.by_number(s, wanted) or requests_repo.by_number(s, number.strip())
        if row is None:
            raise DocumentNotAvailable("no_request", number)
        return row.id


def _profile(db: Database) -> OrgProfile:
    profile = profile_service.current(db)
    if profile is None:
        raise LookupError("no organisation profile")
    return profile


def org_header(profile: OrgProfile) -> OrgHeader:
    logo = None
    if profile.logo_png_b64:
        try:
            logo = base64.b64decode(profile.logo_png_b64)
        except (binascii.Error, ValueError):
            logo = None
    address = "، ".join(p for p in (profile.address, profile.city) if p)
    return OrgHeader(profile.name_ar, profile.name_en, profile.licence_no, profile.phone,
                     profile.email, address, logo)


def _name(items_lookup, code: str) -> str:  # noqa: ANN001
    if not code:
        return ""
    try:
        return items_lookup(code).name_ar
    except KeyError:
        return code


def _mobile(e164: str) -> str:
    return "0" + e164[4:] if e164.startswith("+9665") else e164


def beneficiary_block(db: Database, beneficiary_id: str) -> BeneficiaryBlock:
    b = registry.get(db, beneficiary_id)
    place = "، ".join(p for p in (b.district, b.city) if p)
    address = " — ".join(p for p in (b.short_address, place) if p)
    return BeneficiaryBlock(
        full_name=full_name(b.first_name, b.father_name, b.grandfather_name, b.family_name),
        id_label=ID_LABELS.get(b.id_type, ID_LABELS["other"]), id_number=b.id_number,
        nationality=country_name(b.nationality, "ar") if b.nationality else "",
        mobile=_mobile(b.mobile), file_number=b.file_number, address_text=address,
        gender=b.gender or "")


def request_block(detail: request_views.RequestDetail, profile: OrgProfile) -> RequestBlock:
    return RequestBlock(
        number=detail.number,
        service_name=_name(profile.service, detail.service_code),
        channel_name=_name(profile.channel, detail.channel_code),
        description=detail.description,
        received_on_text=format_dual(detail.received_at.date()),
        missing_documents=[row.name_ar for row in detail.missing],
        due_date_text=format_dual(detail.due_on) if detail.due_on else None,
        contact_channel_text=_name(profile.channel, detail.outcome_channel_code),
    )


@dataclasses.dataclass(frozen=True)
class _Context:
    detail: request_views.RequestDetail
    profile: OrgProfile
    org: OrgHeader
    beneficiary: BeneficiaryBlock
    request: RequestBlock
    today_text: str


def _context(db: Database, request_id: str) -> _Context:
    profile = _profile(db)
    try:
        detail = request_views.get(db, request_id)
    except KeyError as exc:
        raise DocumentNotAvailable("no_request", request_id) from exc
    return _Context(detail, profile, org_header(profile),
                    beneficiary_block(db, detail.beneficiary_id), request_block(detail, profile),
                    format_dual(db.clock().date()))


def _issue(db: Database, actor: Actor, kind: str, title: str, ctx: _Context, build,  # noqa: ANN001
           number: str | None = None) -> IssuedDocument:
    return documents.issue(
        db, actor, kind, build, number=number or ctx.detail.number, title=title,
        subject_name=ctx.beneficiary.full_name, beneficiary_id=ctx.detail.beneficiary_id,
        request_id=ctx.detail.id)


def _employee(actor: Actor) -> str:
    return actor.full_name or actor.username


def issue_declaration(db: Database, actor: Actor, request_id: str, *,
                      signature_png: bytes | None = None) -> IssuedDocument:
    """الإقرار with the profile's text; ``signature_png`` is a signature captured on screen
    (the signed declaration is archived, so the signature is kept with the request)."""
    c = _context(db, request_id)
    texts = c.profile.texts
    data = DeclarationData(c.org, c.beneficiary, c.request, _placeholder(), c.today_text,
                           _employee(actor), declaration_text=texts.declaration_ar,
                           signature_png=signature_png or None, consent_text=texts.consent_ar)
    return _issue(db, actor, "declaration", DECLARATION_TITLE, c,
                  lambda v: render_declaration(dataclasses.replace(data, verification=v)))


def issue_receipt(db: Database, actor: Actor, request_id: str) -> IssuedDocument:
    """إيصال استلام طلب: number, service, what is missing, and what the association's policy
    says about the answer (its note, its period, a due date only when the rule is a deadline)."""
    c = _context(db, request_id)
    rule = c.profile.response_rule
    block = dataclasses.replace(c.request, officer_text=officers.for_request(db, request_id))
    data = ReceiptData(c.org, c.beneficiary, block, _placeholder(), c.today_text,
                       _employee(actor), note_text=c.profile.texts.receipt_note_ar,
                       response_text=rule.text_ar, promise=rule.promise)
    return _issue(db, actor, "receipt", RECEIPT_TITLE, c,
                  lambda v: render_receipt(dataclasses.replace(data, verification=v)))


def issue_referral(db: Database, actor: Actor, request_id: str) -> IssuedDocument:
    """خطاب إحالة for the request's latest referral."""
    c = _context(db, request_id)
    if not c.detail.referrals:
        raise DocumentNotAvailable("no_referral", c.detail.number)
    ref = c.detail.referrals[-1]
    try:
        target = PrintedTarget(ref.target_kind)
    except ValueError:
        target = PrintedTarget.DEPARTMENT
    letter_number = f"{c.detail.number}-R{len(c.detail.referrals)}"
    data = ReferralData(c.org, c.beneficiary, c.request, _placeholder(), c.today_text,
                        letter_number, target, ref.target_name, ref.reason, _employee(actor))
    return _issue(db, actor, "referral", REFERRAL_TITLE, c,
                  lambda v: render_referral(dataclasses.replace(data, verification=v)),
                  number=letter_number)


def issue_decision_letter(db: Database, actor: Actor, request_id: str) -> IssuedDocument:
    """إشعار بقرار اللجنة for the request's latest decision, with its reasons."""
    c = _context(db, request_id)
    if not c.detail.decisions:
        raise DocumentNotAvailable("no_decision", c.detail.number)
    d = c.detail.decisions[-1]
    decision = PrintedDecision(d.decision)
    reasons = [d.reason] if d.reason.strip() else []
    if decision is PrintedDecision.REJECTED:
        reasons += [describe_reason_ar(r, c.profile) for r in c.detail.failed_criteria]
    data = DecisionLetterData(
        c.org, c.beneficiary, c.request, _placeholder(), c.today_text, decision, reasons,
        committee_name=_name(c.profile.committee, d.committee_code) or "اللجنة المختصة",
        decided_on_text=format_dual(d.decided_on) if isinstance(d.decided_on, date) else "",
        referred_to=d.referral_to, signatory_name="")  # signed by hand for the committee
    return _issue(db, actor, "decision", DECISION_TITLE, c,
                  lambda v: render_decision_letter(dataclasses.replace(data, verification=v)))


def _placeholder() -> Verification:
    """Replaced by the real code in :func:`documents.issue` before rendering."""
    return Verification("", "")
