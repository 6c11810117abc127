"""the referrer is a card: a link to the customer who brought her

Existing referrers typed as a card number or a phone number are linked to that card.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07 20:50:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('referrer_id', sa.Integer(), nullable=True))
        batch_op.create_index('ix_customers_referrer_id', ['referrer_id'], unique=False)
        batch_op.create_foreign_key('fk_customers_referrer_id_customers', 'customers', ['referrer_id'], ['id'])
    op.execute(
        "UPDATE customers SET referrer_id = (SELECT other.id FROM customers AS other "
        "WHERE other.id <> customers.id AND (other.card_no = UPPER(TRIM(customers.referrer)) "
        "OR other.phone = REPLACE(REPLACE(TRIM(customers.referrer), ' ', ''), '-', '')) "
        "ORDER BY other.id LIMIT 1) "
        "WHERE customers.referrer <> ''"
    )
    # A linked referrer is shown as her card number (a phone typed then may change later).
    op.execute(
        "UPDATE customers SET referrer = (SELECT other.card_no FROM customers AS other "
        "WHERE other.id = customers.referrer_id) WHERE customers.referrer_id IS NOT NULL"
    )


def downgrade() -> None:
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_constraint('fk_customers_referrer_id_customers', type_='foreignkey')
        batch_op.drop_index('ix_customers_referrer_id')
        batch_op.drop_column('referrer_id')
