"""Demo data: deterministic, valid, unique, indexed, audited once — also at 100 000 rows."""

from __future__ import annotations

import random
import time

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import selectinload

from desk_app.domain import beneficiary as rules
from desk_app.domain.arabic import normalize_name
from desk_app.domain.beneficiary import BeneficiaryForm
from desk_app.domain.identifiers import is_valid_saudi_id, normalize_mobile, saudi_id_kind
from desk_app.domain.profile import EMPLOYMENT_STATUSES, QUALIFICATIONS
from desk_app.services import demo, registry, staff
from desk_app.services.presets import load_preset
from desk_app.storage.db import Database
from desk_app.storage.repositories import beneficiaries as repo
from desk_app.storage.tables import AuditEvent, Beneficiary, HouseholdMember
from tests.clocks import INSTANTS, FixedClock

N = 2000


def _rows(db: Database) -> list[Beneficiary]:
    with db.read() as s:
        return list(s.scalars(select(Beneficiary).options(selectinload(Beneficiary.household))
                              .order_by(Beneficiary.seq)))


def _fresh(tmp_path, name: str, n: int = N, seed: int = 5,
           clock=None) -> tuple[Database, dict]:
    db = Database.open(f"sqlite:///{tmp_path / name}",
                       clock=clock or FixedClock(INSTANTS["sunday"]))
    report = demo.generate(db, beneficiaries=n, seed=seed, preset_key="althikr_alhakeem",
                           branch_code="HQ", progress=None)
    return db, report


@pytest.fixture
def demo_db(tmp_path, clock):
    db, report = _fresh(tmp_path, "demo.sqlite3", clock=clock)
    yield db, report
    db.dispose()


def test_row_builder_covers_every_column():
    assert sorted(demo.ROW_COLUMNS) == sorted(c.name for c in Beneficiary.__table__.columns)


def test_name_keys_by_part_equal_the_key_of_the_whole_name():
    parts = demo.MALE_NAMES + demo.FEMALE_NAMES + demo.FAMILY_NAMES + demo.FOREIGN_FAMILY_NAMES
    assert not [p for p in parts if normalize_name(p).split()[-1] == "عبد"]
    keys = demo._NameKeys()
    rng = random.Random(3)
    for _ in range(2000):
        four = [rng.choice(parts) for _ in range(4)]
        assert keys(*four) == normalize_name(" ".join(four))


def test_fresh_database_is_set_up_with_demo_accounts(demo_db):
    db, report = demo_db
    assert report["initialised"] is True
    for username, password, role, _name in demo.DEMO_ACCOUNTS:
        actor = staff.authenticate(db, username, password)
        assert actor is not None and actor.role == role


def test_same_seed_same_people_other_seed_other_people(tmp_path):
    def people(db: Database) -> list[tuple]:
        return [(b.first_name, b.father_name, b.grandfather_name, b.family_name, b.id_number,
                 b.mobile, b.birth_date) for b in _rows(db)]

    a, _ = _fresh(tmp_path, "a.sqlite3", 500, seed=11)
    b, _ = _fresh(tmp_path, "b.sqlite3", 500, seed=11)
    c, _ = _fresh(tmp_path, "c.sqlite3", 500, seed=12)
    assert people(a) == people(b)
    assert people(a) != people(c)
    assert len({x[4] for x in people(a)} & {x[4] for x in people(c)}) < 10
    for x in (a, b, c):
        x.dispose()


def test_every_record_is_valid_unique_and_normalised(demo_db, clock):
    db, report = demo_db
    rows = _rows(db)
    assert len(rows) == report["beneficiaries"] == N
    profile = load_preset("althikr_alhakeem")
    vocab = rules.Vocabulary(tuple(c.code for c in profile.categories),
                             tuple(c.code for c in profile.channels),
                             tuple(QUALIFICATIONS), tuple(EMPLOYMENT_STATUSES))
    today = clock.now.date()
    for b in rows:
        form = registry.to_form(b)
        _data, errors = rules.validate(form, today, vocab)
        assert errors == [], (b.file_number, errors)
        assert b.name_key == normalize_name(
            rules.full_name(b.first_name, b.father_name, b.grandfather_name, b.family_name))
        assert normalize_mobile(b.mobile) == b.mobile
        if b.id_type in ("national_id", "iqama"):
            assert is_valid_saudi_id(b.id_number)
            assert saudi_id_kind(b.id_number) == ("citizen" if b.id_type == "national_id"
                                                  else "resident")
    assert len({(b.id_type, b.id_country, b.id_number) for b in rows}) == N
    assert len({b.id_number for b in rows}) == N
    assert len({b.mobile for b in rows}) == N
    assert [b.file_number for b in rows] == [f"HQ-{i:06d}" for i in range(1, N + 1)]
    kinds = {b.id_type for b in rows}
    assert {"national_id", "iqama", "passport"} <= kinds
    assert any(not b.mobile.startswith("+966") for b in rows)  # visitors' own mobiles
    assert {"male", "female"} == {b.gender for b in rows}
    reviewed = [b.data_reviewed_on for b in rows]
    assert (today - min(reviewed)).days > 600 and (today - max(reviewed)).days < 30


def test_spelling_variants_are_represented(demo_db):
    db, _ = demo_db
    names = {b.first_name for b in _rows(db)} | {b.father_name for b in _rows(db)}
    for wanted in ("أحمد", "احمد", "عبدالله", "عبد الله", "فاطمة", "مصطفى", "موسى", "يحيى",
                   "ليلى", "إبراهيم"):
        assert wanted in names, wanted


