"""Two tills on one database (SQLite here, PostgreSQL under make test-postgres): the second save of the same
card is refused with the new values, never a silent overwrite; sales recorded at the same moment both count."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
from decimal import Decimal

import pytest

from boutique_vip import clock
from boutique_vip.domain.customer import card_from_form
from boutique_vip.domain.errors import ChangedElsewhere
from boutique_vip.domain.sales import Sale, SaleLine
from boutique_vip.services import Services
from boutique_vip.storage.engine import Database
from tests.services.helpers import customer

SALES_PER_TILL = 15


def other_till(db: Database) -> Services:
    return Services.create(Database(db.url.render_as_string(hide_password=False)), clock.now)


def test_the_second_save_of_the_same_card_is_refused_with_the_new_values(
    services: Services, db: Database
) -> None:
    till_two = other_till(db)
    cid = customer(services, "张晓燕", phone="13800000001")
    on_one, on_two = services.customers.get(cid), till_two.customers.get(cid)
    services.customers.save(card_from_form({"size_top": "M"}, base=on_one))
    with pytest.raises(ChangedElsewhere, match="changed on another till"):
        till_two.customers.save(card_from_form({"size_top": "XL"}, base=on_two))
    fresh = till_two.customers.get(cid)
    assert fresh.size_top == "M"  # the other till's value, not lost
    till_two.customers.save(card_from_form({"size_bottom": "L"}, base=fresh))
    assert services.customers.get(cid).size_top == "M" and services.customers.get(cid).size_bottom == "L"
    till_two.db.close()


def _till(url: str, customer_id: int, start: float, out: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    import time

    services = Services.create(Database(url), lambda: dt.datetime(2026, 11, 23, 11, 0))
    while time.time() < start:
        time.sleep(0.001)
    numbers = []
    for n in range(SALES_PER_TILL):
        sale = Sale(
            customer_id, dt.datetime(2026, 11, 23, 11, 0), [SaleLine(qty=1, unit_price=Decimal(100 + n))]
        )
        numbers.append(services.sales.record_sale(sale, None).receipt_no)
    out.put(numbers)


@pytest.mark.skipif(os.name == "nt", reason="fork")
def test_two_tills_recording_sales_for_her_at_the_same_moment_both_count(
    services: Services, db: Database
) -> None:
    import time

    cid = customer(services, "张晓燕", phone="13800000001")
    url = db.url.render_as_string(hide_password=False)
    context = multiprocessing.get_context("fork")
    out = context.Queue()
    start = time.time() + 1.0
    tills = [context.Process(target=_till, args=(url, cid, start, out)) for _ in range(2)]
    for till in tills:
        till.start()
    numbers = out.get(timeout=60) + out.get(timeout=60)
    for till in tills:
        till.join(30)
        assert till.exitcode == 0
    assert len(set(numbers)) == 2 * SALES_PER_TILL  # no receipt number given twice
    paid = sum(100 + n for n in range(SALES_PER_TILL)) * 2
    history = services.sales.ledger(cid)
    assert sum(r.points for r in history) == paid  # one point per yuan: every sale's points are there


def test_a_plan_line_saved_by_another_till_meanwhile_is_reported_not_overwritten(db: Database) -> None:
    from sqlalchemy.orm.exc import StaleDataError

    from boutique_vip.services.database_errors import user_error
    from boutique_vip.storage.models import GiftPlan

    with db.session() as s, s.begin():
        s.add(GiftPlan(month="2026-12", revision=1, status="draft", created_at=clock.now()))
    first, second = db.session(), db.session()
    plan_a = first.get(GiftPlan, 1)
    plan_b = second.get(GiftPlan, 1)
    second.commit()  # till two has read the plan and shows it (its values stay loaded)
    assert plan_a is not None and plan_b is not None
    plan_a.status = "approved"
    first.commit()
    plan_b.status = "superseded"
    with pytest.raises(StaleDataError) as caught:
        second.commit()
    problem = user_error(caught.value)
    assert problem is not None and "changed on another till" in problem.message
    first.close()
    second.close()
