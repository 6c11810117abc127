"""indexes for the daily tier run: who reaches the lost days is found by ranges of these dates

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07 22:20:00
"""

from alembic import op


revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.create_index('ix_customers_last_receipt', ['last_receipt'], unique=False)
        batch_op.create_index('ix_customers_registered_on', ['registered_on'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_index('ix_customers_registered_on')
        batch_op.drop_index('ix_customers_last_receipt')
