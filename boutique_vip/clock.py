"""The one source of "now" and "today", and of the real time.

Business rules never read the clock themselves: they are handed ``today``. The GUI and the
command line ask this module, and tests (or the CLI's ``--date``) pin it with :func:`freeze`.

Two clocks, on purpose. :func:`now` is the shop's business day, which ``--date`` may pretend to move
(to print a past month's list, to replay a day). :func:`wall_now` is the computer's real time, which
``--date`` never moves: the audit log and the wrong-PIN back-off use it, because a pretend date there would
forge history (rows stamped in 2099) or lock a user out for decades.
"""

from __future__ import annotations

import datetime as dt

_frozen: dt.datetime | None = None
_wall_frozen: dt.datetime | None = None


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


def wall_now() -> dt.datetime:
    """The computer's real local time, never moved by :func:`freeze` or ``--date``."""
    return _wall_frozen if _wall_frozen is not None else dt.datetime.now().replace(microsecond=0)


def freeze_wall(moment: dt.datetime | None) -> None:
    """Pin the real clock: for tests only (the command line has no way to reach it)."""
    global _wall_frozen
    _wall_frozen = moment
