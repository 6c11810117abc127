"""indexes that let the call list be worked out from indexes alone

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23 23:00:00
"""

from alembic import op


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('receipts', schema=None) as batch_op:
        batch_op.drop_index('ix_receipts_day')
        batch_op.create_index('ix_receipts_day_kind_customer', ['day', 'kind', 'customer_id'], unique=False)
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_index('ix_customers_last_visit')
        batch_op.create_index('ix_customers_call_list', ['last_visit', 'tier', 'status', 'no_calls', 'sms_opt_in', 'card_no'], unique=False)
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.create_index('ix_contacts_day_customer', ['day', 'customer_id'], unique=False)
        batch_op.create_index('ix_contacts_outcome_day', ['outcome', 'day', 'customer_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.drop_index('ix_contacts_outcome_day')
        batch_op.drop_index('ix_contacts_day_customer')
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_index('ix_customers_call_list')
        batch_op.create_index('ix_customers_last_visit', ['last_visit'], unique=False)
    with op.batch_alter_table('receipts', schema=None) as batch_op:
        batch_op.drop_index('ix_receipts_day_kind_customer')
        batch_op.create_index('ix_receipts_day', ['day'], unique=False)
