"""The monthly gift plan (礼品赠送情况计划与执行一览表): who gets which gift for which occasion, by the standards."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from boutique_vip.domain.birthdays import Birthday
from boutique_vip.domain.customer import Tier
from boutique_vip.domain.errors import QT_TRANSLATE_NOOP, BoutiqueError
from boutique_vip.domain.occasions import GIFT_HOLIDAYS, Occasion, birthday_in_year, gift_holidays
from boutique_vip.domain.rules import Rules


class Delivery(StrEnum):
    PICKUP = "pickup"
    MAIL = "mail"
    HOME_DELIVERY = "home_delivery"


class PlanStatus(StrEnum):
    DRAFT = "draft"
    APPROVED = "approved"
    SUPERSEDED = "superseded"  # an approved revision replaced by a newer approved one


@dataclass(frozen=True)
class GiftStandard:
    """What the care standard allows for a tier and an occasion (costs in yuan; None = no limit)."""

    min_cost: Decimal | None
    max_cost: Decimal | None
    delivery: Delivery


def gift_standard(tier: Tier, birthday: bool, rules: Rules) -> GiftStandard | None:
    """A: holiday ≤ 25, birthday ≥ 125; B: holiday brochure + 100 yuan voucher by mail, birthday ≥ 25; C: none."""
    if tier is Tier.A:
        if birthday:
            return GiftStandard(rules.gift_a_birthday_min_cost, None, Delivery.HOME_DELIVERY)
        return GiftStandard(None, rules.gift_a_holiday_max_cost, Delivery.PICKUP)
    if tier is Tier.B:
        if birthday:
            return GiftStandard(rules.gift_b_birthday_min_cost, None, Delivery.PICKUP)
        return GiftStandard(rules.gift_b_holiday_voucher, rules.gift_b_holiday_voucher, Delivery.MAIL)
    return None


@dataclass(frozen=True)
class GiftCategory:
    id: int
    name: str
    cost: Decimal
    stock: int | None = None


@dataclass(frozen=True)
class CustomOccasion:
    """An observance the manager added (Mother's Day, Teachers' Day…), on a fixed solar date."""

    code: str
    name: str
    month: int
    day: int


@dataclass(frozen=True)
class PlanCustomer:
    """A customer as the plan sees her: the tier as of the last day of the month before."""

    id: int
    card_no: str
    name: str
    tier: Tier
    active: bool
    birthday: Birthday | None
    staff_id: int | None


@dataclass
class PlanLine:
    customer_id: int
    card_no: str
    name: str
    tier: Tier
    occasion: str
    occasion_date: dt.date
    card_mail_date: dt.date
    gift_category_id: int | None
    min_cost: Decimal | None
    max_cost: Decimal | None
    delivery: Delivery
    executor_id: int | None
    reason: str = ""  # why the line breaks the standard, when it does


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def parse_month(text: str) -> tuple[int, int]:
    try:
        day = dt.date.fromisoformat(f"{text.strip()}-01")
    except ValueError:
        raise BoutiqueError(
            QT_TRANSLATE_NOOP("Errors", "{text} is not a month: write YYYY-MM."), text=text
        ) from None
    return day.year, day.month


def tier_day(year: int, month: int) -> dt.date:
    """Tiers for a plan are taken as of the last day of the month before."""
    return dt.date(year, month, 1) - dt.timedelta(days=1)


def occasions_in_month(year: int, month: int, custom: list[CustomOccasion]) -> list[tuple[str, dt.date]]:
    first, last = month_bounds(year, month)
    found = [
        (o.value, d) for o, d in gift_holidays(year).items() if o in GIFT_HOLIDAYS and first <= d <= last
    ]
    for occasion in custom:
        if occasion.month == month:
            found.append((occasion.code, dt.date(year, month, min(occasion.day, last.day))))
    return sorted(found, key=lambda pair: pair[1])


def default_gift(standard: GiftStandard, catalogue: list[GiftCategory]) -> GiftCategory | None:
    """The catalogue's gift that fits the standard: the cheapest at or above a minimum, the dearest within a maximum."""
    fitting = [g for g in catalogue if fits(g.cost, standard) and (g.stock is None or g.stock > 0)]
    if not fitting:
        return None
    if standard.min_cost is not None:
        return min(fitting, key=lambda g: (g.cost, g.name))
    return max(fitting, key=lambda g: (g.cost, g.name))


def fits(cost: Decimal, standard: GiftStandard) -> bool:
    return (standard.min_cost is None or cost >= standard.min_cost) and (
        standard.max_cost is None or cost <= standard.max_cost
    )


def build_plan(
    year: int,
    month: int,
    customers: list[PlanCustomer],
    catalogue: list[GiftCategory],
    custom: list[CustomOccasion],
    rules: Rules,
) -> list[PlanLine]:
    """One line per (customer, occasion): A/B active customers' birthdays in the month and every gift holiday in it."""
    first, last = month_bounds(year, month)
    holidays = occasions_in_month(year, month, custom)
    mail_before = dt.timedelta(days=rules.card_mail_days_before)
    lines: list[PlanLine] = []
    for c in customers:
        if not c.active or c.tier is Tier.C:
            continue
        occasions: list[tuple[str, dt.date, bool]] = [(code, day, False) for code, day in holidays]
        if c.birthday is not None:
            day = birthday_in_year(c.birthday, year)
            if first <= day <= last:
                occasions.append((Occasion.BIRTHDAY.value, day, True))
        for code, day, is_birthday in occasions:
            standard = gift_standard(c.tier, is_birthday, rules)
            if standard is None:
                continue
            gift = default_gift(standard, catalogue)
            lines.append(
                PlanLine(
                    c.id,
                    c.card_no,
                    c.name,
                    c.tier,
                    code,
                    day,
                    day - mail_before,
                    gift.id if gift else None,
                    standard.min_cost,
                    standard.max_cost,
                    standard.delivery,
                    c.staff_id,
                )
            )
    return sorted(lines, key=lambda ln: (ln.occasion_date, ln.card_no, ln.occasion))


def breaks_standard(line: PlanLine, cost: Decimal | None) -> bool:
    """A line without a gift, or whose gift costs outside the standard's limits."""
    if cost is None:
        return True
    return not fits(cost, GiftStandard(line.min_cost, line.max_cost, line.delivery))


def approval_deadline(card_mail_dates: Iterable[dt.date]) -> dt.date | None:
    """The plan must be approved before its first card goes in the mail (which may be in the month before)."""
    return min(card_mail_dates, default=None)


def completion_rate(delivered: int, total: int) -> Decimal:
    return (Decimal(delivered) * 100 / total).quantize(Decimal("0.1")) if total else Decimal(0)
