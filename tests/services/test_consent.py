"""Consent: the text the person agreed to is printed on the signed declaration; withdrawing it is
recorded, and the person's open requests are withdrawn (one already before the committee is
left for the committee and named)."""

from __future__ import annotations

from sqlalchemy import select

from desk_app.domain.requests import IntakeForm
from desk_app.services import consent, registry
from desk_app.services import profile as profile_service
from desk_app.services import requests as svc
from desk_app.services.document_builders import issue_declaration
from desk_app.storage.requests_tables import Consent, ServiceRequest
from tests.documents.pdftext import squash, text_of
from tests.services.test_subject_requests import _person


def test_consent_on_the_declaration_and_its_withdrawal(db, admin, clock):
    bid = _person(db, admin)
    profile = profile_service.current(db)
    form = IntakeForm(bid, "service_request", "phone", "سلة غذائية", True, True, agreed_channel_code="phone")
    first = svc.create(db, admin, form, branch_code="HQ", profile=profile)
    second = svc.create(db, admin, form, branch_code="HQ", profile=profile)
    declaration = text_of(issue_declaration(db, admin, first.id).pdf)
    consent_words = squash(profile.texts.consent_ar.replace("{", "").split("|")[0])[:40]
    assert consent_words in squash(declaration)  # the words agreed to, on the signed page
    with db.action(admin, "test.committee", "request", second.id) as s:  # (set-up)
        s.get(ServiceRequest, second.id).status = "committee"
    assert consent.withdrawn_at(db, bid) is None

    done = consent.withdraw(db, admin, bid, "بطلب مكتوب")

    assert done.withdrawn_requests == [first.number] and done.still_open == [second.number]
    assert svc.get(db, first.id).status == "withdrawn"
    assert consent.withdrawn_at(db, bid) == clock.now
    with db.read() as s:
        rows = s.scalars(select(Consent).where(Consent.beneficiary_id == bid)
                         .order_by(Consent.given_at)).all()
    assert rows[-1].text_version == f"withdrawn:{profile.texts.consent_version}"
    assert not rows[-1].data_processing and "بطلب مكتوب" in rows[-1].recorded_by
    assert registry.get(db, bid) is not None  # the file stays; its requests stop
