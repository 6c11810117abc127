"""Alembic environment: the engine is handed in by ``storage.migrate`` (no alembic.ini)."""

from alembic import context

from boutique_vip.storage import search_index
from boutique_vip.storage.models import Base

engine = context.config.attributes["engine"]

with engine.connect() as connection:
    sqlite = connection.dialect.name == "sqlite"
    raw = connection.connection.driver_connection
    if sqlite:
        # SQLite changes a table by copying it and dropping the old one; with foreign keys enforced the drop
        # fails as soon as other tables' rows point at it. Switched off (outside any transaction, as SQLite
        # requires) for the migration, then checked and switched back on.
        raw.execute("PRAGMA foreign_keys=OFF")
    try:
        with connection.begin():
            context.configure(
                connection=connection,
                target_metadata=Base.metadata,
                render_as_batch=True,
                include_name=search_index.not_in_models,
            )
            context.run_migrations()
            if sqlite and (context.get_context().get_current_revision() or "") >= "0009":
                search_index.keep(connection)  # a table SQLite copied to change it has lost its triggers
            if sqlite:
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"the migration left rows pointing nowhere: {broken[:5]}")
    finally:
        if sqlite:
            raw.execute("PRAGMA foreign_keys=ON")
