"""Points (积分): earning on a sale, redeeming, and taking points back on a return.

The points are a ledger: each of these produces rows, nothing is changed in place.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal
from enum import StrEnum

from boutique_vip.domain.birthdays import Birthday
from boutique_vip.domain.errors import QT_TRANSLATE_NOOP, BoutiqueError
from boutique_vip.domain.occasions import holiday_first_day, is_birthday
from boutique_vip.domain.rules import Rules

CENT = Decimal("0.01")


class LedgerKind(StrEnum):
    EARN = "earn"
    REDEEM = "redeem"
    RETURN = "return"  # points a return takes back
    REFUND_SETTLED = "refund_settled"  # shortfall of a return paid from the refund instead of points
    CORRECTION = "correction"
    OPENING = "opening"  # balance carried over from an old system


#: Kinds that make up lifetime points (earned minus returned); redemptions and settled shortfalls do not.
LIFETIME_KINDS = (LedgerKind.EARN, LedgerKind.RETURN, LedgerKind.CORRECTION, LedgerKind.OPENING)


class Multiplier(StrEnum):
    NONE = ""
    BIRTHDAY = "birthday"
    HOLIDAY = "holiday"


@dataclass(frozen=True)
class EarnRule:
    multiplier: int
    why: Multiplier
    holiday: str = ""


def earn_rule(day: dt.date, birthday: Birthday | None, rules: Rules) -> EarnRule:
    """Double points on her birthday and on the first day of a gift holiday (the larger one if both)."""
    options = [EarnRule(1, Multiplier.NONE)]
    if is_birthday(birthday, day):
        options.append(EarnRule(rules.birthday_points_multiplier, Multiplier.BIRTHDAY))
    holiday = holiday_first_day(day)
    if holiday is not None:
        options.append(EarnRule(rules.holiday_points_multiplier, Multiplier.HOLIDAY, holiday.value))
    return max(options, key=lambda r: r.multiplier)


def line_points(amount: Decimal, rule: EarnRule, rules: Rules) -> int:
    """Points for one receipt line: whole yuan paid (floored per line) × rate × multiplier."""
    if amount <= 0:
        return 0
    whole = int((amount * rules.points_per_yuan).to_integral_value(rounding=ROUND_FLOOR))
    return whole * rule.multiplier


def redemption_value(points: int, rules: Rules) -> Decimal:
    """Every full unit of points (1,000) is worth the redemption value (20 yuan); partial units stay."""
    return (points // rules.redeem_points_unit) * rules.redeem_value_yuan


def check_redemption(points: int, balance: int, rules: Rules) -> None:
    if points < 0 or points % rules.redeem_points_unit:
        raise BoutiqueError(
            QT_TRANSLATE_NOOP("Errors", "Points are redeemed in steps of {unit}."),
            unit=rules.redeem_points_unit,
        )
    if points > balance:
        raise BoutiqueError(
            QT_TRANSLATE_NOOP("Errors", "She has only {balance} points; {points} cannot be redeemed."),
            balance=balance,
            points=points,
        )


def points_taken_back(earned: int, original_qty: int, returned_before: int, returning: int) -> int:
    """Pro rata to quantity, so that returning everything takes back exactly what was earned."""
    before = earned * returned_before // original_qty
    after = earned * (returned_before + returning) // original_qty
    return after - before


@dataclass(frozen=True)
class ReturnSettlement:
    points_from_balance: int
    shortfall_points: int
    refund_deduction: Decimal


def settle_return(points_due: int, balance: int, rules: Rules) -> ReturnSettlement:
    """Take the points back from the balance; what the balance lacks comes off the refund."""
    from_balance = min(points_due, max(balance, 0))
    shortfall = points_due - from_balance
    deduction = (Decimal(shortfall) * rules.redeem_value_yuan / rules.redeem_points_unit).quantize(
        CENT, rounding=ROUND_HALF_UP
    )
    return ReturnSettlement(from_balance, shortfall, deduction)
