"""Bring the schema to the newest revision at start-up, after copying the database file aside."""

from __future__ import annotations

import datetime as dt
import logging
import re
import sqlite3
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from boutique_vip.storage import undo_log
from boutique_vip.storage.engine import Database

if TYPE_CHECKING:  # Alembic loads only when the schema needs a change: every start is faster
    from alembic.config import Config

log = logging.getLogger(__name__)

ALEMBIC_DIR = Path(__file__).with_name("alembic")


def alembic_config(db: Database) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(ALEMBIC_DIR))
    config.attributes["engine"] = db.engine
    return config


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def head_revision(db: Database | None = None) -> str | None:
    """The newest revision of the migration scripts, read from the scripts' own headers."""
    return _head_of_scripts()


@cache
def _head_of_scripts() -> str | None:
    revisions: dict[str, str | None] = {}
    for script in (ALEMBIC_DIR / "versions").glob("*.py"):
        source = script.read_text(encoding="utf-8")
        revision = re.search(r"^revision\s*=\s*['\"](\w+)['\"]", source, re.MULTILINE)
        down = re.search(r"^down_revision\s*=\s*['\"](\w+)['\"]", source, re.MULTILINE)
        if revision:
            revisions[revision.group(1)] = down.group(1) if down else None
    heads = set(revisions) - {d for d in revisions.values() if d}
    return heads.pop() if len(heads) == 1 else None


def upgrade(db: Database, backup_dir: Path | None = None) -> Path | None:
    """Migrate to head. An existing SQLite file that needs a change is first copied into ``backup_dir``.

    Returns the copy's path (or None when nothing needed copying).
    """
    current = current_revision(db)
    copy = None
    if current != head_revision(db):
        path = db.sqlite_path
        if current is not None and path is not None and backup_dir is not None:
            copy = _copy_aside(path, backup_dir, current)
        from alembic import command

        log.info("Migrating %s from %s to head", db.describe(), current)
        command.upgrade(alembic_config(db), "head")
    undo_log.recover(db)  # an import a kill or a power cut left unfinished is taken back
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
