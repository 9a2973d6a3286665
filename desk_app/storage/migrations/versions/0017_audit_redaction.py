"""audit redaction: a retention run may replace an event's personal values by a skeleton

Revision ID: 0017_audit_redaction
Revises: 0016_contact_officers
Create Date: 2026-11-27 14:00:00

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0017_audit_redaction'
down_revision: str | Sequence[str] | None = '0016_contact_officers'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('redacted_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_column('redacted_at')
