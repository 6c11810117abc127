"""On SQLite a large import is written in short slices, so a sale at the counter never waits out the busy
timeout; the undo log keeps it all-or-nothing: refused, a dry run, an error or a kill leave the shop as it was.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import threading
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from boutique_vip import clock
from boutique_vip.domain.sales import Sale, SaleLine
from boutique_vip.services import Services
from boutique_vip.services.importing import _NewCards
from boutique_vip.storage import engine, search_index, undo_log
from boutique_vip.storage.engine import Database, sqlite_url
from boutique_vip.storage.migrate import upgrade
from tests.conftest import sqlite_only

pytestmark = sqlite_only

CARDS = """卡号,姓名,电话,生日,登记日期,期初积分
VIP10001,林雪,13511112222,1985-03-08,2024-01-05,1200
VIP10002,周敏,13511113333,1990-12-29,2024-02-01,
"""


def cards_file(tmp_path: Path, rows: int, bad_last_row: bool = False, name: str = "more.csv") -> Path:
    """The shop's two cards changed (a new name, new opening points), then ``rows`` new cards."""
    lines = [
        "卡号,姓名,电话,生日,登记日期,期初积分",
        "VIP10001,林雪梅,13511112222,1985-03-08,2024-01-05,1500",
        "VIP10002,周敏,13511113333,1990-12-29,2024-02-01,300",
    ]
    lines += [f"N{n:06d},顾客{n},139{n:08d},1990-01-01,2025-06-01,{n % 7 * 100}" for n in range(rows)]
    if bad_last_row:
        lines.append("N999999,,13900000000,1990-13-45,2025-06-01,")
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def shop_rows(services: Services) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table an import may touch (the audit log is only appended to)."""
    with services.db.session() as s:
        tables = s.scalars(
            text(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT LIKE :index AND name NOT IN ('audit_log', 'import_undo')"
            ),
            {"index": f"{search_index.TABLE}%"},
        ).all()
        return {t: s.execute(text(f'SELECT rowid, * FROM "{t}" ORDER BY rowid')).all() for t in tables}


@pytest.fixture
def every_row_a_slice(monkeypatch: pytest.MonkeyPatch) -> None:
    """The mechanism at its finest grain, quickly: a commit between every two rows, no pause."""
    monkeypatch.setattr(undo_log, "SLICE_SECONDS", 0.0)
    monkeypatch.setattr(undo_log, "PAUSE_SECONDS", 0.0)


def search_index_sound(services: Services) -> None:
    with services.db.session() as s, s.begin():
        s.execute(text(f"INSERT INTO {search_index.TABLE}({search_index.TABLE}) VALUES ('integrity-check')"))


@pytest.mark.parametrize("how", ["a bad row", "a dry run"])
def test_a_refused_file_or_a_dry_run_leaves_the_shop_as_it_was(
    services: Services, tmp_path: Path, every_row_a_slice: None, how: str
) -> None:
    (tmp_path / "cards.csv").write_text(CARDS, encoding="utf-8")
    services.imports.import_customers(tmp_path / "cards.csv")
    before = shop_rows(services)
    report = services.imports.import_customers(
        cards_file(tmp_path, 30, bad_last_row=how == "a bad row"), dry_run=how == "a dry run"
    )
    assert not report.applied and report.added == 30 and report.updated == 2  # what it would have done
    assert shop_rows(services) == before
    search_index_sound(services)
    assert services.customers.search("顾客") == [] and services.customers.search("林雪梅") == []
    _rows, broken = services.audit.verify()
    assert broken is None
    assert "import_undone" in {e.action for e in services.audit.entries(None, limit=5)}


def test_written_in_slices_it_is_whole_and_leaves_no_notes(
    services: Services, tmp_path: Path, every_row_a_slice: None
) -> None:
    (tmp_path / "cards.csv").write_text(CARDS, encoding="utf-8")
    services.imports.import_customers(tmp_path / "cards.csv")
    report = services.imports.import_customers(cards_file(tmp_path, 30))
    assert report.applied and (report.added, report.updated) == (30, 2)
    assert services.customers.by_card_no("VIP10001").name == "林雪梅"
    assert (
        sum(row.points for row in services.sales.ledger(services.customers.by_card_no("N000006").id or 0))
        == 600
    )
    with services.db.session() as s:
        assert s.scalar(text("SELECT count(*) FROM import_undo")) == 0
        assert s.scalar(text("SELECT count(*) FROM sqlite_temp_master")) == 0  # no trigger left behind
    search_index_sound(services)


def test_a_sale_between_two_slices_is_never_taken_back(
    services: Services, tmp_path: Path, every_row_a_slice: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The counter sells to a card the import changed and to one it has just added; the file is then
    refused: both sales stay, and so does the new card she bought on (nothing of hers is deleted)."""
    (tmp_path / "cards.csv").write_text(CARDS, encoding="utf-8")
    services.imports.import_customers(tmp_path / "cards.csv")
    monkeypatch.setattr(
        _NewCards, "AT_ONCE", 2
    )  # new cards written two by two, as thousands are in a big file
    begin = undo_log.SlicedWrite.begin
    sold: list[str] = []

    def a_sale_at_the_counter_meanwhile(self: undo_log.SlicedWrite) -> None:
        if self.slices == 20 and not sold:  # two slices of the file are in: the counter sells
            for card_no in ("VIP10001", "N000005"):
                card = services.customers.by_card_no(card_no)
                result = services.sales.record_sale(
                    Sale(card.id, dt.datetime(2026, 11, 20, 11), [SaleLine(qty=1, unit_price=Decimal(800))]),
                    None,
                )
                sold.append(result.receipt_no)
        begin(self)  # the next slice

    monkeypatch.setattr(undo_log.SlicedWrite, "begin", a_sale_at_the_counter_meanwhile)
    report = services.imports.import_customers(cards_file(tmp_path, 30, bad_last_row=True))
    assert not report.applied and len(sold) == 2
    with services.db.session() as s:
        receipts = set(s.scalars(text("SELECT receipt_no FROM receipts")))
        cards = set(s.scalars(text("SELECT card_no FROM customers")))
    assert set(sold) <= receipts
    assert cards == {"VIP10001", "VIP10002", "N000005"}  # the other new cards are gone
    assert any(
        row.points == 800 for row in services.sales.ledger(services.customers.by_card_no("VIP10001").id or 0)
    )
    search_index_sound(services)


