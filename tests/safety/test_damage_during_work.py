"""Finding 5 of issue 18: damage SQLite finds during work, in a file that was closed cleanly (so the start-up
check was skipped), gets the "damaged" message, never a traceback; the next start takes the start-up path."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from tests.cli.helpers import run
from tests.conftest import sqlite_only

pytestmark = sqlite_only


def _garble_table_keeping_size_and_time(path: Path, table: str) -> None:
    """Overwrite the first page of ``table`` as a disk's bad sector would: same size, same modification time."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    conn.close()
    before = path.stat()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start : start + page_size] = b"\x0d\xff" * (page_size // 2)
    path.write_bytes(bytes(data))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


def test_damage_met_during_work_is_the_damaged_message_then_the_start_up_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shop = tmp_path / "shop.sqlite"
    assert run(capsys, "--db", str(shop), "demo", "--customers", "30", "--seed", "3")[0] == 0
    code, out, _ = run(capsys, "--db", str(shop), "backup")
    backup = out.strip()
    assert not shop.with_name("shop.sqlite-wal").exists()  # closed cleanly: the next start skips the check
    _garble_table_keeping_size_and_time(shop, "receipts")
    code, out, err = run(capsys, "--db", str(shop), "tiers")
    assert code == 1 and "The database file is damaged" in err, err
    assert "Traceback" not in err and "sqlalchemy" not in err.lower()
    assert f"boutique-vip restore {backup}" in err
    code, _, err = run(capsys, "--db", str(shop), "customers", "find", "张")
    assert code == 1 and "damaged" in err and "moved to" in err  # the start-up path: checked, set aside
    assert not shop.exists() and len(list((tmp_path / "set-aside").glob("shop-damaged-*.sqlite"))) == 1
    assert run(capsys, "--db", str(shop), "restore", backup)[0] == 0
    assert run(capsys, "--db", str(shop), "tiers")[0] == 0


def test_the_window_restores_over_a_file_found_damaged_during_work(tmp_path: Path) -> None:
    import datetime as dt

    from boutique_vip.domain.customer import card_from_form
    from boutique_vip.services import Services
    from boutique_vip.storage.engine import Database, sqlite_url
    from boutique_vip.storage.health import DatabaseDamaged
    from boutique_vip.storage.migrate import upgrade
    from tests.services.helpers import buy

    shop = tmp_path / "shop.sqlite"
    now = dt.datetime(2026, 11, 23, 10, 30)
    db = Database(sqlite_url(shop))
    upgrade(db)
    services = Services.create(db, lambda: now, lambda: tmp_path / "backups")
    card = services.customers.save(card_from_form({"name": "张晓燕", "phone": "13800000001"}))
    assert card.id is not None
    buy(services, card.id, 3)
    made = services.backups.backup_now(None)
    db.close()
    _garble_table_keeping_size_and_time(shop, "receipts")
    db = Database(sqlite_url(shop))
    services = Services.create(db, lambda: now, lambda: tmp_path / "backups")
    with pytest.raises(DatabaseDamaged, match="Close the program and start it again"):
        services.tiers.recompute_all("daily")
    services.backups.restore(made, None)
    assert len(services.sales.history(card.id)) == 1
    db.close()
    assert not shop.with_name("shop.sqlite.damaged").exists()  # the note was about the file set aside
