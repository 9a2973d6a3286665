"""The receipt says how the person will be told and whom to ask (issue 21): the agreed channel
when the file has one and never an empty «—» when it has none; the contact officer of the
request's field (else of the person's category) once the administrator has named one. Read
back from the PDF with pdftotext."""

from __future__ import annotations

from desk_app.domain.beneficiary import BeneficiaryForm
from desk_app.domain.identifiers import make_saudi_id
from desk_app.domain.requests import IntakeForm
from desk_app.services import document_builders as builders
from desk_app.services import officers, registry, staff
from desk_app.services import profile as profile_service
from desk_app.services import requests as svc
from tests.documents.pdftext import normalise, pdftotext, requires_pdftotext


def _request(db, admin, n, channel):
    p = profile_service.current(db)
    person = registry.register(db, admin, BeneficiaryForm(
        first_name="نورة", father_name="سعد", grandfather_name="ناصر",
        family_name="القحطاني" + "ي" * n, id_number=make_saudi_id(1, f"{44550000 + n}"),
        gender="female", birth_date="01/01/1990", mobile=f"05511122{n:02d}",
        contact_channel_code=channel, category_code="family"), branch_code="RYD").id
    return svc.create(db, admin, IntakeForm(person, "support_request", "phone", "طلب", True,
                                            True), branch_code="RYD", profile=p).id


@requires_pdftotext
def test_the_receipt_names_the_channel_and_the_officer_and_never_a_dash(desk_db, desk_admin):
    p = profile_service.current(desk_db)
    told = _request(desk_db, desk_admin, 1, "phone")
    unknown = _request(desk_db, desk_admin, 2, "")
    text = normalise(pdftotext(builders.issue_receipt(desk_db, desk_admin, told).pdf))
    assert "وسيلة الإبلاغ" in text and "الاتصال الهاتفي" in text
    assert "ضابط الاتصال" not in text  # none named yet
    bare = normalise(pdftotext(builders.issue_receipt(desk_db, desk_admin, unknown).pdf))
    assert "وسيلة الإبلاغ" not in bare  # no channel: the line is left out, not printed empty
    assert not [line for line in bare.splitlines() if line.strip() in ("—", "-")
                or line.strip().endswith(": —")]
    officer = staff.create(desk_db, desk_admin, "huda", "huda-pass-2026", "هدى الشمري",
                           "researcher")
    officers.assign(desk_db, desk_admin, "service", "support_request", officer.id, p)
    text = normalise(pdftotext(builders.issue_receipt(desk_db, desk_admin, told).pdf))
    assert "ضابط الاتصال" in text and "هدى الشمري" in text
