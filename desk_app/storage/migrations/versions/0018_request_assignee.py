"""request assignee: who a request waits with (a researcher, a department), for worklists

An internal referral keeps a request open "under study" with a person or a unit named in the
profile; the worklists and "my work" select by them, and the waiting list filters by branch and
service in due-date order (the index keeps a filtered first page an index walk at 300k requests).

Revision ID: 0018_request_assignee
Revises: 0017_audit_redaction
Create Date: 2026-11-27 13:20:00

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0018_request_assignee'
down_revision: str | Sequence[str] | None = '0017_audit_redaction'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('service_requests', schema=None) as batch_op:
        batch_op.add_column(sa.Column('assignee_id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('assigned_unit', sa.String(length=40), nullable=False,
                                      server_default=''))
        batch_op.create_index('ix_service_requests_assignee_status', ['assignee_id', 'status'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('service_requests', schema=None) as batch_op:
        batch_op.drop_index('ix_service_requests_assignee_status')
        batch_op.drop_column('assigned_unit')
        batch_op.drop_column('assignee_id')
