"""a request with two decisions counted once, on its first (issue 14)

The workflow gives a request one committee decision, but a sync can bring a second (both ends
decided before they met). 0030's triggers counted such a request on its first decision and
never moved it again, its backfill left it out: the two disagreed. Now both count a request
once, on the day of its first decision of all. The triggers that count decisions are made again
from ``desk_app/storage/report_counts_sql.py`` and the ``decided`` figure is counted afresh.

Revision ID: 0043_decided_counts
Revises: 0044_name_words_column
Create Date: 2026-11-27 20:30:00

"""
from collections.abc import Sequence

from alembic import op

from desk_app.storage.report_counts_sql import (
    DECIDED_TRIGGERS,
    Sql,
    create_pg,
    create_sqlite,
    decided_backfill,
    triggers,
)

revision: str = '0043_decided_counts'
down_revision: str | Sequence[str] | None = '0044_name_words_column'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    q = Sql(op.get_bind().dialect.name == "postgresql")
    for name, _when, table, _cond, _body in triggers(q):
        if name in DECIDED_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}" + (f" ON {table}" if q.pg else ""))
            if q.pg:
                op.execute(f"DROP FUNCTION IF EXISTS {name}()")
    made = create_pg(q) if q.pg else create_sqlite(q)
    for statement in made:
        if any(f" {name}(" in statement or f"TRIGGER {name} " in statement
               for name in DECIDED_TRIGGERS):
            op.execute(statement)
    op.execute("DELETE FROM report_day_counts WHERE figure = 'decided'")
    for statement in decided_backfill(q):
        op.execute(statement)


def downgrade() -> None:
    """The new triggers stay: they count what 0030's counted for every one-decision request."""
