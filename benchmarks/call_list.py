"""Time today's call list on a large demo database (target in the call-list issue: under 300 ms at 50,000).

    .venv/bin/python benchmarks/call_list.py [--customers 50000] [--db /tmp/boutique-bench-calls.sqlite]

Building the 50,000-customer demo database takes about three minutes the first time; it is reused.
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

NOW = dt.datetime(2026, 11, 23, 15, 5)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=50_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/boutique-bench-calls.sqlite"))
    args = parser.parse_args()
    db = Database(sqlite_url(args.db))
    upgrade(db)
    services = Services.create(db, lambda: NOW)
    if services.customers.count() == 0:
        fill_demo(services, args.customers, seed=1, today=NOW.date())
    timings = []
    for _ in range(5):
        started = time.perf_counter()
        listing = services.calls.call_list()
        timings.append(time.perf_counter() - started)
    print(
        f"{services.customers.count()} customers: {len(listing.calls)} calls and {len(listing.sms)} SMS; "
        f"call list median {statistics.median(timings) * 1000:.0f} ms of {len(timings)}"
    )


if __name__ == "__main__":
    main()
