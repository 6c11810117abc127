"""The scale shop the benchmarks run on: N customers, five years of purchases (about 20 lines per customer, so
50,000 customers make about a million lines), 4 contact logs per customer, and approved gift plans.

Built through the program's own code: the demo filler (cards, purchases and points by the domain's point rules,
in bulk as the program's demo does), the daily tier run, the gift-plan service (draft, approve, signed PDF).
Contact logs are written in bulk, as years of logged calls would have left them.

    .venv/bin/python benchmarks/scale.py --customers 50000   # builds /tmp/boutique-bench/scale-50000-v2.sqlite
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path
from typing import cast

from sqlalchemy import Table, func, insert, select

from boutique_vip.domain.call_list import Outcome, Reason
from boutique_vip.domain.users import Role
from boutique_vip.services import Services
from boutique_vip.services.demo import fill_demo
from boutique_vip.services.demo_purchases import SCALE_SHAPE
from boutique_vip.storage import models
from boutique_vip.storage.engine import Database, sqlite_url
from boutique_vip.storage.migrate import upgrade

#: The benchmark's "now": a Monday in the call hour. Every figure is measured as of this moment.
NOW = dt.datetime(2026, 11, 23, 15, 5)
YEARS = 5
CONTACTS_PER_CUSTOMER = 4
#: Months whose approved plan the shop has: birthday months without a gift holiday (those plans are huge).
PLAN_MONTHS = ("2026-07", "2026-08", "2026-11")
CACHE = Path("/tmp/boutique-bench")
SHAPE_VERSION = 2  # raised when the scale shop's shape changes, so that a cached one is built again
MANAGER_PIN = "888888"
PASSPHRASE = "the scale shop's passphrase"  # seals the signing keys (10 characters or more)


def scale_db_path(customers: int) -> Path:
    return CACHE / f"scale-{customers}-v{SHAPE_VERSION}.sqlite"


def open_services(path: Path) -> Services:
    db = Database(sqlite_url(path))
    upgrade(db)
    return Services.create(db, lambda: NOW)


def build(customers: int, log: bool = True) -> Path:
    """Build the scale database once; later calls return the cached file."""
    path = scale_db_path(customers)
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    for stale in partial.parent.glob(partial.name + "*"):
        stale.unlink()
    started = time.perf_counter()
    services = open_services(partial)

    def progress(done: int) -> None:
        if log:
            print(f"\r  {done:,} customers", end="", file=sys.stderr, flush=True)

    fill_demo(
        services, customers, seed=7, today=NOW.date(), progress=progress, shape=SCALE_SHAPE, years=YEARS
    )
    _add_contacts(services, random.Random(7))
    manager = next(a for a in services.users.active_users() if a.role is Role.MANAGER)
    for month in PLAN_MONTHS:
        plan = services.gifts.create_draft(month, manager)
        services.gifts.approve(plan.id or 0, manager.id, MANAGER_PIN, PASSPHRASE)
    services.db.checkpoint()
    services.db.close()
    partial.rename(path)
    if log:
        print(f"\r  built {path} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return path


def _add_contacts(services: Services, rng: random.Random) -> None:
    """Years of logged calls: mostly reached, some not, a few call-backs already made."""
    outcomes = (Outcome.REACHED,) * 6 + (Outcome.NO_ANSWER, Outcome.BUSY)
    reasons = (Reason.AFTER_SALE, Reason.AFTER_SALE, Reason.BIRTHDAY, Reason.HOLIDAY, Reason.WIN_BACK)
    first_day = NOW.date() - dt.timedelta(days=YEARS * 365)
    table = cast(Table, models.ContactLog.__table__)
    with services.db.session() as s, s.begin():
        customers = s.scalar(select(func.count(models.Customer.id))) or 0
        staff = s.scalar(select(func.min(models.User.id)))
        batch = []
        for customer_id in range(1, customers + 1):
            for _ in range(CONTACTS_PER_CUSTOMER):
                day = first_day + dt.timedelta(days=rng.randrange(YEARS * 365 - 1))  # none today
                batch.append(
                    {
                        "customer_id": customer_id,
                        "day": day,
                        "at": dt.datetime.combine(day, dt.time(15, rng.randrange(60))),
                        "channel": "phone",
                        "reasons": rng.choice(reasons).value,
                        "outcome": rng.choice(outcomes).value,
                        "callback_at": None,
                        "note": "",
                        "user_id": staff,
                    }
                )
            if len(batch) >= 20_000:
                s.connection().execute(insert(table), batch)
                batch = []
        if batch:
            s.connection().execute(insert(table), batch)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--customers", type=int, default=50_000)
    print(build(parser.parse_args().customers))


if __name__ == "__main__":
    main()
