"""Point expiry (积分清零): points earned in year Y expire on 31 December of Y + N (N: the rule, 0 = never).

The rule applies from the day it is set, never to points earned before: each setting is kept as a period
(``ExpiryPeriod``: from that day, N years), and a point follows the period of the day it was earned. Points
earned before expiry was first switched on never expire.

Points are used oldest first (a redemption, a return's take-back): so of the points expiring on day E,
what remains is what the points earned up to the last of them exceed everything taken off the balance so
far (redemptions, returns, earlier expiries), at most the points expiring on E themselves. Exact while the
rule keeps one length; after a change of length the points of the two lengths are counted per expiry day.
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


def left_to_expire(expiring: int, earned_by_then: int, taken_off: int) -> int:
    """Of the points ``expiring`` on a day, those still on the balance, given the points earned up to the
    last of them and everything taken off so far (see the module's note)."""
    return max(0, min(expiring, earned_by_then - taken_off))


def expiry_days_due(periods: Sequence[ExpiryPeriod], day: dt.date) -> list[dt.date]:
    """Every 31 December on or before ``day`` on which points of some period can expire."""
    if not any(p.years for p in periods):
        return []
    first = min(expiry_day(p.since.year, p.years) for p in periods if p.years)
    return [dt.date(year, 12, 31) for year in range(first.year, day.year + 1) if dt.date(year, 12, 31) <= day]
