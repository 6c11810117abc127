"""purchases, points ledger, visits, tiers

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 14:52:57.396963
"""

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('receipts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('receipt_no', sa.String(length=40), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=True),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('return_of_id', sa.Integer(), nullable=True),
    sa.Column('total', sa.Integer(), nullable=False),
    sa.Column('points_redeemed', sa.Integer(), nullable=False),
    sa.Column('redeemed_value', sa.Integer(), nullable=False),
    sa.Column('refund_deduction', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('group_id', sa.Integer(), nullable=True),
    sa.Column('source', sa.String(length=10), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_receipts_created_by_users')),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_receipts_customer_id_customers')),
    sa.ForeignKeyConstraint(['group_id'], ['sales_groups.id'], name=op.f('fk_receipts_group_id_sales_groups')),
    sa.ForeignKeyConstraint(['return_of_id'], ['receipts.id'], name=op.f('fk_receipts_return_of_id_receipts')),
    sa.ForeignKeyConstraint(['staff_id'], ['users.id'], name=op.f('fk_receipts_staff_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_receipts')),
    sa.UniqueConstraint('receipt_no', name=op.f('uq_receipts_receipt_no'))
    )
    with op.batch_alter_table('receipts', schema=None) as batch_op:
        batch_op.create_index('ix_receipts_customer_day', ['customer_id', 'day'], unique=False)
        batch_op.create_index(batch_op.f('ix_receipts_day'), ['day'], unique=False)
        batch_op.create_index(batch_op.f('ix_receipts_return_of_id'), ['return_of_id'], unique=False)

    op.create_table('tier_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('old_tier', sa.String(length=1), nullable=True),
    sa.Column('new_tier', sa.String(length=1), nullable=True),
    sa.Column('old_status', sa.String(length=8), nullable=True),
    sa.Column('new_status', sa.String(length=8), nullable=False),
    sa.Column('cause', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_tier_changes_customer_id_customers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tier_changes'))
    )
    with op.batch_alter_table('tier_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tier_changes_customer_id'), ['customer_id'], unique=False)

    op.create_table('visits',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_visits_customer_id_customers')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_visits_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visits'))
    )
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.create_index('ix_visits_customer_day', ['customer_id', 'day'], unique=False)

    op.create_table('points_ledger',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('points', sa.Integer(), nullable=False),
    sa.Column('receipt_id', sa.Integer(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_points_ledger_customer_id_customers')),
    sa.ForeignKeyConstraint(['receipt_id'], ['receipts.id'], name=op.f('fk_points_ledger_receipt_id_receipts')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_points_ledger_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_points_ledger'))
    )
    with op.batch_alter_table('points_ledger', schema=None) as batch_op:
        batch_op.create_index('ix_points_ledger_customer_day', ['customer_id', 'day'], unique=False)
        batch_op.create_index(batch_op.f('ix_points_ledger_receipt_id'), ['receipt_id'], unique=False)

    op.create_table('receipt_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('receipt_id', sa.Integer(), nullable=False),
    sa.Column('line_no', sa.Integer(), nullable=False),
    sa.Column('sku', sa.String(length=40), nullable=False),
    sa.Column('description', sa.String(length=100), nullable=False),
    sa.Column('category', sa.String(length=20), nullable=False),
    sa.Column('size', sa.String(length=16), nullable=False),
    sa.Column('colour', sa.String(length=20), nullable=False),
    sa.Column('style', sa.String(length=20), nullable=False),
    sa.Column('qty', sa.Integer(), nullable=False),
    sa.Column('unit_price', sa.Integer(), nullable=False),
    sa.Column('discount', sa.Integer(), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('on_sale', sa.Boolean(), nullable=False),
    sa.Column('points', sa.Integer(), nullable=False),
    sa.Column('return_of_line_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['receipt_id'], ['receipts.id'], name=op.f('fk_receipt_lines_receipt_id_receipts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['return_of_line_id'], ['receipt_lines.id'], name=op.f('fk_receipt_lines_return_of_line_id_receipt_lines')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_receipt_lines'))
    )
    with op.batch_alter_table('receipt_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_receipt_lines_receipt_id'), ['receipt_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_receipt_lines_return_of_line_id'), ['return_of_line_id'], unique=False)

    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('manual_tier_reason', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('manual_tier_by', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('manual_tier_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('base_tier', sa.String(length=1), nullable=True))
        batch_op.add_column(sa.Column('status', sa.String(length=8), nullable=False, server_default='active'))
        batch_op.create_index(batch_op.f('ix_customers_status'), ['status'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_customers_manual_tier_by_users'), 'users', ['manual_tier_by'], ['id'])




def downgrade() -> None:

    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_customers_manual_tier_by_users'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_customers_status'))
        batch_op.drop_column('status')
        batch_op.drop_column('base_tier')
        batch_op.drop_column('manual_tier_on')
        batch_op.drop_column('manual_tier_by')
        batch_op.drop_column('manual_tier_reason')

    with op.batch_alter_table('receipt_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_receipt_lines_return_of_line_id'))
        batch_op.drop_index(batch_op.f('ix_receipt_lines_receipt_id'))

    op.drop_table('receipt_lines')
    with op.batch_alter_table('points_ledger', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_points_ledger_receipt_id'))
        batch_op.drop_index('ix_points_ledger_customer_day')

    op.drop_table('points_ledger')
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.drop_index('ix_visits_customer_day')

    op.drop_table('visits')
    with op.batch_alter_table('tier_changes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tier_changes_customer_id'))

    op.drop_table('tier_changes')
    with op.batch_alter_table('receipts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_receipts_return_of_id'))
        batch_op.drop_index(batch_op.f('ix_receipts_day'))
        batch_op.drop_index('ix_receipts_customer_day')

    op.drop_table('receipts')

