"""Documents issued from a real request: the printed data are the database's, in Arabic."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest

from desk_app.domain.beneficiary import BeneficiaryForm
from desk_app.domain.calendar import format_dual
from desk_app.domain.identifiers import make_saudi_id
from desk_app.domain.requests import IntakeForm
from desk_app.services import document_builders as builders
from desk_app.services import documents, registry
from desk_app.services import profile as profile_service
from desk_app.services import requests as svc
from tests.documents import samples
from tests.documents.pdftext import (
    assert_words_in_order,
    normalise,
    pdftotext,
    requires_pdftotext,
)

ID_NUMBER = make_saudi_id(1, "44556677")


@pytest.fixture
def profile(desk_db):
    return profile_service.current(desk_db)


@pytest.fixture
def request_(desk_db, desk_admin, profile):
    form = BeneficiaryForm(first_name="نورة", father_name="سعد", grandfather_name="ناصر",
                           family_name="القحطاني", id_number=ID_NUMBER, gender="female",
                           birth_date="01/01/1990", mobile="0551112233",
                           contact_channel_code="phone")
    person = registry.register(desk_db, desk_admin, form, branch_code="RYD").id
    return svc.create(desk_db, desk_admin, IntakeForm(person, "service_request", "phone",
                                                      "طلب مساعدة غذائية", True, True, agreed_channel_code="phone"),
                      branch_code="RYD", profile=profile)


def text_of(issued) -> str:
    return normalise(pdftotext(issued.pdf))


def test_request_found_by_its_printed_number(desk_db, request_):
    assert builders.request_id_for(desk_db, request_.number) == request_.id
    assert builders.request_id_for(desk_db, f" {request_.number.lower()} ") == request_.id
    with pytest.raises(builders.DocumentNotAvailable) as err:
        builders.request_id_for(desk_db, "RYD-R-1999-999999")
    assert err.value.code == "no_request"


@requires_pdftotext
def test_declaration_carries_the_beneficiary_request_text_and_employee(desk_db, desk_admin,
                                                                       request_, profile):
    issued = builders.issue_declaration(desk_db, desk_admin, request_.id)
    text = text_of(issued)
    assert "نورة سعد ناصر القحطاني" in text
    assert ID_NUMBER in text and "رقم الهوية الوطنية" in text
    assert request_.number in text and "طلب مساعدة غذائية" in text
    assert normalise(profile.texts.declaration_ar.split()[0]) in text
    assert_words_in_order(text, f"حرر في {format_dual(desk_db.clock().date())}")
    assert "مدير النظام" in text
    assert issued.code in text
    assert issued.request_id == request_.id and issued.beneficiary_id == request_.beneficiary_id
    assert documents.verify(desk_db, desk_db.admin, issued.code).document.subject_name == \
        "نورة سعد ناصر القحطاني"


@requires_pdftotext
def test_receipt_lists_missing_documents_then_the_due_date(desk_db, desk_admin, request_,
                                                           profile):
    receipt = builders.issue_receipt(desk_db, desk_admin, request_.id)
    text = text_of(receipt)
    assert request_.number in text and "غير مكتمل" in text
    for row in request_.checklist:
        assert normalise(row.name_ar) in text
    assert "الاتصال الهاتفي" in text or normalise(profile.channel("phone").name_ar) in text
    for row in request_.checklist:
        svc.verify_document(desk_db, desk_admin, request_.id, row.document_code, seen=True,
                            matches=True, profile=profile)
    done = svc.send_to_committee(desk_db, desk_admin, request_.id, profile=profile)
    text = text_of(builders.issue_receipt(desk_db, desk_admin, done.id))
    assert "الطلب مكتمل" in text
    assert_words_in_order(text, f"الموعد النهائي للرد {format_dual(done.due_on)}")


def test_signature_captured_on_screen_is_in_the_archived_declaration(desk_db, desk_admin,
                                                                     request_, tmp_path):
    png = samples.tiny_png(120, 50, stroke=True)
    issued = builders.issue_declaration(desk_db, desk_admin, request_.id, signature_png=png)
    plain = builders.issue_declaration(desk_db, desk_admin, request_.id)
    counts = []
    for doc in (issued, plain):
        path = tmp_path / f"{doc.id}.pdf"
        path.write_bytes(documents.get(desk_db, doc.id, with_pdf=True).pdf)
        out = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True,
                             text=True, check=True).stdout.splitlines()[2:]
        counts.append(sum(1 for line in out if line.split()[3:5] == ["120", "50"]))
    assert counts == [1, 0]


@requires_pdftotext
def test_decision_and_referral_letters(desk_db, desk_admin, request_, profile):
    with pytest.raises(builders.DocumentNotAvailable) as err:
        builders.issue_decision_letter(desk_db, desk_admin, request_.id)
    assert err.value.code == "no_decision"
    for row in request_.checklist:
        svc.verify_document(desk_db, desk_admin, request_.id, row.document_code, seen=True,
                            matches=True, profile=profile)
    svc.send_to_committee(desk_db, desk_admin, request_.id, profile=profile)
    svc.decide(desk_db, desk_admin, request_.id, decision="rejected",
               reason="الدخل أعلى من الحد المعتمد", committee_code="competent",
               decided_on=date(2026, 11, 30), profile=profile)
    letter = text_of(builders.issue_decision_letter(desk_db, desk_admin, request_.id))
    assert "مرفوض" in letter and "الدخل أعلى من الحد المعتمد" in letter
    assert_words_in_order(letter, f"بتاريخ {format_dual(date(2026, 11, 30))}")

    with pytest.raises(builders.DocumentNotAvailable):
        builders.issue_referral(desk_db, desk_admin, request_.id)


@requires_pdftotext
def test_referral_letter_names_the_target_and_reason(desk_db, desk_admin, request_):
    svc.refer(desk_db, desk_admin, request_.id, kind="association", target_name="جمعية البر",
              reason="الخدمة خارج نطاق الجمعية")
    issued = builders.issue_referral(desk_db, desk_admin, request_.id)
    text = text_of(issued)
    assert "جمعية البر" in text and "الخدمة خارج نطاق الجمعية" in text
    assert issued.kind == "referral" and issued.number == f"{request_.number}-R1"
