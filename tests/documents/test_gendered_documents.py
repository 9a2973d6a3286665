"""Every document addresses the person in their own grammatical gender (issue 17)."""

from __future__ import annotations

import dataclasses

import pytest

from desk_app.documents.decision_letter import render_decision_letter
from desk_app.documents.declaration import render_declaration
from desk_app.documents.receipt import render_receipt
from desk_app.documents.referral import render_referral
from tests.documents import samples
from tests.documents.pdftext import requires_pdftotext, squash, text_of


def _as(gender: str, make):
    person = dataclasses.replace(samples.BENEFICIARY, gender=gender)
    return squash(text_of(make(beneficiary=person)))


@requires_pdftotext
@pytest.mark.parametrize("gender, honorific, signer, responsible", [
    ("male", "المكرم", "الموقّع", "المسؤول"),
    ("female", "المكرمة", "الموقّعة", "المسؤولة"),
    ("", "المكرم/المكرمة", "الموقّع/الموقّعة", "المسؤول/المسؤولة"),
])
def test_declaration_receipt_and_letters_follow_the_record(gender, honorific, signer,
                                                           responsible):
    declaration = _as(gender, lambda **kw: render_declaration(samples.declaration(**kw)))
    assert f"أقر أنا {signer} أدناه" in declaration and responsible in declaration
    decision = _as(gender, lambda **kw: render_decision_letter(samples.decision(**kw)))
    assert f" {honorific} /" in decision  # pdftotext moves the slash before the name
    receipt = _as(gender, lambda **kw: render_receipt(samples.receipt(**kw)))
    referral = _as(gender, lambda **kw: render_referral(samples.referral(**kw)))
    if gender == "female":
        assert "المستفيدة" in declaration and "اسم المستفيدة" in receipt
        assert "المستفيدة الموضحة بياناتها" in referral
        assert "المسؤول " not in declaration and "المكرم " not in decision
    if gender == "male":
        assert "المستفيدة" not in declaration + receipt + referral + decision
        assert "المكرمة" not in decision
