"""The KPIs (考核指标) per sales group and month, from counts the services gather. Pure arithmetic, tested
on hand-built numbers; every target is a rule."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from boutique_vip.domain.rules import Rules

SUMMER = (7, 8, 9)
SHOP = ""  # the group name of the whole shop's row


def month_bounds(month: str) -> tuple[dt.date, dt.date]:
    """First and last day of ``YYYY-MM``."""
    first = dt.date.fromisoformat(f"{month}-01")
    following = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return first, following - dt.timedelta(days=1)


def previous_months(month: str, count: int) -> list[str]:
    """``count`` months ending with ``month``, oldest first."""
    first, _ = month_bounds(month)
    months = []
    for _ in range(count):
        months.append(first.strftime("%Y-%m"))
        first = (first - dt.timedelta(days=1)).replace(day=1)
    return months[::-1]


def quarter_bounds(month: str) -> tuple[dt.date, dt.date]:
    first, _ = month_bounds(month)
    start = first.replace(month=3 * ((first.month - 1) // 3) + 1)
    _, end = month_bounds(start.replace(month=start.month + 2).strftime("%Y-%m"))
    return start, end


def new_customer_target(month: str, rules: Rules) -> int:
    """30 new customers a month per group, 20 in July to September (the quiet summer)."""
    first, _ = month_bounds(month)
    return rules.new_customers_per_group_summer if first.month in SUMMER else rules.new_customers_per_group


def earns_bonus(counts: list[int], targets: list[int], rules: Rules) -> bool:
    """The last ``bonus_months`` months each at least ``bonus_over_target_percent`` over their target."""
    n = rules.bonus_months
    if len(counts) < n:
        return False
    factor = 1 + Decimal(rules.bonus_over_target_percent) / 100
    return all(
        target > 0 and Decimal(count) >= Decimal(target) * factor
        for count, target in zip(counts[-n:], targets[-n:], strict=True)
    )


def ratio(part: int | Decimal, whole: int | Decimal) -> Decimal | None:
    """part / whole to four places (0.8571), or None when there is nothing to measure."""
    if not whole:
        return None
    return (Decimal(part) / Decimal(whole)).quantize(Decimal("0.0001"), ROUND_HALF_UP)


@dataclass(frozen=True)
class KpiCounts:
    """What was counted for one group (or the shop) in one month."""

    receipts: int  # sale receipts (for the shop: at least the till's own count, when entered)
    registered_receipts: int  # … of them with a customer's card
    new_customers: int
    new_customers_before: list[int]  # the months before, oldest first (for the bonus)
    targets_before: list[int]
    after_sale_due: int
    after_sale_done: int
    gift_lines: int  # lines of the month's approved gift plan
    gift_delivered: int
    spend: Decimal  # registered customers' sales less returns
    buyers: int  # distinct registered customers who bought
    active_at_start: int
    newly_lost: int
    quarter_buyers: int  # customers who bought in the month's quarter …
    quarter_repeat_buyers: int  # … and more than once in it
    new_customer_target: int
    referred_new_customers: int = 0  # new customers of the month another customer brought


@dataclass(frozen=True)
class Kpi:
    group: str
    counts: KpiCounts
    registration_rate: Decimal | None
    registration_met: bool | None
    new_customers: int
    new_customer_target: int
    new_customers_met: bool
    bonus: bool
    after_sale_completion: Decimal | None
    after_sale_met: bool | None
    gift_plan_completion: Decimal | None
    gift_plan_met: bool | None
    spend_per_customer: Decimal | None
    churn_rate: Decimal | None
    repurchase_rate: Decimal | None


def kpi(group: str, c: KpiCounts, rules: Rules) -> Kpi:
    registration = ratio(c.registered_receipts, c.receipts)
    after_sale = ratio(c.after_sale_done, c.after_sale_due)
    gifts = ratio(c.gift_delivered, c.gift_lines)
    spend = (c.spend / c.buyers).quantize(Decimal("0.01"), ROUND_HALF_UP) if c.buyers else None
    return Kpi(
        group=group,
        counts=c,
        registration_rate=registration,
        registration_met=None
        if registration is None
        else registration * 100 >= rules.registration_rate_min_percent,
        new_customers=c.new_customers,
        new_customer_target=c.new_customer_target,
        new_customers_met=c.new_customers >= c.new_customer_target,
        bonus=earns_bonus(
            [*c.new_customers_before, c.new_customers], [*c.targets_before, c.new_customer_target], rules
        ),
        after_sale_completion=after_sale,
        after_sale_met=None if after_sale is None else after_sale * 100 >= rules.after_sale_target_percent,
        gift_plan_completion=gifts,
        gift_plan_met=None if gifts is None else gifts == 1,
        spend_per_customer=spend,
        churn_rate=ratio(c.newly_lost, c.active_at_start),
        repurchase_rate=ratio(c.quarter_repeat_buyers, c.quarter_buyers),
    )
