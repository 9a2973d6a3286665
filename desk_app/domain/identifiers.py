"""Checks for the identifiers typed at the desk: national ID / iqama, mobile, IBAN, address.

Every check accepts what people actually type — surrounding spaces, separators, Arabic-Indic
digits — and refuses anything that cannot be right, so a typo is caught while the beneficiary
is still at the desk (R-VER-2) rather than when a letter or a transfer fails.
"""

from __future__ import annotations

import functools
import re
from typing import Literal

from desk_app.domain.arabic import to_ascii_digits
from desk_app.domain.validation import FieldError

__all__ = [
    "ADDRESS_FIELDS",
    "MobileError",
    "is_valid_additional_number",
    "is_valid_building_number",
    "is_valid_iban",
    "is_valid_postal_code",
    "is_valid_saudi_id",
    "is_valid_short_address",
    "make_saudi_id",
    "mobile_error",
    "normalize_iban",
    "normalize_mobile",
    "saudi_id_kind",
    "to_ascii_digits",
    "validate_national_address",
]

# --- National ID / iqama -----------------------------------------------------------------------

_ID_KINDS: dict[str, Literal["citizen", "resident"]] = {"1": "citizen", "2": "resident"}


def _luhn_sum(digits: str) -> int:
    """Luhn sum of a digit string whose last digit is the check digit position."""
    total = 0
    # Counting from the right, every second digit is doubled; the Saudi NIN algorithm is the
    # same thing counted from the left on a 10-digit number (positions 1, 3, 5, 7, 9).
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total


def _clean_id(text: str) -> str:
    return to_ascii_digits(text).strip()


def is_valid_saudi_id(text: str) -> bool:
    """Checks a Saudi national ID (citizen) or iqama (resident) number.

    Args:
        text: the number as typed; surrounding spaces and Arabic-Indic digits are accepted.

    Returns:
        True for 10 ASCII-convertible digits starting with 1 or 2 whose Luhn check holds.
    """
    digits = _clean_id(text)
    return (
        len(digits) == 10
        and digits.isascii()
        and digits.isdigit()
        and digits[0] in _ID_KINDS
        and _luhn_sum(digits) % 10 == 0
    )


def saudi_id_kind(text: str) -> Literal["citizen", "resident"] | None:
    """Tells a citizen's national ID from a resident's iqama.

    Args:
        text: the number as typed.

    Returns:
        ``"citizen"`` (first digit 1), ``"resident"`` (first digit 2), or None when the number
        is not a valid ID at all.
    """
    if not is_valid_saudi_id(text):
        return None
    return _ID_KINDS[_clean_id(text)[0]]


def make_saudi_id(first_digit: int | str, body: str) -> str:
    """Builds a valid ID by appending the check digit (demo data and tests).

    An ID is 10 digits: the kind digit, eight body digits and the check digit.

    Args:
        first_digit: 1 (citizen) or 2 (resident).
        body: the eight digits between the first digit and the check digit.

    Returns:
        The 10-digit number.

    Raises:
        ValueError: if the first digit is not 1 or 2 or the body is not eight ASCII digits.
    """
    first = str(first_digit)
    if first not in _ID_KINDS:
        raise ValueError(f"first digit must be 1 or 2, got {first_digit!r}")
    if len(body) != 8 or not (body.isascii() and body.isdigit()):
        raise ValueError(
            f"body must be the 8 digits between the first digit and the check digit, got {body!r}"
        )
    partial = first + body
    # With a 0 in the check position the Luhn sum tells how far it is from a multiple of 10.
    check = (10 - _luhn_sum(partial + "0") % 10) % 10
    return partial + str(check)


# --- Mobile ------------------------------------------------------------------------------------

