"""Finding 6 of issue 18: ``demo`` killed half-way leaves a shop that a second ``demo`` finishes (the same
shop a run without the kill makes), and a finished demo or a real shop is refused with a clear message."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.helpers import run
from tests.conftest import sqlite_only

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL"), sqlite_only]

#: The child dies at the named moment: after the users, inside the customers' transaction, before the
#: purchases, before the tier run.
DEMO_AND_DIE = """
import os, signal, sys
from boutique_vip import cli
from boutique_vip.services import demo, tiers

def die(*_args, **_kwargs):
    os.kill(os.getpid(), signal.SIGKILL)

where = sys.argv[1]
if where == "customers":
    real = demo._customer
    calls = []
    def dying_customer(*args, **kwargs):
        calls.append(1)
        if len(calls) == 20:
            die()
        return real(*args, **kwargs)
    demo._customer = dying_customer
elif where == "purchases":
    demo.add_demo_purchases = die
elif where == "tiers":
    tiers.TierService.recompute_all = die
sys.exit(cli.main(["--db", sys.argv[2], "--date", "2026-11-23", "demo", "--customers", "40", "--seed", "9"]))
"""


def _fingerprint(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        return {
            table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in (
                "users",
                "sales_groups",
                "customers",
                "receipts",
                "receipt_lines",
                "gift_categories",
            )
        }
    finally:
        conn.close()


@pytest.mark.parametrize("where", ["customers", "purchases", "tiers"])
def test_a_demo_killed_half_way_is_finished_by_the_next_one(
    where: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clean = tmp_path / "clean.sqlite"
    assert (
        run(capsys, "--db", str(clean), "--date", "2026-11-23", "demo", "--customers", "40", "--seed", "9")[0]
        == 0
    )
    shop = tmp_path / "shop.sqlite"
    killed = subprocess.run(
        [sys.executable, "-c", DEMO_AND_DIE, where, str(shop)],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    code, _, err = run(
        capsys, "--db", str(shop), "--date", "2026-11-23", "demo", "--customers", "40", "--seed", "9"
    )
    assert code == 0, err
    assert _fingerprint(shop) == _fingerprint(clean)
    code, _, err = run(
        capsys, "--db", str(shop), "--date", "2026-11-23", "demo", "--customers", "40", "--seed", "9"
    )
    assert code == 1 and "already has customers" in err and "Traceback" not in err
