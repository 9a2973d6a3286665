"""report indexes: the periods the management reports and the dashboard read (issue 22)

A month of a year's data is then an index range instead of a scan of every request, decision,
status change or beneficiary; the review backlog is counted on its index.

Revision ID: 0007_report_indexes
Revises: 0006_outbox
Create Date: 2026-11-27 11:00:00

"""
from collections.abc import Sequence

from alembic import op

revision: str = '0007_report_indexes'
down_revision: str | Sequence[str] | None = '0006_outbox'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = (
    ("ix_service_requests_received_at", "service_requests",
     ["received_at", "branch_code", "service_code"]),
    ("ix_request_decisions_decided_on", "request_decisions", ["decided_on"]),
    ("ix_request_events_to_status_at", "request_events", ["to_status", "at"]),
    ("ix_beneficiaries_created_at", "beneficiaries", ["created_at"]),
    ("ix_beneficiaries_data_reviewed_on", "beneficiaries", ["data_reviewed_on"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
