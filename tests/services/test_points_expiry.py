"""Point expiry (积分清零): off by default, never retroactive, oldest points used first, a ledger row on the
day, the points left shown on her card, an SMS reason before, a return that takes back only what is left."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from boutique_vip import clock
from boutique_vip.domain.customer import card_from_form
from boutique_vip.domain.points_expiry import ExpiryPeriod, after_change, earned_spans, expires_on
from boutique_vip.domain.sales import Sale, SaleLine
from boutique_vip.services import Services
from boutique_vip.storage.engine import Database


def sell(services: Services, customer_id: int, day: dt.date, amount: str, redeem: int = 0) -> str:
    clock.freeze(dt.datetime.combine(day, dt.time(11)))
    line = SaleLine(description="连衣裙", qty=1, unit_price=Decimal(amount))
    sale = Sale(customer_id, clock.now(), [line], redeem)
    return services.sales.record_sale(sale, None).receipt_no


def set_expiry(services: Services, years: int) -> None:
    services.shop.set_rules(dataclasses.replace(services.shop.rules(), points_expiry_years=years), None)


def balance(services: Services, customer_id: int) -> int:
    row = services.tiers.of(customer_id)
    assert row is not None
    return row.balance


def test_the_rule_applies_from_the_day_it_is_set() -> None:
    periods = after_change([], dt.date(2026, 11, 23), 1)
    assert periods == [ExpiryPeriod(dt.date(2026, 11, 23), 1)]
    assert expires_on(periods, dt.date(2026, 11, 22)) is None  # earned before: never
    assert expires_on(periods, dt.date(2026, 11, 23)) == dt.date(2027, 12, 31)
    longer = after_change(periods, dt.date(2027, 3, 1), 2)
    assert expires_on(longer, dt.date(2027, 2, 28)) == dt.date(2028, 12, 31)  # the rule it was earned under
    assert expires_on(longer, dt.date(2027, 3, 1)) == dt.date(2029, 12, 31)
    assert after_change(longer, dt.date(2027, 3, 1), 1) == periods  # changed back the same day
    assert earned_spans(longer, dt.date(2028, 12, 31)) == [(dt.date(2027, 1, 1), dt.date(2027, 2, 28))]
    off = after_change(longer, dt.date(2028, 1, 1), 0)
    assert expires_on(off, dt.date(2028, 1, 1)) is None


def test_points_expire_on_their_31_december_oldest_used_first(services: Services) -> None:
    cid = (
        services.customers.save(
            card_from_form(
                {"name": "张晓燕", "phone": "13800138000", "sms_opt_in": "yes", "registered_on": "2026-01-05"}
            )
        ).id
        or 0
    )
    sell(services, cid, dt.date(2026, 11, 20), "1000")  # before the rule: these points never expire
    clock.freeze(dt.datetime(2026, 11, 23, 10))
    set_expiry(services, 1)
    assert services.shop.points_expiry_since() == dt.date(2026, 11, 23)
    spring = sell(services, cid, dt.date(2026, 11, 23), "500")  # expire 2027-12-31
    # The 1,000 oldest points (earned before the rule) pay 20 yuan of it: 280 points expire 2028-12-31.
    sell(services, cid, dt.date(2027, 3, 1), "300", redeem=1000)
    assert services.sales.points_expiring(cid) == [(dt.date(2027, 12, 31), 500), (dt.date(2028, 12, 31), 280)]

    # She bought once after the rule and never came back: lost by December, her points still worth an SMS.
    gone = (
        services.customers.save(
            card_from_form(
                {"name": "李娜", "phone": "13900139000", "sms_opt_in": "yes", "registered_on": "2026-01-05"}
            )
        ).id
        or 0
    )
    sell(services, gone, dt.date(2026, 11, 24), "400")

    clock.freeze(dt.datetime(2027, 11, 30, 10))  # 31 days before: not yet
    assert not any("points_expiring" in r.reasons for r in services.calls.call_list().sms)
    clock.freeze(dt.datetime(2027, 12, 1, 10))  # 30 days before (a rule): an SMS, never a call
    listing = services.calls.call_list()
    expiring = [r.card_no for r in listing.sms if "points_expiring" in r.reasons]
    assert expiring == ["VIP00001", "VIP00002"]
    assert services.tiers.of(gone).status.value == "lost"  # type: ignore[union-attr]
    assert all(due.customer_id not in (cid, gone) for due in listing.calls)
    clock.freeze(dt.datetime(2027, 12, 2, 10))  # told once
    assert not any("points_expiring" in r.reasons for r in services.calls.call_list().sms)
    clock.freeze(dt.datetime(2027, 12, 31, 10))  # valid through their 31 December
    services.calls.call_list()
    assert balance(services, cid) == 780

    clock.freeze(dt.datetime(2028, 1, 2, 10))
    services.calls.call_list()  # the day's first look runs the daily upkeep
    expired = [(r.day, r.kind, r.points) for r in services.sales.ledger(cid) if r.kind == "expiry"]
    assert expired == [(dt.date(2027, 12, 31), "expiry", -500)]
    assert balance(services, cid) == 280
    assert services.tiers.of(cid).lifetime_points == 1780  # type: ignore[union-attr]  # expiry is no return
    assert services.sales.expire_points() == []  # written once
    # A return of the sale whose points expired takes back none of them; the money is refunded.
    line = services.sales.returnable_lines(spring)[0]
    quote = services.sales.record_return(spring, {line.line_id: 1}, None)
    assert (quote.points_due, quote.refund) == (0, Decimal("500.00"))
    assert balance(services, cid) == 280


def test_off_by_default_and_turning_it_on_expires_nothing_earned_before(services: Services) -> None:
    cid = services.customers.save(card_from_form({"name": "李娜", "registered_on": "2024-01-05"})).id or 0
    sell(services, cid, dt.date(2025, 5, 10), "800")
    clock.freeze(dt.datetime(2027, 1, 2, 10))
    assert services.sales.expire_points() == [] and balance(services, cid) == 800
    set_expiry(services, 1)  # on 2027-01-02: the 2025 points stay
    clock.freeze(dt.datetime(2030, 1, 2, 10))
    assert services.sales.expire_points() == [] and balance(services, cid) == 800
    assert services.sales.points_expiring(cid) == []


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    steps=st.lists(
        st.tuples(st.integers(0, 1100), st.sampled_from(["300", "1200", "2600"]), st.integers(0, 2)),
        min_size=1,
        max_size=7,
    )
)
def test_what_expires_is_what_a_point_by_point_count_says(
    tmp_path_factory: pytest.TempPathFactory,
    new_database: Callable[[Path], Database],
    steps: list[tuple[int, str, int]],
) -> None:
    """Sales and redemptions over three years against a count of every point: earned in order, used oldest
    first, the year's leftovers gone on their 31 December."""
    db = new_database(tmp_path_factory.mktemp("expiry") / "shop.sqlite")
    services = Services.create(db, clock.now)
    start = dt.date(2026, 1, 2)
    clock.freeze(dt.datetime.combine(start, dt.time(9)))
    cid = services.customers.save(card_from_form({"name": "王丽", "registered_on": "2026-01-02"})).id or 0
    set_expiry(services, 1)
    lots: list[list[int]] = []  # [year earned, points left], oldest first
    for gap, amount, redeem_steps in sorted(steps, key=lambda s: s[0]):
        day = start + dt.timedelta(days=gap)
        clock.freeze(dt.datetime.combine(day, dt.time(9)))
        services.calls.call_list()  # the day's upkeep: what expired on a 31 December before
        lots = [lot for lot in lots if dt.date(lot[0] + 1, 12, 31) >= day]  # valid through 31 December
        held = sum(points for _, points in lots)
        assert balance(services, cid) == held
        redeem = min(redeem_steps * 1000, held // 1000 * 1000)
        if redeem // 1000 * 20 > int(amount):
            redeem = 0
        sell(services, cid, day, amount, redeem)
        for lot in lots:  # oldest first
            used = min(redeem, lot[1])
            lot[1] -= used
            redeem -= used
        earned = next(r.points for r in services.sales.ledger(cid) if r.kind == "earn")  # newest first
        lots = [lot for lot in lots if lot[1]] + [[day.year, earned]]
    clock.freeze(dt.datetime(2031, 1, 2, 9))
    services.sales.expire_points()
    assert balance(services, cid) == 0  # the last sale (2029 at the latest) expired on 2030-12-31
    db.close()


def test_switching_expiry_off_and_on_expires_only_points_earned_under_it(services: Services) -> None:
    """Review finding: points earned while the rule was off expired with those earned under it."""
    cid = services.customers.save(card_from_form({"name": "王丽", "registered_on": "2026-01-05"})).id or 0
    clock.freeze(dt.datetime(2026, 11, 23, 10))
    set_expiry(services, 1)
    sell(services, cid, dt.date(2027, 1, 10), "1000")  # expire 2028-12-31
    sell(services, cid, dt.date(2027, 2, 1), "100", redeem=1000)  # the 1,000 used; 80 earned, expire 2028
    clock.freeze(dt.datetime(2027, 3, 1, 10))
    set_expiry(services, 0)
    sell(services, cid, dt.date(2027, 4, 1), "5980")  # never expire
    clock.freeze(dt.datetime(2029, 1, 2, 10))
    assert services.sales.expire_points() == [(dt.date(2028, 12, 31), 1, 80)]
    assert balance(services, cid) == 5980


def test_a_returned_sale_takes_back_its_own_points_not_the_oldest(services: Services) -> None:
    """Review finding: a return's take-back counted as using the oldest points, which then did not expire."""
    cid = services.customers.save(card_from_form({"name": "赵燕", "registered_on": "2026-01-05"})).id or 0
    clock.freeze(dt.datetime(2026, 11, 23, 10))
    set_expiry(services, 1)
    sell(services, cid, dt.date(2026, 11, 23), "1000")  # expire 2027-12-31
    coat = sell(services, cid, dt.date(2027, 12, 10), "800")
    clock.freeze(dt.datetime(2027, 12, 20, 10))
    line = services.sales.returnable_lines(coat)[0]
    services.sales.record_return(coat, {line.line_id: 1}, None)
    clock.freeze(dt.datetime(2028, 1, 2, 10))
    assert services.sales.expire_points() == [(dt.date(2027, 12, 31), 1, 1000)]
    assert balance(services, cid) == 0
