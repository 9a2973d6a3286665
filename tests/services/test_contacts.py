"""Enquiries and contacts (shared seed 000 §7, §8): a quick entry for a registered person or for
someone not in the registry, the person's contact history, the day's list for the manager, and
an enquiry passed to a colleague that stays open until it is answered."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desk_app.domain.beneficiary import BeneficiaryForm
from desk_app.domain.contacts import ContactForm
from desk_app.domain.identifiers import make_saudi_id
from desk_app.domain.permissions import PermissionDenied
from desk_app.domain.validation import ValidationFailed
from desk_app.services import contacts, registry, staff
from desk_app.services import profile as profile_service
from desk_app.services import requests as request_service


@pytest.fixture
def world(db, admin):
    person = registry.register(db, admin, BeneficiaryForm(
        first_name="هند", father_name="سعد", grandfather_name="علي", family_name="العتيبي",
        id_number=make_saudi_id(1, "33445566"), gender="female", birth_date="01/01/1990",
        mobile="0551234567"), branch_code="HQ")
    clerk = staff.create(db, admin, "desk1", "desk1-pass-2026", "موظفة الاستقبال", "reception")
    officer = staff.create(db, admin, "officer1", "officer1-pass-2026", "ضابط الاتصال",
                           "researcher")
    manager = staff.create(db, admin, "boss", "boss-pass-2026", "المدير", "manager")
    return person, clerk, officer, manager, profile_service.current(db)


def test_a_known_persons_call_is_in_their_history_and_the_days_list(db, world, clock):
    person, clerk, _officer, manager, profile = world
    cid = contacts.log(db, clerk, ContactForm("phone", "  يسأل عن موعد صرف السلة  ",
                                              answer="بعد أسبوعين", beneficiary_id=person.id),
                       profile)
    [row] = contacts.history(db, person.id)
    assert (row.id, row.kind, row.channel_code) == (cid, "enquiry", "phone")
    assert (row.summary, row.answer, row.who) == ("يسأل عن موعد صرف السلة", "بعد أسبوعين",
                                                  "هند العتيبي")
    assert row.file_number == person.file_number and row.phone == "+966551234567"
    assert not row.open and row.recorded_by == "موظفة الاستقبال"
    assert [r.id for r in contacts.day_list(db, manager, clock().date())] == [cid]
    assert contacts.day_list(db, manager, clock().date() + timedelta(days=1)) == []


def test_someone_not_in_the_registry_is_named_and_passed_to_a_colleague(db, world, clock):
    _person, clerk, officer, manager, profile = world
    cid = contacts.log(db, clerk, ContactForm(
        "interview", "تسأل عن شروط التسجيل", outcome="passed", person_name="أم خالد",
        person_phone="0 55 987 6543", passed_to_id=officer.id), profile)
    [row] = contacts.day_list(db, manager, clock().date())
    assert (row.who, row.phone, row.beneficiary_id) == ("أم خالد", "+966559876543", None)
    assert row.open and row.passed_to == "ضابط الاتصال"
    assert [r.id for r in contacts.open_for(db, officer.id)] == [cid]
    assert [r.id for r in contacts.day_list(db, manager, clock().date(), open_only=True)] == [cid]

    clock.now += timedelta(hours=3)
    contacts.answer(db, officer, cid, "شرحت لها الشروط هاتفيًا")
    [row] = contacts.day_list(db, manager, clock().date())
    assert not row.open and row.answer == "شرحت لها الشروط هاتفيًا"
    assert contacts.open_for(db, officer.id) == []
    with pytest.raises(ValidationFailed) as again:
        contacts.answer(db, officer, cid, "مرة أخرى")
    assert again.value.errors[0].code == "already_answered"


def test_every_missing_or_wrong_field_is_named_and_nothing_is_written(db, world, clock):
    _person, clerk, _officer, manager, profile = world
    with pytest.raises(ValidationFailed) as refused:
        contacts.log(db, clerk, ContactForm("pigeon", "  ", outcome="passed",
                                            person_phone="12"), profile)
    assert {(e.field, e.code) for e in refused.value.errors} == {
        ("channel_code", "invalid_choice"), ("summary", "required"),
        ("person_name", "required"), ("person_phone", "invalid_mobile"),
        ("passed_to", "required")}
    with pytest.raises(ValidationFailed) as unknown:
        contacts.log(db, clerk, ContactForm("phone", "سؤال", outcome="passed",
                                            person_name="زائر", passed_to_id="nobody"), profile)
    assert unknown.value.errors[0].field == "passed_to"
    assert contacts.day_list(db, manager, clock().date()) == []


def test_the_days_list_is_the_managers_and_an_answer_must_say_something(db, world):
    _person, clerk, officer, _manager, profile = world
    with pytest.raises(PermissionDenied):
        contacts.day_list(db, clerk, db.clock().date())
    cid = contacts.log(db, clerk, ContactForm("phone", "سؤال", outcome="passed",
                                              person_name="زائر", passed_to_id=officer.id),
                       profile)
    with pytest.raises(ValidationFailed) as empty:
        contacts.answer(db, officer, cid, "   ")
    assert empty.value.errors[0].code == "required"


def test_a_request_and_what_the_person_was_told_are_in_the_history_too(db, admin, world):
    person, clerk, _officer, _manager, profile = world
    from desk_app.domain.requests import IntakeForm
    r = request_service.create(db, clerk, IntakeForm(person.id, "service_request", "phone",
                                                     "طلب", True, True, agreed_channel_code="phone"),
                               branch_code="HQ", profile=profile)
    request_service.record_notification(db, clerk, r.id, channel_code="phone",
                                        text="أبلغناها بالاستلام", sent_on=db.clock().date(),
                                        profile=profile)
    rows = contacts.history(db, person.id)
    told = [x for x in rows if x.kind == "notification"]
    assert told and told[0].request_number == r.number
