"""report covering indexes: the registry's breakdown and a period's survey answers (issue 22)

The registry report counts everyone by category, type and city: with this index SQLite reads
the index (three short columns) instead of every beneficiary row, already in group order.
Survey answers of a questionnaire in a period become one index range.

Revision ID: 0008_report_covering
Revises: 0007_report_indexes
Create Date: 2026-11-27 11:35:00

"""
from collections.abc import Sequence

from alembic import op

revision: str = '0008_report_covering'
down_revision: str | Sequence[str] | None = '0007_report_indexes'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = (
    ("ix_beneficiaries_category_type_city", "beneficiaries",
     ["category_code", "beneficiary_type", "city"]),
    ("ix_survey_responses_questionnaire_answered", "survey_responses",
     ["questionnaire_id", "answered_on"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
