"""the undo log of an import written in slices

On SQLite a large import commits every fraction of a second so that a sale at the counter never waits
long; each slice notes here how to take back what it wrote, so that a refused, failed or killed import
leaves the file as it was. Empty whenever no import is running.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 17:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'import_undo',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('batch', sa.String(length=32), nullable=False),
        sa.Column('statement', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    with op.batch_alter_table('import_undo', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_import_undo_batch'), ['batch'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('import_undo', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_import_undo_batch'))
    op.drop_table('import_undo')
