"""Opening the database: SQLite (one shop PC) or PostgreSQL (several tills), the same code."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext, make_url
from sqlalchemy.orm import Session, SessionTransaction, sessionmaker

from boutique_vip.storage import file_lock

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # The file must survive a power cut at the till: WAL with full fsync; foreign keys are off
    # by default in SQLite; a second program waits for a lock instead of failing at once.
    cursor = dbapi_connection.cursor()
    with contextlib.suppress(sqlite3.OperationalError):  # a read-only file keeps the mode it has
        cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    # Deleted personal data is overwritten with zeros, not left in free pages (an erased customer's phone).
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()
    # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin: otherwise SAVEPOINTs
    # (used by imports to skip a bad row) would commit on release.
    dbapi_connection.isolation_level = None


def _sqlite_begin(connection: Any) -> None:
    # A session that will write (begun with ``session.begin()``) takes the write lock at once: a
    # transaction that read first and then wants to write would otherwise fail at once ("database is
    # locked") when another connection wrote in between, which the busy timeout cannot help. Two tills, or a
    # sale beside the background tier run, then simply wait their turn. Reading alone never blocks anyone.
    immediate = connection.get_execution_options().get(WRITES, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


WRITES = "boutique_writes"


class WritingSession(Session):
    """``session.begin()`` marks the transaction as one that writes (see ``_sqlite_begin``)."""

    def begin(self, nested: bool = False) -> SessionTransaction:
        transaction = super().begin(nested)
        if not nested:
            self.connection(execution_options={WRITES: True})  # procured now, so BEGIN IMMEDIATE is sent
        return transaction


class Database:
    """An engine and its session factory. Services open one session per use case."""

    def __init__(self, url: str, read_only: bool = False) -> None:
        self.url = make_url(url)
        self.read_only = read_only
        #: Another process of the program holds the file: this one only reads it (see ``open``).
        self.held_elsewhere = False
        #: SQLite reported damage: the file is not noted as closed cleanly, so the next start checks it.
        self.damaged = False
        self._locked = False
        self.open()

    def open(self) -> None:
        """Create the engine (again, after a restore has put another file in place).

        Writing a SQLite file needs the program's lock on it (storage.file_lock): when another process of the
        program holds it, this one opens the file read-only. A read-only connection never checkpoints nor
        removes the write-ahead log, so it cannot take the log from under the process that writes, even when
        that process's own SQLite locks were lost (an ``fcntl`` lock goes when any handle on the file closes
        in its process: a file dialog reading the folder's files to tell their type is enough)."""
        path = self.sqlite_path
        self.damaged = False  # (again: a restore has put a sound file in place)
        if path is not None and not self.read_only and not self._locked:
            from boutique_vip import clock

            self._locked = file_lock.acquire(path, clock.now().isoformat(timespec="minutes"))
            if not self._locked:
                self.read_only = self.held_elsewhere = True
                log.info("%s is held by another process of the program: opened read-only", path)
        if self.read_only and path is not None:
            # Another copy of the program has the file: read it without ever writing (mode=ro).
            self.engine: Engine = create_engine(
                self.url,
                creator=lambda: sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False),
            )
        else:
            self.engine = create_engine(self.url)
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas)
            event.listen(self.engine, "begin", _sqlite_begin)
            event.listen(self.engine, "handle_error", self._damage_seen)
        session_class = WritingSession if self.is_sqlite and not self.read_only else Session
        self.sessions = sessionmaker(self.engine, class_=session_class, expire_on_commit=False)

    def _damage_seen(self, context: ExceptionContext) -> None:
        """SQLite says the file is damaged, in the middle of work: the same message as at start-up (never a
        traceback), and the next start checks the whole file and takes the start-up path (set aside, offer
        the newest sound backup). Other errors go on as they are."""
        from boutique_vip.storage import health

        problem = health.explain(context.original_exception)
        if isinstance(problem, health.DatabaseDamaged):
            path = self.sqlite_path
            if path is not None:
                self.damaged = True
                health.mark_damaged(path)
            raise health.damaged_during_work(str(context.original_exception)) from context.original_exception

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        if self.is_sqlite and self.url.database and self.url.database != ":memory:":
            return Path(self.url.database)
        return None

    def describe(self) -> str:
        """What the status bar shows: the file, or the server without the password."""
        path = self.sqlite_path
        return str(path) if path else self.url.render_as_string(hide_password=True)

    def session(self) -> Session:
        return self.sessions()

    def snapshot(self) -> Session:
        """A session whose reads all see the database as it was at its first read, whatever other tills
        commit meanwhile: SQLite's session reads in one transaction already; PostgreSQL's default gives each
        statement its own moment, so this one is REPEATABLE READ."""
        s = self.sessions()
        if not self.is_sqlite:
            s.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        return s

    def checkpoint(self) -> None:
        """Copy the WAL into the file and empty it (after an erasure nothing of her stays in the WAL)."""
        if self.is_sqlite:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        self.engine.dispose()
        path = self.sqlite_path
        if path is not None and not self.read_only and not self.damaged and path.exists():
            from boutique_vip.storage import health

            health.mark_closed(path)
        if path is not None and self._locked:
            self._locked = False
            file_lock.release(path)
