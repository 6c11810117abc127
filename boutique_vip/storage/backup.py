"""Copies of the SQLite file: made with ``VACUUM INTO``, verified, renamed into place; restored without ever
overwriting the current file; and the checks made at start-up."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from boutique_vip.domain.errors import QT_TRANSLATE_NOOP, BoutiqueError

_STAMP = "%Y-%m-%d-%H%M%S"
_NAME = re.compile(r"-(\d{4}-\d{2}-\d{2}-\d{6})\.sqlite$")


class BackupFailed(BoutiqueError):
    pass


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made_at: dt.datetime
    size: int


def backup_name(database: Path, at: dt.datetime) -> str:
    return f"{database.stem}-{at.strftime(_STAMP)}.sqlite"


def list_backups(folder: Path, database: Path) -> list[BackupFile]:
    """The program's daily copies of ``database`` in ``folder``, newest first."""
    found = []
    if folder.is_dir():
        for path in folder.glob(f"{database.stem}-*.sqlite"):
            match = _NAME.search(path.name)
            if match and path.name == backup_name(database, dt.datetime.strptime(match[1], _STAMP)):
                found.append(BackupFile(path, dt.datetime.strptime(match[1], _STAMP), path.stat().st_size))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def integrity_problem(path: Path) -> str | None:
    """None when SQLite finds the file sound: ``integrity_check`` and ``foreign_key_check``."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            problems = [str(r[0]) for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
            if not problems:
                problems = [
                    f"foreign key: {table} row {rowid} → {parent}"
                    for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check")
                ]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return "; ".join(problems[:5]) or None


def is_boutique_database(path: Path) -> bool:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False
    return {"customers", "alembic_version", "points_ledger"} <= tables


def make_backup(database: Path, folder: Path, at: dt.datetime) -> Path:
    """A consistent copy (``VACUUM INTO`` reads one snapshot, WAL included) checked before it counts."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / backup_name(database, at)
    partial = target.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    try:
        conn = sqlite3.connect(database, timeout=10)
        try:
            conn.execute("VACUUM INTO ?", (str(partial),))
        finally:
            conn.close()
        problem = integrity_problem(partial)
        if problem is not None:
            raise BackupFailed(
                QT_TRANSLATE_NOOP("Errors", "The backup copy failed its check ({problem}); it was not kept."),
                problem=problem,
            )
        os.replace(partial, target)
    except sqlite3.Error as exc:
        raise BackupFailed(
            QT_TRANSLATE_NOOP("Errors", "The backup could not be written to {folder}: {reason}"),
            folder=str(folder),
            reason=str(exc),
        ) from exc
    finally:
        partial.unlink(missing_ok=True)
    return target


def set_aside(database: Path, folder: Path, why: str, at: dt.datetime) -> Path:
    """Move the database (and its WAL and shared-memory files) to ``folder`` under a new, unused name."""
    folder.mkdir(parents=True, exist_ok=True)
    base = f"{database.stem}-{why}-{at.strftime(_STAMP)}"
    target = folder / f"{base}.sqlite"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{base}-{n}.sqlite"
    for suffix in ("-wal", "-shm"):
        side = database.with_name(database.name + suffix)
        if side.exists():
            shutil.move(side, target.with_name(target.name + suffix))
    shutil.move(database, target)
    return target


def put_in_place(source: Path, database: Path) -> None:
    """Copy ``source`` to ``database`` through a temporary file, so a failed copy leaves nothing half-written."""
    partial = database.with_name(database.name + ".restoring")
    shutil.copyfile(source, partial)
    os.replace(partial, database)
