"""Databases at an earlier schema revision, with people in them, for the upgrade tests."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import text

from desk_app.domain.beneficiary import BeneficiaryForm
from desk_app.domain.identifiers import make_saudi_id
from desk_app.services import installation, registry
from desk_app.storage import db as db_module
from desk_app.storage.db import Database, alembic_config

NAMES = ("خالد", "سارة", "منيرة", "فهد", "نورة")


def at_revision(url: str, revision: str, fill: Callable[[Database], None]) -> Database:
    """A database at ``revision`` holding what ``fill`` wrote: filled by today's code at the
    head, then migrated down, so old revisions need no old copy of the models (today's models
    cannot write to tables an older revision lacks columns of). Returned not yet disposed."""
    from alembic import command

    db_module.upgrade(url)
    head = Database(url)
    fill(head)
    head.dispose()
    command.downgrade(alembic_config(url), revision)
    return Database(url)  # no migration: the database stays where it is


def build(path: Path, revision: str, people: int = 5) -> dict[str, int]:
    """A database stopped at ``revision`` with an administrator and ``people`` registered."""
    old = at_revision(f"sqlite:///{path}", revision, lambda db: _register(db, people))
    counts = table_counts(old)
    old.dispose()
    return counts


def _register(old: Database, people: int) -> None:
    admin = installation.initialise(old, preset_key="althikr_alhakeem", branch_code="RYD",
                                    admin_username="admin", admin_password="admin-secret-1",
                                    admin_full_name="مدير النظام")
    for i in range(people):
        form = BeneficiaryForm(first_name=NAMES[i % len(NAMES)], father_name="سعد",
                               grandfather_name="ناصر", family_name="العتيبي",
                               birth_date=f"0{1 + i % 9}/02/1990",
                               id_number=make_saudi_id(1, f"{55550000 + i}"), gender="male",
                               mobile=f"05{50000000 + i}")
        registry.register(old, admin, form, branch_code="RYD")


def table_counts(db: Database) -> dict[str, int]:
    with db.read_engine.connect() as conn:
        names = [r[0] for r in conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'beneficiary_fts_%'"))]
        return {n: conn.execute(text(f'SELECT count(*) FROM "{n}"')).scalar_one() for n in names}


def copy(template: Path, target: Path) -> Path:
    shutil.copyfile(template, target)
    return target
