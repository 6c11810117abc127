"""Bring the schema to the newest revision at start-up, after copying the database file aside."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from boutique_vip.storage.engine import Database

log = logging.getLogger(__name__)

ALEMBIC_DIR = Path(__file__).with_name("alembic")


def alembic_config(db: Database) -> Config:
    config = Config()
    config.set_main_option("script_location", str(ALEMBIC_DIR))
    config.attributes["engine"] = db.engine
    return config


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision(db: Database) -> str | None:
    return ScriptDirectory.from_config(alembic_config(db)).get_current_head()


def upgrade(db: Database, backup_dir: Path | None = None) -> Path | None:
    """Migrate to head. An existing SQLite file that needs a change is first copied into ``backup_dir``.

    Returns the copy's path (or None when nothing needed copying).
    """
    current = current_revision(db)
    if current == head_revision(db):
        return None
    copy = None
    path = db.sqlite_path
    if current is not None and path is not None and backup_dir is not None:
        copy = _copy_aside(path, backup_dir, current)
    log.info("Migrating %s from %s to head", db.describe(), current)
    command.upgrade(alembic_config(db), "head")
    return copy


def _copy_aside(path: Path, backup_dir: Path, revision: str) -> Path:
    # sqlite3's online backup copies a consistent snapshot, including what is still in the WAL.
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"{path.stem}-before-migration-{revision}-{stamp}.sqlite"
    with sqlite3.connect(path) as source, sqlite3.connect(target) as dest:
        source.backup(dest)
    source.close()
    dest.close()
    log.info("Copied %s to %s before migrating", path, target)
    return target
