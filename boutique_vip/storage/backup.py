"""Copies of the SQLite file: made with ``VACUUM INTO``, checked, given a SHA-256 manifest (storage.manifest)
and read back against it; verified again before a restore, which never leaves the shop without a database.

Nothing here opens the live database file except through SQLite: a plain handle on it, once closed, would
cancel the SQLite locks this process holds on it (POSIX), see storage.file_lock."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from boutique_vip.domain.errors import QT_TRANSLATE_NOOP, BoutiqueError
from boutique_vip.storage import manifest as manifests

_STAMP = "%Y-%m-%d-%H%M%S"
_NAME = re.compile(r"-(\d{4}-\d{2}-\d{2}-\d{6})\.sqlite$")


class BackupFailed(BoutiqueError):
    """A backup or a restore did not happen; the current database is as it was."""


class BackupDamaged(BoutiqueError):
    """A backup that must not be restored. ``alternative``: the newest sound backup made before it."""

    def __init__(self, template: str, alternative: BackupFile | None = None, **params: object) -> None:
        self.alternative = alternative
        super().__init__(template, **params)


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


def _connect_ro(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    # A garbled file can hold bytes that are not UTF-8 where SQLite returns text: read them, never crash.
    conn.text_factory = lambda raw: raw.decode("utf-8", "replace")
    return conn


#: What reading a garbled or missing file can raise, besides a clean "not a database".
_READ_ERRORS = (sqlite3.Error, UnicodeError, ValueError, OSError)


def integrity_problem(path: Path, quick: bool = False) -> str | None:
    """None when SQLite finds the file sound: ``integrity_check`` (or ``quick_check``) and foreign keys."""
    try:
        conn = _connect_ro(path)
        try:
            pragma = "quick_check" if quick else "integrity_check"
            problems = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}") if r[0] != "ok"]
            if not problems:
                problems = [
                    f"foreign key: {table} row {rowid} → {parent}"
                    for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check")
                ]
        finally:
            conn.close()
    except _READ_ERRORS as exc:
        return str(exc) or type(exc).__name__
    return "; ".join(problems[:5]) or None


def schema_revision(path: Path) -> str | None:
    """The Alembic revision of a Boutique VIP file; None when it is not one (or cannot be read)."""
    try:
        conn = _connect_ro(path)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not {"customers", "alembic_version", "points_ledger"} <= tables:
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except _READ_ERRORS:
        return None
    return str(row[0]) if row else None


def is_boutique_database(path: Path) -> bool:
    return schema_revision(path) is not None


@cache
def known_revisions() -> frozenset[str]:
    """Every schema revision this version of the program can open (read from the migration scripts)."""
    from boutique_vip.storage.migrate import ALEMBIC_DIR

    found = set()
    for script in (ALEMBIC_DIR / "versions").glob("*.py"):
        match = re.search(r"^revision\s*=\s*['\"](\w+)['\"]", script.read_text("utf-8"), re.MULTILINE)
        if match:
            found.add(match[1])
    return frozenset(found)


_NOT_OURS = QT_TRANSLATE_NOOP("Errors", "{file} is not a Boutique VIP backup.")
_CHECKSUM = QT_TRANSLATE_NOOP(
    "Errors",
    "The backup {file} is damaged: it is no longer the copy that was made (its checksum does not match).",
)
_DAMAGED = QT_TRANSLATE_NOOP("Errors", "The backup {file} is damaged ({problem}).")
_NEWER = QT_TRANSLATE_NOOP(
    "Errors",
    "The backup {file} was made by a newer version of the program (schema {revision}); install that version "
    "to restore it.",
)
_UNREADABLE = QT_TRANSLATE_NOOP("Errors", "The backup {file} cannot be read ({reason}).")


def verify(path: Path, thorough: bool = True) -> None:
    """Raise BackupDamaged unless ``path`` is a sound backup this program can restore.

    The checksum and size in its manifest must match (an older backup without a manifest is checked by SQLite
    alone). ``thorough``, before a restore: SQLite's integrity check and the schema revision too. Without it
    (``check`` going through every copy) a matching checksum is enough: the copy was checked when made."""
    name = path.name
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise BackupDamaged(_UNREADABLE, file=name, reason=exc.strerror or str(exc)) from exc
    made = manifests.read_manifest(path)
    if made is not None:
        try:
            digest = manifests.sha256_of(path)
        except OSError as exc:
            raise BackupDamaged(_UNREADABLE, file=name, reason=exc.strerror or str(exc)) from exc
        if made.size != size or made.sha256 != digest:
            raise BackupDamaged(_CHECKSUM, file=name)
        if not thorough:
            return
    revision = schema_revision(path)
    if revision is None:
        problem = integrity_problem(path, quick=True)
        if problem is not None:
            raise BackupDamaged(_DAMAGED, file=name, problem=problem)
        raise BackupDamaged(_NOT_OURS, file=name)
    problem = integrity_problem(path)
    if problem is not None:
        raise BackupDamaged(_DAMAGED, file=name, problem=problem)
    if revision not in known_revisions():
        raise BackupDamaged(_NEWER, file=name, revision=revision)


def problem_of(path: Path, thorough: bool = True) -> BackupDamaged | None:
    try:
        verify(path, thorough)
    except BackupDamaged as exc:
        return exc
    return None


def newest_sound(
    folder: Path, database: Path, before: dt.datetime | None = None, thorough: bool = True
) -> BackupFile | None:
    """The newest backup of ``database`` in ``folder`` (made before ``before``) that passes ``verify``."""
    for backup in list_backups(folder, database):
        if (before is None or backup.made_at < before) and problem_of(backup.path, thorough) is None:
            return backup
    return None


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as stream:  # never the live database (see the module's note)
        os.fsync(stream.fileno())


def _fsync_folder(folder: Path) -> None:
    # A rename is durable only once its folder is synced (POSIX); Windows cannot open a folder: skip.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def make_backup(database: Path, folder: Path, at: dt.datetime) -> Path:
    """A consistent copy (``VACUUM INTO`` reads one snapshot, WAL included), checked by SQLite, given its
    manifest and read back against it before it counts. Each copy gets a name of its own."""
    folder.mkdir(parents=True, exist_ok=True)
    while (folder / backup_name(database, at)).exists():  # two copies in one second: both kept
        at += dt.timedelta(seconds=1)
    target = folder / backup_name(database, at)
    partial = target.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    try:
        conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=10)
        try:
            conn.execute("VACUUM INTO ?", (str(partial),))
        finally:
            conn.close()
        _fsync_file(partial)
        problem = integrity_problem(partial)
        if problem is not None:
            raise BackupFailed(
                QT_TRANSLATE_NOOP("Errors", "The backup copy failed its check ({problem}); it was not kept."),
                problem=problem,
            )
        # The manifest first: a kill between the two leaves a manifest without its copy (ignored), never a
        # copy without its manifest.
        manifests.write_manifest(target, replace(manifests.describe(partial, at), file=target.name))
        os.replace(partial, target)
        _fsync_folder(folder)
        verify(target, thorough=False)  # read back: what is on the disk is what was made
    except BackupDamaged as exc:
        _discard(target)
        raise BackupFailed(
            QT_TRANSLATE_NOOP("Errors", "The backup copy failed its check ({problem}); it was not kept."),
            problem=exc.message,
        ) from exc
    except _READ_ERRORS as exc:
        _discard(target)
        raise BackupFailed(
            QT_TRANSLATE_NOOP("Errors", "The backup could not be written to {folder}: {reason}"),
            folder=str(folder),
            reason=str(exc),
        ) from exc
    finally:
        partial.unlink(missing_ok=True)
    return target


def _discard(backup: Path) -> None:
    backup.unlink(missing_ok=True)
    manifests.remove_manifest(backup)


def remove_backup(backup: Path) -> None:
    """A backup and its manifest go together."""
    _discard(backup)


def _free_name(folder: Path, base: str) -> Path:
    target = folder / f"{base}.sqlite"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{base}-{n}.sqlite"
    return target


def set_aside(database: Path, folder: Path, why: str, at: dt.datetime) -> Path:
    """Move the database (and its WAL and shared-memory files) to ``folder`` under a new, unused name."""
    folder.mkdir(parents=True, exist_ok=True)
    target = _free_name(folder, f"{database.stem}-{why}-{at.strftime(_STAMP)}")
    for suffix in ("-wal", "-shm"):
        side = database.with_name(database.name + suffix)
        if side.exists():
            shutil.move(side, target.with_name(target.name + suffix))
    shutil.move(database, target)
    _forget_notes(database)
    return target


def _forget_notes(database: Path) -> None:
    # What storage.health noted about the file that was there (closed cleanly, damaged) is not about the next.
    for note in (".closed", ".damaged"):
        database.with_name(database.name + note).unlink(missing_ok=True)


# --- restore -----------------------------------------------------------------------------------------


def _reached(step: str) -> None:
    """Called after each step of a restore. The crash test replaces it to kill the process right there."""


def _copy_synced(source: Path, target: Path) -> None:
    with source.open("rb") as reader, target.open("wb") as writer:
        shutil.copyfileobj(reader, writer, 1 << 20)
        writer.flush()
        os.fsync(writer.fileno())


def _fold_log(database: Path) -> None:
    """Fold the write-ahead log into the file, so the file alone is the whole database (SQLite does it: the
    program's own connections are closed by now). A log that cannot be folded stays, and is kept aside."""
    wal = database.with_name(database.name + "-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        return
    with contextlib.suppress(sqlite3.Error):
        conn = sqlite3.connect(database, timeout=10)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()


def _keep_aside(database: Path, folder: Path, at: dt.datetime) -> Path:
    """A second name for the current file in ``folder``, made before the swap: a hard link (instant, no
    space), or a copy where the disk has no links. The file stays where it is until the swap replaces it."""
    folder.mkdir(parents=True, exist_ok=True)
    target = _free_name(folder, f"{database.stem}-before-restore-{at.strftime(_STAMP)}")
    try:
        os.link(database, target)
    except OSError:
        _copy_synced(database, target)
    wal = database.with_name(database.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:  # not folded (a damaged file): its log goes along
        _copy_synced(wal, target.with_name(target.name + "-wal"))
    _fsync_folder(folder)
    return target


_NOT_IN_PLACE = QT_TRANSLATE_NOOP(
    "Errors", "The backup could not be put in place ({reason}). The current database was not changed."
)


def restore_file(source: Path, database: Path, aside_folder: Path, at: dt.datetime) -> Path | None:
    """Put the backup ``source`` in place of ``database``; return where the current file was kept (None when
    there was none). The program's own connections must be closed.

    1. ``source`` is verified (manifest checksum, SQLite's check, schema revision);
    2. copied beside the database as ``<file>.restoring``, synced, and the copy verified again;
    3. the current file gets a second name in ``aside_folder`` (it is never moved away first);
    4. the copy replaces the current file in one rename.
    A failure or a kill before 4 leaves the current database in place (a failure says so); after 4 the
    restored one is there. At no moment is there no database."""
    verify(source)
    made = manifests.read_manifest(source)
    partial = database.with_name(database.name + ".restoring")
    try:
        expected = made.sha256 if made is not None else manifests.sha256_of(source)
        _copy_synced(source, partial)
        _reached("copied")
        if manifests.sha256_of(partial) != expected:
            raise BackupFailed(_NOT_IN_PLACE, reason="the copy differs from the backup")
        problem = integrity_problem(partial, quick=True)
        if problem is not None or schema_revision(partial) not in known_revisions():
            raise BackupFailed(_NOT_IN_PLACE, reason=problem or "the copy is not a Boutique VIP file")
        _reached("verified")
        aside = None
        if database.exists():
            _fold_log(database)
            aside = _keep_aside(database, aside_folder, at)
            _reached("kept")
        for suffix in (
            "-wal",
            "-shm",
        ):  # they belong to the current file: never let SQLite apply them to another
            database.with_name(database.name + suffix).unlink(missing_ok=True)
        os.replace(partial, database)
        _fsync_folder(database.parent)
        _forget_notes(database)
        _reached("swapped")
    except OSError as exc:
        raise BackupFailed(_NOT_IN_PLACE, reason=exc.strerror or str(exc)) from exc
    finally:
        partial.unlink(missing_ok=True)
    return aside


def sweep(database: Path) -> None:
    """Remove what a restore killed half-way left beside the database (never the database itself)."""
    database.with_name(database.name + ".restoring").unlink(missing_ok=True)
