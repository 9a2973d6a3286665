"""National ID / iqama, mobile, IBAN and national-address checks."""

from __future__ import annotations

import string

import phonenumbers
import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk_app.domain import identifiers as ids
from desk_app.domain.identifiers import (
    is_valid_additional_number,
    is_valid_building_number,
    is_valid_iban,
    is_valid_postal_code,
    is_valid_saudi_id,
    is_valid_short_address,
    make_saudi_id,
    mobile_error,
    normalize_iban,
    normalize_mobile,
    saudi_id_kind,
    to_ascii_digits,
    validate_national_address,
)
from desk_app.domain.validation import FieldError

# Checked by hand with the Saudi NIN rule: double the digits in odd positions (1st, 3rd, …, 9th),
# subtract 9 from results above 9, add the even-position digits; the total must end in 0.
# 1234567897: doubled 2+6+1+5+9 = 23, plain 2+4+6+8+7 = 27, total 50.
HAND_CHECKED_ID = "1234567897"

VALID_IDS = [
    HAND_CHECKED_ID,
    make_saudi_id(1, "00000000"),
    make_saudi_id(1, "05938472"),
    make_saudi_id(2, "37485910"),
    make_saudi_id("2", "99999999"),
]

id_bodies = st.text(alphabet=string.digits, min_size=8, max_size=8)


# --- digits ------------------------------------------------------------------------------------


def test_to_ascii_digits_converts_both_arabic_digit_sets():
    assert to_ascii_digits("٠١٢٣٤٥٦٧٨٩") == "0123456789"
    assert to_ascii_digits("۰۱۲۳۴۵۶۷۸۹") == "0123456789"
    assert to_ascii_digits("رقم ٥ و 7") == "رقم 5 و 7"


# --- national ID / iqama -----------------------------------------------------------------------


def test_hand_checked_id_is_valid_and_generator_agrees():
    assert is_valid_saudi_id(HAND_CHECKED_ID)
    assert make_saudi_id(1, "23456789") == HAND_CHECKED_ID
    assert make_saudi_id(1, "00000000") == "1000000008"
    assert make_saudi_id(2, "00000000") == "2000000006"


@pytest.mark.parametrize("nid", VALID_IDS)
def test_generated_ids_are_valid(nid):
    assert len(nid) == 10
    assert is_valid_saudi_id(nid)


@pytest.mark.parametrize("nid", VALID_IDS)
def test_every_single_digit_change_is_refused(nid):
    changed = [
        nid[:pos] + digit + nid[pos + 1 :]
        for pos in range(10)
        for digit in string.digits
        if digit != nid[pos]
    ]
    assert len(changed) == 90
    assert [c for c in changed if is_valid_saudi_id(c)] == []


@given(first=st.sampled_from("12"), body=id_bodies, pos=st.integers(0, 9), delta=st.integers(1, 9))
def test_single_digit_change_of_any_generated_id_is_refused(first, body, pos, delta):
    nid = make_saudi_id(first, body)
    assert is_valid_saudi_id(nid)
    digit = str((int(nid[pos]) + delta) % 10)
    assert not is_valid_saudi_id(nid[:pos] + digit + nid[pos + 1 :])


@pytest.mark.parametrize("first", "03456789")
def test_first_digit_other_than_1_or_2_is_refused(first):
    # Same Luhn-valid shape as a real ID, only the kind digit is wrong.
    body = "23456789"
    digits = first + body
    check = next(c for c in string.digits if ids._luhn_sum(digits + c) % 10 == 0)
    assert not is_valid_saudi_id(digits + check)
    with pytest.raises(ValueError):
        make_saudi_id(first, body)


def test_arabic_indic_digits_and_surrounding_spaces_are_accepted():
    assert is_valid_saudi_id("  ١٢٣٤٥٦٧٨٩٧ ")
    assert is_valid_saudi_id("۱۲۳۴۵۶۷۸۹۷")
    assert is_valid_saudi_id("\t1234567897\n")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "123456789",
        "12345678970",
        "12345678a7",
        "A234567897",
        "1234 567897",
        "1234567897x",
        "１２３４５６７８９７",
    ],  # fullwidth digits are not what any Saudi keyboard types
)
def test_malformed_ids_are_refused(text):
    assert not is_valid_saudi_id(text)
    assert saudi_id_kind(text) is None