def test_household_review_backlog_index_and_one_audit_event(demo_db, clock):
    db, report = demo_db
    with db.read() as s:
        members = s.scalar(select(func.count()).select_from(HouseholdMember))
        fts = s.execute(text("SELECT count(*) FROM beneficiary_fts")).scalar()
        trigger = s.execute(text("SELECT count(*) FROM sqlite_master WHERE type='trigger' "
                                 "AND name='beneficiaries_fts_ai'")).scalar()
        due = repo.due_for_review(s, clock.now.date().replace(year=clock.now.year - 1), N)
        events = list(s.scalars(select(AuditEvent).where(AuditEvent.action == "demo.generate")))
    assert members == report["household_members"] > 0
    assert fts == N and trigger == 1
    assert 0 < len(due) < N
    assert len(events) == 1
    assert events[0].changes[0]["after"]["beneficiaries"] == N


def test_registration_and_a_second_run_continue_the_numbers(demo_db):
    db, _ = demo_db
    admin = staff.authenticate(db, "admin", "admin-pass-2026")
    form = BeneficiaryForm(first_name="زيد", father_name="عمرو", grandfather_name="بكر",
                           family_name="الفريد", id_number="1000000008", gender="male",
                           birth_date="01/01/1990", mobile="0599999991")
    made = registry.register(db, admin, form, branch_code="HQ")
    assert made.file_number == f"HQ-{N + 1:06d}"
    assert [r.id for r in registry.search(db, "زيد عمرو").rows] == [made.id]  # trigger is back
    again = demo.generate(db, beneficiaries=300, seed=5, preset_key="althikr_alhakeem",
                          branch_code="HQ", progress=None)
    assert again["initialised"] is False
    assert again["file_numbers"] == [f"HQ-{N + 2:06d}", f"HQ-{N + 301:06d}"]
    rows = _rows(db)
    assert len({b.id_number for b in rows}) == len(rows) == N + 301


def test_taken_ids_get_another_number(demo_db, tmp_path, clock):
    db, _ = demo_db
    first = _rows(db)[0]
    other, _ = _fresh(tmp_path, "other.sqlite3", 10, seed=5, clock=clock)  # same first ID
    assert _rows(other)[0].id_number == first.id_number
    fresh = Database.open(f"sqlite:///{tmp_path / 'taken.sqlite3'}", clock=clock)
    demo.generate(fresh, beneficiaries=0, seed=5, progress=None)
    admin = staff.authenticate(fresh, "admin", "admin-pass-2026")
    form = registry.to_form(first)
    form.household = []
    registry.register(fresh, admin, form, branch_code="HQ")
    demo.generate(fresh, beneficiaries=50, seed=5, progress=None)
    numbers = [b.id_number for b in _rows(fresh)]
    assert len(numbers) == len(set(numbers)) == 51
    for x in (other, fresh):
        x.dispose()


def test_another_seed_builds_the_same_number_of_people(tmp_path):
    # how fast is measured in bench/ (demo generation), never asserted here
    db, report = _fresh(tmp_path, "fast.sqlite3", N, seed=1)
    assert report["beneficiaries"] == len(_rows(db)) == N
    db.dispose()


# --- 100 000 -----------------------------------------------------------------------------------

BIG = 100_000


@pytest.fixture(scope="module")
def big_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("big") / "big.sqlite3"
    db = Database.open(f"sqlite:///{path}", clock=FixedClock(INSTANTS["sunday"]))
    t0 = time.perf_counter()
    report = demo.generate(db, beneficiaries=BIG, seed=2026, progress=None)
    seconds = time.perf_counter() - t0
    print(f"\ndemo.generate({BIG:,}): {seconds:.1f} s (beneficiaries step "
          f"{report['step_seconds']['beneficiaries']} s)")
    yield db, seconds
    db.dispose()


def _variant(name: str) -> str:
    """How someone else spells the same name: no hamza, ه for ة, ي for ى, "عبد ال…" apart,
    a tatweel and a diacritic."""
    out = (name.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").replace("ة", "ه")
           .replace("ى", "ي").replace("عبدال", "عبد ال"))
    return out[:2] + "ـ" + out[2:3] + "َ" + out[3:]


@pytest.mark.slow
def test_big_demo_has_every_person_in_the_search_index(big_db):
    # the time it takes is measured in bench/ (demo at 10k/100k/1M), never asserted here
    db, _seconds = big_db
    with db.read() as s:
        people = s.scalar(select(func.count()).select_from(Beneficiary))
        indexed = s.execute(text("SELECT count(*) FROM beneficiary_fts")).scalar()
    assert people == indexed == BIG


@pytest.mark.slow
def test_big_demo_finds_people_by_variant_name_id_and_mobile(big_db):
    db, _ = big_db
    picked = []
    with db.read() as s:
        for fragment in ("أ", "إ", "ة", "ى", "عبدال"):
            rows = s.scalars(
                select(Beneficiary).where(Beneficiary.id_type == "national_id")
                .where((Beneficiary.first_name + " " + Beneficiary.family_name)
                       .contains(fragment)).order_by(Beneficiary.seq.desc()).limit(2))
            picked.extend(rows)
    assert len(picked) == 10
    for b in picked:
        full = rules.full_name(b.first_name, b.father_name, b.grandfather_name, b.family_name)
        typed = _variant(full)
        assert typed != full
        page = registry.search(db, typed, page_size=50)
        assert b.id in [r.id for r in page.rows], (full, typed)
        assert [r.id for r in registry.search(db, b.id_number).rows] == [b.id]
        local = "0" + b.mobile.removeprefix("+966")
        assert [r.id for r in registry.search(db, local).rows] == [b.id]
