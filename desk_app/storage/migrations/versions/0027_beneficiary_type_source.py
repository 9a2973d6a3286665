"""one source of truth for direct / indirect beneficiaries (issue 24)

Tuwaiq's profile (seed 003) has the categories «مستفيد مباشر» (``direct``) and «مستفيد غير
مباشر» (``indirect``) beside the record's own ``beneficiary_type``, and the two could disagree.
From now on a category that states the type decides it (domain/beneficiary.type_of). Rows
where they disagree are reconciled the same way: the category was chosen from the profile's
list at the desk and is what the eligibility criteria read (``category_in: direct``), while the
type field silently defaulted to ``direct``, so the category is the value someone meant.

Revision ID: 0027_beneficiary_type_source
Revises: 0026_agreed_channel
Create Date: 2026-11-27 17:00:00

"""
from collections.abc import Sequence

from alembic import op

revision: str = '0027_beneficiary_type_source'
down_revision: str | Sequence[str] | None = '0026_agreed_channel'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The type codes as they stood at this revision (domain/beneficiary.BENEFICIARY_TYPES).
TYPES = ("direct", "indirect")


def upgrade() -> None:
    for kind in TYPES:
        op.execute(f"UPDATE beneficiaries SET beneficiary_type = '{kind}' "
                   f"WHERE category_code = '{kind}' AND beneficiary_type <> '{kind}'")


def downgrade() -> None:
    """Nothing to undo: the reconciled rows hold what their category always said."""
