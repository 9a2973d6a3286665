"""Registry service: search with spelling variants, duplicates, audit, editing history."""

from datetime import timedelta

import pytest

from desk_app.domain.beneficiary import BeneficiaryForm, HouseholdForm
from desk_app.domain.identifiers import make_saudi_id
from desk_app.domain.validation import ValidationFailed
from desk_app.services import registry, staff
from desk_app.storage.conflicts import ConflictError
from desk_app.storage.db import Database, StorageError
from desk_app.storage.tables import AuditEvent


def form(first="أحمد", father="عبدالله", grand="مصطفى", family="الشهري", body="23456789",
         kind=1, birth="01/02/1990", mobile="0501234567", **kw) -> BeneficiaryForm:
    return BeneficiaryForm(
        first_name=first, father_name=father, grandfather_name=grand, family_name=family,
        id_type="national_id" if kind == 1 else "iqama", id_number=make_saudi_id(kind, body),
        gender=kw.pop("gender", "male"), birth_date=birth, mobile=mobile, **kw)


def register(db, actor, f, **kw):
    return registry.register(db, actor, f, branch_code="RYD", **kw)


def names(db, q):
    return [r.full_name for r in registry.search(db, q).rows]


@pytest.fixture
def people(desk_db, desk_admin):
    a = register(desk_db, desk_admin, form())
    b = register(desk_db, desk_admin, form("فاطمة", "موسى", "يحيى", "القحطاني", "11111111",
                                      gender="female", birth="05/06/1985", mobile="0551112222"))
    c = register(desk_db, desk_admin, form("مُحَمَّد", "عبد الرحمن", "علي", "العتيبي", "22222222",
                                      birth="10/10/2000", mobile="0563334444"))
    return a, b, c


@pytest.mark.parametrize("query", ["أحمد", "احمد", "إحمد", "أحـــمد", "أَحْمَد",
                                   "احمد عبد الله", "احمد عبدالله مصطفي", "مصطفى الشهري"])
def test_variants_of_ahmad_find_him_only(desk_db, people, query):
    assert names(desk_db, query) == [people[0].full_name]


@pytest.mark.parametrize("query", ["فاطمة", "فاطمه", "فاطمه القحطانى", "موسي", "يحيي"])
def test_taa_marbuta_and_alef_maqsura_variants(desk_db, people, query):
    assert names(desk_db, query) == [people[1].full_name]


@pytest.mark.parametrize("query", ["محمد", "مُحَمَّد", "محمد عبدالرحمن", "عبد الرحمن", "عبدالرحمن العتيبي"])
def test_diacritics_and_abd_joining(desk_db, people, query):
    assert names(desk_db, query) == [people[2].full_name]


def test_fragments_ids_mobiles_and_file_numbers(desk_db, people):
    a, b, c = people
    # equally good matches: the most recently registered first (issue 18)
    assert names(desk_db, "ال") == [c.full_name, b.full_name, a.full_name]  # two letters
    assert names(desk_db, "ع") == [c.full_name, a.full_name]  # one letter: عبدالله, العتيبي
    assert names(desk_db, a.id_number) == [a.full_name]
    assert names(desk_db, "١" + a.id_number[1:]) == [a.full_name]  # Arabic-Indic digit
    assert names(desk_db, a.id_number[:5]) == [a.full_name]      # typing the first digits
    assert names(desk_db, "0551112222") == [b.full_name]
    assert names(desk_db, "+966 55 111 2222") == [b.full_name]
    assert names(desk_db, c.file_number) == [c.full_name]
    assert names(desk_db, "ryd-3") == [c.full_name]
    assert names(desk_db, "خالد") == []
    assert names(desk_db, "3") == []  # a bare number is not a file number without the branch
    assert [r.full_name for r in registry.search(desk_db, "3", branch_code="RYD").rows] == [
        c.full_name]


def test_every_start_of_a_word_finds_it_and_follows_an_edit(desk_db, desk_admin, people, clock):
    """The word starts the server stores (migration 0046) are kept with the name: every start
    of a word finds it, anything longer or not at a word's start does not, and after a rename
    the new name is found and the old one no longer."""
    b = people[1]  # فاطمة موسى يحيى القحطاني
    for typed in ("ي", "القح", "القحطاني", "فاطمه القحطاني", "يحيي فاطمه", "ف ف"):
        assert names(desk_db, typed) == [b.full_name], typed
    for typed in ("القحطانيه", "حطاني", "فاطمه خالد"):
        assert names(desk_db, typed) == [], typed
    f = registry.to_form(registry.get(desk_db, b.id))
    f.family_name = "الزهراني"
    clock.now += timedelta(hours=1)
    registry.update(desk_db, desk_admin, b.id, f, expected_version=registry.get(desk_db, b.id).version)
    assert names(desk_db, "فاطمه الزه") == ["فاطمة موسى يحيى الزهراني"]
    assert names(desk_db, "القحط") == []


def test_paging_and_empty_query_lists_latest(desk_db, desk_admin):
    for i in range(7):
        register(desk_db, desk_admin, form(family="الدوسري", body=f"3000000{i}", mobile=f"050000000{i}"),
                 confirm_duplicates=True)
    first = registry.search(desk_db, "الدوسري", page=0, page_size=5)
    second = registry.search(desk_db, "الدوسري", page=1, page_size=5)
    assert len(first.rows) == 5 and first.has_more
    assert len(second.rows) == 2 and not second.has_more
    assert not {r.id for r in first.rows} & {r.id for r in second.rows}
    latest = registry.search(desk_db, "", page_size=3)
    assert [r.mobile for r in latest.rows] == ["+966500000006", "+966500000005", "+966500000004"]


