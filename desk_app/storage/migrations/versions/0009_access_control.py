"""access control: permission versions, access log, sign-in protection, chained audit events

Revision ID: 0009_access_control
Revises: 0008_report_covering
Create Date: 2026-11-27 10:30:00

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0009_access_control'
down_revision: str | Sequence[str] | None = '0008_report_covering'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('permission_versions',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_permission_versions')),
    sa.UniqueConstraint('version', name=op.f('uq_permission_versions_version'))
    )
    op.create_table('access_log',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor_id', sa.String(length=36), nullable=True),
    sa.Column('actor_name', sa.String(length=64), nullable=False),
    sa.Column('desk', sa.String(length=120), nullable=False),
    sa.Column('action', sa.String(length=64), nullable=False),
    sa.Column('allowed', sa.Boolean(), nullable=False),
    sa.Column('beneficiary_id', sa.String(length=36), nullable=False),
    sa.Column('target_type', sa.String(length=40), nullable=False),
    sa.Column('target_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_access_log'))
    )
    with op.batch_alter_table('access_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_access_log_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_access_log_actor_id'), ['actor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_access_log_beneficiary_id'), ['beneficiary_id'],
                              unique=False)
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.add_column(sa.Column('failed_sign_ins', sa.Integer(), nullable=False,
                                      server_default='0'))
        batch_op.add_column(sa.Column('last_failed_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('locked', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
        batch_op.add_column(sa.Column('must_change_password', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
        batch_op.add_column(sa.Column('last_sign_in_at', sa.DateTime(), nullable=True))
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('seq', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('prev_hash', sa.String(length=64), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('hash', sa.String(length=64), nullable=False,
                                      server_default=''))
        batch_op.create_unique_constraint(batch_op.f('uq_audit_events_seq'), ['seq'])
    _chain_existing_events()


def _chain_existing_events() -> None:
    """Events recorded before the chain existed join it in the order they happened."""
    from desk_app.storage.audit_chain import link

    conn = op.get_bind()
    events = sa.table('audit_events', sa.column('id'), sa.column('at'), sa.column('actor_id'),
                      sa.column('actor_name'), sa.column('action'), sa.column('target_type'),
                      sa.column('target_id'), sa.column('changes', sa.JSON()),
                      sa.column('seq'), sa.column('prev_hash'), sa.column('hash'))
    rows = conn.execute(sa.select(events).order_by(events.c.at, events.c.id)).mappings().all()
    prev = ""
    for n, row in enumerate(rows, start=1):
        digest = link(prev, {**row, "seq": n})
        conn.execute(events.update().where(events.c.id == row["id"])
                     .values(seq=n, prev_hash=prev, hash=digest))
        prev = digest


def downgrade() -> None:
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_audit_events_seq'), type_='unique')
        batch_op.drop_column('hash')
        batch_op.drop_column('prev_hash')
        batch_op.drop_column('seq')
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.drop_column('last_sign_in_at')
        batch_op.drop_column('must_change_password')
        batch_op.drop_column('locked')
        batch_op.drop_column('last_failed_at')
        batch_op.drop_column('failed_sign_ins')
    with op.batch_alter_table('access_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_access_log_beneficiary_id'))
        batch_op.drop_index(batch_op.f('ix_access_log_actor_id'))
        batch_op.drop_index(batch_op.f('ix_access_log_at'))
    op.drop_table('access_log')
    op.drop_table('permission_versions')
