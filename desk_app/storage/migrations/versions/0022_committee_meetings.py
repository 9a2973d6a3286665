"""committee meetings: the meeting, the members present with their approvals, its decisions

Revision ID: 0022_committee_meetings
Revises: 0019_household_member_id
Create Date: 2026-11-27 16:45:00

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0022_committee_meetings'
down_revision: str | Sequence[str] | None = '0019_household_member_id'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('committee_meetings',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.String(length=32), nullable=False),
    sa.Column('committee_code', sa.String(length=40), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('starts_at', sa.Time(), nullable=True),
    sa.Column('mode', sa.String(length=12), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('members_total', sa.Integer(), nullable=False),
    sa.Column('quorum_needed', sa.Integer(), nullable=False),
    sa.Column('approvals_needed', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('decided_at', sa.DateTime(), nullable=True),
    sa.Column('approved_at', sa.DateTime(), nullable=True),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_committee_meetings')),
    sa.UniqueConstraint('number', name=op.f('uq_committee_meetings_number'))
    )
    op.create_index(op.f('ix_committee_meetings_held_on'), 'committee_meetings', ['held_on'],
                    unique=False)
    op.create_index(op.f('ix_committee_meetings_status'), 'committee_meetings', ['status'],
                    unique=False)
    op.create_table('committee_meeting_attendees',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('staff_id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('approved_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['meeting_id'], ['committee_meetings.id'],
                            name=op.f('fk_committee_meeting_attendees_meeting_id_committee_meetings'),
                            ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'],
                            name=op.f('fk_committee_meeting_attendees_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_committee_meeting_attendees')),
    sa.UniqueConstraint('meeting_id', 'staff_id',
                        name=op.f('uq_committee_meeting_attendees_meeting_id_staff_id'))
    )
    op.create_index(op.f('ix_committee_meeting_attendees_meeting_id'),
                    'committee_meeting_attendees', ['meeting_id'], unique=False)
    op.create_index(op.f('ix_committee_meeting_attendees_staff_id'),
                    'committee_meeting_attendees', ['staff_id'], unique=False)
    op.create_table('committee_meeting_items',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('request_id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('decision', sa.String(length=16), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['committee_meetings.id'],
                            name=op.f('fk_committee_meeting_items_meeting_id_committee_meetings'),
                            ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['request_id'], ['service_requests.id'],
                            name=op.f('fk_committee_meeting_items_request_id_service_requests'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_committee_meeting_items'))
    )
    op.create_index(op.f('ix_committee_meeting_items_meeting_id'), 'committee_meeting_items',
                    ['meeting_id'], unique=False)
    op.create_index(op.f('ix_committee_meeting_items_request_id'), 'committee_meeting_items',
                    ['request_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_committee_meeting_items_request_id'),
                  table_name='committee_meeting_items')
    op.drop_index(op.f('ix_committee_meeting_items_meeting_id'),
                  table_name='committee_meeting_items')
    op.drop_table('committee_meeting_items')
    op.drop_index(op.f('ix_committee_meeting_attendees_staff_id'),
                  table_name='committee_meeting_attendees')
    op.drop_index(op.f('ix_committee_meeting_attendees_meeting_id'),
                  table_name='committee_meeting_attendees')
    op.drop_table('committee_meeting_attendees')
    op.drop_index(op.f('ix_committee_meetings_status'), table_name='committee_meetings')
    op.drop_index(op.f('ix_committee_meetings_held_on'), table_name='committee_meetings')
    op.drop_table('committee_meetings')