def test_id_kind():
    assert saudi_id_kind(HAND_CHECKED_ID) == "citizen"
    assert saudi_id_kind(make_saudi_id(2, "37485910")) == "resident"
    assert saudi_id_kind("1234567890") is None


@pytest.mark.parametrize("body", ["1234567", "123456789", "1234567a", "١٢٣٤٥٦٧٨"])
def test_make_saudi_id_refuses_bad_bodies(body):
    with pytest.raises(ValueError):
        make_saudi_id(1, body)


# --- mobile ------------------------------------------------------------------------------------

SAUDI_FORMS = [
    "0501234567",
    "501234567",
    "966501234567",
    "+966501234567",
    "+966 50 123 4567",
    "+966 0501234567",  # a trunk 0 after the country code is a common slip
    "00966501234567",
    "00966 50 123 4567",
    "050-123-4567",
    "050 123 4567",
    "(050) 123 4567",
    "٠٥٠١٢٣٤٥٦٧",
    "+٩٦٦ ٥٠ ١٢٣ ٤٥٦٧",
    "  0501234567  ",
]


@pytest.mark.parametrize("text", SAUDI_FORMS)
def test_saudi_local_forms_map_to_the_same_e164(text):
    assert normalize_mobile(text) == "+966501234567"
    assert mobile_error(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("+20 10 1234 5678", "+201012345678"),  # Egypt
        ("+92 300 1234567", "+923001234567"),  # Pakistan
        ("00 62 812 3456 7890", "+6281234567890"),  # Indonesia
        ("0092-300-1234567", "+923001234567"),
    ],
)
def test_foreign_mobiles_with_international_prefix_are_kept(text, expected):
    assert normalize_mobile(text) == expected
    assert mobile_error(text) is None


def test_foreign_mobile_without_plus_or_00_is_read_as_saudi_and_refused():
    assert mobile_error("201012345678") == "invalid"


@pytest.mark.parametrize("text", ["0112345678", "011 234 5678", "+966 11 234 5678", "0126543210"])
def test_saudi_landlines_are_refused(text):
    assert mobile_error(text) == "landline"
    with pytest.raises(ValueError, match="landline"):
        normalize_mobile(text)


def test_foreign_landline_is_refused():
    assert mobile_error("+44 20 7946 0958") == "landline"


def test_unallocated_saudi_prefix_is_refused():
    # 052 is not allocated to any Saudi operator; make sure the metadata still says so, otherwise
    # this test would be checking nothing.
    assert not phonenumbers.is_valid_number(phonenumbers.parse("0520000000", "SA"))
    assert mobile_error("0520000000") == "invalid"
    assert mobile_error("0521234567") == "invalid"


@pytest.mark.parametrize(
    "text",
    [
        "abc",
        "050abc4567",  # keypad letters must not be turned into digits
        "0501234567x",
        "050123456",
        "05012345678",
        "12345",
        "++966501234567",
        "0501234567+",
        "+966 800 123 4567",  # toll-free, cannot receive SMS
        "+999 123 456 789",
    ],
)
def test_garbage_is_refused(text):
    assert mobile_error(text) == "invalid"
    with pytest.raises(ValueError, match="invalid"):
        normalize_mobile(text)


@pytest.mark.parametrize("text", ["", "   ", " - ", "+"])
def test_blank_mobile_is_required(text):
    assert mobile_error(text) == "required"


@given(st.text(max_size=20))
def test_mobile_functions_agree_on_any_text(text):
    error = mobile_error(text)
    if error is None:
        result = normalize_mobile(text)
        assert result.startswith("+") and result[1:].isdigit()
        assert normalize_mobile(result) == result
    else:
        assert error in ("required", "landline", "invalid")
        with pytest.raises(ValueError):
            normalize_mobile(text)


