"""surveys: questionnaire versions, campaigns, kiosk sessions, responses, invitations

Revision ID: 0004_surveys
Revises: 0003_documents
Create Date: 2026-11-22 02:14:05.721400

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0004_surveys'
down_revision: str | Sequence[str] | None = '0003_documents'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('survey_questionnaires',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_survey_questionnaires')),
    sa.UniqueConstraint('key', 'version', name=op.f('uq_survey_questionnaires_key_version'))
    )
    op.create_table('survey_campaigns',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('name_ar', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('questionnaire_id', sa.String(length=36), nullable=False),
    sa.Column('service_code', sa.String(length=40), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('open', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['questionnaire_id'], ['survey_questionnaires.id'], name=op.f('fk_survey_campaigns_questionnaire_id_survey_questionnaires')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_survey_campaigns'))
    )
    with op.batch_alter_table('survey_campaigns', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_survey_campaigns_questionnaire_id'), ['questionnaire_id'], unique=False)

    op.create_table('survey_invitations',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('campaign_id', sa.String(length=36), nullable=False),
    sa.Column('beneficiary_id', sa.String(length=36), nullable=False),
    sa.Column('subject_ref', sa.String(length=36), nullable=False),
    sa.Column('outcome', sa.String(length=12), nullable=False),
    sa.Column('asked_on', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['beneficiary_id'], ['beneficiaries.id'], name=op.f('fk_survey_invitations_beneficiary_id_beneficiaries'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['campaign_id'], ['survey_campaigns.id'], name=op.f('fk_survey_invitations_campaign_id_survey_campaigns')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_survey_invitations')),
    sa.UniqueConstraint('campaign_id', 'beneficiary_id', 'subject_ref', name=op.f('uq_survey_invitations_campaign_id_beneficiary_id_subject_ref'))
    )
    with op.batch_alter_table('survey_invitations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_survey_invitations_beneficiary_id'), ['beneficiary_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_survey_invitations_campaign_id'), ['campaign_id'], unique=False)

    op.create_table('survey_kiosk_sessions',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('campaign_id', sa.String(length=36), nullable=False),
    sa.Column('branch_code', sa.String(length=8), nullable=False),
    sa.Column('started_by', sa.String(length=36), nullable=True),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('ended_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['campaign_id'], ['survey_campaigns.id'], name=op.f('fk_survey_kiosk_sessions_campaign_id_survey_campaigns')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_survey_kiosk_sessions'))
    )
    with op.batch_alter_table('survey_kiosk_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_survey_kiosk_sessions_campaign_id'), ['campaign_id'], unique=False)

    op.create_table('survey_responses',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('campaign_id', sa.String(length=36), nullable=False),
    sa.Column('questionnaire_id', sa.String(length=36), nullable=False),
    sa.Column('mode', sa.String(length=12), nullable=False),
    sa.Column('channel_code', sa.String(length=40), nullable=False),
    sa.Column('branch_code', sa.String(length=8), nullable=False),
    sa.Column('service_code', sa.String(length=40), nullable=False),
    sa.Column('answered_on', sa.Date(), nullable=False),
    sa.Column('beneficiary_id', sa.String(length=36), nullable=True),
    sa.Column('answers', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['beneficiary_id'], ['beneficiaries.id'], name=op.f('fk_survey_responses_beneficiary_id_beneficiaries'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['campaign_id'], ['survey_campaigns.id'], name=op.f('fk_survey_responses_campaign_id_survey_campaigns')),
    sa.ForeignKeyConstraint(['questionnaire_id'], ['survey_questionnaires.id'], name=op.f('fk_survey_responses_questionnaire_id_survey_questionnaires')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_survey_responses'))
    )
    with op.batch_alter_table('survey_responses', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_survey_responses_answered_on'), ['answered_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_survey_responses_beneficiary_id'), ['beneficiary_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_survey_responses_campaign_id'), ['campaign_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_survey_responses_questionnaire_id'), ['questionnaire_id'], unique=False)



def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('survey_responses', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_survey_responses_questionnaire_id'))
        batch_op.drop_index(batch_op.f('ix_survey_responses_campaign_id'))
        batch_op.drop_index(batch_op.f('ix_survey_responses_beneficiary_id'))
        batch_op.drop_index(batch_op.f('ix_survey_responses_answered_on'))

    op.drop_table('survey_responses')
    with op.batch_alter_table('survey_kiosk_sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_survey_kiosk_sessions_campaign_id'))

    op.drop_table('survey_kiosk_sessions')
    with op.batch_alter_table('survey_invitations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_survey_invitations_campaign_id'))
        batch_op.drop_index(batch_op.f('ix_survey_invitations_beneficiary_id'))

    op.drop_table('survey_invitations')
    with op.batch_alter_table('survey_campaigns', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_survey_campaigns_questionnaire_id'))

    op.drop_table('survey_campaigns')
    op.drop_table('survey_questionnaires')