def test_same_id_is_refused_even_when_confirmed(desk_db, desk_admin, people):
    again = form("احمد", "عبد الله", "مصطفي", "الشهري")  # same ID as people[0]
    with pytest.raises(registry.DuplicatesFound) as found:
        register(desk_db, desk_admin, again)
    assert found.value.duplicates[0].summary.id == people[0].id
    assert "same_id" in found.value.duplicates[0].reasons
    with pytest.raises(ValidationFailed) as refused:
        register(desk_db, desk_admin, again, confirm_duplicates=True)
    assert refused.value.errors[0].code == "id_taken"


def test_same_name_and_birth_date_warns_then_can_be_confirmed(desk_db, desk_admin, people):
    twin = form("احمد", "عبد الله", "مصطفي", "الشهري", body="99999990", mobile="0599999999")
    with pytest.raises(registry.DuplicatesFound) as found:
        register(desk_db, desk_admin, twin)
    assert found.value.duplicates[0].reasons == ("same_name_birth_date",)
    created = register(desk_db, desk_admin, twin, confirm_duplicates=True)
    assert created.file_number == "RYD-000004"


def test_relatives_sharing_a_mobile_do_not_warn(desk_db, desk_admin, people):
    sister = form("نورة", "عبدالله", "مصطفى", "الشهري", body="44444444", gender="female",
                  birth="03/03/1995", mobile="0501234567")  # same mobile as her brother
    assert register(desk_db, desk_admin, sister).full_name.startswith("نورة")


def test_same_name_same_mobile_warns(desk_db, desk_admin, people):
    again = form(body="55555555", birth="02/02/1991")
    with pytest.raises(registry.DuplicatesFound) as found:
        register(desk_db, desk_admin, again)
    assert found.value.duplicates[0].reasons == ("same_name_mobile",)


def test_each_action_writes_one_audit_event_with_before_and_after(desk_db, desk_admin, people, clock):
    a = people[0]
    with desk_db.read() as s:
        created = s.query(AuditEvent).filter_by(target_id=a.id).all()
    assert len(created) == 1 and created[0].action == "beneficiary.create"
    assert created[0].actor_name == "admin"
    tables = {c["table"] for c in created[0].changes}
    assert tables == {"beneficiaries"}
    b = registry.get(desk_db, a.id)
    f = registry.to_form(b)
    f.mobile = "0507654321"
    f.household = [HouseholdForm("سارة", "ابنة", "01/01/2015", "")]
    clock.now += timedelta(hours=1)
    registry.update(desk_db, desk_admin, a.id, f, expected_version=b.version)
    with desk_db.read() as s:
        events = s.query(AuditEvent).filter_by(target_id=a.id).order_by(AuditEvent.at).all()
    assert [e.action for e in events] == ["beneficiary.create", "beneficiary.update"]
    update = events[1].changes
    ben = next(c for c in update if c["table"] == "beneficiaries")
    assert ben["before"]["mobile"] == "+966501234567" and ben["after"]["mobile"] == "+966507654321"
    assert any(c["table"] == "household_members" and c["op"] == "insert" for c in update)
    history = registry.history(desk_db, a.id)
    assert history[0].field == "mobile" and history[0].actor == "admin"
    assert history[0].before == "+966501234567" and history[0].after == "+966507654321"


def test_password_hashes_never_reach_the_audit_trail(desk_db):
    with desk_db.read() as s:
        init = s.query(AuditEvent).filter_by(action="installation.init").one()
    staff = next(c for c in init.changes if c["table"] == "staff")
    assert staff["after"]["password_hash"] == "***"
    assert "argon2" not in str(init.changes)


def test_stale_edit_is_refused_naming_what_changed_and_by_whom(desk_db, desk_admin, people):
    """Two desks (two handles on one database) open the same file; the second save is refused
    with what the first changed and who, and nothing of it is written."""
    a = people[0]
    other_desk = Database(desk_db.url, clock=desk_db.clock)
    clerk = staff.create(desk_db, desk_admin, "reception2", "reception-pass-2", "سارة الدوسري",
                         "reception")
    b = registry.get(desk_db, a.id)
    f1, f2 = registry.to_form(b), registry.to_form(b)
    f1.city, f1.mobile = "الرياض", "0559998877"
    registry.update(other_desk, clerk, a.id, f1, expected_version=b.version)
    f2.city, f2.notes = "جدة", "ما كتبه الموظف الثاني"
    with pytest.raises(ConflictError) as exc:
        registry.update(desk_db, desk_admin, a.id, f2, expected_version=b.version)
    conflict = exc.value
    assert conflict.code == "conflict" and isinstance(conflict, StorageError)
    assert set(conflict.fields) == {"city", "mobile"}
    assert conflict.by == "سارة الدوسري"
    assert conflict.current_version == b.version + 1
    city = next(c for c in conflict.changes if c.field == "city")
    assert (city.before, city.after) == ("", "الرياض")
    stored = registry.get(desk_db, a.id)
    assert (stored.city, stored.notes) == ("الرياض", "")
    # saving again on the version now shown goes through
    registry.update(desk_db, desk_admin, a.id, f2, expected_version=stored.version)
    assert registry.get(desk_db, a.id).notes == "ما كتبه الموظف الثاني"
    other_desk.dispose()


def test_invalid_form_writes_nothing(desk_db, desk_admin):
    bad = form(mobile="0112345678")  # landline
    bad.id_number = "1234567890"
    with pytest.raises(ValidationFailed) as exc:
        register(desk_db, desk_admin, bad)
    assert {(e.field, e.code) for e in exc.value.errors} == {
        ("mobile", "mobile_landline"), ("id_number", "id_checksum")}
    assert registry.search(desk_db, "").rows == ()
    with desk_db.read() as s:
        assert s.query(AuditEvent).filter_by(action="beneficiary.create").count() == 0
