"""What can go wrong with the database file, told apart: damaged, busy, disk full, read-only, unreachable.
Only real damage is treated as damage; every other problem gets its own message and changes nothing."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from pathlib import Path

from boutique_vip.domain.errors import QT_TRANSLATE_NOOP, BoutiqueError
from boutique_vip.storage import file_lock


class DatabaseProblem(BoutiqueError):
    """The database cannot be used right now; nothing was changed."""


class DatabaseDamaged(BoutiqueError):
    def __init__(self, template: str, aside: Path | None = None, **params: object) -> None:
        self.aside = aside
        super().__init__(template, **params)


_BUSY = QT_TRANSLATE_NOOP(
    "Errors", "The database is busy with another program or till. Nothing was saved; try again in a moment."
)
_FULL = QT_TRANSLATE_NOOP(
    "Errors", "The disk is full. Nothing was saved; free some space on the disk and try again."
)
_READ_ONLY = QT_TRANSLATE_NOOP(
    "Errors",
    "The database can only be read here (another copy of the program has it open, or the file or folder is "
    "write-protected). Nothing was saved.",
)
_CANNOT_OPEN = QT_TRANSLATE_NOOP(
    "Errors",
    "The database file cannot be opened ({reason}). Check that the folder exists and can be written.",
)
_DAMAGED = QT_TRANSLATE_NOOP("Errors", "The database file is damaged ({reason}).")
_DAMAGED_DURING_WORK = QT_TRANSLATE_NOOP(
    "Errors",
    "The database file is damaged ({reason}). Nothing more was saved. Close the program and start it again: "
    "the file is then checked, set aside, and the newest sound backup is offered.",
)


def damaged_during_work(reason: str) -> DatabaseDamaged:
    return DatabaseDamaged(_DAMAGED_DURING_WORK, reason=reason)


def read_only_problem() -> DatabaseProblem:
    """This copy of the program only reads the file (another copy has it, or it is write-protected)."""
    return DatabaseProblem(_READ_ONLY)


def explain(exc: BaseException) -> BoutiqueError | None:
    """A clear, translatable message for a database error a user can act on; None for anything else."""
    original = getattr(exc, "orig", None) or exc
    if not isinstance(original, sqlite3.Error | OSError):
        return None
    text = str(original).lower()
    code = getattr(original, "sqlite_errorname", "") or ""
    if "readonly" in code.lower() or "readonly database" in text or "read-only" in text:
        return DatabaseProblem(_READ_ONLY)
    if code in ("SQLITE_FULL",) or "disk is full" in text or "no space left" in text:
        return DatabaseProblem(_FULL)
    if code.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in text or "busy" in text:
        return DatabaseProblem(_BUSY)
    if code.startswith("SQLITE_CANTOPEN") or "unable to open" in text:
        return DatabaseProblem(_CANNOT_OPEN, reason=str(original))
    if code in ("SQLITE_CORRUPT", "SQLITE_NOTADB") or "malformed" in text or "not a database" in text:
        return DatabaseDamaged(_DAMAGED, reason=str(original))
    return None


def _closed_file(database: Path) -> Path:
    return database.with_name(database.name + ".closed")


def _damaged_file(database: Path) -> Path:
    return database.with_name(database.name + ".damaged")


def mark_damaged(database: Path) -> None:
    """SQLite reported damage during work: the next start must check the whole file, whatever it looks like."""
    with contextlib.suppress(OSError):
        _closed_file(database).unlink(missing_ok=True)
        _damaged_file(database).write_text("integrity_check", encoding="utf-8")


def _fingerprint(database: Path) -> str:
    st = database.stat()
    return f"{st.st_size}:{st.st_mtime_ns}"


def mark_closed(database: Path) -> None:
    """Note that the program closed the file cleanly, and what the file looked like then."""
    with contextlib.suppress(OSError):  # a missing note only costs a check at the next start
        _closed_file(database).write_text(_fingerprint(database), encoding="utf-8")


def closed_cleanly(database: Path) -> bool:
    """The file is just as the program left it when it last closed it cleanly. Then the start-up check is
    skipped (it reads the whole file: a second for a large shop); after a crash, a power cut or a copy from
    elsewhere it runs. The daily backup checks the whole file anyway, in the background."""
    wal = database.with_name(database.name + "-wal")
    try:
        if _damaged_file(database).exists():
            return False
        if wal.exists() and wal.stat().st_size > 0:
            return False  # a clean close folds the write-ahead log into the file and removes it
        return _closed_file(database).read_text(encoding="utf-8") == _fingerprint(database)
    except OSError:
        return False


def quick_check(path: Path) -> None:
    """At start-up: raise DatabaseDamaged only when SQLite itself says the file is damaged. After damage was
    seen during work the whole file is checked (``integrity_check``), not only its structure."""
    if not path.exists() or path.stat().st_size == 0:
        return
    suspect = _damaged_file(path).exists()
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        conn.text_factory = lambda raw: raw.decode("utf-8", "replace")  # a garbled file: never a crash
        try:
            rows = conn.execute("PRAGMA integrity_check" if suspect else "PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        problem = explain(exc)
        raise problem or DatabaseProblem(_CANNOT_OPEN, reason=str(exc)) from exc
    bad = [str(r[0]) for r in rows if r[0] != "ok"]
    if bad:
        raise DatabaseDamaged(_DAMAGED, reason="; ".join(bad[:3]))
    if suspect:  # the whole file is sound after all (the damage was in a copy SQLite read, or is repaired)
        with contextlib.suppress(OSError):
            _damaged_file(path).unlink()


# --- one program per database file (the lock itself is in file_lock) ------------------------------

Holder = file_lock.Holder


def holder(database: Path) -> Holder | None:
    """Another running copy of the program that has ``database`` open (on this PC or another one)."""
    return file_lock.holder(database)


def take(database: Path, now: dt.datetime) -> None:
    """Hold the lock for the process's life (the open Database already holds it: this keeps it held)."""
    file_lock.acquire(database, now.isoformat(timespec="minutes"))


def release(database: Path) -> None:
    file_lock.release(database)
