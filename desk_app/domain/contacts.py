"""Enquiries and other contacts (shared seeds 000 §2 and §7: every enquiry is received and
answered; §8: senior management follows the enquiries).

A contact is written down in one quick entry: on which of the association's channels it came
(a call, a visit, a message, an e-mail — the profile's own list), who it was (a registered person,
or a name and a number for someone not in the registry), what it was about, and whether it was
answered there and then or passed to a colleague, who answers it later. A contact passed on
stays open until it is answered.
"""

from __future__ import annotations

from dataclasses import dataclass

from desk_app.domain.identifiers import normalize_mobile
from desk_app.domain.profile import OrgProfile
from desk_app.domain.text_input import NAME_MAX, TEXT_MAX, clean_text
from desk_app.domain.validation import FieldError

ANSWERED, PASSED = "answered", "passed"
OUTCOMES = (ANSWERED, PASSED)
ENQUIRY = "enquiry"
# Kinds written by the quick entry and by the desk's other actions (requests.CONTACT_KINDS).
FOLLOWED_KINDS = ("enquiry", "call", "visit")


@dataclass(frozen=True)
class ContactForm:
    """What the quick contact entry collects.

    ``beneficiary_id`` empty: someone not (yet) in the registry, named by ``person_name`` and
    ``person_phone``. ``passed_to_id`` is the staff account the enquiry was passed to (its name
    is kept in ``passed_to`` so the list reads the same after the account is renamed).
    """

    channel_code: str
    summary: str
    outcome: str = ANSWERED
    answer: str = ""
    beneficiary_id: str = ""
    person_name: str = ""
    person_phone: str = ""
    passed_to_id: str = ""
    passed_to: str = ""


def clean(form: ContactForm) -> ContactForm:
    """The form as it will be stored: trimmed, invisible characters removed, the phone number
    in its international form when it is one."""
    def one(v: str) -> str:
        return clean_text(v or "")[0].strip()

    def many(v: str) -> str:
        return clean_text(v or "", multiline=True)[0].strip()

    phone = one(form.person_phone)
    try:
        phone = normalize_mobile(phone) if phone else ""
    except ValueError:
        pass  # refused by validate(); kept as typed meanwhile
    return ContactForm(form.channel_code, many(form.summary), form.outcome, many(form.answer),
                       form.beneficiary_id, one(form.person_name), phone, form.passed_to_id,
                       one(form.passed_to))


def validate(form: ContactForm, profile: OrgProfile) -> list[FieldError]:
    """Every problem with an entry (``form`` already :func:`clean`-ed)."""
    errors: list[FieldError] = []
    if form.channel_code not in {c.code for c in profile.channels}:
        errors.append(FieldError("channel_code",
                                 "required" if not form.channel_code else "invalid_choice"))
    if not form.summary:
        errors.append(FieldError("summary", "required"))
    elif len(form.summary) > TEXT_MAX:
        errors.append(FieldError("summary", "too_long", {"max": TEXT_MAX}))
    if len(form.answer) > TEXT_MAX:
        errors.append(FieldError("answer", "too_long", {"max": TEXT_MAX}))
    if not form.beneficiary_id:
        errors.extend(_unknown_person(form))
    if form.outcome not in OUTCOMES:
        errors.append(FieldError("outcome", "invalid_choice"))
    elif form.outcome == PASSED and not (form.passed_to_id or form.passed_to):
        errors.append(FieldError("passed_to", "required"))
    return errors


def _unknown_person(form: ContactForm) -> list[FieldError]:
    """Someone not in the registry: a name to call them by, and a number when one is given."""
    errors = []
    if not form.person_name:
        errors.append(FieldError("person_name", "required"))
    elif len(form.person_name) > NAME_MAX * 4:
        errors.append(FieldError("person_name", "too_long", {"max": NAME_MAX * 4}))
    if form.person_phone:
        try:
            normalize_mobile(form.person_phone)
        except ValueError:
            errors.append(FieldError("person_phone", "invalid_mobile"))
    return errors


def validate_answer(answer: str) -> list[FieldError]:
    text = clean_text(answer or "", multiline=True)[0].strip()
    if not text:
        return [FieldError("answer", "required")]
    if len(text) > TEXT_MAX:
        return [FieldError("answer", "too_long", {"max": TEXT_MAX})]
    return []
