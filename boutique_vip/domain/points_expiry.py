"""Point expiry (积分清零): points earned in year Y expire on 31 December of Y + N (N: the rule, 0 = never).

The rule applies from the day it is set, never to points earned before: each setting is kept as a period
(``ExpiryPeriod``: from that day, N years), and a point follows the period of the day it was earned. Points
earned before expiry was first switched on never expire.

Her points are replayed from her ledger (``replay``): each row that adds points is a lot with the expiry of
the day it was earned; a redemption (or any other taking off) uses the oldest lots first; a return takes
back the points of the sale it returns; on the day after a lot's 31 December what is left of it expires.
Points are valid through their 31 December.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class ExpiryPeriod:
    since: dt.date
    years: int  # points earned from ``since`` expire on 31 December of their year + ``years``; 0: never


def expiry_day(year: int, years: int) -> dt.date:
    return dt.date(year + years, 12, 31)


def years_on(periods: Sequence[ExpiryPeriod], day: dt.date) -> int:
    """The rule a point earned on ``day`` follows (0: it never expires)."""
    years = 0
    for period in periods:
        if period.since <= day:
            years = period.years
    return years


def expires_on(periods: Sequence[ExpiryPeriod], earned: dt.date) -> dt.date | None:
    years = years_on(periods, earned)
    return expiry_day(earned.year, years) if years else None


def after_change(periods: Sequence[ExpiryPeriod], today: dt.date, years: int) -> list[ExpiryPeriod]:
    """The periods once the rule is set to ``years`` today: from today on; a second change the same day
    replaces the first."""
    kept = [p for p in periods if p.since < today]
    if years_on(kept, today) == years:
        return kept
    return [*kept, ExpiryPeriod(today, years)]


def earned_spans(periods: Sequence[ExpiryPeriod], expiring: dt.date) -> list[tuple[dt.date, dt.date]]:
    """The days (first, last) whose points expire on ``expiring`` (a 31 December)."""
    spans = []
    for index, period in enumerate(periods):
        if not period.years:
            continue
        year = expiring.year - period.years
        first = max(period.since, dt.date(year, 1, 1))
        last = dt.date(year, 12, 31)
        if index + 1 < len(periods):
            last = min(last, periods[index + 1].since - dt.timedelta(days=1))
        if first <= last:
            spans.append((first, last))
    return spans


def expiry_days_due(periods: Sequence[ExpiryPeriod], day: dt.date) -> list[dt.date]:
    """Every 31 December before ``day`` on which points of some period can have expired."""
    if not any(p.years for p in periods):
        return []
    first = min(expiry_day(p.since.year, p.years) for p in periods if p.years)
    return [dt.date(year, 12, 31) for year in range(first.year, day.year + 1) if dt.date(year, 12, 31) < day]


@dataclass(frozen=True)
class LedgerLine:
    """A row of her ledger as the replay needs it. ``receipt_id``: the sale that earned it, or for a return's
    take-back the sale it returns."""

    day: dt.date
    kind: str
    points: int
    receipt_id: int | None = None


@dataclass
class _Lot:
    earned: dt.date
    left: int
    expires: dt.date | None
    receipt_id: int | None
    expired: int = 0


@dataclass
class Replay:
    due: dict[dt.date, int]  # 31 Decembers before the day replayed to whose leftovers have no expiry row yet
    upcoming: dict[dt.date, int]  # points left that expire on each coming 31 December
    expired_of_sale: dict[int, int]  # per sale (receipt id), its points that expired


EXPIRY = "expiry"
RETURN = "return"


def replay(lines: Sequence[LedgerLine], periods: Sequence[ExpiryPeriod], until: dt.date) -> Replay:
    """Her lots through her ledger (oldest row first) up to ``until`` (the day it is now). An expiry row
    dated a 31 December expires what it says of that day's lots; a 31 December before ``until`` without
    one is ``due``."""
    lots: list[_Lot] = []
    written = {line.day for line in lines if line.kind == EXPIRY}
    due: dict[dt.date, int] = {}

    def expire(day: dt.date, amount: int | None) -> int:
        """What is left of the lots of that 31 December goes (``amount``: as an expiry row says)."""
        gone = 0
        for lot in lots:
            if lot.expires == day and lot.left:
                take = lot.left if amount is None else min(lot.left, amount - gone)
                lot.left -= take
                lot.expired += take
                gone += take
        return gone

    def pass_to(day: dt.date) -> None:
        for expires in sorted({lot.expires for lot in lots if lot.expires and lot.expires < day}):
            if expires not in written and expires not in due:
                due[expires] = expire(expires, None)

    def take_off(amount: int, first: _Lot | None = None) -> None:
        for lot in ([first] if first else []) + lots:
            if amount <= 0:
                return
            take = min(lot.left, amount)
            lot.left -= take
            amount -= take

    for line in lines:
        pass_to(line.day)
        if line.kind == EXPIRY:
            expire(line.day, -line.points)
        elif line.points > 0:
            lots.append(_Lot(line.day, line.points, expires_on(periods, line.day), line.receipt_id))
        elif line.kind == RETURN:  # the points of the sale it returns, then (if any more) the oldest
            sale = next((lot for lot in lots if line.receipt_id and lot.receipt_id == line.receipt_id), None)
            take_off(-line.points, sale)
        else:
            take_off(-line.points)
    pass_to(until)
    upcoming: dict[dt.date, int] = {}
    for lot in lots:
        if lot.expires and lot.expires >= until and lot.left:
            upcoming[lot.expires] = upcoming.get(lot.expires, 0) + lot.left
    expired_of_sale: dict[int, int] = {}
    for lot in lots:
        if lot.receipt_id and lot.expired:
            expired_of_sale[lot.receipt_id] = expired_of_sale.get(lot.receipt_id, 0) + lot.expired
    return Replay({day: n for day, n in due.items() if n}, dict(sorted(upcoming.items())), expired_of_sale)
