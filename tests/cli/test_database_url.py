"""The command line on the database given by URL: a SQLite file here, the PostgreSQL server under
``make test-postgres`` (every till of a shop with several runs the same commands)."""

from __future__ import annotations

import csv
import io

import pytest

from boutique_vip.cli import main
from boutique_vip.storage.engine import Database


def test_demo_find_and_call_list_by_database_url(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    url = db.url.render_as_string(hide_password=False)
    assert main(["--database-url", url, "--date", "2026-11-23", "demo", "--customers", "40"]) == 0
    capsys.readouterr()
    assert main(["--database-url", url, "customers", "find", "zxx"]) == 0
    assert "曾小贤" in capsys.readouterr().out
    assert main(["--database-url", url, "--date", "2026-11-23", "call-list", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows and set(rows[0]) >= {
        "card_no",
        "name",
        "phone",
        "tier",
        "reasons",
        "priority",
        "preferred_contact",
    }
    assert main(["--database-url", url, "audit", "verify"]) == 0
