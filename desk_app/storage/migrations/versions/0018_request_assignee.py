"""request assignee and the waiting list's indexes (issue 20)

An internal referral keeps a request open "under study" with a unit named in the profile and,
optionally, a person: ``assignee_id`` and ``assigned_unit``. The waiting list and worklists read
open requests through two partial indexes over open requests only: one in list order (due date,
then received) with the filter columns, one in status order for the counts per status
(repositories/worklists.py). Their condition repeats ``OPEN_SQL`` of requests_tables.py as it
stood at this revision.

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

OPEN_SQL = "status IN ('received', 'incomplete', 'complete', 'under_study', 'committee')"
INDEXES = (
    ("ix_service_requests_open_due",
     ["due_on", "received_at", "status", "service_code", "branch_code", "assignee_id"]),
    ("ix_service_requests_open_status",
     ["status", "service_code", "branch_code", "assignee_id", "due_on"]),
)


def upgrade() -> None:
    with op.batch_alter_table('service_requests', schema=None) as batch_op:
        batch_op.add_column(sa.Column('assignee_id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('assigned_unit', sa.String(length=40), nullable=False,
                                      server_default=''))
    for name, columns in INDEXES:
        op.create_index(name, 'service_requests', columns,
                        sqlite_where=sa.text(OPEN_SQL), postgresql_where=sa.text(OPEN_SQL))


def downgrade() -> None:
    for name, _columns in reversed(INDEXES):
        op.drop_index(name, table_name='service_requests')
    with op.batch_alter_table('service_requests', schema=None) as batch_op:
        batch_op.drop_column('assigned_unit')
        batch_op.drop_column('assignee_id')
