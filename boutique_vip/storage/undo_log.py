"""An import written in short slices that stays all-or-nothing (SQLite).

SQLite has one writer at a time: an import of tens of thousands of rows in one transaction held the write
lock for half a minute, and every sale at the counter meanwhile failed after the busy timeout. So on SQLite
an import commits a slice every fraction of a second (``SLICE_SECONDS``) and the counter's sale goes in
between two slices.

What makes it all-or-nothing again is an undo log, the technique of SQLite's "Automatic Undo/Redo" note:
while a slice is written, temporary triggers on the import's own connection note in ``import_undo`` how to
take back each row it inserts, changes or deletes. Other connections (the counter) have no such triggers and
note nothing. The import's last slice writes its audit row and empties its notes in the same transaction: from
then on it is done. A refused file, a dry run, an error or a kill (the next start, ``recover``) replays the
notes newest first and the file is as it was.

A row someone else changed after the import wrote it (a sale to a customer the import had just added) is left
as it now is: each note applies only while the row is exactly as the import left it, and a sale is never
deleted to take back an import. Such rows are counted and said.

The audit log is not undone (it is only ever appended to), nor are the search index's own tables (kept by the
triggers on ``customers``).

On PostgreSQL a sale never waits for an import (rows, not the whole database, are locked), and an import
stays one transaction.
"""

from __future__ import annotations

import logging
import time
import uuid
from dataclasses import dataclass

from sqlalchemy import delete, func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from boutique_vip import clock
from boutique_vip.storage import audit as audit_store
from boutique_vip.storage.engine import Database
from boutique_vip.storage.models import ImportUndo

log = logging.getLogger(__name__)

SLICE_SECONDS = 0.4  # how long a slice holds the write lock (the busy timeout is 5 s)
# After each slice the import pauses this long: a sale waiting for the lock polls it at least this often
# (SQLite's busy handler sleeps up to 100 ms between tries), so it gets in before the next slice.
PAUSE_SECONDS = 0.1
UNDO_AT_ONCE = 2000  # notes replayed per transaction when taking an import back
_NOT_UNDONE = ("sqlite_", "alembic_version", "import_undo", "audit_log")


@dataclass
class Undone:
    statements: int = 0
    kept: int = 0  # rows changed by someone else after the import wrote them: left as they are


class SlicedWrite:
    """The transaction(s) of one import on a session: ``begin``, ``slice_done`` between rows (commits when the
    slice has run long enough), then ``finish`` (the last slice) or ``abandon`` (take everything back)."""

    def __init__(self, s: Session, db: Database) -> None:
        self.s = s
        self.db = db
        self.sliced = db.is_sqlite
        self.batch = uuid.uuid4().hex
        self.slices = 0
        self._started = 0.0

    def begin(self) -> None:
        self.s.begin()
        self._started = time.perf_counter()
        if self.sliced:
            connection = self.s.connection()
            for statement in _triggers(self.s, self.batch):
                connection.exec_driver_sql(statement)  # raw: a ':' in a literal is no parameter

    def slice_done(self) -> None:
        """Between two rows: commit what is written when the slice has held the lock long enough."""
        if self.sliced and time.perf_counter() - self._started >= SLICE_SECONDS:
            self._drop_triggers()
            self.s.commit()
            self.slices += 1
            time.sleep(PAUSE_SECONDS)
            self.begin()

    def finish(self) -> None:
        """The last slice: whatever the caller wrote in it (the audit row) and the notes emptied, together."""
        if self.sliced:
            self._drop_triggers()
            self.s.execute(delete(ImportUndo).where(ImportUndo.batch == self.batch))
        self.s.commit()

    def abandon(self) -> Undone:
        """Nothing of the import stays: the open slice rolled back, the committed ones taken back."""
        self.s.rollback()
        if not self.sliced or not self.slices:
            return Undone()
        return undo(self.db, self.batch)

    def _drop_triggers(self) -> None:
        names = self.s.scalars(
            text("SELECT name FROM sqlite_temp_master WHERE type = 'trigger' AND name LIKE :prefix"),
            {"prefix": f"undo_{self.batch}_%"},
        ).all()
        for name in names:
            self.s.execute(text(f'DROP TRIGGER temp."{name}"'))


