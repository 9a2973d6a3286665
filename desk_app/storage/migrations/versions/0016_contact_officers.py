"""contact officers: a staff account per beneficiary category and per field of work

Revision ID: 0016_contact_officers
Revises: 0015_partners
Create Date: 2026-11-27 14:05:00

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0016_contact_officers'
down_revision: str | Sequence[str] | None = '0015_partners'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('contact_officers',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('scope', sa.String(length=12), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('staff_id', sa.String(length=36), nullable=False),
    sa.Column('assigned_at', sa.DateTime(), nullable=False),
    sa.Column('assigned_by', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact_officers')),
    sa.UniqueConstraint('scope', 'code', name='uq_contact_officers_scope_code')
    )
    op.create_index(op.f('ix_contact_officers_staff_id'), 'contact_officers', ['staff_id'],
                    unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_contact_officers_staff_id'), table_name='contact_officers')
    op.drop_table('contact_officers')
