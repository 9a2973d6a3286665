"""the channel agreed at intake for telling the outcome (issue 21)

A request records the channel the person chose to be told the outcome on (seed 000: «على
الوسيلة المتفق عليها للتواصل معه»). Requests opened before this revision keep it blank: the
receipt and the notice then fall back to the person's preferred channel, as they did.

Revision ID: 0026_agreed_channel
Revises: 0024_aid_records
Create Date: 2026-11-27 16:45:00

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0026_agreed_channel'
down_revision: str | Sequence[str] | None = '0024_aid_records'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# A plain ADD/DROP COLUMN, not a batch rebuild: on SQLite a rebuild renames the table, which the
# report counts' triggers on other tables (0030) name, and SQLite refuses the rename.


def upgrade() -> None:
    op.add_column('service_requests', sa.Column('agreed_channel_code', sa.String(length=40),
                                                nullable=False, server_default=''))


def downgrade() -> None:
    op.drop_column('service_requests', 'agreed_channel_code')
