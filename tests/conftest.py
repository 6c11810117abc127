from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import inspect

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from boutique_vip import bootstrap, clock
from boutique_vip.services import Services
from boutique_vip.storage.engine import Database, sqlite_url
from boutique_vip.storage.migrate import current_revision, upgrade

NOW = dt.datetime(2026, 11, 23, 10, 30)


@pytest.fixture(autouse=True)
def data_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder and desktop settings (the start-with-the-PC entry): nothing
    touches the user's real ones."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("BOUTIQUE_VIP_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    return home


@pytest.fixture(autouse=True)
def frozen_clock() -> Iterator[dt.datetime]:
    clock.freeze(NOW)
    yield NOW
    clock.freeze(None)
    clock.freeze_wall(None)  # a test that pinned the real clock (PIN back-off) releases it


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "shop.sqlite"


#: Set by ``make test-postgres``: the whole suite then runs on PostgreSQL (an admin URL; each test gets its
#: own database, copied from a migrated template).
POSTGRES_URL = os.environ.get("BOUTIQUE_VIP_TEST_DATABASE_URL", "")
sqlite_only = pytest.mark.skipif(bool(POSTGRES_URL), reason="about the SQLite file itself")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if POSTGRES_URL:
        for item in items:
            if "db_path" in getattr(item, "fixturenames", ()):
                item.add_marker(sqlite_only)


def _admin(sql: str) -> None:
    from sqlalchemy import create_engine

    engine = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.exec_driver_sql(sql)
    engine.dispose()


@pytest.fixture(scope="session")
def postgres_database() -> Iterator[str]:
    """One migrated database for the whole run; each test starts from empty tables (TRUNCATE is much faster
    than creating a database per test)."""
    from sqlalchemy.engine import make_url

    _admin("DROP DATABASE IF EXISTS boutique_test WITH (FORCE)")
    _admin("CREATE DATABASE boutique_test")
    url = make_url(POSTGRES_URL).set(database="boutique_test").render_as_string(hide_password=False)
    database = Database(url)
    upgrade(database)
    database.close()
    yield url
    _admin("DROP DATABASE IF EXISTS boutique_test WITH (FORCE)")


def _empty_tables(database: Database) -> None:
    from boutique_vip.storage.models import Base

    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with database.engine.begin() as conn:
        conn.exec_driver_sql(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One SQLite file migrated to head for the whole run: a test copies it (a millisecond) instead of running
    the migrations (half a second). tests/storage/test_migrations.py runs them for real."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    database = Database(sqlite_url(path))
    upgrade(database)
    database.close()
    for leftover in ("-wal", "-shm", ".closed", ".lock"):
        path.with_name(path.name + leftover).unlink(missing_ok=True)
    return path


@pytest.fixture(scope="session")
def new_database(sqlite_template: Path) -> Callable[[Path], Database]:
    """``new_database(path)``: a database at ``path`` with the newest schema and no rows, as if just migrated."""

    def make(path: Path) -> Database:
        shutil.copyfile(sqlite_template, path)
        return Database(sqlite_url(path))

    return make


@pytest.fixture(autouse=True)
def new_files_from_the_template(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line and the window bring a brand-new SQLite file to the newest schema by copying the
    template into it (SQLite's online backup), not by running every migration: what Alembic makes of an empty
    file is tested once, in tests/storage/test_migrations.py. A file that has a schema is migrated as usual."""
    if POSTGRES_URL:
        return

    def upgrade_new_from_template(database: Database, backup_dir: Path | None = None) -> Path | None:
        path = database.sqlite_path
        if path is not None and current_revision(database) is None and not _has_tables(database):
            template = request.getfixturevalue("sqlite_template")
            with (
                contextlib.closing(sqlite3.connect(template)) as source,
                contextlib.closing(sqlite3.connect(path)) as target,
            ):
                source.backup(target)
            return None
        return upgrade(database, backup_dir)

    monkeypatch.setattr(bootstrap, "upgrade", upgrade_new_from_template)


def _has_tables(database: Database) -> bool:
    with database.engine.connect() as conn:
        return bool(inspect(conn).get_table_names())


@pytest.fixture
def db(request: pytest.FixtureRequest) -> Iterator[Database]:
    if POSTGRES_URL:
        database = Database(request.getfixturevalue("postgres_database"))
        _empty_tables(database)
        yield database
        _wait_for_background_work()
        database.close()
        return
    database = request.getfixturevalue("new_database")(request.getfixturevalue("db_path"))
    yield database
    _wait_for_background_work()
    database.close()


def _wait_for_background_work() -> None:
    """A window's background jobs (the daily tier run, the call list) finish before their database goes."""
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(30_000)


@pytest.fixture
def services(db: Database) -> Services:
    return Services.create(db, clock.now)
