"""The command line is a user too: manager actions on a shop with a manager need a manager's name and PIN."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

from tests.cli.helpers import run


def _stdin(monkeypatch: pytest.MonkeyPatch, *lines: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(f"{line}\n" for line in lines)))


@pytest.fixture
def shop(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> str:
    """A shop whose first manager (王芳) was created as at the first start: no PIN asked for."""
    path = str(tmp_path / "shop.sqlite")
    _stdin(monkeypatch, "888888", "888888")
    assert run(capsys, "--db", path, "users", "add", "--name", "王芳", "--role", "manager")[0] == 0
    return path


def _users(path: str) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute("SELECT name FROM users ORDER BY id")]


def test_a_second_manager_cannot_be_added_without_a_managers_pin(
    shop: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The takeover of issue 19: a new manager piped in with nothing but her own PIN.
    _stdin(monkeypatch, "123456", "123456")
    code, _, err = run(capsys, "--db", shop, "users", "add", "--name", "X", "--role", "manager")
    assert code == 1 and err.strip() and "X" not in _users(shop)
    _stdin(monkeypatch, "王芳", "111111", "123456", "123456")
    code, _, err = run(capsys, "--db", shop, "users", "add", "--name", "X", "--role", "manager")
    assert code == 1 and "Wrong PIN" in err and "X" not in _users(shop)
    _stdin(monkeypatch, "王芳", "888888", "123456", "123456")
    assert run(capsys, "--db", shop, "users", "add", "--name", "X", "--role", "manager")[0] == 0
    assert _users(shop) == ["王芳", "X"]


def test_a_staff_member_cannot_add_users_or_approve_from_the_command_line(
    shop: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _stdin(monkeypatch, "王芳", "888888", "1111", "1111")
    assert run(capsys, "--db", shop, "users", "add", "--name", "李丽", "--role", "staff")[0] == 0
    _stdin(monkeypatch, "李丽", "1111", "123456", "123456")
    code, _, err = run(capsys, "--db", shop, "users", "add", "--name", "Y", "--role", "manager")
    assert code == 1 and "Only a manager" in err and "Y" not in _users(shop)
    _stdin(monkeypatch, "1111", "a passphrase long enough")
    out = tmp_path / "p.pdf"
    code, _, err = run(
        capsys,
        "--db",
        shop,
        "gift-plan",
        "approve",
        "--user",
        "李丽",
        "--month",
        "2026-12",
        "--out",
        str(out),
    )
    assert code == 1 and "Only a manager" in err and not out.exists()


def test_wrong_pins_at_the_command_line_lock_the_manager_as_in_the_window(
    shop: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from boutique_vip import clock

    start = clock.wall_now()
    for attempt in range(10):
        # Each wait of the back-off passes in real time; --date would not move it.
        clock.freeze_wall(start + __import__("datetime").timedelta(hours=attempt))
        _stdin(monkeypatch, "王芳", "000000", "1111", "1111")
        code, _, err = run(capsys, "--db", shop, "users", "add", "--name", "李丽", "--role", "staff")
        assert code == 1
    assert "locked" in err
    _stdin(monkeypatch, "王芳", "888888", "1111", "1111")
    code, _, err = run(capsys, "--db", shop, "users", "add", "--name", "李丽", "--role", "staff")
    assert code == 1 and "locked" in err and "李丽" not in _users(shop)
    clock.freeze_wall(None)


def test_restore_needs_a_managers_pin(
    shop: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = run(capsys, "--db", shop, "backup", "--to", str(tmp_path / "usb"))
    assert code == 0
    _stdin(monkeypatch)
    code, _, err = run(capsys, "--db", shop, "restore", out.strip())
    assert code == 1 and "manager" in err
    assert not list((tmp_path / "set-aside").glob("*before-restore*"))
    _stdin(monkeypatch, "王芳", "888888")
    code, _, err = run(capsys, "--db", shop, "restore", out.strip())
    assert code == 0 and "the previous database was kept as" in err


def test_users_certify_issues_a_colleagues_signing_certificate(
    shop: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _stdin(monkeypatch, "王芳", "888888", "666666", "666666")
    assert run(capsys, "--db", shop, "users", "add", "--name", "赵敏", "--role", "manager")[0] == 0
    out = tmp_path / "p.pdf"
    _stdin(
        monkeypatch, "888888", "a long passphrase", "a long passphrase"
    )  # the first approval: new passphrase
    approve = ["--db", shop, "gift-plan", "approve", "--month", "2026-12", "--out", str(out)]
    assert run(capsys, *approve, "--user", "王芳")[0] == 0
    _stdin(monkeypatch, "王芳", "888888", "not the passphrase")
    code, _, err = run(capsys, "--db", shop, "users", "certify", "--name", "赵敏")
    assert code == 1 and "passphrase does not open" in err
    _stdin(monkeypatch, "李丽", "1111", "a long passphrase")
    code, _, err = run(capsys, "--db", shop, "users", "certify", "--name", "赵敏")
    assert code == 1 and "no user called 李丽" in err
    _stdin(monkeypatch, "王芳", "888888", "a long passphrase")
    code, _, err = run(capsys, "--db", shop, "users", "certify", "--name", "赵敏")
    assert code == 0 and "issued a signing certificate to 赵敏" in err
    with sqlite3.connect(shop) as conn:
        cert = conn.execute("SELECT certificate_pem FROM users WHERE name = '赵敏'").fetchone()[0]
    assert cert and b"BEGIN CERTIFICATE" in cert


def test_customers_duplicates_and_merge(
    shop: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Two cards of one customer are listed, previewed and merged with a manager's PIN; the second card is
    gone and her receipt is on the first."""
    cards = tmp_path / "cards.csv"
    cards.write_text(
        "card_no,name,phone,birthday\nVIP00001,张晓燕,13800138000,1985-03-02\nVIP00002,张小燕,,1985-03-02\n",
        encoding="utf-8",
    )
    sales = tmp_path / "sales.csv"
    sales.write_text("receipt_no,date,card_no,qty,amount\nT1,2026-11-20,VIP00002,1,300\n", encoding="utf-8")
    _stdin(monkeypatch, "王芳", "888888")
    assert run(capsys, "--db", shop, "--date", "2026-11-23", "import", "customers", str(cards))[0] == 0
    _stdin(monkeypatch, "王芳", "888888")
    assert run(capsys, "--db", shop, "--date", "2026-11-23", "import", "purchases", str(sales))[0] == 0
    code, out, _ = run(capsys, "--db", shop, "customers", "duplicates")
    assert (code, out.splitlines()) == (
        0,
        [
            "likeness,card_no,name,other_card_no,other_name,phone",
            "pinyin_birthday,VIP00001,张晓燕,VIP00002,张小燕,",
        ],
    )
    code, _, err = run(capsys, "--db", shop, "customers", "merge", "VIP00001", "vip00002", "--preview")
    assert code == 0 and "would move receipts 1, points_ledger 1" in err
    _stdin(monkeypatch, "王芳", "111111")
    code, _, err = run(
        capsys, "--db", shop, "--date", "2026-11-23", "customers", "merge", "VIP00001", "VIP00002"
    )
    assert code == 1 and "Wrong PIN" in err
    _stdin(monkeypatch, "王芳", "888888")
    code, _, err = run(
        capsys, "--db", shop, "--date", "2026-11-23", "customers", "merge", "VIP00001", "VIP00002"
    )
    assert code == 0 and "moved receipts 1" in err
    with sqlite3.connect(shop) as conn:
        assert conn.execute("SELECT card_no FROM customers").fetchall() == [("VIP00001",)]
        assert conn.execute(
            "SELECT c.card_no FROM receipts r JOIN customers c ON c.id = r.customer_id WHERE receipt_no = 'T1'"
        ).fetchall() == [("VIP00001",)]
    code, _, err = run(capsys, "--db", shop, "customers", "merge", "VIP00001", "VIP00002")
    assert code == 1 and "there is no card VIP00002" in err
