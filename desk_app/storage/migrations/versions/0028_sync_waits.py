"""sync log: which changes a person waits for (issue 14)

Each action in the change log says whose wait it is: ``both`` (sent up by a branch and passed
on by the head office), ``down`` (the head office's own settings: profile, permissions, contact
officers — a branch never sends its copy up), or ``""`` (only the record of a sync itself). The
"waiting" counts on the Sync screen and the status bar count what a person would call waiting.
Rows not yet acknowledged by every peer are classified now; older ones were sent already.

Revision ID: 0028_sync_waits
Revises: 0027_beneficiary_type_source
Create Date: 2026-11-27 16:50:00

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0028_sync_waits'
down_revision: str | Sequence[str] | None = '0027_beneficiary_type_source'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# As desk_app.storage.sync_log.DOWN_ONLY and BOOKKEEPING at this revision (a migration keeps
# its own copy: the application's lists may change later).
DOWN_ONLY = {"profile_versions", "permission_versions", "contact_officers"}
BOOKKEEPING = {"sync_runs"}


def _waits(changes: list) -> str:
    tables = {c.get("t") for c in changes or []}
    if tables - DOWN_ONLY - BOOKKEEPING:
        return "both"
    return "down" if tables & DOWN_ONLY else ""


def upgrade() -> None:
    with op.batch_alter_table('sync_changes') as batch:
        batch.add_column(sa.Column('waits', sa.String(length=5), nullable=False,
                                   server_default='both'))
    log = sa.table('sync_changes', sa.column('pos', sa.Integer), sa.column('changes', sa.JSON),
                   sa.column('waits', sa.String))
    conn = op.get_bind()
    since = conn.execute(sa.text("SELECT min(acked) FROM sync_peers")).scalar()
    if since is None:
        return  # not set up for synchronisation: nothing is waiting
    rows = conn.execute(sa.select(log.c.pos, log.c.changes).where(log.c.pos > since)).all()
    for pos, changes in rows:
        waits = _waits(changes)
        if waits != "both":
            conn.execute(sa.update(log).where(log.c.pos == pos).values(waits=waits))


def downgrade() -> None:
    with op.batch_alter_table('sync_changes') as batch:
        batch.drop_column('waits')
