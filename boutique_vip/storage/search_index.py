"""The card list's search index: every run of three characters of ``customers.search_key``.

A term of three or more characters is looked up in it instead of scanning the search keys of every card, so a
search takes as long in a shop of 200,000 cards as in one of 5,000. Shorter terms match many cards and the
card list's scan in card order finds its first page quickly.

- SQLite: an FTS5 table with the trigram tokenizer over the customers table (external content: only the
  index is stored), kept up to date by triggers. ``keep`` creates what is missing; the migrations run it after
  every upgrade, because SQLite changes a table by copying it, which drops its triggers.
- PostgreSQL: a GIN index with pg_trgm's operator class (migration 0009); the planner uses it for ``LIKE`` by
  itself. Where the server lacks pg_trgm the search scans, as before.
"""

from __future__ import annotations

from sqlalchemy import BindParameter, Connection, Integer, Select, String, column, func, select, table, text

TABLE = "customer_search"
TRIGRAM_INDEX = "ix_customers_search_key_trigram"  # PostgreSQL
SHORTEST = 3  # characters: a trigram

_index = table(TABLE, column("rowid", Integer), column("search_key", String))

_TRIGGERS = {
    f"{TABLE}_insert": f"""CREATE TRIGGER {TABLE}_insert AFTER INSERT ON customers BEGIN
        INSERT INTO {TABLE}(rowid, search_key) VALUES (new.id, new.search_key);
    END""",
    f"{TABLE}_delete": f"""CREATE TRIGGER {TABLE}_delete AFTER DELETE ON customers BEGIN
        INSERT INTO {TABLE}({TABLE}, rowid, search_key) VALUES ('delete', old.id, old.search_key);
    END""",
    f"{TABLE}_update": f"""CREATE TRIGGER {TABLE}_update AFTER UPDATE OF search_key ON customers BEGIN
        INSERT INTO {TABLE}({TABLE}, rowid, search_key) VALUES ('delete', old.id, old.search_key);
        INSERT INTO {TABLE}(rowid, search_key) VALUES (new.id, new.search_key);
    END""",
}


def keep(connection: Connection) -> None:
    """SQLite: create the index and its triggers where missing; built anew from the cards when anything was
    missing (then changes may have gone unindexed)."""
    present = {
        name
        for (name,) in connection.execute(
            text("SELECT name FROM sqlite_master WHERE name = :table OR name LIKE :triggers"),
            {"table": TABLE, "triggers": f"{TABLE}_%"},
        )
    }
    if TABLE in present and present >= _TRIGGERS.keys():
        return
    if TABLE not in present:
        connection.exec_driver_sql(
            # With the trigrams' positions (detail=full) a term like 8888 is matched in the index itself; without
            # them every card holding 888 is read to check (7 ms instead of 1 at 200,000 cards).
            f"CREATE VIRTUAL TABLE {TABLE} USING fts5(search_key, content='customers', content_rowid='id', "
            "tokenize='trigram')"
        )
    for name, ddl in _TRIGGERS.items():
        if name not in present:
            connection.exec_driver_sql(ddl)
    connection.exec_driver_sql(f"INSERT INTO {TABLE}({TABLE}) VALUES ('rebuild')")


def purge_deleted(connection: Connection) -> None:
    """SQLite: merge the index so that what it held of changed and erased cards is gone from the file too
    (FTS5 otherwise keeps old entries, marked deleted, until it merges by itself)."""
    connection.exec_driver_sql(f"INSERT INTO {TABLE}({TABLE}) VALUES ('optimize')")


def ids_matching(pattern: str | BindParameter[str]) -> Select[tuple[int]]:
    """SQLite: the ids of the cards whose search key is ``LIKE pattern`` (a term of ``SHORTEST`` or more)."""
    return select(_index.c.rowid).where(_index.c.search_key.like(pattern))


def count_matching(pattern: str) -> Select[int]:
    return select(func.count()).select_from(_index).where(_index.c.search_key.like(pattern))


def drop(connection: Connection) -> None:
    """SQLite: the index and its triggers (a downgrade)."""
    for name in _TRIGGERS:
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS {TABLE}")


def not_in_models(name: str | None, _type: str, _parents: object) -> bool:
    """Alembic's ``include_name``: everything but the search index (the FTS5 table, its shadow tables, the
    PostgreSQL index), which the models do not describe."""
    return name is None or not (name in (TABLE, TRIGRAM_INDEX) or name.startswith(f"{TABLE}_"))
