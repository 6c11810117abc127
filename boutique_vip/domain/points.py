"""Points (积分): earning on a sale, redeeming, and taking points back on a return.

The points are a ledger: each of these produces rows, nothing is changed in place.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_FLOOR, ROUND_HALF_UP, Decimal
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
    REDEEM_RETURNED = "redeem_returned"  # points that paid for returned pieces, given back to the balance
    CORRECTION = "correction"
    OPENING = "opening"  # balance carried over from an old system
    REFERRAL = "referral"  # to the customer who brought a new one, at the new one's first purchase
    EXPIRY = "expiry"  # points that expired (积分清零, domain.points_expiry): not lifetime points


#: Kinds that make up lifetime points (earned minus returned); redemptions and settled shortfalls do not.
LIFETIME_KINDS = (
    LedgerKind.EARN,
    LedgerKind.RETURN,
    LedgerKind.CORRECTION,
    LedgerKind.OPENING,
    LedgerKind.REFERRAL,
)


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


def settle_return(
    points_due: int, balance: int, rules: Rules, cash: Decimal | None = None
) -> ReturnSettlement:
    """Take the points back from the balance; what the balance lacks comes off the refund (never more than
    the ``cash`` refunded: what that cannot cover stays owed on the balance)."""
    from_balance = min(points_due, max(balance, 0))
    shortfall = points_due - from_balance
    deduction = points_value(shortfall, rules)
    if cash is not None and deduction > cash:
        shortfall = int(max(cash, Decimal(0)) * rules.redeem_points_unit / rules.redeem_value_yuan)
        deduction = min(points_value(shortfall, rules), max(cash, Decimal(0)))
        from_balance = points_due - shortfall
    return ReturnSettlement(from_balance, shortfall, deduction)


def points_value(points: int, rules: Rules) -> Decimal:
    """What points are worth in yuan at the redemption rate, to the fen (a refund's shortfall, the desk's
    points liability)."""
    return (Decimal(points) * rules.redeem_value_yuan / rules.redeem_points_unit).quantize(
        CENT, rounding=ROUND_HALF_UP
    )


# --- redeemed points as a means of payment ----------------------------------------------------------------


@dataclass(frozen=True)
class LineShare:
    """One line's part of its receipt's redemption: ``value`` yuan of it were paid with ``points`` points."""

    value: Decimal
    points: int


def spread_redemption(amounts: Sequence[Decimal], points: int, value: Decimal) -> list[LineShare]:
    """Spread a receipt's redemption over its lines in proportion to their amounts: to the fen (and to the
    point), each line rounded, the last line with an amount taking the remainder. A line's share never
    exceeds what it costs, so no line is paid for with more than its price."""
    fen = [max(int(a * 100), 0) for a in amounts]
    values = _spread(int(value * 100), fen, caps=fen)
    return [
        LineShare(Decimal(v) / 100, p)
        for v, p in zip(values, _spread(points, values, caps=None), strict=True)
    ]


def _spread(total: int, weights: list[int], caps: list[int] | None) -> list[int]:
    """``total`` units shared in proportion to ``weights`` (half-up per share, the last share the remainder),
    then moved a unit at a time so that every share lies within 0 … its cap."""
    whole = sum(weights)
    if total <= 0 or whole <= 0:
        return [0] * len(weights)
    last = max(i for i, w in enumerate(weights) if w > 0)
    shares = [
        0 if i >= last else int((Decimal(total * w) / whole).to_integral_value(ROUND_HALF_UP))
        for i, w in enumerate(weights)
    ]
    shares[last] = total - sum(shares)
    limit = caps if caps is not None else [total] * len(weights)
    # Rounding many small lines up can push the remainder out of bounds: move units between lines.
    for i in range(len(shares)):
        while shares[i] > limit[i] or shares[i] < 0:
            step = 1 if shares[i] < 0 else -1
            other = next(
                j
                for j in range(len(shares))
                if j != i and weights[j] > 0 and (shares[j] > 0 if step > 0 else shares[j] < limit[j])
            )
            shares[i] += step
            shares[other] -= step
    return shares


@dataclass(frozen=True)
class ReturnedShare:
    """What returning some pieces of a line gives back: ``cash`` in money, and the part that was paid with
    points (``value`` yuan) as ``points`` back on the balance."""

    cash: Decimal
    value: Decimal
    points: int

    @property
    def amount(self) -> Decimal:
        return self.cash + self.value


def returned_share(
    amount: Decimal,
    share: LineShare,
    qty: int,
    returned_qty: int,
    returning: int,
    cash_back_before: Decimal,
    value_back_before: Decimal,
) -> ReturnedShare:
    """Pro rata to quantity, rounded down to the fen, the last pieces taking exactly what is left: the cash
    refunded for a line never adds up to more than the cash paid for it."""
    cash_paid = amount - share.value
    if returned_qty + returning >= qty:
        cash, value = cash_paid - cash_back_before, share.value - value_back_before
    else:
        cash = (cash_paid * returning / qty).quantize(CENT, rounding=ROUND_DOWN)
        value = (share.value * returning / qty).quantize(CENT, rounding=ROUND_DOWN)
    return ReturnedShare(cash, value, points_taken_back(share.points, qty, returned_qty, returning))
