"""Finding 2 of issue 18: one program per file through an operating-system lock held for the process's life,
released by the operating system however the process ends; no process id is ever probed."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from boutique_vip.storage import health
from boutique_vip.storage.engine import Database, sqlite_url
from tests.conftest import sqlite_only

ROOT = Path(__file__).resolve().parents[2]

HOLD = """
import sys, time
from pathlib import Path
from boutique_vip.storage import file_lock
assert file_lock.acquire(Path(sys.argv[1]), "2026-11-23T09:00")
print("held", flush=True)
time.sleep(600)
"""


def _refuse(*_args: object) -> None:
    raise AssertionError("os.kill(pid, 0) is CTRL_C_EVENT on Windows")


@pytest.fixture
def no_pid_probes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "kill", _refuse)


@sqlite_only
@pytest.mark.usefixtures("no_pid_probes")
def test_a_lock_left_by_a_copy_that_ended_is_taken(db_path: Path) -> None:
    # What a power cut leaves: the text of the copy that had the file, naming a process that runs (pid 1).
    db_path.with_name(db_path.name + ".lock").write_text(
        json.dumps({"host": socket.gethostname(), "user": "someone", "pid": 1, "since": "2026-11-22T09:00"}),
        encoding="utf-8",
    )
    assert health.holder(db_path) is None
    db = Database(sqlite_url(db_path))
    try:
        assert not db.read_only and not db.held_elsewhere
        assert health.holder(db_path) is None  # our own lock
    finally:
        db.close()


@sqlite_only
def test_a_copy_that_holds_the_file_is_named_and_its_end_releases_it(db_path: Path) -> None:
    other = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db_path)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert other.stdout is not None and other.stdout.readline().strip() == "held"
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(os, "kill", _refuse)
            holder = health.holder(db_path)
            reader = Database(sqlite_url(db_path))
        assert holder is not None
        assert (holder.host, holder.pid, holder.since) == (
            socket.gethostname(),
            other.pid,
            "2026-11-23T09:00",
        )
        assert holder.user != "" or sys.platform == "win32"
        assert reader.read_only and reader.held_elsewhere  # this copy only reads
        reader.close()
    finally:
        other.kill()  # as hard as a crash: nothing of the program runs on the way out
        other.wait()
    assert health.holder(db_path) is None
    db = Database(sqlite_url(db_path))
    assert not db.read_only
    db.close()
