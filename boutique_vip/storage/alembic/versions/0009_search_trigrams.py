"""the card list's search index: runs of three characters of the search key

SQLite: an FTS5 trigram table over the customers and the triggers that keep it (storage.search_index; the
environment also runs ``keep`` after every later upgrade, as a copied table loses its triggers).
PostgreSQL: a GIN trigram index where the server has pg_trgm.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 22:00:00
"""

import logging

from alembic import op
from sqlalchemy.exc import DBAPIError

from boutique_vip.storage import search_index


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == 'sqlite':
        search_index.keep(bind)
    elif bind.dialect.name == 'postgresql':
        try:
            with bind.begin_nested():
                bind.exec_driver_sql('CREATE EXTENSION IF NOT EXISTS pg_trgm')
        except DBAPIError as exc:  # not installed on this server, or not ours to install
            logging.getLogger(__name__).warning('No trigram index for the card search: %s', exc)
            return
        op.create_index(
            search_index.TRIGRAM_INDEX, 'customers', ['search_key'],
            postgresql_using='gin', postgresql_ops={'search_key': 'gin_trgm_ops'},
        )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == 'sqlite':
        search_index.drop(bind)
    elif bind.dialect.name == 'postgresql':
        op.execute(f'DROP INDEX IF EXISTS {search_index.TRIGRAM_INDEX}')
