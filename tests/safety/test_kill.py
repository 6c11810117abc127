"""Crash safety, proven: a child process records sales and imports purchase files while the parent kills it
(SIGKILL) at random moments. After every kill the file is sound, every ledger row matches its receipt, every
sale the child reported as saved is there, and every import is there whole or not at all.

``KILL_RUNS`` sets the number of kills (200 here; ``make kill-test`` runs more)."""

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
    """Record sales and imports until killed, reporting each one only after it is committed."""
    services = Services.create(Database(sqlite_url(Path(db_path))), lambda: NOW)
    out = os.fdopen(write_fd, "w", buffering=1)
    rng = random.Random(run)
    for step in range(10_000):
        if step % 4 == 3:
            prefix = f"I{run:04d}{step:04d}"
            report = services.imports.import_purchases(_purchases_file(Path(folder), prefix))
            assert report.applied, report.lines()
            out.write(f"imported {prefix}\n")
        else:
            sale = Sale(
                rng.choice(customers), NOW, [SaleLine(qty=1, unit_price=Decimal(rng.randint(50, 900)))]
            )
            out.write(f"saved {services.sales.record_sale(sale, None).receipt_no}\n")


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


def _check(db_path: Path, saved: set[str], imported: set[str]) -> None:
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        receipts = {r for (r,) in conn.execute("SELECT receipt_no FROM receipts")}
        assert saved <= receipts, f"reported saved but missing: {sorted(saved - receipts)[:5]}"
        mismatched = conn.execute(
            """SELECT r.receipt_no FROM receipts r
               WHERE r.customer_id IS NOT NULL AND
                 (SELECT coalesce(sum(points), 0) FROM receipt_lines WHERE receipt_id = r.id) !=
                 (SELECT coalesce(sum(points), 0) FROM points_ledger WHERE receipt_id = r.id AND kind = 'earn')"""
        ).fetchall()
        assert mismatched == [], f"ledger differs from receipts: {mismatched[:5]}"
        partial = conn.execute(
            "SELECT substr(receipt_no, 1, 9) AS prefix, count(*) FROM receipts WHERE receipt_no LIKE 'I%' "
            "GROUP BY prefix HAVING count(*) != ?",
            (IMPORT_LINES,),
        ).fetchall()
        assert partial == [], f"half an import: {partial}"
        present = {p for (p,) in conn.execute("SELECT DISTINCT substr(receipt_no, 1, 9) FROM receipts")}
        assert imported <= present
    finally:
        conn.close()


def test_killed_at_random_moments_nothing_is_lost_or_half_written(tmp_path: Path) -> None:
    db_path = tmp_path / "shop.sqlite"
    db = Database(sqlite_url(db_path))
    upgrade(db)
    services = Services.create(db, lambda: NOW)
    customers = []
    for n in range(5):
        card = services.customers.save(card_from_form({"name": f"顾客{n}", "phone": f"1380000000{n}"}))
        assert card.id is not None
        customers.append(card.id)
    # Warm up in the parent (lazy imports, caches): every forked child then starts working at once.
    services.sales.record_sale(Sale(customers[0], NOW, [SaleLine(qty=1, unit_price=Decimal(100))]), None)
    services.imports.import_purchases(_purchases_file(tmp_path, "W0000000"))
    db.close()
    context = multiprocessing.get_context("fork")  # the child starts with everything already imported
    rng = random.Random(7)
    saved: set[str] = set()
    imported: set[str] = set()
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
                if kind == "saved" and what:
                    saved.add(what)
                elif kind == "imported" and what:
                    imported.add(what)
        _check(db_path, saved, imported)
    assert len(saved) > RUNS // 2 and imported  # the child did real work between kills
