"""contact log and call list

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 15:42:09.985565
"""

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('call_list_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('reasons', sa.String(length=100), nullable=False),
    sa.Column('priority', sa.Integer(), nullable=False),
    sa.Column('deferred', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_call_list_entries_customer_id_customers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_call_list_entries'))
    )
    with op.batch_alter_table('call_list_entries', schema=None) as batch_op:
        batch_op.create_index('ix_call_list_entries_day_customer', ['day', 'customer_id'], unique=True)

    op.create_table('contacts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('channel', sa.String(length=8), nullable=False),
    sa.Column('reasons', sa.String(length=100), nullable=False),
    sa.Column('outcome', sa.String(length=16), nullable=False),
    sa.Column('callback_at', sa.DateTime(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_contacts_customer_id_customers')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_contacts_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contacts'))
    )
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.create_index('ix_contacts_callback', ['callback_at'], unique=False)
        batch_op.create_index('ix_contacts_customer_day', ['customer_id', 'day'], unique=False)



    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('last_receipt', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('last_visit', sa.Date(), nullable=True))
        batch_op.create_index(batch_op.f('ix_customers_last_visit'), ['last_visit'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_customers_last_visit'))
        batch_op.drop_column('last_visit')
        batch_op.drop_column('last_receipt')

    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.drop_index('ix_contacts_customer_day')
        batch_op.drop_index('ix_contacts_callback')

    op.drop_table('contacts')
    with op.batch_alter_table('call_list_entries', schema=None) as batch_op:
        batch_op.drop_index('ix_call_list_entries_day_customer')

    op.drop_table('call_list_entries')

