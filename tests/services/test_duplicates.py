"""Cross-branch duplicates (issue 14): newcomers checked with the desk's rules, the review list,
merging two files into one, and pairs marked as different people. Both engines."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desk_app.domain import duplicates as rules
from desk_app.domain.beneficiary import BeneficiaryForm
from desk_app.domain.complaints import ComplaintForm
from desk_app.domain.entities import SYSTEM
from desk_app.domain.identifiers import make_saudi_id
from desk_app.domain.requests import IntakeForm
from desk_app.domain.validation import ValidationFailed
from desk_app.services import complaints, duplicates, profile, registry, requests
from desk_app.services.duplicates import MergeRefused
from desk_app.storage.complaints_tables import Complaint
from desk_app.storage.repositories import beneficiaries as repo
from desk_app.storage.repositories import counters
from desk_app.storage.requests_tables import ServiceRequest
from desk_app.storage.tables import AuditEvent, Beneficiary, HouseholdMember


def form(first="عبدالله", father="سعد", grand="ناصر", family="الشهري", body="12345670",
         birth="01/02/1985", mobile="0501112233", **kw) -> BeneficiaryForm:
    return BeneficiaryForm(first_name=first, father_name=father, grandfather_name=grand,
                           family_name=family, id_number=make_saudi_id(1, body),
                           gender=kw.pop("gender", "male"), birth_date=birth, mobile=mobile,
                           **kw)


def arrive(db, f: BeneficiaryForm, branch: str = "JED") -> str:
    """A file registered at another branch, inserted as synchronisation inserts it: without
    the desk's duplicate check (its ID may already be here)."""
    data = registry.validate(f, db.clock().date(), registry.rules.ANY)
    with db.action(SYSTEM, "sync.apply") as s:
        n = counters.next_value(s, f"file:{branch}")
        b = Beneficiary(seq=repo.next_seq(s), branch_code=branch,
                        file_number=registry.file_number(branch, n),
                        data_reviewed_on=db.clock().date(), created_at=db.clock(),
                        updated_at=db.clock())
        registry._apply(b, data)
        s.add(b)
        s.flush()
        return b.id


@pytest.fixture
def here(desk_db, desk_admin):
    """Three files registered at this desk (branch RYD)."""
    return [registry.register(desk_db, desk_admin, f, branch_code="RYD") for f in (
        form(),
        form("مريم", "علي", "حسن", "الغامدي", "22334450", "12/12/1990", "0552223344",
             gender="female"),
        form("خالد", "فهد", "سالم", "الدوسري", "33445560", "03/03/1978", "0563334455"))]


def open_pairs(db, admin):
    return duplicates.pairs(db, admin)


def test_newcomer_with_the_same_id_is_a_definite_duplicate(desk_db, desk_admin, here):
    other = arrive(desk_db, form(first="عبد الله", mobile="0599999999", birth="02/02/1985"))
    assert duplicates.check_newcomers(desk_db, [other], SYSTEM) == 1
    [pair] = open_pairs(desk_db, desk_admin)
    assert pair.strength == rules.DEFINITE and "same_id" in pair.reasons
    assert {pair.first.id, pair.second.id} == {here[0].id, other}
    assert {pair.first.branch_code, pair.second.branch_code} == {"RYD", "JED"}
    # checking the same newcomers again lists nothing twice
    assert duplicates.check_newcomers(desk_db, [other], SYSTEM) == 0
    assert len(open_pairs(desk_db, desk_admin)) == 1


def test_name_spelling_variant_and_birth_date_is_likely(desk_db, desk_admin, here):
    # «مريم علي حسن الغامدى»: alef maqsura for yaa, another ID and mobile, same birth date
    other = arrive(desk_db, form("مَريم", "على", "حسن", "الغامدى", "77665540", "12/12/1990",
                                 "0577777777", gender="female"))
    assert duplicates.check_newcomers(desk_db, [other], SYSTEM) == 1
    [pair] = open_pairs(desk_db, desk_admin)
    assert pair.strength == rules.LIKELY and pair.reasons == ("same_name_birth_date",)
    assert {pair.first.id, pair.second.id} == {here[1].id, other}


