"""online arrivals: web-form submissions waiting for review

Revision ID: 0014_online_arrivals
Revises: 0013_sync
Create Date: 2026-11-27 13:50:00

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0014_online_arrivals'
down_revision: str | Sequence[str] | None = '0013_sync'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('online_arrivals',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('source', sa.String(length=255), nullable=False),
    sa.Column('row_no', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('submitted_at', sa.DateTime(), nullable=True),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.Column('imported_by', sa.String(length=200), nullable=False),
    sa.Column('values', sa.JSON(), nullable=False),
    sa.Column('problems', sa.JSON(), nullable=False),
    sa.Column('match', sa.String(length=12), nullable=False),
    sa.Column('beneficiary_id', sa.String(length=36), nullable=True),
    sa.Column('candidates', sa.JSON(), nullable=False),
    sa.Column('duplicate_of_row', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('result_type', sa.String(length=12), nullable=False),
    sa.Column('result_id', sa.String(length=36), nullable=False),
    sa.Column('result_number', sa.String(length=32), nullable=False),
    sa.Column('reviewed_by', sa.String(length=200), nullable=False),
    sa.Column('reviewed_at', sa.DateTime(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_online_arrivals')),
    sa.UniqueConstraint('fingerprint', name=op.f('uq_online_arrivals_fingerprint'))
    )
    with op.batch_alter_table('online_arrivals', schema=None) as batch_op:
        batch_op.create_index('ix_online_arrivals_status_imported', ['status', 'imported_at'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('online_arrivals', schema=None) as batch_op:
        batch_op.drop_index('ix_online_arrivals_status_imported')
    op.drop_table('online_arrivals')
