"""closed months' tier figures, kept

The desk's charts show each month's tier mix and newly lost customers as the history says (receipts,
visits, the rules), the same way the churn KPI counts them; a closed month's figures are kept here with a
fingerprint of what they were worked out from.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 20:15:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'month_tiers',
        sa.Column('month', sa.String(length=7), nullable=False),
        sa.Column('tier_a', sa.Integer(), nullable=False),
        sa.Column('tier_b', sa.Integer(), nullable=False),
        sa.Column('tier_c', sa.Integer(), nullable=False),
        sa.Column('lost', sa.Integer(), nullable=False),
        sa.Column('newly_lost', sa.Integer(), nullable=False),
        sa.Column('fingerprint', sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint('month'),
    )


def downgrade() -> None:
    op.drop_table('month_tiers')
