"""backup, restore, check and audit verify from the command line; a damaged file at start."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

from tests.cli.helpers import run


@pytest.fixture
def shop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(tmp_path / "shop.sqlite")
    assert run(capsys, "--db", path, "demo", "--customers", "30", "--seed", "3")[0] == 0
    return path


def test_backup_then_restore_keeps_the_current_file_aside(
    shop: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = run(capsys, "--db", shop, "backup", "--to", str(tmp_path / "usb"))
    backup = Path(out.strip())
    assert code == 0 and backup.parent == tmp_path / "usb" and backup.exists()
    conn = sqlite3.connect(shop)
    conn.execute("DELETE FROM family_members")
    conn.commit()
    conn.close()
    monkeypatch.setattr("sys.stdin", io.StringIO("王芳\n888888\n"))  # the demo's manager
    code, _, err = run(capsys, "--db", shop, "restore", str(backup))
    assert code == 0 and "the previous database was kept as" in err
    assert sqlite3.connect(shop).execute("SELECT count(*) FROM family_members").fetchone()[0] > 0
    aside = list((tmp_path / "set-aside").glob("shop-before-restore-*.sqlite"))
    assert len(aside) == 1
    assert sqlite3.connect(aside[0]).execute("SELECT count(*) FROM family_members").fetchone() == (0,)


def test_check_and_audit_verify_name_what_is_wrong(shop: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--db", shop, "check")[0] == 0
    code, _, err = run(capsys, "--db", shop, "audit", "verify")
    assert code == 0 and "audit log ok" in err
    conn = sqlite3.connect(shop)
    second = conn.execute("SELECT id FROM audit_log ORDER BY id LIMIT 1 OFFSET 1").fetchone()[0]
    conn.execute("UPDATE audit_log SET user_name = 'someone' WHERE id = ?", (second,))
    conn.commit()
    conn.close()
    code, _, err = run(capsys, "--db", shop, "audit", "verify")
    assert code == 1 and f"broken at row {second}" in err
    code, _, err = run(capsys, "--db", shop, "check")
    assert code == 1 and f"row {second} is broken" in err


def test_a_damaged_file_is_set_aside_and_the_newest_backup_named(
    shop: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--db", shop, "backup")
    assert code == 0
    data = bytearray(Path(shop).read_bytes())
    data[4096 : 4096 * 6] = b"\xff" * (4096 * 5)
    Path(shop).write_bytes(bytes(data))
    code, _, err = run(capsys, "--db", shop, "customers", "find", "张")
    assert code == 1 and "damaged" in err and "boutique-vip restore" in err and out.strip() in err
    assert not Path(shop).exists()
    assert len(list((tmp_path / "set-aside").glob("shop-damaged-*.sqlite"))) == 1
    assert run(capsys, "--db", shop, "restore", out.strip())[0] == 0
    code, found, _ = run(capsys, "--db", shop, "customers", "find", "张晓燕")
    assert code == 0 and "张晓燕" in found


def test_the_start_up_check_runs_only_when_the_file_changed_since_a_clean_close(
    shop: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from boutique_vip.storage import health

    checked: list[Path] = []
    real_check = health.quick_check
    monkeypatch.setattr(health, "quick_check", lambda path: checked.append(path) or real_check(path))
    assert run(capsys, "--db", shop, "customers", "find", "张")[0] == 0
    assert checked == []  # as the program left it: a large shop's start is not kept waiting
    conn = sqlite3.connect(shop)  # changed behind its back (a copy, a crash mid-write, another tool)
    conn.execute("INSERT INTO settings (key, value) VALUES ('written elsewhere', 'yes')")
    conn.commit()
    conn.close()
    assert run(capsys, "--db", shop, "customers", "find", "张")[0] == 0
    assert checked == [Path(shop)]
    crashed = sqlite3.connect(shop)  # a writer that never closed: its changes wait in the write-ahead log
    crashed.execute("INSERT INTO settings (key, value) VALUES ('left in the log', 'yes')")
    crashed.commit()
    assert run(capsys, "--db", shop, "customers", "find", "张")[0] == 0
    assert len(checked) == 2
    crashed.close()
