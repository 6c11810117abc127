"""The shop's rules: every number from DOMAIN.md, declared once with its default, title, unit and range.

The manager changes them in the rules settings; the values are stored in the database (``services.shop``)
and handed to the domain functions that need them. ``ShopService.set_rules`` refuses a value outside its
range (``check_rules``), and the rules dialog and every page that shows a rule read its declaration here.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, ClassVar

from boutique_vip.domain.errors import QT_TRANSLATE_NOOP, FieldError

Number = int | Decimal

# Sections of the rules dialog, in order.
POINTS = QT_TRANSLATE_NOOP("Rules", "Points")
TIERS = QT_TRANSLATE_NOOP("Rules", "Tiers")
GIFTS = QT_TRANSLATE_NOOP("Rules", "Gifts and cards")
CALLS = QT_TRANSLATE_NOOP("Rules", "Calls")
KPIS = QT_TRANSLATE_NOOP("Rules", "Targets")
SAFETY = QT_TRANSLATE_NOOP("Rules", "Safety")

# Units.
U_POINTS = QT_TRANSLATE_NOOP("Rules", "points")
U_TIMES = QT_TRANSLATE_NOOP("Rules", "times")
U_YUAN = QT_TRANSLATE_NOOP("Rules", "yuan")
U_RECEIPTS = QT_TRANSLATE_NOOP("Rules", "receipts")
U_DAYS = QT_TRANSLATE_NOOP("Rules", "days")
U_HOUR = QT_TRANSLATE_NOOP("Rules", "o'clock")
U_CALLS = QT_TRANSLATE_NOOP("Rules", "calls")
U_PERCENT = QT_TRANSLATE_NOOP("Rules", "%")
U_CUSTOMERS = QT_TRANSLATE_NOOP("Rules", "customers")
U_MONTHS = QT_TRANSLATE_NOOP("Rules", "months")
U_YEARS = QT_TRANSLATE_NOOP("Rules", "years")
U_MINUTES = QT_TRANSLATE_NOOP("Rules", "minutes")


@dataclass(frozen=True)
class RuleSpec:
    """One rule's declaration: ``title``, ``unit`` and ``section`` are English, translated where shown."""

    name: str
    title: str
    unit: str
    low: Number
    high: Number
    section: str
    default: Number


def _rule(default: Number, title: str, unit: str, low: Number, high: Number, section: str) -> Any:
    return field(default=default, metadata={"rule": (title, unit, low, high, section)})


