"""household members by national ID: a member's ID finds the household (issue 20)

Revision ID: 0019_household_member_id
Revises: 0018_request_assignee
Create Date: 2026-11-27 13:50:00

"""
from collections.abc import Sequence

from alembic import op

revision: str = '0019_household_member_id'
down_revision: str | Sequence[str] | None = '0018_request_assignee'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index('ix_household_members_id_number', 'household_members', ['id_number'])


def downgrade() -> None:
    op.drop_index('ix_household_members_id_number', table_name='household_members')
