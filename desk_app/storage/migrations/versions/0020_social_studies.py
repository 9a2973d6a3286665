"""social studies: the researcher's study of a request under study (issue 20)

Revision ID: 0020_social_studies
Revises: 0022_committee_meetings
Create Date: 2026-11-27 16:40:00

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0020_social_studies'
down_revision: str | Sequence[str] | None = '0022_committee_meetings'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('social_studies',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('request_id', sa.String(length=36), nullable=False),
    sa.Column('beneficiary_id', sa.String(length=36), nullable=False),
    sa.Column('researcher_id', sa.String(length=36), nullable=True),
    sa.Column('researcher_name', sa.String(length=200), nullable=False),
    sa.Column('visit_on', sa.Date(), nullable=True),
    sa.Column('visit_kind', sa.String(length=16), nullable=False),
    sa.Column('housing_kind', sa.String(length=20), nullable=False),
    sa.Column('housing', sa.Text(), nullable=False),
    sa.Column('income', sa.JSON(), nullable=False),
    sa.Column('expenses', sa.JSON(), nullable=False),
    sa.Column('health', sa.Text(), nullable=False),
    sa.Column('members', sa.JSON(), nullable=False),
    sa.Column('needs', sa.Text(), nullable=False),
    sa.Column('recommendation', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['beneficiary_id'], ['beneficiaries.id'],
                            name=op.f('fk_social_studies_beneficiary_id_beneficiaries')),
    sa.ForeignKeyConstraint(['request_id'], ['service_requests.id'],
                            name=op.f('fk_social_studies_request_id_service_requests'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_social_studies')),
    sa.UniqueConstraint('request_id', name=op.f('uq_social_studies_request_id'))
    )
    with op.batch_alter_table('social_studies', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_social_studies_beneficiary_id'), ['beneficiary_id'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('social_studies', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_social_studies_beneficiary_id'))
    op.drop_table('social_studies')