@dataclass(frozen=True)
class Rules:
    # Points (积分)
    points_per_yuan: int = _rule(
        1, QT_TRANSLATE_NOOP("Rules", "Points per yuan paid"), U_POINTS, 0, 100, POINTS
    )
    birthday_points_multiplier: int = _rule(
        2, QT_TRANSLATE_NOOP("Rules", "Points multiplier on her birthday"), U_TIMES, 1, 10, POINTS
    )
    holiday_points_multiplier: int = _rule(
        2,
        QT_TRANSLATE_NOOP("Rules", "Points multiplier on a gift holiday's first day"),
        U_TIMES,
        1,
        10,
        POINTS,
    )
    redeem_points_unit: int = _rule(
        1000, QT_TRANSLATE_NOOP("Rules", "Points per redemption step"), U_POINTS, 1, 100_000, POINTS
    )
    redeem_value_yuan: Decimal = _rule(
        Decimal("20"),
        QT_TRANSLATE_NOOP("Rules", "Yuan per redemption step"),
        U_YUAN,
        Decimal("0.01"),
        Decimal("10000"),
        POINTS,
    )
    back_registration_days: int = _rule(  # 补登: an anonymous receipt put on her card afterwards
        30,
        QT_TRANSLATE_NOOP("Rules", "Days a receipt can be put on her card afterwards (补登)"),
        U_DAYS,
        0,
        3650,
        POINTS,
    )
    referral_points: int = _rule(  # 0: off
        0,
        QT_TRANSLATE_NOOP(
            "Rules", "Points to the customer who brought a new one, at her first purchase (0: off)"
        ),
        U_POINTS,
        0,
        100_000,
        POINTS,
    )
    points_expiry_years: int = _rule(  # 积分清零, 0: off; applies to points earned from the day it is set
        0,
        QT_TRANSLATE_NOOP(
            "Rules", "Points earned in a year expire on 31 December this many years later (0: never)"
        ),
        U_YEARS,
        0,
        10,
        POINTS,
    )
    points_expiring_notice_days: int = _rule(
        30,
        QT_TRANSLATE_NOOP("Rules", "Days before points expire that she is sent an SMS"),
        U_DAYS,
        1,
        365,
        POINTS,
    )
    # Tiers (客户分类)
    tier_a_lifetime_points: int = _rule(
        5000, QT_TRANSLATE_NOOP("Rules", "A from lifetime points"), U_POINTS, 1, 10_000_000, TIERS
    )
    tier_a_recent_receipts: int = _rule(
        6, QT_TRANSLATE_NOOP("Rules", "A from receipts in the recent window"), U_RECEIPTS, 1, 1000, TIERS
    )
    tier_a_recent_window_days: int = _rule(
        61, QT_TRANSLATE_NOOP("Rules", "Recent window"), U_DAYS, 1, 3650, TIERS
    )
    tier_b_receipts: int = _rule(
        2, QT_TRANSLATE_NOOP("Rules", "B from receipts ever"), U_RECEIPTS, 1, 1000, TIERS
    )
    demotion_after_days: int = _rule(
        182, QT_TRANSLATE_NOOP("Rules", "One tier lower after days without a visit"), U_DAYS, 1, 3650, TIERS
    )
    lost_after_days: int = _rule(
        365, QT_TRANSLATE_NOOP("Rules", "Lost after days without a receipt"), U_DAYS, 1, 3650, TIERS
    )
    # Gifts and cards (care standards per tier)
    card_mail_days_before: int = _rule(
        4, QT_TRANSLATE_NOOP("Rules", "Mail cards days before the occasion"), U_DAYS, 0, 60, GIFTS
    )
    gift_a_holiday_max_cost: Decimal = _rule(
        Decimal("25"),
        QT_TRANSLATE_NOOP("Rules", "A holiday gift: highest cost"),
        U_YUAN,
        Decimal(0),
        Decimal(100_000),
        GIFTS,
    )
    gift_a_birthday_min_cost: Decimal = _rule(
        Decimal("125"),
        QT_TRANSLATE_NOOP("Rules", "A birthday gift: lowest cost"),
        U_YUAN,
        Decimal(0),
        Decimal(100_000),
        GIFTS,
    )
    gift_b_holiday_voucher: Decimal = _rule(
        Decimal("100"),
        QT_TRANSLATE_NOOP("Rules", "B holiday: voucher"),
        U_YUAN,
        Decimal(0),
        Decimal(100_000),
        GIFTS,
    )
    gift_b_birthday_min_cost: Decimal = _rule(
        Decimal("25"),
        QT_TRANSLATE_NOOP("Rules", "B birthday gift: lowest cost"),
        U_YUAN,
        Decimal(0),
        Decimal(100_000),
        GIFTS,
    )
    plan_reminder_days: int = _rule(  # remind the manager this many days before a plan's approval deadline
        7, QT_TRANSLATE_NOOP("Rules", "Remind about plan approval days before"), U_DAYS, 0, 60, GIFTS
    )
    # Calls (电话回访)
    call_hour_start: int = _rule(15, QT_TRANSLATE_NOOP("Rules", "Call hour starts at"), U_HOUR, 0, 23, CALLS)
    call_hour_end: int = _rule(16, QT_TRANSLATE_NOOP("Rules", "Call hour ends at"), U_HOUR, 1, 24, CALLS)
    calls_per_hour: int = _rule(
        20, QT_TRANSLATE_NOOP("Rules", "Calls that fit in the hour"), U_CALLS, 1, 500, CALLS
    )
    after_sale_min_days: int = _rule(
        3, QT_TRANSLATE_NOOP("Rules", "After-sale call from days after the receipt"), U_DAYS, 0, 365, CALLS
    )
    after_sale_max_days: int = _rule(
        10, QT_TRANSLATE_NOOP("Rules", "After-sale call until days after the receipt"), U_DAYS, 0, 365, CALLS
    )
    win_back_min_days: int = _rule(
        90, QT_TRANSLATE_NOOP("Rules", "Win-back call from days since the last visit"), U_DAYS, 1, 3650, CALLS
    )
    win_back_max_days: int = _rule(
        365,
        QT_TRANSLATE_NOOP("Rules", "Win-back call until days since the last visit"),
        U_DAYS,
        1,
        3650,
        CALLS,
    )
    win_back_quiet_days: int = _rule(
        30, QT_TRANSLATE_NOOP("Rules", "Win-back only without contact for days"), U_DAYS, 0, 3650, CALLS
    )
    gift_pickup_reminder_days: int = _rule(
        7, QT_TRANSLATE_NOOP("Rules", "Remind about a waiting gift after days"), U_DAYS, 0, 365, CALLS
    )
    # KPIs (考核指标)
    registration_rate_min_percent: int = _rule(
        85, QT_TRANSLATE_NOOP("Rules", "Registration rate at least"), U_PERCENT, 0, 100, KPIS
    )
    new_customers_per_group: int = _rule(  # a month's target per sales group …
        30,
        QT_TRANSLATE_NOOP("Rules", "New customers per group and month (January–June, October–December)"),
        U_CUSTOMERS,
        0,
        10_000,
        KPIS,
    )
    new_customers_per_group_summer: int = _rule(  # … in July, August and September
        20,
        QT_TRANSLATE_NOOP("Rules", "New customers per group and month (July–September)"),
        U_CUSTOMERS,
        0,
        10_000,
        KPIS,
    )
    bonus_over_target_percent: int = _rule(  # three months in a row this much over target earns a bonus
        10, QT_TRANSLATE_NOOP("Rules", "Bonus when over the new-customer target by"), U_PERCENT, 0, 1000, KPIS
    )
    bonus_months: int = _rule(
        3, QT_TRANSLATE_NOOP("Rules", "… for this many months in a row"), U_MONTHS, 1, 12, KPIS
    )
    after_sale_target_percent: int = _rule(
        100, QT_TRANSLATE_NOOP("Rules", "After-sale follow-up target"), U_PERCENT, 0, 100, KPIS
    )
    # Safety
    idle_lock_minutes: int = _rule(  # the program locks itself after this long without use (0: never)
        10,
        QT_TRANSLATE_NOOP("Rules", "Lock the program after minutes without use (0: never)"),
        U_MINUTES,
        0,
        1440,
        SAFETY,
    )

    def to_json(self) -> dict[str, Any]:
        return {f.name: str(v) if isinstance(v, Decimal) else v for f, v in self._items()}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Rules:
        """Stored values over the defaults; unknown keys (from a newer version) are ignored, and so is a value
        outside its rule's range (saved before the service checked them): one bad number must not stop every
        counter keystroke."""
        values: dict[str, Any] = {}
        for spec in RULES:
            if spec.name in data:
                try:
                    value = type(spec.default)(data[spec.name])
                except (TypeError, ValueError, InvalidOperation):
                    continue
                if _out_of_range(spec, value) is None:
                    values[spec.name] = value
        rules = cls(**values)
        defaults = cls()
        for error in _pairs(rules):  # a start after its end: both back to their defaults
            low, high = PAIRS[error.field]
            rules = dataclasses.replace(rules, **{low: getattr(defaults, low), high: getattr(defaults, high)})
        return rules

    def _items(self) -> list[tuple[dataclasses.Field[Any], Any]]:
        return [(f, getattr(self, f.name)) for f in dataclasses.fields(self)]