MobileError = Literal["required", "landline", "invalid"]
"""Codes returned by :func:`mobile_error`:

- ``"required"``: nothing but spaces / separators was typed.
- ``"landline"``: a valid number, but a fixed line (Saudi 01x… or a foreign landline); the
  desk needs a number that can receive SMS and WhatsApp.
- ``"invalid"``: anything else — letters, wrong length, an unallocated prefix (e.g. Saudi 052),
  a foreign number typed without ``+`` / ``00``, toll-free or premium numbers.
"""

# Letters are refused outright: phonenumbers would otherwise read them as keypad letters
# ("050abc…" → "050222…") and silently invent a number.
_MOBILE_CHARS = re.compile(r"^\+?[\d\s\-.()]*$")


@functools.lru_cache(maxsize=256)
def _classify_mobile(text: str) -> tuple[str | None, MobileError | None]:
    """Returns ``(e164, None)`` for an accepted mobile, ``(None, code)`` otherwise. Kept for
    the next call: a save asks :func:`mobile_error`, then :func:`normalize_mobile`, of the
    same text (phonenumbers' parse is a few tenths of a millisecond)."""
    # Imported at the first number read, not with the module: every screen's context imports
    # this module, and phonenumbers' metadata took ~0.05–0.1 s of the desk's start (issue 23).
    import phonenumbers
    from phonenumbers import NumberParseException, PhoneNumberFormat, PhoneNumberType

    cleaned = to_ascii_digits(text).strip()
    if not re.sub(r"[\s\-.()+]", "", cleaned):
        return None, "required"
    if not _MOBILE_CHARS.match(cleaned):
        return None, "invalid"
    try:
        # Region SA: local forms (05…, 5…, 9665…) are read as Saudi numbers and "00" is the Saudi
        # international prefix, so "00 62 …" reaches Indonesia just as "+62 …" does.
        number = phonenumbers.parse(cleaned, "SA")
    except NumberParseException:
        return None, "invalid"
    if not phonenumbers.is_valid_number(number):
        return None, "invalid"
    kind = phonenumbers.number_type(number)
    if kind == PhoneNumberType.FIXED_LINE:
        return None, "landline"
    if kind not in (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE):
        return None, "invalid"
    return phonenumbers.format_number(number, PhoneNumberFormat.E164), None


def normalize_mobile(text: str) -> str:
    """Normalises a mobile number to E.164.

    Saudi mobiles in any local form (``05…``, ``5…``, ``9665…``, ``+966 5…``, ``00966…``, with
    spaces, dashes or Arabic-Indic digits) become ``+9665…``; foreign mobiles typed with ``+``
    or ``00`` are kept (pilgrims and visitors are served too).

    Args:
        text: the number as typed.

    Returns:
        The number in E.164 form, e.g. ``"+966501234567"``.

    Raises:
        ValueError: with one of the :data:`MobileError` codes as its single argument.
    """
    e164, error = _classify_mobile(text)
    if e164 is None:
        raise ValueError(error)
    return e164


def mobile_error(text: str) -> MobileError | None:
    """Returns why a mobile number is refused, or None if :func:`normalize_mobile` accepts it.

    Args:
        text: the number as typed.

    Returns:
        None, ``"required"``, ``"landline"`` or ``"invalid"`` (see :data:`MobileError`).
    """
    return _classify_mobile(text)[1]


# --- IBAN --------------------------------------------------------------------------------------

# Saudi BBAN: 2-digit bank code then an 18-character account number (letters allowed).
_SA_IBAN = re.compile(r"^SA\d{2}\d{2}[0-9A-Z]{18}$")


def normalize_iban(text: str) -> str:
    """Compacts an IBAN: spaces removed, Arabic-Indic digits converted, upper-case.

    Args:
        text: the IBAN as typed or printed (in groups of four).

    Returns:
        The compact upper-case form, e.g. ``"SA2980000454608014648449"``; no validity check.
    """
    return re.sub(r"\s+", "", to_ascii_digits(text)).upper()


