"""cross-branch duplicates: review list, merged files' links, one national ID on two rows

Revision ID: 0011_duplicates
Revises: 0010_governance
Create Date: 2026-11-27 13:20:00

"""
import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0011_duplicates'
down_revision: str | Sequence[str] | None = '0010_governance'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_IDENTITY = ['id_type', 'id_country', 'id_number']
_UNIQUE = 'uq_beneficiaries_id_type_id_country_id_number'
_UNIQUE_SQL = f"CONSTRAINT {_UNIQUE} UNIQUE (id_type, id_country, id_number)"


def _rebuild_sqlite(edit) -> None:  # noqa: ANN001
    """SQLite's own way to change a table's constraints (new table, copy, drop, rename).

    Done by hand, not with Alembic's batch mode: batch writes the remaining constraints in a
    different order from one process to the next, and a backup is checked against the schema
    these migrations make, SQL text included (storage/sqlite_check.py). The table's SQL is
    edited as stored; its indexes and the name-search triggers are made again as they were
    (the rows keep their ``seq``, so the search index itself stays valid).
    """
    conn = op.get_bind()
    if conn.exec_driver_sql("PRAGMA foreign_keys").scalar():
        # Dropping the table would delete (cascade) every household member with it.
        raise RuntimeError("foreign keys must be off while beneficiaries is rebuilt")
    table_sql = conn.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type='table' AND name='beneficiaries'").scalar()
    others = [r[0] for r in conn.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE tbl_name='beneficiaries' AND type IN "
        "('index', 'trigger') AND sql IS NOT NULL ORDER BY type, name")]
    new_sql = edit(table_sql)
    op.execute(re.sub(r'^CREATE TABLE "?beneficiaries"?', 'CREATE TABLE _new_beneficiaries',
                      new_sql))
    op.execute("INSERT INTO _new_beneficiaries SELECT * FROM beneficiaries")
    op.execute("DROP TABLE beneficiaries")
    op.execute("ALTER TABLE _new_beneficiaries RENAME TO beneficiaries")
    for statement in others:
        op.execute(statement)


def _without_unique(sql: str) -> str:
    return re.sub(r",\s*" + re.escape(_UNIQUE_SQL), "", sql)


def _with_unique(sql: str) -> str:
    head, _, _tail = sql.rstrip().rpartition(")")
    return f"{head.rstrip()}, \n\t{_UNIQUE_SQL}\n)"


def upgrade() -> None:
    op.create_table('beneficiary_merges',
    sa.Column('merged_id', sa.String(length=36), nullable=False),
    sa.Column('kept_id', sa.String(length=36), nullable=False),
    sa.Column('merged_at', sa.DateTime(), nullable=False),
    sa.Column('merged_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['kept_id'], ['beneficiaries.id'],
                            name=op.f('fk_beneficiary_merges_kept_id_beneficiaries')),
    sa.ForeignKeyConstraint(['merged_id'], ['beneficiaries.id'],
                            name=op.f('fk_beneficiary_merges_merged_id_beneficiaries')),
    sa.PrimaryKeyConstraint('merged_id', name=op.f('pk_beneficiary_merges'))
    )
    op.create_index('ix_beneficiary_merges_kept_id', 'beneficiary_merges', ['kept_id'])
    op.create_table('duplicate_pairs',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('first_id', sa.String(length=36), nullable=False),
    sa.Column('second_id', sa.String(length=36), nullable=False),
    sa.Column('strength', sa.String(length=10), nullable=False),
    sa.Column('reasons', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('found_at', sa.DateTime(), nullable=False),
    sa.Column('resolved_at', sa.DateTime(), nullable=True),
    sa.Column('resolved_by', sa.String(length=64), nullable=False),
    sa.Column('kept_id', sa.String(length=36), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['first_id'], ['beneficiaries.id'],
                            name=op.f('fk_duplicate_pairs_first_id_beneficiaries')),
    sa.ForeignKeyConstraint(['second_id'], ['beneficiaries.id'],
                            name=op.f('fk_duplicate_pairs_second_id_beneficiaries')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_duplicate_pairs')),
    sa.UniqueConstraint('first_id', 'second_id', name=op.f('uq_duplicate_pairs_first_id_second_id'))
    )
    for column in ('first_id', 'second_id', 'status'):
        op.create_index(op.f(f'ix_duplicate_pairs_{column}'), 'duplicate_pairs', [column])
    if op.get_bind().dialect.name == "sqlite":
        _rebuild_sqlite(_without_unique)
    else:
        op.drop_constraint(_UNIQUE, 'beneficiaries', type_='unique')
    op.create_index('ix_beneficiaries_identity', 'beneficiaries', _IDENTITY, unique=False)


def downgrade() -> None:
    op.drop_index('ix_beneficiaries_identity', table_name='beneficiaries')
    if op.get_bind().dialect.name == "sqlite":
        _rebuild_sqlite(_with_unique)
    else:
        op.create_unique_constraint(_UNIQUE, 'beneficiaries', _IDENTITY)
    for column in ('first_id', 'second_id', 'status'):
        op.drop_index(op.f(f'ix_duplicate_pairs_{column}'), table_name='duplicate_pairs')
    op.drop_table('duplicate_pairs')
    op.drop_index('ix_beneficiary_merges_kept_id', table_name='beneficiary_merges')
    op.drop_table('beneficiary_merges')
