"""indexes for a month's plan read from the tiers kept on the cards: who visited or had points since a day

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-08 00:30:00
"""

from alembic import op


revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_visits_day_customer', 'visits', ['day', 'customer_id'], unique=False)
    op.create_index('ix_points_ledger_day_customer', 'points_ledger', ['day', 'customer_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_points_ledger_day_customer', table_name='points_ledger')
    op.drop_index('ix_visits_day_customer', table_name='visits')
