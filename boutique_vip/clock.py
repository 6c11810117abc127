"""The one source of "now" and "today".

Business rules never read the clock themselves: they are handed ``today``. The GUI and the
command line ask this module, and tests (or the CLI's ``--date``) pin it with :func:`freeze`.
"""

from __future__ import annotations

import datetime as dt

_frozen: dt.datetime | None = None


def now() -> dt.datetime:
    """Local wall-clock time without a timezone, as the shop's PC shows it."""
    return _frozen if _frozen is not None else dt.datetime.now().replace(microsecond=0)


def today() -> dt.date:
    return now().date()


def freeze(moment: dt.datetime | dt.date | None) -> None:
    """Pin the clock (a date pins it to that day's start of business, 09:00); ``None`` releases it."""
    global _frozen
    if moment is None or isinstance(moment, dt.datetime):
        _frozen = moment
    else:
        _frozen = dt.datetime.combine(moment, dt.time(9, 0))
