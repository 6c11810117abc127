"""the till's daily receipt count; saved segments; campaign calls

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23 18:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('till_counts',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('receipts', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('day', name=op.f('pk_till_counts'))
    )
    op.create_table('segments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('criteria', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_segments')),
    sa.UniqueConstraint('name', name=op.f('uq_segments_name'))
    )
    op.create_table('campaign_calls',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('added_on', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_campaign_calls_customer_id_customers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_campaign_calls'))
    )
    with op.batch_alter_table('campaign_calls', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_campaign_calls_customer_id'), ['customer_id'], unique=False)


def downgrade() -> None:
    op.drop_table('campaign_calls')
    op.drop_table('segments')
    op.drop_table('till_counts')
