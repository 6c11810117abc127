"""an index on the receipt lines' SKU

The counter fills a new line (description, category, size, colour, price) from the last sale of the SKU
typed or scanned: one indexed lookup among a million lines.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 19:40:00
"""

from alembic import op


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('receipt_lines', schema=None) as batch_op:
        batch_op.create_index('ix_receipt_lines_sku', ['sku'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('receipt_lines', schema=None) as batch_op:
        batch_op.drop_index('ix_receipt_lines_sku')
