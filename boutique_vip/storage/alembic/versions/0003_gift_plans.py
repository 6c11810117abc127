"""gift plans, gift catalogue, occasions, signatures

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 15:19:53.546626
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('gift_categories',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('cost', sa.Integer(), nullable=False),
    sa.Column('stock', sa.Integer(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_gift_categories')),
    sa.UniqueConstraint('name', name=op.f('uq_gift_categories_name'))
    )
    op.create_table('occasions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=30), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('month', sa.Integer(), nullable=False),
    sa.Column('day', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_occasions')),
    sa.UniqueConstraint('code', name=op.f('uq_occasions_code'))
    )
    op.create_table('gift_plans',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('approved_by', sa.Integer(), nullable=True),
    sa.Column('approved_at', sa.DateTime(), nullable=True),
    sa.Column('pdf_sha256', sa.String(length=64), nullable=False),
    sa.Column('pdf', sa.LargeBinary(), nullable=True),
    sa.ForeignKeyConstraint(['approved_by'], ['users.id'], name=op.f('fk_gift_plans_approved_by_users')),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_gift_plans_created_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_gift_plans'))
    )
    with op.batch_alter_table('gift_plans', schema=None) as batch_op:
        batch_op.create_index('ix_gift_plans_month_revision', ['month', 'revision'], unique=True)

    op.create_table('gift_plan_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('tier', sa.String(length=1), nullable=False),
    sa.Column('occasion', sa.String(length=30), nullable=False),
    sa.Column('occasion_date', sa.Date(), nullable=False),
    sa.Column('card_mail_date', sa.Date(), nullable=False),
    sa.Column('gift_category_id', sa.Integer(), nullable=True),
    sa.Column('min_cost', sa.Integer(), nullable=True),
    sa.Column('max_cost', sa.Integer(), nullable=True),
    sa.Column('delivery', sa.String(length=16), nullable=False),
    sa.Column('executor_id', sa.Integer(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('card_mailed_on', sa.Date(), nullable=True),
    sa.Column('announced_on', sa.Date(), nullable=True),
    sa.Column('delivered_on', sa.Date(), nullable=True),
    sa.Column('delivered_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_gift_plan_lines_customer_id_customers')),
    sa.ForeignKeyConstraint(['delivered_by'], ['users.id'], name=op.f('fk_gift_plan_lines_delivered_by_users')),
    sa.ForeignKeyConstraint(['executor_id'], ['users.id'], name=op.f('fk_gift_plan_lines_executor_id_users')),
    sa.ForeignKeyConstraint(['gift_category_id'], ['gift_categories.id'], name=op.f('fk_gift_plan_lines_gift_category_id_gift_categories')),
    sa.ForeignKeyConstraint(['plan_id'], ['gift_plans.id'], name=op.f('fk_gift_plan_lines_plan_id_gift_plans'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_gift_plan_lines'))
    )
    with op.batch_alter_table('gift_plan_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_gift_plan_lines_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_gift_plan_lines_plan_id'), ['plan_id'], unique=False)

    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('signature_png', sa.LargeBinary(), nullable=True))
        batch_op.add_column(sa.Column('certificate_pem', sa.LargeBinary(), nullable=True))
        batch_op.add_column(sa.Column('private_key_sealed', sa.LargeBinary(), nullable=True))




def downgrade() -> None:

    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('private_key_sealed')
        batch_op.drop_column('certificate_pem')
        batch_op.drop_column('signature_png')

    with op.batch_alter_table('gift_plan_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_gift_plan_lines_plan_id'))
        batch_op.drop_index(batch_op.f('ix_gift_plan_lines_customer_id'))

    op.drop_table('gift_plan_lines')
    with op.batch_alter_table('gift_plans', schema=None) as batch_op:
        batch_op.drop_index('ix_gift_plans_month_revision')

    op.drop_table('gift_plans')
    op.drop_table('occasions')
    op.drop_table('gift_categories')

