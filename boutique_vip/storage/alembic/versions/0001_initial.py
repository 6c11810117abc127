"""customer card file, users and sales groups

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-23 14:25:53.810683
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('counters',
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_counters'))
    )
    op.create_table('sales_groups',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sales_groups')),
    sa.UniqueConstraint('name', name=op.f('uq_sales_groups_name'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('pin_hash', sa.String(length=200), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['sales_groups.id'], name=op.f('fk_users_group_id_sales_groups')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('name', name=op.f('uq_users_name'))
    )
    op.create_table('customers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('card_no', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('gender', sa.String(length=1), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=True),
    sa.Column('birthday_calendar', sa.String(length=5), nullable=True),
    sa.Column('birth_year', sa.Integer(), nullable=True),
    sa.Column('birth_month', sa.Integer(), nullable=True),
    sa.Column('birth_day', sa.Integer(), nullable=True),
    sa.Column('birth_leap_month', sa.Boolean(), nullable=False),
    sa.Column('height_cm', sa.Integer(), nullable=True),
    sa.Column('waist_cm', sa.Integer(), nullable=True),
    sa.Column('size_top', sa.String(length=16), nullable=False),
    sa.Column('size_bottom', sa.String(length=16), nullable=False),
    sa.Column('size_shoe', sa.String(length=16), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('favourite_colours', sa.String(length=200), nullable=False),
    sa.Column('favourite_cuts', sa.String(length=200), nullable=False),
    sa.Column('favourite_styles', sa.String(length=200), nullable=False),
    sa.Column('price_min', sa.Integer(), nullable=True),
    sa.Column('price_max', sa.Integer(), nullable=True),
    sa.Column('job', sa.String(length=100), nullable=False),
    sa.Column('interests', sa.Text(), nullable=False),
    sa.Column('habits', sa.Text(), nullable=False),
    sa.Column('contact_time', sa.String(length=100), nullable=False),
    sa.Column('contact_channel', sa.String(length=8), nullable=False),
    sa.Column('sms_opt_in', sa.Boolean(), nullable=False),
    sa.Column('no_calls', sa.Boolean(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=True),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('referrer', sa.String(length=100), nullable=False),
    sa.Column('registered_on', sa.Date(), nullable=False),
    sa.Column('consent_on', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('special', sa.Boolean(), nullable=False),
    sa.Column('manual_tier', sa.String(length=1), nullable=True),
    sa.Column('tier', sa.String(length=1), nullable=True),
    sa.Column('search_key', sa.String(length=400), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['sales_groups.id'], name=op.f('fk_customers_group_id_sales_groups')),
    sa.ForeignKeyConstraint(['staff_id'], ['users.id'], name=op.f('fk_customers_staff_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customers')),
    sa.UniqueConstraint('card_no', name=op.f('uq_customers_card_no')),
    sa.UniqueConstraint('phone', name=op.f('uq_customers_phone'))
    )
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.create_index('ix_customers_birthday', ['birth_month', 'birth_day'], unique=False)
        batch_op.create_index('ix_customers_group_staff', ['group_id', 'staff_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_customers_search_key'), ['search_key'], unique=False)

    op.create_table('family_members',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('relation', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('birthday', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_family_members_customer_id_customers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_family_members'))
    )
    with op.batch_alter_table('family_members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_family_members_customer_id'), ['customer_id'], unique=False)

    op.create_table('life_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_life_events_customer_id_customers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_life_events'))
    )
    with op.batch_alter_table('life_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_life_events_customer_id'), ['customer_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('life_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_life_events_customer_id'))

    op.drop_table('life_events')
    with op.batch_alter_table('family_members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_family_members_customer_id'))

    op.drop_table('family_members')
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_customers_search_key'))
        batch_op.drop_index('ix_customers_group_staff')
        batch_op.drop_index('ix_customers_birthday')

    op.drop_table('customers')
    op.drop_table('users')
    op.drop_table('settings')
    op.drop_table('sales_groups')
    op.drop_table('counters')

