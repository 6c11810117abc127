import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from boutique_vip.storage.engine import Database, sqlite_url
from boutique_vip.storage.migrate import current_revision, head_revision, upgrade
from boutique_vip.storage.models import Base
from boutique_vip.storage.search_index import not_in_models
from tests.conftest import POSTGRES_URL, sqlite_only


def test_empty_database_migrates_to_head_and_matches_the_models(tmp_path: Path) -> None:
    db = Database(sqlite_url(tmp_path / "new.sqlite"))
    assert current_revision(db) is None
    assert upgrade(db, tmp_path / "backups") is None  # a new file has nothing to copy aside
    assert current_revision(db) == head_revision(db)
    with db.engine.connect() as conn:
        assert (
            compare_metadata(
                MigrationContext.configure(conn, opts={"include_name": not_in_models}), Base.metadata
            )
            == []
        )
    db.close()


def test_an_up_to_date_database_is_left_alone(db: Database, tmp_path: Path) -> None:
    assert upgrade(db, tmp_path / "backups") is None
    assert not (tmp_path / "backups").exists()


def test_an_older_database_is_copied_aside_before_migrating(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO settings (key, value) VALUES ('shop_name', 'old shop')"))
        conn.execute(text("UPDATE alembic_version SET version_num = '0000_pretend_older'"))
    db.close()
    copy = upgrade_from_pretend_older(db_path, tmp_path / "backups")
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT value FROM settings").fetchone() == ("old shop",)


def upgrade_from_pretend_older(db_path: Path, backups: Path) -> Path:
    from alembic import command

    db = Database(sqlite_url(db_path))
    original = command.upgrade
    command.upgrade = lambda *_args, **_kw: None  # only the copy is under test
    try:
        copy = upgrade(db, backups)
    finally:
        command.upgrade = original
        db.close()
    assert copy is not None and copy.parent == backups and "before-migration" in copy.name
    return copy


@sqlite_only
def test_sqlite_pragmas_protect_the_file(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 1000


def test_the_migrated_database_matches_the_models_on_the_server_in_use(db: Database) -> None:
    """Also on PostgreSQL (make test-postgres): the migrations build exactly the tables the code expects."""
    with db.engine.connect() as conn:
        assert (
            compare_metadata(
                MigrationContext.configure(conn, opts={"include_name": not_in_models}), Base.metadata
            )
            == []
        )
    assert db.is_sqlite != bool(POSTGRES_URL)


@sqlite_only
def test_a_shop_with_data_migrates_from_an_older_revision(tmp_path: Path) -> None:
    """SQLite rebuilds a changed table: rows of other tables pointing at it must not stop the migration."""
    from alembic import command

    from boutique_vip.storage.migrate import alembic_config

    db = Database(sqlite_url(tmp_path / "old.sqlite"))
    command.upgrade(alembic_config(db), "0004")
    with db.engine.begin() as conn:
        _insert(conn, "users", id=1, name="王芳", role="manager")
        _insert(conn, "customers", id=1, card_no="VIP00001", name="张晓燕", phone="13800000001", staff_id=1)
        _insert(conn, "receipts", id=1, receipt_no="S1", customer_id=1, kind="sale", staff_id=1, created_by=1)
    upgrade(db, tmp_path / "backups")
    assert current_revision(db) == head_revision(db)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT name, version FROM customers")).all() == [("张晓燕", 1)]
        assert conn.execute(text("SELECT name, failed_pins, locked FROM users")).all() == [("王芳", 0, 0)]
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1  # enforced again afterwards
    db.close()


def _insert(conn: object, table: str, **values: object) -> None:
    """A row as an older revision had it: every required column gets a plain value of its type."""
    for _cid, name, kind, notnull, default, pk in conn.execute(text(f"PRAGMA table_info({table})")):  # type: ignore[attr-defined]
        if name not in values and notnull and default is None and not pk:
            kind = kind.upper()
            values[name] = (
                "2025-01-01"
                if kind.startswith(("DATE", "TIME"))
                else 0
                if kind.startswith(("INT", "BOOL", "NUM"))
                else ""
            )
    columns = ", ".join(values)
    conn.execute(
        text(f"INSERT INTO {table} ({columns}) VALUES ({', '.join(':' + c for c in values)})"), values
    )  # type: ignore[attr-defined]


def test_the_quick_head_is_alembics_head(tmp_path: Path) -> None:
    """Start-up reads the newest revision from the scripts' headers without loading Alembic: it must agree."""
    from alembic.script import ScriptDirectory

    from boutique_vip.storage.migrate import alembic_config

    db = Database(sqlite_url(tmp_path / "shop.sqlite"))
    assert head_revision(db) == ScriptDirectory.from_config(alembic_config(db)).get_current_head()


def test_referrers_typed_before_become_links_to_their_cards(tmp_path: Path) -> None:
    """Migration 0014: a referrer typed as a card number or a phone becomes a link to that card and shows
    her card number; a name stays as it was."""
    import datetime as dt

    from alembic import command
    from sqlalchemy import text

    from boutique_vip.storage.migrate import alembic_config

    db = Database(f"sqlite:///{tmp_path / 'old.sqlite'}")
    command.upgrade(alembic_config(db), "0013")
    now = dt.datetime(2026, 11, 23, 10, 0)
    with db.engine.begin() as connection:
        for card_no, name, phone, referrer in (
            ("VIP00001", "林雪", "13500000001", ""),
            ("VIP00002", "周敏", None, "135 0000 0001"),
            ("VIP00003", "王丽", None, "vip00001"),
            ("VIP00004", "赵燕", None, "李姐"),
        ):
            connection.execute(
                text(
                    "INSERT INTO customers (card_no, name, gender, phone, birth_leap_month, size_top, size_bottom,"
                    " size_shoe, address, favourite_colours, favourite_cuts, favourite_styles, job, interests,"
                    " habits, contact_time, contact_channel, sms_opt_in, no_calls, referrer, registered_on,"
                    " consent_version, version, notes, special, manual_tier_reason, status, search_key, created_at, updated_at)"
                    " VALUES (:card_no, :name, '', :phone, 0, '', '', '', '', '', '', '', '', '', '', '', 'phone',"
                    " 0, 0, :referrer, '2025-01-01', '', 1, '', 0, '', 'active', '', :now, :now)"
                ),
                {"card_no": card_no, "name": name, "phone": phone, "referrer": referrer, "now": now},
            )
    command.upgrade(alembic_config(db), "head")
    with db.engine.connect() as connection:
        rows = connection.execute(
            text("SELECT card_no, referrer, referrer_id FROM customers ORDER BY card_no")
        ).all()
    first = rows[0]
    assert [tuple(r) for r in rows[1:]] == [
        ("VIP00002", "VIP00001", 1),  # a phone typed then: now her card number, linked
        ("VIP00003", "VIP00001", 1),
        ("VIP00004", "李姐", None),
    ] and first[2] is None
    db.close()


def test_after_migration_two_cards_may_share_a_phone(tmp_path: Path) -> None:
    """Migration 0015: the phone stays indexed but is no longer unique (a family's)."""
    from alembic import command

    from boutique_vip.storage.migrate import alembic_config

    db = Database(f"sqlite:///{tmp_path / 'old.sqlite'}")
    command.upgrade(alembic_config(db), "0014")
    insert = text(
        "INSERT INTO customers (card_no, name, gender, phone, birth_leap_month, size_top, size_bottom,"
        " size_shoe, address, favourite_colours, favourite_cuts, favourite_styles, job, interests,"
        " habits, contact_time, contact_channel, sms_opt_in, no_calls, referrer, registered_on,"
        " consent_version, version, notes, special, manual_tier_reason, status, search_key, created_at, updated_at)"
        " VALUES (:card_no, '林雪', '', '13500000001', 0, '', '', '', '', '', '', '', '', '', '', '', 'phone',"
        " 0, 0, '', '2025-01-01', '', 1, '', 0, '', 'active', '', '2025-01-01', '2025-01-01')"
    )
    with db.engine.begin() as connection:
        connection.execute(insert, {"card_no": "VIP00001"})
    command.upgrade(alembic_config(db), "head")
    with db.engine.begin() as connection:
        connection.execute(insert, {"card_no": "VIP00002"})
        plan = " ".join(
            str(row[-1])
            for row in connection.execute(
                text("EXPLAIN QUERY PLAN SELECT id FROM customers WHERE phone = '13500000001'")
            )
        )
    assert "ix_customers_phone" in plan
    db.close()
