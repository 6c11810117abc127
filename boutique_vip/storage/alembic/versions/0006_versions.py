"""versions for optimistic concurrency; ad-hoc plan keys fit

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 17:40:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

VERSIONED = ('customers', 'gift_plans', 'gift_plan_lines')


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('version', sa.Integer(), nullable=False, server_default='1'))
    with op.batch_alter_table('gift_plans', schema=None) as batch_op:
        batch_op.alter_column('month', existing_type=sa.String(length=7), type_=sa.String(length=16))


def downgrade() -> None:
    with op.batch_alter_table('gift_plans', schema=None) as batch_op:
        batch_op.alter_column('month', existing_type=sa.String(length=16), type_=sa.String(length=7))
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('version')
