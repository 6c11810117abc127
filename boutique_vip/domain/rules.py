"""The shop's rules: every number from DOMAIN.md, declared once with its default.

The manager changes them in the rules settings; the values are stored in the database
(see ``services.settings``) and handed to the domain functions that need them.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from decimal import Decimal
from typing import Any


@dataclass(frozen=True)
class Rules:
    # Points (积分)
    points_per_yuan: int = 1
    birthday_points_multiplier: int = 2
    holiday_points_multiplier: int = 2
    redeem_points_unit: int = 1000
    redeem_value_yuan: Decimal = Decimal("20")
    # Tiers (客户分类)
    tier_a_lifetime_points: int = 5000
    tier_a_recent_receipts: int = 6
    tier_a_recent_window_days: int = 61
    tier_b_receipts: int = 2
    demotion_after_days: int = 182
    lost_after_days: int = 365
    # Gifts and cards (care standards per tier)
    card_mail_days_before: int = 4
    gift_a_holiday_max_cost: Decimal = Decimal("25")
    gift_a_birthday_min_cost: Decimal = Decimal("125")
    gift_b_holiday_voucher: Decimal = Decimal("100")
    gift_b_birthday_min_cost: Decimal = Decimal("25")
    plan_reminder_days: int = 7  # remind the manager this many days before a plan's approval deadline
    # Calls (电话回访)
    call_hour_start: int = 15
    call_hour_end: int = 16
    calls_per_hour: int = 20
    after_sale_min_days: int = 3
    after_sale_max_days: int = 10
    win_back_min_days: int = 90
    win_back_max_days: int = 365
    win_back_quiet_days: int = 30
    gift_pickup_reminder_days: int = 7
    # KPIs (考核指标)
    registration_rate_min_percent: int = 85
    new_customers_per_group: int = 30  # a month's target per sales group …
    new_customers_per_group_summer: int = 20  # … in July, August and September
    bonus_over_target_percent: int = 10  # three months in a row this much over target earns a bonus
    bonus_months: int = 3
    after_sale_target_percent: int = 100
    # Safety
    idle_lock_minutes: int = 10  # the program locks itself after this long without use (0: never)

    def to_json(self) -> dict[str, Any]:
        return {f.name: str(v) if isinstance(v, Decimal) else v for f, v in self._items()}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Rules:
        """Stored values over the defaults; unknown keys (from a newer version) are ignored."""
        values: dict[str, Any] = {}
        for field in dataclasses.fields(cls):
            if field.name in data:
                default = getattr(cls(), field.name)
                values[field.name] = type(default)(data[field.name])
        return cls(**values)

    def _items(self) -> list[tuple[dataclasses.Field[Any], Any]]:
        return [(f, getattr(self, f.name)) for f in dataclasses.fields(self)]
