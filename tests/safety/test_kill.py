"""Crash safety, proven: a child process works as a shop does (sales of several lines with redemption,
returns, visits, purchase imports, backups, the daily tier run, an erasure) while the parent kills it
(SIGKILL) at random moments. After every kill: SQLite's integrity and foreign keys hold, every receipt's total
equals its lines, the points ledger equals the receipts, the audit chain verifies, the search index passes
its own check, everything the child reported as done is there (each import whole), and every backup it
reported matches its manifest.

``KILL_RUNS`` sets the number of kills (200 here; ``make kill-test`` runs 2,000)."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import random
import signal
import sqlite3
import sys
import time
from decimal import Decimal
from pathlib import Path

import pytest

from boutique_vip.domain.customer import card_from_form
from boutique_vip.domain.sales import Sale, SaleLine
from boutique_vip.services import Services
from boutique_vip.storage import backup, search_index, undo_log
from boutique_vip.storage.engine import Database, sqlite_url
from boutique_vip.storage.migrate import upgrade
from tests.conftest import sqlite_only

RUNS = int(os.environ.get("KILL_RUNS", "200"))
NOW = dt.datetime(2026, 11, 23, 11, 0)
IMPORT_LINES = 3

pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="fork and SIGKILL"),
    sqlite_only,  # the SQLite file on the shop PC; PostgreSQL keeps its own crash safety
]


def _child(db_path: str, write_fd: int, run: int, customers: list[int], folder: str) -> None:
    """Work until killed, reporting each piece of work only after it is committed."""
    # Every receipt of an import its own slice: a kill lands between two slices as often as inside one.
    undo_log.SLICE_SECONDS, undo_log.PAUSE_SECONDS = 0.0, 0.0
    services = Services.create(
        Database(sqlite_url(Path(db_path))), lambda: NOW, lambda: Path(folder) / "backups"
    )
    out = os.fdopen(write_fd, "w", buffering=1)
    rng = random.Random(run)
    sold: list[str] = []
    for step in range(10_000):
        tag = f"{run:04d}{step:04d}"
        work = rng.choices(WORK, WEIGHTS)[0]
        if work == "import":
            report = services.imports.import_purchases(_purchases_file(Path(folder), f"I{tag}"))
            assert report.applied, report.lines()
            out.write(f"imported I{tag}\n")
        elif work == "return" and sold:
            receipt_no = rng.choice(sold)
            line = next((ln for ln in services.sales.returnable_lines(receipt_no) if ln.returnable), None)
            if line is not None:
                services.sales.record_return(receipt_no, {line.line_id: 1}, None, return_no=f"R{tag}")
                out.write(f"returned R{tag}\n")
        elif work == "visit":
            services.sales.log_visit(rng.choice(customers), NOW.date(), f"V{tag}", None)
            out.write(f"visited V{tag}\n")
        elif work == "backup":
            out.write(f"backup {services.backups.backup_now(None)}\n")
        elif work == "tiers":
            services.tiers.recompute_all("daily")
        elif work == "erase":
            phone = f"139{run:04d}{step:04d}"
            card = services.customers.save(card_from_form({"name": "待删除", "phone": phone}))
            assert card.id is not None
            services.customers.erase(card.id, None)
            out.write(f"erased {phone}\n")
        else:
            lines = [
                SaleLine(
                    qty=rng.randint(1, 3),
                    unit_price=Decimal(rng.randint(50, 900)),
                    discount=Decimal(rng.choice((0, 0, 5))),
                )
                for _ in range(rng.randint(1, 4))
            ]
            sale = Sale(rng.choice(customers), NOW, lines, redeem_points=rng.choice((0, 0, 1000)))
            receipt_no = services.sales.record_sale(sale, None).receipt_no
            sold.append(receipt_no)
            out.write(f"saved {receipt_no}\n")


WORK = ("sale", "return", "visit", "import", "backup", "tiers", "erase")
WEIGHTS = (10, 2, 2, 3, 1, 1, 1)


def _purchases_file(folder: Path, prefix: str) -> Path:
    file = folder / f"{prefix}.csv"
    rows = "\n".join(
        f"{prefix}-{n},2026-11-20 10:00,VIP00001,,J01,牛仔裤,牛仔裤,L,蓝,休闲,1,100,0,100,no,"
        for n in range(IMPORT_LINES)
    )
    file.write_text(
        "receipt_no,date,card_no,phone,sku,description,category,size,colour,style,qty,unit_price,"
        f"discount,amount,on_sale,return_of\n{rows}\n",
        encoding="utf-8",
    )
    return file


def _check(db_path: Path, done: dict[str, set[str]]) -> None:
    db = Database(sqlite_url(db_path))
    upgrade(db)  # the next start: an import killed between two of its slices is taken back
    db.close()
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        conn.execute(f"INSERT INTO {search_index.TABLE}({search_index.TABLE}) VALUES ('integrity-check')")
        receipts = {r for (r,) in conn.execute("SELECT receipt_no FROM receipts")}
        for kind in ("saved", "returned"):
            missing = done[kind] - receipts
            assert not missing, f"reported {kind} but missing: {sorted(missing)[:5]}"
        totals = conn.execute(
            """SELECT r.receipt_no FROM receipts r
               WHERE r.total != (SELECT coalesce(sum(amount), 0) FROM receipt_lines WHERE receipt_id = r.id)"""
        ).fetchall()
        assert totals == [], f"total differs from the lines: {totals[:5]}"
        mismatched = conn.execute(
            """SELECT r.receipt_no FROM receipts r
               WHERE r.customer_id IS NOT NULL AND r.kind = 'sale' AND (
                 (SELECT coalesce(sum(points), 0) FROM receipt_lines WHERE receipt_id = r.id) !=
                 (SELECT coalesce(sum(points), 0) FROM points_ledger WHERE receipt_id = r.id AND kind = 'earn')
                 OR r.points_redeemed !=
                 -(SELECT coalesce(sum(points), 0) FROM points_ledger WHERE receipt_id = r.id AND kind = 'redeem'))"""
        ).fetchall()
        assert mismatched == [], f"ledger differs from receipts: {mismatched[:5]}"
        partial = conn.execute(
            "SELECT substr(receipt_no, 1, 9) AS prefix, count(*) FROM receipts WHERE receipt_no LIKE 'I%' "
            "GROUP BY prefix HAVING count(*) != ?",
            (IMPORT_LINES,),
        ).fetchall()
        assert partial == [], f"half an import: {partial}"
        present = {p for (p,) in conn.execute("SELECT DISTINCT substr(receipt_no, 1, 9) FROM receipts")}
        assert done["imported"] <= present
        notes = {n for (n,) in conn.execute("SELECT note FROM visits")}
        assert done["visited"] <= notes
        phones = {p for (p,) in conn.execute("SELECT phone FROM customers WHERE phone IS NOT NULL")}
        assert not done["erased"] & phones, "an erased card still has her phone"
    finally:
        conn.close()
    for made in done["backup"]:
        backup.verify(Path(made))  # a reported backup matches its manifest and SQLite finds it sound
        backup.remove_backup(Path(made))  # checked: make room for the next ones
    done["backup"].clear()
    db = Database(sqlite_url(db_path))
    try:
        _rows, broken = Services.create(db, lambda: NOW).audit.verify()
        assert broken is None, broken
    finally:
        db.close()


def test_killed_at_random_moments_nothing_is_lost_or_half_written(tmp_path: Path) -> None:
    db_path = tmp_path / "shop.sqlite"
    db = Database(sqlite_url(db_path))
    upgrade(db)
    services = Services.create(db, lambda: NOW, lambda: tmp_path / "backups")
    customers = []
    for n in range(5):
        card = services.customers.save(card_from_form({"name": f"顾客{n}", "phone": f"1380000000{n}"}))
        assert card.id is not None
        customers.append(card.id)
        services.sales.correct_points(card.id, 1_000_000, "points to redeem", None)
    # Warm up in the parent (lazy imports, caches): every forked child then starts working at once.
    sale = services.sales.record_sale(
        Sale(customers[0], NOW, [SaleLine(qty=2, unit_price=Decimal(100))]), None
    )
    line = services.sales.returnable_lines(sale.receipt_no)[0]
    services.sales.record_return(sale.receipt_no, {line.line_id: 1}, None, return_no="R-warm-up")
    services.sales.log_visit(customers[0], NOW.date(), "warm-up", None)
    services.imports.import_purchases(_purchases_file(tmp_path, "W0000000"))
    backup.remove_backup(services.backups.backup_now(None))
    services.tiers.recompute_all("daily")
    erased = services.customers.save(card_from_form({"name": "待删除", "phone": "13999999999"}))
    assert erased.id is not None
    services.customers.erase(erased.id, None)
    db.close()
    context = multiprocessing.get_context("fork")  # the child starts with everything already imported
    rng = random.Random(7)
    done: dict[str, set[str]] = {
        kind: set() for kind in ("saved", "returned", "imported", "visited", "backup", "erased")
    }
    for run in range(RUNS):
        read_fd, write_fd = os.pipe()
        child = context.Process(target=_child, args=(str(db_path), write_fd, run, customers, str(tmp_path)))
        child.start()
        os.close(write_fd)
        time.sleep(rng.uniform(0.01, 0.3))
        os.kill(child.pid, signal.SIGKILL)  # type: ignore[arg-type]
        child.join()
        with os.fdopen(read_fd) as reports:
            for line in reports.read().splitlines():
                kind, _, what = line.partition(" ")
                if kind in done and what:
                    done[kind].add(what)
        _check(db_path, done)
    # the child did real work between kills
    assert len(done["saved"]) > RUNS // 2 and done["imported"] and done["returned"] and done["visited"]
