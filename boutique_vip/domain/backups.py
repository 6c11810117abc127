"""Which backup copies to keep: every copy of today and yesterday (a copy made after a mistake must not push
out that morning's good one), then the newest of each of the last 7 days, 4 weeks and 12 months."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Retention:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def _newest_per(
    moments: list[dt.datetime], period: Callable[[dt.datetime], Hashable], count: int
) -> set[dt.datetime]:
    """The newest moment in each of the ``count`` most recent periods that have one."""
    kept: dict[Hashable, dt.datetime] = {}
    for moment in sorted(moments, reverse=True):
        key = period(moment)
        if key not in kept:
            if len(kept) == count:
                break
            kept[key] = moment
    return set(kept.values())


def to_keep(
    moments: Iterable[dt.datetime], retention: Retention | None = None, today: dt.date | None = None
) -> set[dt.datetime]:
    """The backups (by when they were made) to keep; every other one is removed. With ``today``, every copy
    made today or yesterday is kept as well."""
    moments = list(moments)
    retention = retention or Retention()
    recent = {m for m in moments if m.date() >= today - dt.timedelta(days=1)} if today is not None else set()
    return (
        recent
        | _newest_per(moments, lambda m: m.date(), retention.daily)
        | _newest_per(moments, lambda m: m.isocalendar()[:2], retention.weekly)
        | _newest_per(moments, lambda m: (m.year, m.month), retention.monthly)
    )
