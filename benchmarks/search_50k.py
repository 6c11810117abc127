"""How fast the card list filters at shop scale.

    .venv/bin/python benchmarks/search_50k.py [--customers 50000] [--db /tmp/bench.sqlite]

Builds (or reuses) a demo database, then times what one keystroke in the search box costs:
the first page of matches plus the count, for typical queries. Prints milliseconds (median of 5).
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time
from pathlib import Path

from boutique_vip.services import Services
from boutique_vip.services.demo import fill_demo
from boutique_vip.storage.engine import Database, sqlite_url
from boutique_vip.storage.migrate import upgrade

QUERIES = ("", "zxx", "zhang", "wxy", "shan", "1380013", "8888", "vip04", "晓燕", "qqqq")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=50_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/boutique-bench-50k.sqlite"))
    args = parser.parse_args()
    db = Database(sqlite_url(args.db))
    upgrade(db)
    services = Services.create(db, dt.datetime.now)
    if services.customers.count() == 0:
        started = time.perf_counter()
        fill_demo(services, args.customers, seed=1, today=dt.date.today())
        print(f"demo data: {args.customers} customers in {time.perf_counter() - started:.1f} s")
    print(f"{'query':>10} {'matches':>8} {'page ms':>8} {'count ms':>9}")
    for query in QUERIES:
        page_ms, count_ms = [], []
        for _ in range(5):
            t0 = time.perf_counter()
            services.customers.search(query, limit=200)
            t1 = time.perf_counter()
            total = services.customers.count(query)
            t2 = time.perf_counter()
            page_ms.append((t1 - t0) * 1000)
            count_ms.append((t2 - t1) * 1000)
        print(
            f"{query!r:>10} {total:>8} {statistics.median(page_ms):>8.1f} {statistics.median(count_ms):>9.1f}"
        )


if __name__ == "__main__":
    main()
