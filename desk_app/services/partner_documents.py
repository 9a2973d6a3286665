"""The partnership agreement (MoU) printed from what the request holds, issued through the
archive with its verification code like every document (seed 003, step 4)."""

from __future__ import annotations

import dataclasses

from desk_app.documents.model import Verification
from desk_app.documents.partner_agreement import TITLE, AgreementData, render_partner_agreement
from desk_app.domain.calendar import format_dual
from desk_app.domain.entities import Actor
from desk_app.domain.organisations import region_name
from desk_app.domain.partners import AGREED, CLOSED
from desk_app.services import documents, partner_views
from desk_app.services import profile as profile_service
from desk_app.services.document_builders import DocumentNotAvailable, org_header
from desk_app.services.documents import IssuedDocument
from desk_app.services.partners import policy, require_step
from desk_app.storage.db import Database
from desk_app.storage.partners_tables import Organisation, PartnerRequest


def _lines(text: str) -> tuple[str, ...]:
    """Duties typed one per line become the printed list's items."""
    return tuple(line.strip(" -•\t") for line in text.splitlines() if line.strip(" -•\t"))


def issue_partner_agreement(db: Database, actor: Actor, request_id: str) -> IssuedDocument:
    """Print the agreement of a request whose agreement is recorded; archived first."""
    profile = profile_service.current(db)
    if profile is None:
        raise LookupError("no organisation profile")
    require_step(db, actor, profile, "agreement")
    today = db.clock().date()
    d = partner_views.detail(db, actor, profile, request_id, today)
    if d.status not in (AGREED, CLOSED) or d.starts_on is None or d.ends_on is None:
        raise DocumentNotAvailable("no_agreement", d.number)
    with db.read() as s:
        org = s.get(Organisation, d.organisation_id)
        assert org is not None
        contact = org.contact_person
    try:
        service = profile.service(d.service_code).name_ar
    except KeyError:
        service = d.service_code
    data = AgreementData(
        org_header(profile), Verification("", ""), format_dual(today), d.number, d.organisation,
        d.licence_no, region_name(d.region), contact, service, d.expected_beneficiaries,
        d.goals, format_dual(d.starts_on), format_dual(d.ends_on), _lines(d.our_duties),
        _lines(d.partner_duties), policy(profile).report_every_months,
        tuple(format_dual(r.due_on) for r in d.reports))
    issued = documents.issue(
        db, actor, "partner_agreement",
        lambda v: render_partner_agreement(dataclasses.replace(data, verification=v)),
        number=d.number, title=TITLE, subject_name=d.organisation)
    with db.action(actor, "partner.agreement_printed", "partner_request", request_id) as s:
        req = s.get(PartnerRequest, request_id)
        assert req is not None
        req.agreement_document_id = issued.id
    return issued