def test_a_different_person_is_not_listed(desk_db, desk_admin, here):
    # same family and mobile as Khalid (a relative), another first name, ID and birth date
    other = arrive(desk_db, form("نورة", "فهد", "سالم", "الدوسري", "44556670", "09/09/2001",
                                 "0563334455", gender="female"))
    assert duplicates.check_newcomers(desk_db, [other], SYSTEM) == 0
    assert open_pairs(desk_db, desk_admin) == []
    assert duplicates.find_all(desk_db, desk_admin) == 0


def _request(db, admin, person):
    p = profile.current(db)
    form = IntakeForm(person, "service_request", "phone", "طلب مساعدة", True, True, agreed_channel_code="phone")
    return requests.create(db, admin, form, branch_code="RYD", profile=p).id


def _complaint(db, admin, person, key):
    form = ComplaintForm(channel_code="fax", category_code="delay", description="تأخر الرد",
                         beneficiary_id=person, submission_key=key)
    return complaints.submit(db, admin, form, profile.current(db), branch_code="RYD").id


def test_merge_moves_everything_and_search_leads_to_the_kept_file(desk_db, desk_admin, here):
    keep = here[0].id
    other = arrive(desk_db, form(household=[]))  # same person, registered at Jeddah
    _request(desk_db, desk_admin, keep)
    moved_requests = {_request(desk_db, desk_admin, other) for _ in range(2)}
    moved_complaint = _complaint(desk_db, desk_admin, other, "k1")
    with desk_db.action(SYSTEM, "test.household") as s:
        s.add(HouseholdMember(beneficiary_id=other, position=0, name="سارة", relation="daughter"))
    other_number = registry.get(desk_db, other).file_number
    duplicates.check_newcomers(desk_db, [other], SYSTEM)

    done = duplicates.merge(desk_db, keep, other, desk_admin)

    assert done.moved["service_requests"] == 2 and done.moved["complaints"] == 1
    with desk_db.read() as s:
        owners = dict(s.execute(select(ServiceRequest.id, ServiceRequest.beneficiary_id)).all())
        assert {owners[r] for r in moved_requests} == {keep} and set(owners.values()) == {keep}
        assert s.get(Complaint, moved_complaint).beneficiary_id == keep
        assert s.scalar(select(func.count()).select_from(HouseholdMember)
                        .where(HouseholdMember.beneficiary_id == keep)) == 1
        assert s.get(Beneficiary, other) is not None  # linked, never deleted
        [event] = s.scalars(select(AuditEvent).where(AuditEvent.action == "beneficiary.merge"))
        tables = {c["table"] for c in event.changes}
        assert event.target_id == keep and event.actor_name == "admin"
        assert {"beneficiary_merges", "service_requests", "complaints", "household_members",
                "duplicate_pairs"} <= tables
    found = registry.search(desk_db, other_number).rows
    assert [r.id for r in found] == [keep]
    assert [r.id for r in registry.search(desk_db, "عبدالله سعد ناصر الشهري").rows] == [keep]
    assert open_pairs(desk_db, desk_admin) == []
    [merged] = duplicates.pairs(desk_db, desk_admin, rules.MERGED)
    assert merged.kept_id == keep


def test_a_second_merge_of_the_same_pair_is_refused(desk_db, desk_admin, here):
    other = arrive(desk_db, form())
    duplicates.merge(desk_db, here[0].id, other, desk_admin)
    for keep, gone in ((here[0].id, other), (other, here[0].id)):
        with pytest.raises(MergeRefused) as refused:
            duplicates.merge(desk_db, keep, gone, desk_admin)
        assert refused.value.code == "already_merged"
    with desk_db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEvent)
                        .where(AuditEvent.action == "beneficiary.merge")) == 1


def test_different_ids_are_merged_only_when_confirmed(desk_db, desk_admin, here):
    other = arrive(desk_db, form(body="99887760"))  # same name, birth date: a typo in the ID?
    with pytest.raises(MergeRefused) as refused:
        duplicates.merge(desk_db, here[0].id, other, desk_admin)
    assert refused.value.code == "ids_differ"
    with desk_db.read() as s:  # nothing half-written
        assert s.scalar(select(func.count()).select_from(AuditEvent)
                        .where(AuditEvent.action == "beneficiary.merge")) == 0
    duplicates.merge(desk_db, here[0].id, other, desk_admin, confirm_different_ids=True)
    assert [r.id for r in registry.search(desk_db, make_saudi_id(1, "99887760")).rows] == [
        here[0].id]


