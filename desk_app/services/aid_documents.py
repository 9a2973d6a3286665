"""The handover receipt of a delivery (إيصال تسليم مساعدة), issued and archived like every
document (verification code, reprints counted) and linked to its aid record."""

from __future__ import annotations

import dataclasses

from desk_app.documents.aid_receipt import TITLE, AidReceiptData, render_aid_receipt
from desk_app.documents.model import Verification
from desk_app.domain import aid as rules
from desk_app.domain.calendar import format_dual
from desk_app.domain.entities import Actor
from desk_app.services import aid, documents, request_views
from desk_app.services import profile as profile_service
from desk_app.services.document_builders import (
    DocumentNotAvailable,
    beneficiary_block,
    org_header,
)
from desk_app.services.documents import IssuedDocument
from desk_app.storage.aid_tables import AidRecord
from desk_app.storage.db import Database

PAYMENT_WORDS = {"iban": "تحويل إلى الحساب {iban}", "cheque": "شيك رقم {cheque}",
                 "cash": "نقدًا"}


def _grouped_iban(iban: str) -> str:
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def _name(lookup, code: str) -> str:  # noqa: ANN001
    try:
        return lookup(code).name_ar if code else ""
    except KeyError:
        return code


def _data(db: Database, actor: Actor, a: aid.AidInfo) -> AidReceiptData:
    profile = profile_service.current(db)
    if profile is None:
        raise LookupError("no organisation profile")
    detail = request_views.get(db, a.request_id)
    approved = [d for d in detail.decisions if d.decision == "accepted"]
    decision = approved[-1] if approved else None
    items = tuple((name, f"{q} {unit}".strip()) for name, q, unit in a.items)
    return AidReceiptData(
        org=org_header(profile), beneficiary=beneficiary_block(db, a.beneficiary_id),
        verification=Verification("", ""), issued_on_text=format_dual(db.clock().date()),
        aid_number=a.number, request_number=detail.number,
        service_name=_name(profile.service, detail.service_code), kind=a.kind,
        programme_name=_name(profile.aid.programme, a.programme_code),
        delivered_on_text=format_dual(a.delivered_on),
        committee_name=_name(profile.committee, decision.committee_code) if decision else "",
        decided_on_text=format_dual(decision.decided_on) if decision else "",
        employee_name=actor.full_name or actor.username,
        amount_text=f"{rules.format_sar(a.amount_halalas)} ريال"
        if a.amount_halalas is not None else "",
        payment_text=PAYMENT_WORDS.get(a.payment_method, "").format(
            iban=_grouped_iban(a.iban), cheque=a.cheque_number),
        items=items, details=a.details)


def issue_aid_receipt(db: Database, actor: Actor, aid_id: str) -> IssuedDocument:
    """Print the receipt for one delivery; the aid record keeps the archived document's id."""
    try:
        a = aid.get(db, aid_id)
    except KeyError as exc:
        raise DocumentNotAvailable("no_request", aid_id) from exc
    data = _data(db, actor, a)
    issued = documents.issue(
        db, actor, "aid_receipt",
        lambda v: render_aid_receipt(dataclasses.replace(data, verification=v)),
        number=a.number, title=TITLE, subject_name=data.beneficiary.full_name,
        beneficiary_id=a.beneficiary_id, request_id=a.request_id)
    with db.action(actor, "aid.receipt", "aid", aid_id) as s:
        row = s.get(AidRecord, aid_id)
        row.receipt_document_id = issued.id
        row.updated_at = db.clock()
    return issued
