"""The audit log anchored outside the file: backup manifests and signed sheets; audit times are real."""

from __future__ import annotations

import datetime as dt
import io
import json
import sqlite3
from pathlib import Path

import pytest

from boutique_vip.storage.audit import GENESIS, _digest
from tests.cli.helpers import run


@pytest.fixture
def shop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(tmp_path / "shop.sqlite")
    assert run(capsys, "--db", path, "demo", "--customers", "30", "--seed", "3")[0] == 0
    return path


def _sql(path: str, statement: str, *params: object) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute(statement, params).fetchall()


def _backup_with_manifest(shop: str, capsys: pytest.CaptureFixture[str]) -> Path:
    """A backup and the manifest issue 18's backups write beside it (its audit_head is the chain's head)."""
    code, out, _ = run(capsys, "--db", shop, "backup")
    assert code == 0
    made = Path(out.strip())
    head = _sql(shop, "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")[0]
    manifest = made.with_name(made.name + ".manifest.json")
    manifest.write_text(
        json.dumps(
            {
                "file": made.name,
                "sha256": "",
                "size": made.stat().st_size,
                "schema_revision": "",
                "created_at": "",
                "audit_head": {"id": head[0], "hash": head[1]},
            }
        ),
        encoding="utf-8",
    )
    return made


def test_deleting_the_newest_rows_before_a_backup_is_found(
    shop: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _backup_with_manifest(shop, capsys)
    code, _, err = run(capsys, "--db", shop, "audit", "verify")
    assert code == 0 and "1 anchors agree" in err
    newest = _sql(shop, "SELECT max(id) FROM audit_log")[0][0]
    _sql(shop, "DELETE FROM audit_log WHERE id >= ?", newest - 1)
    code, _, err = run(capsys, "--db", shop, "audit", "verify")
    assert code == 1 and f"audit row {newest} is missing" in err
    _sql(shop, "DELETE FROM audit_log")  # all of it: no longer "ok: 0 rows"
    code, _, err = run(capsys, "--db", shop, "audit", "verify")
    assert code == 1 and "is missing" in err
    code, _, err = run(capsys, "--db", shop, "check")
    assert code == 1 and "is missing" in err


def test_history_rewritten_with_the_chain_recomputed_is_found(
    shop: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _backup_with_manifest(shop, capsys)
    _sql(shop, "UPDATE audit_log SET user_name = 'someone' WHERE id = (SELECT min(id) FROM audit_log)")
    # The attacker's script: recompute every hash so that the chain holds again.
    with sqlite3.connect(shop) as conn:
        prev = GENESIS
        for row in conn.execute(
            "SELECT id, at, user_id, user_name, action, subject, details FROM audit_log ORDER BY id"
        ).fetchall():
            entry_id, at, user_id, user_name, action, subject, details = row
            digest = _digest(
                prev, dt.datetime.fromisoformat(at), user_id, user_name, action, subject, details
            )
            conn.execute(
                "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", (prev, digest, entry_id)
            )
            prev = digest
    code, _, err = run(capsys, "--db", shop, "audit", "verify")
    assert code == 1 and "differs from the anchor" in err


def test_a_signed_sheet_anchors_the_log(
    shop: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    sheet = tmp_path / "p.pdf"
    monkeypatch.setattr("sys.stdin", io.StringIO("888888\na long passphrase\na long passphrase\n"))
    args = ["--db", shop, "--date", "2026-11-23", "gift-plan", "approve", "--month", "2026-12"]
    assert run(capsys, *args, "--user", "王芳", "--out", str(sheet))[0] == 0
    code, _, err = run(capsys, "--db", shop, "audit", "verify", "--sheet", str(sheet))
    assert code == 0 and "1 from sheets given" in err
    _sql(shop, "DELETE FROM audit_log")
    _sql(shop, "UPDATE gift_plans SET pdf = NULL")  # the stored copy gone too: the sheet in hand still tells
    code, _, err = run(capsys, "--db", shop, "audit", "verify", "--sheet", str(sheet))
    assert code == 1 and "p.pdf: audit row" in err and "is missing" in err


def test_a_tampered_sheet_is_not_trusted_as_an_anchor(
    shop: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    unsigned = tmp_path / "draft.pdf"
    assert run(capsys, "--db", shop, "gift-plan", "--format", "pdf", "--out", str(unsigned))[0] == 0
    code, _, err = run(capsys, "--db", shop, "audit", "verify", "--sheet", str(unsigned))
    assert code == 0 and "not signed; its anchor is not used" in err


def test_audit_times_and_the_pin_back_off_use_the_real_clock(
    shop: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for _ in range(5):
        monkeypatch.setattr("sys.stdin", io.StringIO("王芳\n000000\n1234\n1234\n"))
        code, _, _ = run(
            capsys, "--db", shop, "--date", "2099-01-11", "users", "add", "--name", "x", "--role", "staff"
        )
        assert code == 1
    stamped = _sql(shop, "SELECT max(at) FROM audit_log WHERE action = 'sign_in_failed'")[0][0]
    assert str(stamped).startswith(str(dt.date.today().year))  # not 2099
    monkeypatch.setattr("sys.stdin", io.StringIO("王芳\n888888\n1234\n1234\n"))
    code, _, err = run(capsys, "--db", shop, "users", "add", "--name", "x", "--role", "staff")
    assert code == 1 and "Wait" in err and int(err.split("Wait ")[1].split()[0]) <= 5
    # A failure stamped in the future by an older version (--date) never stretches the wait.
    _sql(shop, "UPDATE users SET last_failed_at = '2099-01-11 09:00:00.000000' WHERE name = '王芳'")
    monkeypatch.setattr("sys.stdin", io.StringIO("王芳\n888888\n1234\n1234\n"))
    code, _, err = run(capsys, "--db", shop, "users", "add", "--name", "x", "--role", "staff")
    assert code == 1 and int(err.split("Wait ")[1].split()[0]) <= 5
