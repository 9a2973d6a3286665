"""Beneficiary form rules: one error per invalid field, clean data otherwise; duplicate rules."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk_app.domain.beneficiary import (
    BeneficiaryForm,
    Candidate,
    HouseholdForm,
    Vocabulary,
    duplicate_reasons,
    validate,
)
from desk_app.domain.identifiers import make_saudi_id

TODAY = date(2026, 11, 22)
GOOD_ID = make_saudi_id(1, "23456789")


def good(**kw) -> BeneficiaryForm:
    base = dict(first_name="أحمد", father_name="محمد", grandfather_name="علي",
                family_name="الغامدي", id_number=GOOD_ID, gender="male",
                birth_date="18/05/1990", mobile="٠٥٠١٢٣٤٥٦٧")
    base.update(kw)
    return BeneficiaryForm(**base)


def codes(form, vocab=None):
    data, errors = validate(form, TODAY, vocab or Vocabulary())
    return data, {(e.field, e.code) for e in errors}


def test_good_form_gives_clean_data():
    data, errs = codes(good(short_address="rrrd 2929", postal_code="١٢٣٤٥"))
    assert errs == set()
    assert data.mobile == "+966501234567"
    assert data.birth_date == date(1990, 5, 18)
    assert data.short_address == "RRRD2929" and data.postal_code == "12345"
    assert data.nationality == "SA" and data.id_country == "SA"
    assert data.name_key == "احمد محمد علي الغامدي"


def test_hijri_birth_date_is_converted():
    data, errs = codes(good(birth_date="10/11/1445", birth_calendar="hijri"))
    assert errs == set() and data.birth_date == date(2024, 5, 18)


@pytest.mark.parametrize("changes, expected", [
    ({"first_name": ""}, ("first_name", "required")),
    ({"family_name": " "}, ("family_name", "required")),
    ({"father_name": "محمد2"}, ("father_name", "name_has_digits")),
    ({"id_number": ""}, ("id_number", "required")),
    ({"id_number": "12345"}, ("id_number", "id_length")),
    ({"id_number": GOOD_ID[:-1] + str((int(GOOD_ID[-1]) + 1) % 10)}, ("id_number", "id_checksum")),
    ({"id_number": make_saudi_id(2, "23456789")}, ("id_number", "id_not_citizen")),
    ({"id_type": "iqama"}, ("id_number", "id_not_resident")),
    ({"id_type": "passport", "id_number": "A12", "id_country": "PK"}, ("id_number", "document_number")),
    ({"id_type": "passport", "id_number": "AB1234567", "id_country": ""}, ("id_country", "required")),
    ({"id_type": "gcc_id", "id_number": "123456789", "id_country": "EG"}, ("id_country", "not_gcc")),
    ({"gender": ""}, ("gender", "required")),
    ({"birth_date": ""}, ("birth_date", "required")),
    ({"birth_date": "31/02/1990"}, ("birth_date", "invalid_date")),
    ({"birth_date": "01/01/2027"}, ("birth_date", "in_future")),
    ({"birth_date": "01/01/1890"}, ("birth_date", "too_old")),
    ({"birth_date": "01/01/1410"}, ("birth_date", "looks_hijri")),
    ({"mobile": ""}, ("mobile", "required")),
    ({"mobile": "0112345678"}, ("mobile", "mobile_landline")),
    ({"mobile": "12345"}, ("mobile", "invalid_mobile")),
    ({"email": "a@b"}, ("email", "invalid_email")),
    ({"building_no": "12"}, ("building_no", "invalid_format")),
    ({"postal_code": "1234"}, ("postal_code", "invalid_format")),
    ({"additional_no": "12345"}, ("additional_no", "invalid_format")),
    ({"short_address": "RRR2929"}, ("short_address", "invalid_format")),
    ({"beneficiary_type": "both"}, ("beneficiary_type", "invalid_choice")),
])
def test_each_invalid_field_gets_its_own_error(changes, expected):
    data, errs = codes(good(**changes))
    assert data is None
    assert errs == {expected}


def test_all_errors_reported_at_once():
    _, errs = codes(BeneficiaryForm())
    fields = {f for f, _ in errs}
    assert {"first_name", "father_name", "grandfather_name", "family_name", "id_number",
            "gender", "birth_date", "mobile"} <= fields


def test_vocabulary_limits_choices():
    vocab = Vocabulary(categories=("orphan",), channels=("phone",))
    _, errs = codes(good(category_code="widow", contact_channel_code="fax"), vocab)
    assert errs == {("category_code", "invalid_choice"), ("contact_channel_code", "invalid_choice")}
    _, errs = codes(good(category_code="orphan", contact_channel_code="phone"), vocab)
    assert errs == set()


def test_passport_holder_pilgrim_with_foreign_mobile():
    data, errs = codes(good(id_type="passport", id_number="b1234567", id_country="id",
                            nationality="ID", mobile="+62 812 3456 7890", father_name="",
                            grandfather_name=""))
    assert errs == set()
    assert data.id_number == "B1234567" and data.id_country == "ID"
    assert data.mobile == "+6281234567890"


def test_household_rows():
    _, errs = codes(good(household=[HouseholdForm("سارة", "", "", ""),
                                    HouseholdForm("", "", "", ""),
                                    HouseholdForm("خالد", "ابن", "99/99/2010", "")]))
    assert errs == {("household.0", "household_relation_required"),
                    ("household.2", "household_birth_date")}


def cand(i="x", name="احمد محمد علي الغامدي", id_number="1", birth=date(1990, 5, 18),
         mobile="+966501234567", id_type="national_id"):
    return Candidate(i, name, id_type, id_number, "SA", birth, mobile)


@pytest.mark.parametrize("new, old, reasons", [
    (cand(), cand("y"), ["same_id", "same_name_birth_date", "same_name_mobile"]),
    (cand(id_number="2"), cand("y"), ["same_name_birth_date", "same_name_mobile"]),
    (cand(id_number="2", mobile="+966500000000"), cand("y"), ["same_name_birth_date"]),
    (cand(id_number="2", birth=date(1991, 1, 1)), cand("y"), ["same_name_mobile"]),
    (cand(id_number="2", name="احمد محمد علي الغامدى"), cand("y", name="احمد محمد علي الغامد"),
     ["similar_name_birth_date_mobile"]),
])
def test_pairs_that_must_warn(new, old, reasons):
    assert duplicate_reasons(new, old) == reasons


@pytest.mark.parametrize("new, old", [
    # relatives sharing one mobile under different names
    (cand(id_number="2", name="نوره محمد علي الغامدي", birth=date(1995, 1, 1)), cand("y")),
    (cand(id_number="2", name="خالد محمد علي الغامدي"), cand("y")),  # twin brother: other name
    (cand(id_number="2", birth=date(1991, 1, 1), mobile="+966500000000"), cand("y")),
    (cand(), cand()),  # the record itself
    (cand(id_number="1", id_type="passport"), cand("y", name="سعيد", birth=None, mobile="")),
])
def test_pairs_that_must_not_warn(new, old):
    assert duplicate_reasons(new, old) == []


@given(st.text(max_size=40), st.text(max_size=40))
def test_validate_never_crashes_on_any_text(name, mobile):
    data, errors = validate(good(first_name=name, mobile=mobile), TODAY)
    assert (data is None) == bool(errors)
