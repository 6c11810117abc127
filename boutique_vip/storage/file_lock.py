"""One program per database file: an operating-system lock on ``<file>.lock``, held for the process's life.

The operating system drops the lock when the process ends in any way (a crash, a kill, a power cut), so a
lock left behind is never mistaken for a live one and no process id has to be probed (``os.kill(pid, 0)``
means CTRL_C_EVENT on Windows). On POSIX the lock is ``flock``, not ``fcntl``: an ``fcntl`` lock is cancelled
when *any* handle of the process on the file is closed, an ``flock`` lock only when its own handle is. On
Windows it is a ``msvcrt`` byte-range lock far past the text, so the text stays readable by others.

The lock file holds who has the database (PC, user, process, since) for the message the other copy shows.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

#: Where the Windows lock sits: past any text the file will ever hold (locked bytes cannot be read there).
_WINDOWS_LOCK_OFFSET = 1 << 20


@dataclass(frozen=True)
class Holder:
    host: str
    user: str
    pid: int
    since: str


@dataclass
class _Held:
    fd: int
    count: int


_held: dict[str, _Held] = {}
_guard = threading.Lock()


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


def _key(database: Path) -> str:
    return os.path.normcase(str(database.resolve()))


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(fd: int) -> None:
    with contextlib.suppress(OSError):
        if sys.platform == "win32":
            import msvcrt

            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_UN)


def _open(database: Path) -> int:
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOINHERIT", 0)
    return os.open(lock_path(database), flags, 0o644)


def _write_info(fd: int, since: str) -> None:
    text = json.dumps(
        {"host": socket.gethostname(), "user": _user(), "pid": os.getpid(), "since": since},
        ensure_ascii=False,
    ).encode("utf-8")
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, text)
    os.ftruncate(fd, len(text))
    with contextlib.suppress(OSError):
        os.fsync(fd)


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in the environment or the password database
        return ""


def acquire(database: Path, since: str) -> bool:
    """Hold the lock for ``database`` (again, when this process already holds it). False: another process
    holds it. Every successful ``acquire`` is matched by one ``release``."""
    key = _key(database)
    with _guard:
        held = _held.get(key)
        if held is not None:
            held.count += 1
            return True
        try:
            fd = _open(database)
        except OSError:
            return True  # a folder where no lock file can be made cannot be shared either: nothing to guard
        if not _try_lock(fd):
            os.close(fd)
            return False
        with contextlib.suppress(OSError):  # the text is for the message only; the lock is what counts
            _write_info(fd, since)
        _held[key] = _Held(fd, 1)
        return True


def release(database: Path) -> None:
    """Give the lock back after the last ``acquire``. The file stays (removing it would race a newcomer)."""
    key = _key(database)
    with _guard:
        held = _held.get(key)
        if held is None:
            return
        held.count -= 1
        if held.count > 0:
            return
        del _held[key]
        with contextlib.suppress(OSError):
            os.ftruncate(held.fd, 0)
        _unlock(held.fd)
        os.close(held.fd)


def holds(database: Path) -> bool:
    """This process holds the lock."""
    with _guard:
        return _key(database) in _held


def holder(database: Path) -> Holder | None:
    """The other process that holds the lock on ``database``, or None (nobody, or this process)."""
    if holds(database) or not lock_path(database).exists():
        return None
    try:
        fd = _open(database)
    except OSError:
        return None
    try:
        if _try_lock(fd):  # nobody holds it: whatever the file says was left by a copy that has ended
            _unlock(fd)
            return None
        os.lseek(fd, 0, os.SEEK_SET)
        raw = os.read(fd, 4096)
    finally:
        os.close(fd)
    try:
        data = json.loads(raw.decode("utf-8"))
        return Holder(str(data["host"]), str(data.get("user", "")), int(data["pid"]), str(data["since"]))
    except (ValueError, KeyError, TypeError):  # held, but the text not yet written: still held
        return Holder("?", "", 0, "")
