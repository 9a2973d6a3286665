"""Migrations: from empty, Alembic sees no drift, and start-up skips Alembic when current."""

import subprocess
import sys

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from desk_app.storage.db import HEAD_REVISION, Database, alembic_config, stored_revision


def test_head_constant_matches_alembic_head():
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    assert script.get_current_head() == HEAD_REVISION


def test_upgrade_from_empty_creates_schema_and_index(tmp_path):
    url = f"sqlite:///{tmp_path / 'a.sqlite3'}"
    db = Database.open(url)
    assert stored_revision(db.read_engine) == HEAD_REVISION
    names = set(inspect(db.read_engine).get_table_names())
    assert {"beneficiaries", "staff", "audit_events", "profile_versions", "beneficiary_fts"} <= names
    with db.read_engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    db.dispose()


def test_alembic_check_is_clean(tmp_path):
    url = f"sqlite:///{tmp_path / 'b.sqlite3'}"
    Database.open(url).dispose()
    command.check(alembic_config(url))  # raises if models and migrations disagree


def test_downgrade_to_base_and_up_again(tmp_path):
    url = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    Database.open(url).dispose()
    command.downgrade(alembic_config(url), "base")
    db = Database.open(url)
    with db.read_engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM beneficiary_fts")).scalar() == 0
    db.dispose()


def test_current_database_opens_without_importing_alembic(tmp_path):
    url = f"sqlite:///{tmp_path / 'd.sqlite3'}"
    Database.open(url).dispose()
    code = (
        "import sys; from desk_app.storage.db import Database; "
        f"Database.open({url!r}).dispose(); print('alembic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_populated_0001_database_upgrades_with_its_data(tmp_path):
    """A branch still on 0001 with people and audit rows keeps them all after the upgrade."""
    from desk_app.domain.beneficiary import BeneficiaryForm
    from desk_app.domain.identifiers import make_saudi_id
    from desk_app.services import installation, registry
    from tests.storage.oldrev import at_revision

    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    ids = []

    def fill(db: Database) -> None:
        admin = installation.initialise(db, preset_key="althikr_alhakeem", branch_code="RYD",
                                        admin_username="admin", admin_password="admin-secret-1",
                                        admin_full_name="مدير النظام")
        for i, name in enumerate(("خالد", "سارة", "منيرة")):
            form = BeneficiaryForm(first_name=name, father_name="سعد", grandfather_name="ناصر",
                                   family_name="العتيبي", birth_date="01/02/1990",
                                   id_number=make_saudi_id(1, f"5555000{i}"), gender="male",
                                   mobile=f"055000000{i}")
            ids.append(registry.register(db, admin, form, branch_code="RYD").id)

    old = at_revision(url, "0001_foundation", fill)  # no migration: stays at 0001
    with old.read_engine.connect() as conn:
        before = {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar()
                  for t in ("beneficiaries", "audit_events", "staff", "counters")}
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == \
            "0001_foundation"
    old.dispose()

    db = Database.open(url)
    assert stored_revision(db.read_engine) == HEAD_REVISION
    with db.read_engine.connect() as conn:
        after = {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in before}
        assert after == before
        assert conn.execute(text("SELECT count(*) FROM service_requests")).scalar() == 0
        fts = conn.execute(text("SELECT count(*) FROM beneficiary_fts")).scalar()
        assert fts == before["beneficiaries"]
    assert {s.id for s in registry.search(db, "العتيبي").rows} == set(ids)
    db.dispose()
