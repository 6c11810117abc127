import datetime as dt
from decimal import Decimal

from boutique_vip.domain.kpi import (
    KpiCounts,
    earns_bonus,
    kpi,
    month_bounds,
    new_customer_target,
    previous_months,
    quarter_bounds,
    ratio,
)
from boutique_vip.domain.rules import Rules

RULES = Rules()


def counts(**changes: object) -> KpiCounts:
    base = dict(
        receipts=20,
        registered_receipts=17,
        new_customers=33,
        new_customers_before=[33, 34],
        targets_before=[30, 30],
        after_sale_due=8,
        after_sale_done=8,
        gift_lines=4,
        gift_delivered=3,
        spend=Decimal("9000.00"),
        buyers=6,
        active_at_start=200,
        newly_lost=5,
        quarter_buyers=40,
        quarter_repeat_buyers=10,
        new_customer_target=30,
    )
    base.update(changes)
    return KpiCounts(**base)  # type: ignore[arg-type]


def test_every_figure_of_a_hand_counted_month() -> None:
    row = kpi("一组", counts(), RULES)
    assert row.registration_rate == Decimal("0.8500") and row.registration_met  # 85% is the floor
    assert row.new_customers_met and row.bonus  # 33, 34, 33 against 30: each 10% over
    assert row.after_sale_completion == 1 and row.after_sale_met
    assert row.gift_plan_completion == Decimal("0.7500") and row.gift_plan_met is False
    assert row.spend_per_customer == Decimal("1500.00")
    assert row.churn_rate == Decimal("0.0250")
    assert row.repurchase_rate == Decimal("0.2500")


def test_targets_missed_and_nothing_to_measure() -> None:
    row = kpi("二组", counts(registered_receipts=16, new_customers=29, after_sale_done=7, buyers=0), RULES)
    assert row.registration_met is False and not row.new_customers_met and not row.bonus
    assert row.after_sale_met is False and row.spend_per_customer is None
    empty = kpi("三组", counts(receipts=0, after_sale_due=0, gift_lines=0, active_at_start=0), RULES)
    assert empty.registration_rate is None and empty.registration_met is None
    assert (
        empty.after_sale_completion is None
        and empty.gift_plan_completion is None
        and empty.churn_rate is None
    )


def test_bonus_needs_three_months_in_a_row_ten_percent_over() -> None:
    assert earns_bonus([33, 33, 33], [30, 30, 30], RULES)
    assert not earns_bonus([33, 32, 33], [30, 30, 30], RULES)  # 32 is only 6.7% over
    assert earns_bonus([22, 22, 22], [20, 20, 20], RULES)  # summer targets
    assert not earns_bonus([40, 40], [30, 30], RULES)  # not three months yet


def test_month_and_quarter_boundaries() -> None:
    assert month_bounds("2026-02") == (dt.date(2026, 2, 1), dt.date(2026, 2, 28))
    assert month_bounds("2028-02")[1] == dt.date(2028, 2, 29)
    assert month_bounds("2026-12") == (dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    assert previous_months("2026-02", 3) == ["2025-12", "2026-01", "2026-02"]
    assert quarter_bounds("2026-11") == (dt.date(2026, 10, 1), dt.date(2026, 12, 31))
    assert quarter_bounds("2026-03") == (dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    assert [new_customer_target(f"2026-{m:02d}", RULES) for m in (6, 7, 9, 10)] == [30, 20, 20, 30]
    assert ratio(1, 3) == Decimal("0.3333") and ratio(5, 0) is None
