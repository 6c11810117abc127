"""a merged card's before-image kept with the card it was merged into, not in the audit log

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07 23:30:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'merged_cards',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('customer_id', sa.Integer(), nullable=False),
        sa.Column('card_no', sa.String(length=20), nullable=False),
        sa.Column('merged_at', sa.DateTime(), nullable=False),
        sa.Column('image', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_merged_cards_customer_id_customers')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_merged_cards')),
    )
    with op.batch_alter_table('merged_cards', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_merged_cards_customer_id'), ['customer_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('merged_cards', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_merged_cards_customer_id'))
    op.drop_table('merged_cards')
