"""each receipt line's share of the points redeemed on its receipt (yuan and points)

Redeemed points are a means of payment: the share paid with points earns nothing and is given back as
points, not cash, when the pieces are returned. Existing lines had no redemption spread over them: 0.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 19:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('receipt_lines', schema=None) as batch_op:
        batch_op.add_column(sa.Column('redeemed_value', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('redeemed_points', sa.Integer(), nullable=False, server_default='0'))


def downgrade() -> None:
    with op.batch_alter_table('receipt_lines', schema=None) as batch_op:
        batch_op.drop_column('redeemed_points')
        batch_op.drop_column('redeemed_value')