def is_valid_iban(text: str) -> bool:
    """Checks a Saudi IBAN (24 characters, ISO 13616 mod-97 check).

    Args:
        text: the IBAN as typed; spaces and lower case are accepted.

    Returns:
        True when it is ``SA`` + 22 characters and the mod-97 remainder is 1.
    """
    iban = normalize_iban(text)
    if not _SA_IBAN.match(iban):
        return False
    rearranged = iban[4:] + iban[:4]
    # int(ch, 36) maps 0-9 to themselves and A-Z to 10-35, exactly the ISO 13616 letter values.
    numeric = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(numeric) % 97 == 1


# --- National address --------------------------------------------------------------------------

ADDRESS_FIELDS = (
    "building_no",
    "street",
    "district",
    "city",
    "postal_code",
    "additional_no",
    "short_address",
)
"""Field names used in the errors of :func:`validate_national_address`."""

_NAME_PART_MAX = 100


def _compact_digits(text: str) -> str:
    return re.sub(r"\s+", "", to_ascii_digits(text))


def _is_n_digits(text: str, n: int) -> bool:
    value = _compact_digits(text)
    return len(value) == n and value.isascii() and value.isdigit()


def is_valid_building_number(text: str) -> bool:
    """Checks a building number (4 digits)."""
    return _is_n_digits(text, 4)


def is_valid_additional_number(text: str) -> bool:
    """Checks an additional number (4 digits)."""
    return _is_n_digits(text, 4)


def is_valid_postal_code(text: str) -> bool:
    """Checks a Saudi postal code (5 digits)."""
    return _is_n_digits(text, 5)


def is_valid_short_address(text: str) -> bool:
    """Checks a short national address: 4 Latin letters then 4 digits, e.g. ``"RRRD2929"``.

    Spaces anywhere and lower case are accepted.
    """
    return re.fullmatch(r"[A-Z]{4}\d{4}", _compact_digits(text).upper(), flags=re.ASCII) is not None


def _name_part_error(field: str, value: str) -> FieldError | None:
    # Street, district and city are free text; refuse only what cannot be a place name.
    if len(value) > _NAME_PART_MAX:
        return FieldError(field, "too_long", {"max": _NAME_PART_MAX})
    if not any(ch.isalpha() for ch in value):
        return FieldError(field, "invalid_format")
    return None


def validate_national_address(
    building: str = "",
    street: str = "",
    district: str = "",
    city: str = "",
    postal_code: str = "",
    additional: str = "",
    short_address: str = "",
) -> list[FieldError]:
    """Validates the parts of a Saudi national address.

    Every part is optional (blank is fine) but a part that is given must be valid.

    Args:
        building: building number, 4 digits.
        street: street name, free text.
        district: district name, free text.
        city: city name, free text.
        postal_code: postal code, 5 digits.
        additional: additional number, 4 digits.
        short_address: short address, 4 letters + 4 digits.

    Returns:
        One error per invalid part. Fields are those of :data:`ADDRESS_FIELDS`; codes are
        ``"invalid_format"`` for every part, plus ``"too_long"`` (params ``{"max": 100}``) for
        street, district and city.
    """
    errors: list[FieldError] = []
    formatted = (
        ("building_no", building, is_valid_building_number),
        ("postal_code", postal_code, is_valid_postal_code),
        ("additional_no", additional, is_valid_additional_number),
        ("short_address", short_address, is_valid_short_address),
    )
    by_field: dict[str, FieldError] = {}
    for field, value, check in formatted:
        if value.strip() and not check(value):
            by_field[field] = FieldError(field, "invalid_format")
    for field, value in (("street", street), ("district", district), ("city", city)):
        stripped = value.strip()
        if stripped and (error := _name_part_error(field, stripped)) is not None:
            by_field[field] = error
    # Report in form order so screens can show errors top to bottom.
    errors.extend(by_field[f] for f in ADDRESS_FIELDS if f in by_field)
    return errors