def test_marked_different_pairs_never_come_back(desk_db, desk_admin, here):
    other = arrive(desk_db, form("مريم", "علي", "حسن", "الغامدي", "55667780", "12/12/1990",
                                 "0588888888", gender="female"))  # a namesake born the same day
    duplicates.check_newcomers(desk_db, [other], SYSTEM)
    with pytest.raises(ValidationFailed) as no_reason:
        duplicates.mark_different(desk_db, here[1].id, other, desk_admin, "  ")
    assert no_reason.value.errors[0].code == "required"
    duplicates.mark_different(desk_db, other, here[1].id, desk_admin, "هويتان مختلفتان ووالدتان")
    assert open_pairs(desk_db, desk_admin) == []
    assert duplicates.check_newcomers(desk_db, [other, here[1].id], SYSTEM) == 0
    assert duplicates.find_all(desk_db, desk_admin) == 0
    assert open_pairs(desk_db, desk_admin) == []
    [different] = duplicates.pairs(desk_db, desk_admin, rules.DIFFERENT)
    assert different.note == "هويتان مختلفتان ووالدتان"


def test_find_all_lists_the_registry_s_existing_duplicates(desk_db, desk_admin, here):
    twin = arrive(desk_db, form(mobile="0500000001"))  # same ID as here[0]
    variant = arrive(desk_db, form("خالد", "فهد", "سالم", "الدوسرى", "66778890", "04/04/1979",
                                   "0563334455"))  # same name key and mobile as here[2]
    assert duplicates.find_all(desk_db, desk_admin) == 2
    got = {frozenset((p.first.id, p.second.id)): p.strength for p in open_pairs(desk_db,
                                                                                desk_admin)}
    assert got == {frozenset((here[0].id, twin)): rules.DEFINITE,
                   frozenset((here[2].id, variant)): rules.LIKELY}
    assert duplicates.find_all(desk_db, desk_admin) == 0


def test_two_files_with_one_id_can_be_edited_and_the_desk_still_refuses_a_third(
        desk_db, desk_admin, here):
    other = arrive(desk_db, form())
    edited = form(mobile="0509998877")
    version = registry.get(desk_db, other).version
    registry.update(desk_db, desk_admin, other, edited, expected_version=version)
    with pytest.raises(registry.DuplicatesFound):
        registry.register(desk_db, desk_admin, form(), branch_code="RYD")
    with pytest.raises(ValidationFailed) as taken:
        registry.register(desk_db, desk_admin, form(), branch_code="RYD", confirm_duplicates=True)
    assert taken.value.errors[0].code == "id_taken"


def test_the_desk_warns_of_the_kept_file_not_of_the_merged_one(desk_db, desk_admin, here):
    other = arrive(desk_db, form(mobile="0509990000"))
    duplicates.merge(desk_db, here[0].id, other, desk_admin)
    with pytest.raises(registry.DuplicatesFound) as warned:
        registry.register(desk_db, desk_admin, form(body="55500010"), branch_code="RYD")
    assert [d.summary.id for d in warned.value.duplicates] == [here[0].id]
    # editing the kept file, whose ID the merged file shares, is not refused
    kept = registry.get(desk_db, here[0].id)
    registry.update(desk_db, desk_admin, kept.id, form(mobile="0501230000"),
                    expected_version=kept.version)


def test_a_merge_carries_the_other_file_s_decisions_to_the_kept_file(desk_db, desk_admin, here):
    other = arrive(desk_db, form(mobile="0509990000"))  # Abdullah again, from Jeddah
    namesake = arrive(desk_db, form(body="88877760", mobile="0509990000", birth="03/03/1999"))
    duplicates.check_newcomers(desk_db, [other, namesake], SYSTEM)
    duplicates.mark_different(desk_db, other, namesake, desk_admin, "مولود في سنة أخرى")
    duplicates.merge(desk_db, here[0].id, other, desk_admin)
    different = duplicates.pairs(desk_db, desk_admin, rules.DIFFERENT)
    assert {frozenset((p.first.id, p.second.id)) for p in different} >= {
        frozenset((here[0].id, namesake))}
    assert open_pairs(desk_db, desk_admin) == []
    assert duplicates.check_newcomers(desk_db, [namesake], SYSTEM) == 0
    # the same pair has the same key wherever it is found (sites' changes meet as one row)
    assert {p.id for p in different} >= {rules.pair_id(namesake, here[0].id)}