def _import_and_die(path: str, sheet: str, die_after: int) -> None:
    """A child process: the program imports, and the power goes after a few slices."""
    db = Database(sqlite_url(Path(path)))
    services = Services.create(db, clock.now)
    slice_done = undo_log.SlicedWrite.slice_done

    def power_cut(self: undo_log.SlicedWrite) -> None:
        slice_done(self)
        if self.slices >= die_after:
            os._exit(1)

    undo_log.SLICE_SECONDS, undo_log.PAUSE_SECONDS = 0.0, 0.0
    undo_log.SlicedWrite.slice_done = power_cut  # type: ignore[method-assign]
    services.imports.import_customers(Path(sheet))
    os._exit(0)


def test_an_import_killed_halfway_is_taken_back_at_the_next_start(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite"
    db = Database(sqlite_url(path))
    upgrade(db)
    services = Services.create(db, clock.now)
    (tmp_path / "cards.csv").write_text(CARDS, encoding="utf-8")
    services.imports.import_customers(tmp_path / "cards.csv")
    before = shop_rows(services)
    sheet = cards_file(tmp_path, 30)
    db.close()
    child = multiprocessing.get_context("fork").Process(
        target=_import_and_die, args=(str(path), str(sheet), 12)
    )
    child.start()
    child.join(60)
    assert child.exitcode == 1
    db = Database(sqlite_url(path))
    try:
        with db.session() as s:
            assert s.scalar(text("SELECT count(*) FROM import_undo")) > 0  # slices of it are in the file
        upgrade(db)  # the next start
        services = Services.create(db, clock.now)
        assert shop_rows(services) == before
        search_index_sound(services)
        assert services.audit.verify()[1] is None
    finally:
        db.close()


def test_the_counter_gets_in_while_a_large_file_is_imported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A till whose sales give up after two seconds records every sale while thousands of cards are
    imported (in one transaction the import held the lock for all of it, and the sales failed)."""
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 2000)
    db = Database(sqlite_url(tmp_path / "shop.sqlite"))
    upgrade(db)
    services = Services.create(db, clock.now)
    (tmp_path / "cards.csv").write_text(CARDS, encoding="utf-8")
    services.imports.import_customers(tmp_path / "cards.csv")
    her = services.customers.by_card_no("VIP10002").id
    failures: list[BaseException] = []
    sales = 0
    importing = threading.Event()
    importing.set()

    def till() -> None:
        nonlocal sales
        while importing.is_set():
            try:
                services.sales.record_sale(
                    Sale(her, dt.datetime(2026, 11, 20, 11), [SaleLine(qty=1, unit_price=Decimal(100))]), None
                )
                sales += 1
            except Exception as exc:
                failures.append(exc)
            threading.Event().wait(0.05)

    counter = threading.Thread(target=till)
    counter.start()
    try:
        report = services.imports.import_customers(cards_file(tmp_path, 6000))
    finally:
        importing.clear()
        counter.join()
        db.close()
    assert report.applied and report.added == 6000
    assert failures == [] and sales > 0
