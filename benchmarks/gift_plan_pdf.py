"""Time a month's gift plan with about 1,000 lines and its signed PDF (target: under 3 s).

    .venv/bin/python benchmarks/gift_plan_pdf.py [--customers 2500]

Each run changes one line of the approved plan (which makes a new draft revision) and approves it:
building the sheet for every line and signing it. Prints the median of 5 runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time
from pathlib import Path

from boutique_vip.domain.gift_plan import Delivery
from boutique_vip.domain.users import Role
from boutique_vip.services import Services
from boutique_vip.services.demo import fill_demo
from boutique_vip.storage.engine import Database, sqlite_url
from boutique_vip.storage.migrate import upgrade

TODAY = dt.date(2026, 9, 20)  # October has National Day: every active A/B customer gets a line
MONTH = "2026-10"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=Path("/tmp/boutique-bench-gifts.sqlite"))
    parser.add_argument("--customers", type=int, default=2500)
    args = parser.parse_args()
    db = Database(sqlite_url(args.db))
    upgrade(db)
    now = dt.datetime.combine(TODAY, dt.time(10))
    services = Services.create(db, lambda: now)
    if services.customers.count() == 0:
        fill_demo(services, args.customers, seed=5, today=TODAY)
    manager = next(a for a in services.users.active_users() if a.role is Role.MANAGER)
    started = time.perf_counter()
    plan = services.gifts.create_draft(MONTH, manager)
    print(f"draft with {len(plan.lines)} lines built in {time.perf_counter() - started:.2f} s")
    timings = []
    for run in range(5):
        started = time.perf_counter()
        if plan.status != "draft":
            line = services.gifts.current(MONTH).lines[0]
            plan = services.gifts.edit_line(  # a change to an approved plan makes a new draft revision
                line.id or 0,
                manager,
                gift_category_id=line.gift_category_id,
                executor_id=line.executor_id,
                delivery=Delivery(line.delivery),
                reason=f"run {run}",
            )
        pdf = services.gifts.approve(plan.id or 0, manager.id, "888888")
        timings.append(time.perf_counter() - started)
        plan = services.gifts.current(MONTH)
    print(
        f"{len(plan.lines)} lines: approve + signed PDF, median {statistics.median(timings):.2f} s of {len(timings)}; "
        f"PDF {len(pdf) / 1024:.0f} KiB"
    )


if __name__ == "__main__":
    main()
