"""Finding 1 of issue 18: the write-ahead log of the program that writes is never taken from under it.

The mechanism, reproduced with real processes: the window's process opens and closes the database's files
through handles of its own (what Qt's file dialog does to tell a file's type: on POSIX that cancels every
``fcntl`` lock SQLite holds on them in that process); a second program then opens the same file and closes it.
Before the fix the second program found no lock, folded the log into the file and deleted it, so the window's
later writes went into a deleted file and were gone after a kill."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from boutique_vip.storage.engine import Database, sqlite_url
from boutique_vip.storage.migrate import upgrade
from tests.conftest import sqlite_only

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL; POSIX lock semantics"),
    sqlite_only,
]

WINDOW = """
import datetime as dt, sys, time
from pathlib import Path
from boutique_vip.domain.customer import card_from_form
from boutique_vip.services import Services
from boutique_vip.storage.engine import Database, sqlite_url

path = Path(sys.argv[1])
services = Services.create(Database(sqlite_url(path)), lambda: dt.datetime(2026, 11, 23, 11, 0))
services.customers.save(card_from_form({"name": "王一", "phone": "13800000001"}))
print("saved 1", flush=True)
for suffix in ("", "-wal", "-shm"):  # what the file dialog does: read the head of each file, close it
    with open(str(path) + suffix, "rb") as probe:
        probe.read(64)
print("probed", flush=True)
sys.stdin.readline()
services.customers.save(card_from_form({"name": "王二", "phone": "13800000002"}))
print("saved 2", flush=True)
time.sleep(600)
"""


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}


def _deleted_files(pid: int) -> list[str]:
    fds = Path(f"/proc/{pid}/fd")
    if not fds.is_dir():
        return []
    return [t for fd in fds.iterdir() if "shop.sqlite" in (t := os.readlink(fd)) and t.endswith("(deleted)")]


def test_a_second_program_never_takes_the_log_from_the_one_that_writes(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite"
    db = Database(sqlite_url(path))
    upgrade(db)
    db.close()
    window = subprocess.Popen(
        [sys.executable, "-c", WINDOW, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=_env(),
        cwd=tmp_path,
    )
    assert window.stdin is not None and window.stdout is not None
    try:
        assert window.stdout.readline().strip() == "saved 1"
        assert window.stdout.readline().strip() == "probed"
        other = subprocess.run(
            [sys.executable, "-m", "boutique_vip", "--db", str(path), "customers", "find", "王"],
            capture_output=True,
            text=True,
            env=_env(),
            timeout=120,
        )
        assert other.returncode == 0, other.stderr
        assert "王一" in other.stdout  # the second program reads what the window saved
        assert _deleted_files(window.pid) == []
        window.stdin.write("go\n")
        window.stdin.flush()
        assert window.stdout.readline().strip() == "saved 2"
        assert _deleted_files(window.pid) == []
    finally:
        window.send_signal(signal.SIGKILL)
        window.wait()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        names = {name for (name,) in conn.execute("SELECT name FROM customers")}
    finally:
        conn.close()
    assert names == {"王一", "王二"}  # the window's write after the second program ran survived the kill
