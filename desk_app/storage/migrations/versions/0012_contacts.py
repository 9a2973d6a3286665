"""contacts: enquiries from people not in the registry, answered or passed to a colleague

Revision ID: 0012_contacts
Revises: 0011_duplicates
Create Date: 2026-11-27 13:30:00

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0012_contacts'
down_revision: str | Sequence[str] | None = '0011_duplicates'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TEXTS = (('person_name', sa.String(length=200)), ('person_phone', sa.String(length=40)),
          ('outcome', sa.String(length=12)), ('answer', sa.Text()),
          ('passed_to', sa.String(length=200)), ('answered_by', sa.String(length=200)))


def upgrade() -> None:
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.alter_column('beneficiary_id', existing_type=sa.String(length=36),
                              nullable=True)
        for name, kind in _TEXTS:
            batch_op.add_column(sa.Column(name, kind, nullable=False, server_default=''))
        batch_op.add_column(sa.Column('passed_to_id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('answered_at', sa.DateTime(), nullable=True))
        batch_op.create_index(batch_op.f('ix_contacts_passed_to_id'), ['passed_to_id'],
                              unique=False)


def downgrade() -> None:
    op.execute("DELETE FROM contacts WHERE beneficiary_id IS NULL")
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contacts_passed_to_id'))
        batch_op.drop_column('answered_at')
        batch_op.drop_column('passed_to_id')
        for name, _kind in reversed(_TEXTS):
            batch_op.drop_column(name)
        batch_op.alter_column('beneficiary_id', existing_type=sa.String(length=36),
                              nullable=False)
