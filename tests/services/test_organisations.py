"""Organisations as beneficiaries (issue 24): their own record (no gender, no birth date), their own
duplicate rule (the licence number), validated IBAN and mobile, and one registry search that
finds a person and an organisation with similar names and tells them apart."""

from __future__ import annotations

import pytest

from desk_app.domain.beneficiary import BeneficiaryForm
from desk_app.domain.identifiers import make_saudi_id
from desk_app.domain.organisations import OrganisationForm
from desk_app.domain.validation import ValidationFailed
from desk_app.services import organisations, registry

IBAN = "SA0380000000608010167519"


def _form(**changes) -> OrganisationForm:  # noqa: ANN003
    base = dict(name="جمعية النور الخيرية", licence_no="٤٥٦٧", regulator="المركز الوطني",
                region="eastern", city="الدمام", field_of_activity="التدريب",
                contact_person="سعد العتيبي", mobile="0551234567", email="Info@Noor.org",
                iban="sa03 8000 0000 6080 1016 7519")
    return OrganisationForm(**{**base, **changes})


def test_an_organisation_is_registered_without_gender_or_birth_date(db, admin):
    org = organisations.register(db, admin, _form())
    assert (org.number, org.licence_no, org.mobile, org.iban, org.email) == (
        "ORG-HQ-00001", "4567", "+966551234567", IBAN, "info@noor.org")


def test_bad_input_is_refused_beside_each_field(db, admin):
    with pytest.raises(ValidationFailed) as bad:
        organisations.register(db, admin, _form(name="", iban="SA0380000000608010167518",
                                                mobile="0112345678", region="atlantis",
                                                email="no-at"))
    assert {(e.field, e.code) for e in bad.value.errors} == {
        ("name", "required"), ("iban", "invalid_iban"), ("mobile", "mobile_landline"),
        ("region", "required"), ("email", "invalid_email")}


def test_the_same_licence_number_is_the_same_organisation(db, admin):
    first = organisations.register(db, admin, _form())
    with pytest.raises(ValidationFailed) as dup:
        organisations.register(db, admin, _form(name="جمعية أخرى", licence_no="4567"))
    assert [(e.field, e.code) for e in dup.value.errors] == [("licence_no", "licence_taken")]
    other = organisations.register(db, admin, _form(licence_no="9999"))  # same name: allowed
    with pytest.raises(ValidationFailed):
        organisations.update(db, admin, other.id, _form(licence_no="4567"),
                             expected_version=other.version)
    assert first.id != other.id


def test_one_search_finds_a_person_and_an_organisation_and_tells_them_apart(db, admin):
    organisations.register(db, admin, _form(name="جمعية النور الخيرية"))
    registry.register(db, admin, BeneficiaryForm(
        first_name="سارة", father_name="محمد", grandfather_name="علي", family_name="النور",
        id_type="national_id", id_number=make_saudi_id(1, "23456789"), gender="female",
        birth_date="01/01/1990", mobile="0561234567", category_code="individual"),
        branch_code="HQ")
    page = registry.search(db, "النور")
    kinds = {r.full_name: r.kind for r in page.rows}
    assert kinds == {"جمعية النور الخيرية": "organisation", "سارة محمد علي النور": "person"}
    # spelling variants meet as for people; the licence number and the ORG number find it too
    assert [r.kind for r in registry.search(db, "جمعيه النور").rows] == ["organisation"]
    assert [r.file_number for r in registry.search(db, "٤٥٦").rows] == ["ORG-HQ-00001"]
    assert [r.full_name for r in registry.search(db, "org-hq-1").rows] == ["جمعية النور الخيرية"]
    # a later page of people does not repeat the organisations
    assert all(r.kind == "person" for r in registry.search(db, "النور", page=1).rows)
