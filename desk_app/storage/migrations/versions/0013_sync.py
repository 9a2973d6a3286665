"""branch sync (issue 14): change log, peers, conflicts, runs, exchange files seen

Revision ID: 0013_sync
Revises: 0012_contacts
Create Date: 2026-11-27 13:08:08.921078

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0013_sync'
down_revision: str | Sequence[str] | None = '0012_contacts'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('sync_changes',
    sa.Column('pos', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('origin', sa.String(length=8), nullable=False),
    sa.Column('origin_pos', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('action', sa.String(length=64), nullable=False),
    sa.Column('changes', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('pos', name=op.f('pk_sync_changes'))
    )
    with op.batch_alter_table('sync_changes', schema=None) as batch_op:
        batch_op.create_index('ix_sync_changes_origin_pos', ['origin', 'origin_pos'], unique=False)

    op.create_table('sync_conflicts',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=80), nullable=False),
    sa.Column('field', sa.String(length=64), nullable=False),
    sa.Column('head_value', sa.JSON(), nullable=False),
    sa.Column('branch_value', sa.JSON(), nullable=False),
    sa.Column('branch', sa.String(length=8), nullable=False),
    sa.Column('branch_actor', sa.String(length=200), nullable=False),
    sa.Column('branch_at', sa.DateTime(), nullable=False),
    sa.Column('head_actor', sa.String(length=200), nullable=False),
    sa.Column('head_at', sa.DateTime(), nullable=True),
    sa.Column('found_at', sa.DateTime(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('chosen', sa.String(length=10), nullable=False),
    sa.Column('resolved_by', sa.String(length=200), nullable=False),
    sa.Column('resolved_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflicts'))
    )
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_conflicts_row_id'), ['row_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_conflicts_status'), ['status'], unique=False)

    op.create_table('sync_files_seen',
    sa.Column('file_id', sa.String(length=80), nullable=False),
    sa.Column('sender', sa.String(length=8), nullable=False),
    sa.Column('applied_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('file_id', name=op.f('pk_sync_files_seen')),
    sa.UniqueConstraint('sender', 'file_id', name=op.f('uq_sync_files_seen_sender_file_id'))
    )
    op.create_table('sync_peers',
    sa.Column('code', sa.String(length=8), nullable=False),
    sa.Column('role', sa.String(length=8), nullable=False),
    sa.Column('key', sa.LargeBinary(), nullable=False),
    sa.Column('acked', sa.Integer(), nullable=False),
    sa.Column('received', sa.Integer(), nullable=False),
    sa.Column('seeded', sa.Boolean(), nullable=False),
    sa.Column('files_out', sa.Integer(), nullable=False),
    sa.Column('files_in', sa.Integer(), nullable=False),
    sa.Column('last_sync_at', sa.DateTime(), nullable=True),
    sa.Column('last_error', sa.String(length=40), nullable=False),
    sa.Column('enrolled_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_sync_peers'))
    )
    op.create_table('sync_runs',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('site', sa.String(length=8), nullable=False),
    sa.Column('peer', sa.String(length=8), nullable=False),
    sa.Column('how', sa.String(length=10), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('finished_at', sa.DateTime(), nullable=True),
    sa.Column('sent', sa.Integer(), nullable=False),
    sa.Column('received', sa.Integer(), nullable=False),
    sa.Column('conflicts', sa.Integer(), nullable=False),
    sa.Column('error', sa.String(length=40), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_runs'))
    )
    with op.batch_alter_table('sync_runs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_runs_started_at'), ['started_at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('sync_runs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_runs_started_at'))

    op.drop_table('sync_runs')
    op.drop_table('sync_peers')
    op.drop_table('sync_files_seen')
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_conflicts_status'))
        batch_op.drop_index(batch_op.f('ix_sync_conflicts_row_id'))

    op.drop_table('sync_conflicts')
    with op.batch_alter_table('sync_changes', schema=None) as batch_op:
        batch_op.drop_index('ix_sync_changes_origin_pos')

    op.drop_table('sync_changes')
