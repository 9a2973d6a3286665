"""figures per day kept by triggers for the dashboard and the reports (issue 22)

Revision ID: 0030_report_counts
Revises: 0020_social_studies
Create Date: 2026-11-27 16:45:00

The tables are described in ``desk_app/storage/report_counts_tables.py``. The triggers are
written once for both engines (SQLite trigger bodies, PostgreSQL PL/pgSQL functions) from the
same statements; the backfill is one grouped ``INSERT … SELECT`` per figure. Both live in
``desk_app/storage/report_counts_sql.py``: a bulk load counts its own rows with the same backfill.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from desk_app.storage.report_counts_sql import Sql, backfill, create_pg, create_sqlite, triggers

revision: str = '0030_report_counts'
down_revision: str | Sequence[str] | None = '0020_social_studies'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'report_day_counts',
        sa.Column('figure', sa.String(length=16), nullable=False),
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('branch_code', sa.String(length=8), nullable=False),
        sa.Column('service_code', sa.String(length=40), nullable=False),
        sa.Column('detail', sa.String(length=40), nullable=False),
        sa.Column('n', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('figure', 'day', 'branch_code', 'service_code', 'detail',
                                name=op.f('pk_report_day_counts')))
    op.create_table(
        'registry_counts',
        sa.Column('branch_code', sa.String(length=8), nullable=False),
        sa.Column('category_code', sa.String(length=40), nullable=False),
        sa.Column('beneficiary_type', sa.String(length=10), nullable=False),
        sa.Column('city', sa.String(length=120), nullable=False),
        sa.Column('n', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('branch_code', 'category_code', 'beneficiary_type', 'city',
                                name=op.f('pk_registry_counts')))
    q = Sql(op.get_bind().dialect.name == "postgresql")
    for statement in backfill(q) + (create_pg(q) if q.pg else create_sqlite(q)):
        op.execute(statement)


def downgrade() -> None:
    pg = op.get_bind().dialect.name == "postgresql"
    for name, _when, table, _cond, _body in triggers(Sql(pg)):
        op.execute(f"DROP TRIGGER IF EXISTS {name}" + (f" ON {table}" if pg else ""))
        if pg:
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
    op.drop_table('registry_counts')
    op.drop_table('report_day_counts')
