from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from boutique_vip import clock
from boutique_vip.services import Services
from boutique_vip.storage.engine import Database, sqlite_url
from boutique_vip.storage.migrate import upgrade

NOW = dt.datetime(2026, 11, 23, 10, 30)


@pytest.fixture(autouse=True)
def data_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder: nothing touches the user's real one."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("BOUTIQUE_VIP_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def frozen_clock() -> Iterator[dt.datetime]:
    clock.freeze(NOW)
    yield NOW
    clock.freeze(None)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "shop.sqlite"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = Database(sqlite_url(db_path))
    upgrade(database)
    yield database
    database.close()


@pytest.fixture
def services(db: Database) -> Services:
    return Services.create(db, clock.now)