def _triggers(s: Session, batch: str) -> list[str]:
    """Temporary triggers noting, for each row this connection inserts, changes or deletes, the statement
    that takes it back, guarded so that it applies only while the row is as the import left it."""
    tables = s.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name")).all()
    virtual = [name for name, sql in tables if (sql or "").upper().startswith("CREATE VIRTUAL TABLE")]
    statements = []
    for name, _sql in tables:
        if not name.startswith(_NOT_UNDONE) and not any(name.startswith(v) for v in virtual):
            columns = [row[1] for row in s.execute(text(f'PRAGMA table_info("{name}")'))]
            statements += _table_triggers(batch, name, columns)
    return statements


def _table_triggers(batch: str, name: str, columns: list[str]) -> list[str]:
    table = f'"{name}"'
    note = f"INSERT INTO import_undo(batch, statement) VALUES ('{batch}', "
    names = ",".join(f'"{c}"' for c in columns)
    old_values = " || ',' || ".join(f'quote(OLD."{c}")' for c in columns)
    assignments = " || ',' || ".join(f'\'"{c}"=\' || quote(OLD."{c}")' for c in columns)
    as_left = " || ' AND ' || ".join(f'\'"{c}" IS \' || quote(NEW."{c}")' for c in columns)
    prefix = f"CREATE TEMP TRIGGER undo_{batch}_{name}"
    return [
        f"{prefix}_i AFTER INSERT ON main.{table} BEGIN {note}"
        f"'DELETE FROM {table} WHERE rowid=' || NEW.rowid || ' AND ' || {as_left}); END",
        f"{prefix}_u AFTER UPDATE ON main.{table} BEGIN {note}"
        f"'UPDATE {table} SET ' || {assignments} || ' WHERE rowid=' || OLD.rowid || ' AND ' || {as_left}); END",
        f"{prefix}_d AFTER DELETE ON main.{table} BEGIN {note}"
        f"'INSERT OR IGNORE INTO {table}(rowid,{names}) VALUES(' || OLD.rowid || ',' || {old_values} || ')'); END",
    ]


def undo(db: Database, batch: str) -> Undone:
    """Replay an import's notes newest first, a few thousand per transaction (each note is removed with what
    it took back, so a kill halfway resumes at the next start); then an audit row says the import was taken
    back."""
    done = Undone()
    while True:
        with db.session() as s, s.begin():
            notes = s.execute(
                select(ImportUndo.id, ImportUndo.statement)
                .where(ImportUndo.batch == batch)
                .order_by(ImportUndo.id.desc())
                .limit(UNDO_AT_ONCE)
            ).all()
            for note_id, statement in notes:
                try:
                    with s.begin_nested():
                        changed = s.connection().exec_driver_sql(statement).rowcount  # raw, as noted
                except IntegrityError:  # a row of someone else's refers to it (her sale): it stays
                    changed = 0
                done.statements += 1
                done.kept += changed == 0
                s.execute(delete(ImportUndo).where(ImportUndo.id == note_id))
            if len(notes) < UNDO_AT_ONCE:
                if done.statements:
                    audit_store.append(
                        s,
                        clock.wall_now(),
                        None,
                        "",
                        "import_undone",
                        batch,
                        rows=done.statements,
                        kept=done.kept,
                    )
                return done


def recover(db: Database) -> list[Undone]:
    """At start-up, with the file this process's own: take back every import a kill or a power cut left
    unfinished (its notes are still there)."""
    if not db.is_sqlite or db.read_only:
        return []
    with db.session() as s:
        if not s.scalar(select(func.count()).select_from(ImportUndo)):
            return []
        batches = list(s.scalars(select(ImportUndo.batch).distinct()))
    undone = [undo(db, batch) for batch in batches]
    for batch, result in zip(batches, undone, strict=True):
        log.warning("An unfinished import (%s) was taken back: %s", batch, result)
    return undone
