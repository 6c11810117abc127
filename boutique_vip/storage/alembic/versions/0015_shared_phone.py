"""a family may share one phone: the phone is no longer unique, only indexed

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07 22:00:00
"""

from alembic import op


revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_constraint('uq_customers_phone', type_='unique')
        batch_op.create_index('ix_customers_phone', ['phone'], unique=False)


def downgrade() -> None:
    # Fails while two cards share a phone: merge or change them first.
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_index('ix_customers_phone')
        batch_op.create_unique_constraint('uq_customers_phone', ['phone'])
