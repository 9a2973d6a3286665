"""The receipt says how the person will be told and whom to ask (issue 21): the channel agreed at
intake (else the person's preferred one) and never an empty «—» when there is none; where the
policy names the agreed channel as the means (seed 000) a request is not opened without it; the
contact officer of the request's field (else of the person's category) once the administrator
has named one. Read back from the PDF with pdftotext."""

from __future__ import annotations

import pytest

from desk_app.domain.beneficiary import BeneficiaryForm
from desk_app.domain.identifiers import make_saudi_id
from desk_app.domain.profile.outcome_notice import OutcomeNotice
from desk_app.domain.requests import IntakeForm
from desk_app.domain.validation import ValidationFailed
from desk_app.services import document_builders as builders
from desk_app.services import officers, registry, request_views, staff
from desk_app.services import profile as profile_service
from desk_app.services import requests as svc
from tests.documents.pdftext import normalise, pdftotext, requires_pdftotext


def _person(db, admin, n, channel):
    return registry.register(db, admin, BeneficiaryForm(
        first_name="نورة", father_name="سعد", grandfather_name="ناصر",
        family_name="القحطاني" + "ي" * n, id_number=make_saudi_id(1, f"{44550000 + n}"),
        gender="female", birth_date="01/01/1990", mobile=f"05511122{n:02d}",
        contact_channel_code=channel, category_code="family"), branch_code="RYD").id


def _request(db, admin, person, agreed=""):
    return svc.create(db, admin, IntakeForm(person, "support_request", "phone", "طلب", True,
                                            True, agreed),
                      branch_code="RYD", profile=profile_service.current(db)).id


def _receipt(db, admin, request_id):
    return normalise(pdftotext(builders.issue_receipt(db, admin, request_id).pdf))


def test_the_agreed_channel_is_required_where_the_policy_names_it(desk_db, desk_admin):
    """Seed 000 (الذكر الحكيم): «على الوسيلة المتفق عليها»: no channel known, no request; the
    one chosen at intake is kept on the request even when the preferred one differs."""
    assert profile_service.current(desk_db).outcome_notice.agreed_channel_required
    silent = _person(desk_db, desk_admin, 1, "")
    with pytest.raises(ValidationFailed) as refused:
        _request(desk_db, desk_admin, silent)
    assert [(e.field, e.code) for e in refused.value.errors] == [
        ("agreed_channel_code", "agreed_channel_required")]
    assert request_views.get(desk_db, _request(desk_db, desk_admin, silent, "letters")
                             ).outcome_channel_code == "letters"
    phone = _person(desk_db, desk_admin, 2, "phone")
    assert request_views.get(desk_db, _request(desk_db, desk_admin, phone)
                             ).agreed_channel_code == "phone"  # defaults to the preferred one


@requires_pdftotext
def test_the_receipt_names_the_agreed_channel_and_the_officer_and_never_a_dash(desk_db,
                                                                               desk_admin):
    p = profile_service.current(desk_db)
    told = _request(desk_db, desk_admin, _person(desk_db, desk_admin, 1, "phone"), "letters")
    text = _receipt(desk_db, desk_admin, told)
    compact = "".join(text.split())
    # the agreed channel (letters) beside its label, not the preferred one (phone)
    assert "وسيلةالإبلاغ" + "".join(p.channel("letters").name_ar.split()) in compact
    assert "ضابط الاتصال" not in text  # none named yet
    # An association whose policy names no means may leave it blank: the line is left out.
    profile_service.save(desk_db, desk_admin, p.with_changes(outcome_notice=OutcomeNotice()))
    unknown = _request(desk_db, desk_admin, _person(desk_db, desk_admin, 2, ""))
    bare = _receipt(desk_db, desk_admin, unknown)
    assert "وسيلة الإبلاغ" not in bare
    assert not [line for line in bare.splitlines() if line.strip() in ("—", "-")
                or line.strip().endswith(": —") or line.strip().endswith("الإبلاغ:")]
    officer = staff.create(desk_db, desk_admin, "huda", "huda-pass-2026", "هدى الشمري",
                           "researcher")
    officers.assign(desk_db, desk_admin, "service", "support_request", officer.id, p)
    text = _receipt(desk_db, desk_admin, told)
    assert "ضابط الاتصال" in text and "هدى الشمري" in text