# Every rule's declaration, in the order of the dialog.
def _spec(declared: dataclasses.Field[Any]) -> RuleSpec:
    title, unit, low, high, section = declared.metadata["rule"]
    default = declared.default
    assert isinstance(default, int | Decimal)  # every rule has a default (``_rule``)
    return RuleSpec(declared.name, title, unit, low, high, section, default)


RULES: tuple[RuleSpec, ...] = tuple(_spec(f) for f in dataclasses.fields(Rules))
SPECS = {spec.name: spec for spec in RULES}
SECTIONS = (POINTS, TIERS, GIFTS, CALLS, KPIS, SAFETY)

# Rules that bound a range from below and above (keyed by the upper one): the first may not exceed the second.
PAIRS = {
    "call_hour_end": ("call_hour_start", "call_hour_end"),
    "after_sale_max_days": ("after_sale_min_days", "after_sale_max_days"),
    "win_back_max_days": ("win_back_min_days", "win_back_max_days"),
}


class RuleOutOfRange(FieldError):
    """A rule's value outside its range: the message names the rule and the range (both translated)."""

    param_contexts: ClassVar[dict[str, str]] = {"rule": "Rules", "unit": "Rules"}

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(
            spec.name,
            QT_TRANSLATE_NOOP("Validation", "{rule}: enter a number from {low} to {high} ({unit})."),
            rule=spec.title,
            low=spec.low,
            high=spec.high,
            unit=spec.unit,
        )


class RulesOutOfOrder(FieldError):
    param_contexts: ClassVar[dict[str, str]] = {"first": "Rules", "second": "Rules"}

    def __init__(self, first: RuleSpec, second: RuleSpec) -> None:
        template = QT_TRANSLATE_NOOP("Validation", "“{first}” must come before “{second}”.")
        if second.name.endswith("_days"):
            template = QT_TRANSLATE_NOOP("Validation", "“{first}” must not be more than “{second}”.")
        super().__init__(second.name, template, first=first.title, second=second.title)


def _out_of_range(spec: RuleSpec, value: Number) -> RuleOutOfRange | None:
    whole = isinstance(spec.default, int)
    if whole and (isinstance(value, bool) or not isinstance(value, int)):
        return RuleOutOfRange(spec)
    if not whole and (
        not isinstance(value, Decimal) or not value.is_finite() or value != value.quantize(Decimal("0.01"))
    ):
        return RuleOutOfRange(spec)
    if not spec.low <= value <= spec.high:
        return RuleOutOfRange(spec)
    return None


def _pairs(rules: Rules) -> list[FieldError]:
    errors: list[FieldError] = []
    for low, high in PAIRS.values():
        first, second = getattr(rules, low), getattr(rules, high)
        out_of_order = first >= second if low == "call_hour_start" else first > second
        if out_of_order:
            errors.append(RulesOutOfOrder(SPECS[low], SPECS[high]))
    return errors


def check_rules(rules: Rules) -> list[FieldError]:
    """Every rule outside its range, then every range whose start is past its end."""
    errors: list[FieldError] = [
        error for spec in RULES if (error := _out_of_range(spec, getattr(rules, spec.name))) is not None
    ]
    failed = {e.field for e in errors}
    errors += [e for e in _pairs(rules) if e.field not in failed and PAIRS[e.field][0] not in failed]
    return errors
