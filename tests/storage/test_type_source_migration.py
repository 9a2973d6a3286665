"""Migration 0027 (issue 24): where a Tuwaiq record's category (``direct``/``indirect``) and its
``beneficiary_type`` disagree, the category decides; other rows are left as they were. On both
engines, with disagreeing rows written straight into the table (today's code cannot write them).
"""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from desk_app.domain.beneficiary import BeneficiaryForm
from desk_app.domain.identifiers import make_saudi_id
from desk_app.services import installation, registry
from desk_app.storage.db import HEAD_REVISION, alembic_config, stored_revision
from tests.conftest import ADMIN_PASSWORD, engine_url
from tests.storage.oldrev import at_revision

# (category, type written before 0027, type expected after)
ROWS = (("direct", "indirect", "direct"), ("indirect", "direct", "indirect"),
        ("direct", "direct", "direct"), ("indirect", "indirect", "indirect"),
        ("", "indirect", "indirect"))


def _fill(db) -> None:
    admin = installation.initialise(db, preset_key="tuwaiq_cadres", branch_code="RYD",
                                    admin_username="admin", admin_password=ADMIN_PASSWORD,
                                    admin_full_name="مدير النظام")
    for i, (category, before, _after) in enumerate(ROWS):
        b = registry.register(db, admin, BeneficiaryForm(
            first_name="سارة", father_name="سعد", grandfather_name="ناصر",
            family_name="العتيبي" + "ي" * i, birth_date="01/02/1990", gender="female",
            id_number=make_saudi_id(1, f"{66660000 + i}"), mobile=f"05{60000000 + i}",
            category_code=category), branch_code="RYD")
        with db.write_engine.begin() as conn:  # the disagreement the old code let through
            conn.execute(text("UPDATE beneficiaries SET beneficiary_type = :t WHERE id = :i"),
                         {"t": before, "i": b.id})


def test_the_category_decides_where_they_disagree(request, engine, tmp_path):
    url = engine_url(request, engine, tmp_path, "types.sqlite3")
    old = at_revision(url, "0026_agreed_channel", _fill)
    old.dispose()
    command.upgrade(alembic_config(url), "head")
    from desk_app.storage.db import Database
    db = Database(url)
    try:
        assert stored_revision(db.read_engine) == HEAD_REVISION
        with db.read_engine.connect() as conn:
            found = {(r.family_name, r.category_code, r.beneficiary_type) for r in conn.execute(
                text("SELECT family_name, category_code, beneficiary_type FROM beneficiaries"))}
        assert found == {("العتيبي" + "ي" * i, c, after) for i, (c, _b, after) in enumerate(ROWS)}
    finally:
        db.dispose()