# --- IBAN --------------------------------------------------------------------------------------

SEED_IBAN = "SA2980000454608014648449"


@pytest.mark.parametrize(
    "text",
    [
        "SA29 8000 0454 6080 1464 8449",
        SEED_IBAN,
        "sa29 8000 0454 6080 1464 8449",
        " SA2980000454608014648449 ",
        "SA29 ٨٠٠٠ 0454 6080 1464 8449",
    ],
)
def test_seed_iban_is_valid_in_any_typing(text):
    assert is_valid_iban(text)
    assert normalize_iban(text) == SEED_IBAN


def test_every_single_digit_change_of_the_iban_is_refused():
    # ISO 7064 mod 97-10 detects every single-digit substitution. A letter replacing a digit adds
    # a digit to the number being checked, which the check does not guarantee to catch.
    for pos in range(2, len(SEED_IBAN)):
        for digit in string.digits:
            if digit != SEED_IBAN[pos]:
                assert not is_valid_iban(SEED_IBAN[:pos] + digit + SEED_IBAN[pos + 1 :])


def test_letters_in_country_check_or_bank_code_are_refused():
    for pos in range(6):
        for letter in string.ascii_uppercase:
            if letter != SEED_IBAN[pos]:
                assert not is_valid_iban(SEED_IBAN[:pos] + letter + SEED_IBAN[pos + 1 :])


@pytest.mark.parametrize(
    "text",
    [
        "",
        SEED_IBAN[:-1],
        SEED_IBAN + "9",
        "GB82WEST12345698765432",  # valid British IBAN, but not Saudi
        "AE070331234567890123456",  # valid UAE IBAN
        "SA2980000454608014648449-",
        "SA29_8000_0454_6080_1464_8449",
    ],
)
def test_wrong_length_or_non_saudi_iban_is_refused(text):
    assert not is_valid_iban(text)


def test_alphanumeric_account_part_is_accepted():
    # Build one with letters in the account part and a correct check.
    bban = "80ABC0000000000000123"[:20].ljust(20, "0")
    numeric = "".join(str(int(c, 36)) for c in bban + "SA00")
    check = 98 - int(numeric) % 97
    assert is_valid_iban(f"SA{check:02d}{bban}")


# --- national address --------------------------------------------------------------------------


def test_address_part_formats():
    assert is_valid_building_number("2929") and is_valid_building_number("٢٩٢٩")
    assert not is_valid_building_number("292") and not is_valid_building_number("29290")
    assert is_valid_additional_number(" 8449 ")
    assert not is_valid_additional_number("84a9")
    assert is_valid_postal_code("12345") and not is_valid_postal_code("1234")
    assert is_valid_short_address("RRRD2929")
    assert is_valid_short_address("rrrd 2929")
    assert not is_valid_short_address("RRR2929")
    assert not is_valid_short_address("RRRD292")
    assert not is_valid_short_address("2929RRRD")
    assert not is_valid_short_address("ÄRRD2929")
    assert not is_valid_short_address("ررر د2929")


def test_empty_address_is_fine():
    assert validate_national_address("", "", "", "", "", "", "") == []
    assert validate_national_address() == []
    assert validate_national_address(building="  ", city=" ") == []


def test_complete_valid_address():
    assert (
        validate_national_address(
            "2929", "طريق الملك فهد", "العليا", "الرياض", "12211", "8449", "RRRD2929"
        )
        == []
    )


def test_each_invalid_part_is_reported_in_form_order():
    errors = validate_national_address(
        building="29",
        street="123",
        district="x" * 101,
        city="الرياض",
        postal_code="1221",
        additional="84490",
        short_address="RRRD29",
    )
    assert errors == [
        FieldError("building_no", "invalid_format"),
        FieldError("street", "invalid_format"),
        FieldError("district", "too_long", {"max": 100}),
        FieldError("postal_code", "invalid_format"),
        FieldError("additional_no", "invalid_format"),
        FieldError("short_address", "invalid_format"),
    ]
    assert {e.field for e in errors} <= set(ids.ADDRESS_FIELDS)
