"""Contact officers (seed 000 §7): named per category of beneficiaries and per field of work
(a service), shown for a file and for a request, and each officer's queue of the open requests,
complaints and enquiries of the people they answer for."""

from __future__ import annotations

import pytest

from desk_app.domain import complaints as crules
from desk_app.domain.beneficiary import BeneficiaryForm
from desk_app.domain.contacts import ContactForm
from desk_app.domain.identifiers import make_saudi_id
from desk_app.domain.permissions import PermissionDenied
from desk_app.domain.requests import IntakeForm
from desk_app.domain.validation import ValidationFailed
from desk_app.services import complaints, contacts, officers, registry, staff
from desk_app.services import profile as profile_service
from desk_app.services import requests as request_service


def _person(db, actor, n, category):
    return registry.register(db, actor, BeneficiaryForm(
        first_name="سعاد" if n else "ماجد", father_name="علي", grandfather_name="حمد",
        family_name=f"الحربي{'ي' * n}", id_number=make_saudi_id(1, f"{61000000 + n}"),
        gender="female" if n else "male", birth_date="01/01/1980", mobile=f"05800000{n:02d}",
        category_code=category), branch_code="RYD").id


@pytest.fixture
def office(desk_db, desk_admin):
    db, admin = desk_db, desk_admin
    p = profile_service.current(db)
    a = staff.create(db, admin, "huda", "huda-pass-2026", "هدى", "researcher")
    b = staff.create(db, admin, "omar", "omar-pass-2026", "عمر", "reception")
    officers.assign(db, admin, "category", "family", a.id, p)
    officers.assign(db, admin, "service", "support_request", a.id, p)
    officers.assign(db, admin, "category", "individual", b.id, p)
    fam, ind = _person(db, admin, 0, "family"), _person(db, admin, 1, "individual")

    def request(person, service):
        return request_service.create(db, admin, IntakeForm(person, service, "phone", "طلب",
                                                            True, True, agreed_channel_code="phone"),
                                      branch_code="RYD", profile=p)
    reqs = {"fam": request(fam, "service_request"), "ind_support": request(ind, "support_request"),
            "ind_service": request(ind, "service_request")}
    filed = complaints.submit(db, admin, crules.ComplaintForm(
        channel_code="fax", category_code="delay", description="تأخر", beneficiary_id=fam,
        submission_key="k1"), p, branch_code="RYD")
    passed = contacts.log(db, b, ContactForm("phone", "سؤال عن السلة", outcome="passed",
                                            person_name="زائر", passed_to_id=a.id), p)
    about_ind = contacts.log(db, a, ContactForm("phone", "تسأل عن موعد", outcome="passed",
                                                beneficiary_id=ind, passed_to_id=a.id), p)
    return p, a, b, fam, ind, reqs, filed, passed, about_ind


def test_the_officer_of_a_file_and_of_a_request(desk_db, office):
    _p, _a, _b, fam, ind, reqs, *_ = office
    assert officers.for_person(desk_db, fam) == "هدى"
    assert officers.for_person(desk_db, ind) == "عمر"
    assert officers.for_request(desk_db, reqs["ind_support"].id) == "هدى"  # the service's
    assert officers.for_request(desk_db, reqs["ind_service"].id) == "عمر"  # the category's


def test_each_officer_queue_holds_their_peoples_open_work(desk_db, desk_admin, office):
    _p, a, b, _fam, _ind, reqs, filed, passed, about_ind = office
    mine = officers.queue(desk_db, a, a.id)
    assert (mine.categories, mine.services) == (("family",), ("support_request",))
    assert {(i.kind, i.number) for i in mine.items} == {
        ("request", reqs["fam"].number), ("request", reqs["ind_support"].number),
        ("complaint", filed.number)}
    assert {e.id for e in mine.enquiries} == {passed, about_ind}
    theirs = officers.queue(desk_db, b, b.id)
    assert {i.number for i in theirs.items} == {reqs["ind_support"].number,
                                                reqs["ind_service"].number}
    assert {e.id for e in theirs.enquiries} == {about_ind}  # a person of their category
    contacts.answer(desk_db, a, about_ind, "حُدد الموعد")
    assert officers.queue(desk_db, b, b.id).enquiries == ()
    with pytest.raises(PermissionDenied):  # another officer's queue is the manager's to see
        officers.queue(desk_db, b, a.id)
    assert officers.queue(desk_db, desk_admin, a.id).items == mine.items


def test_assignments_are_the_administrators_and_can_be_changed(desk_db, desk_admin, office):
    p, a, b, fam, *_ = office
    with pytest.raises(PermissionDenied):
        officers.assign(desk_db, b, "category", "family", b.id, p)
    with pytest.raises(ValidationFailed):
        officers.assign(desk_db, desk_admin, "category", "nobody", a.id, p)
    officers.assign(desk_db, desk_admin, "category", "family", b.id, p)
    assert officers.for_person(desk_db, fam) == "عمر"
    officers.assign(desk_db, desk_admin, "category", "family", "", p)
    assert officers.for_person(desk_db, fam) == ""
    assert {(x.scope, x.code, x.name) for x in officers.assignments(desk_db)} == {
        ("service", "support_request", "هدى"), ("category", "individual", "عمر")}
