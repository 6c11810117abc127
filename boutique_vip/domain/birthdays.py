"""Birthdays on the solar (公历) or lunar (农历) calendar, as typed on a card."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from lunar_python import LunarYear

from boutique_vip.domain.errors import QT_TRANSLATE_NOOP, FieldError


class CalendarKind(StrEnum):
    SOLAR = "solar"
    LUNAR = "lunar"


@dataclass(frozen=True)
class Birthday:
    """Month and day, the year when known. A lunar birthday may fall in a leap month (闰月)."""

    calendar: CalendarKind
    month: int
    day: int
    year: int | None = None
    leap_month: bool = False

    def text(self) -> str:
        """``YYYY-MM-DD`` or ``MM-DD`` (in the birthday's own calendar)."""
        md = f"{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{md}" if self.year else md


def parse_birthday(
    text: str, calendar: CalendarKind, leap_month: bool = False, field: str = "birthday"
) -> Birthday:
    """Read ``YYYY-MM-DD`` or ``MM-DD``; refuse a day the month does not have."""
    parts = text.strip().replace("/", "-").replace(".", "-").split("-")
    try:
        numbers = [int(p) for p in parts]
    except ValueError:
        numbers = []
    if len(numbers) not in (2, 3):
        raise FieldError(
            field,
            QT_TRANSLATE_NOOP(
                "Validation", "Write the birthday as YYYY-MM-DD or MM-DD (for example 1985-03-08)."
            ),
        )
    year = numbers[0] if len(numbers) == 3 else None
    month, day = numbers[-2], numbers[-1]
    if year is not None and not 1900 <= year <= 2100:
        raise FieldError(
            field, QT_TRANSLATE_NOOP("Validation", "The year {year} is not plausible."), year=year
        )
    if calendar is CalendarKind.SOLAR:
        _check_solar(field, year, month, day)
    else:
        _check_lunar(field, year, month, day, leap_month)
    return Birthday(calendar, month, day, year, leap_month if calendar is CalendarKind.LUNAR else False)


def _check_solar(field: str, year: int | None, month: int, day: int) -> None:
    try:
        dt.date(year or 2000, month, day)  # 2000 is a leap year: 02-29 without a year is allowed
    except (ValueError, OverflowError):  # OverflowError: a number too big for a date at all
        if year:
            raise FieldError(
                field,
                QT_TRANSLATE_NOOP("Validation", "There is no day {day} in month {month} of {year}."),
                day=day,
                month=month,
                year=year,
            ) from None
        raise FieldError(
            field,
            QT_TRANSLATE_NOOP("Validation", "There is no day {day} in month {month}."),
            day=day,
            month=month,
        ) from None


def _check_lunar(field: str, year: int | None, month: int, day: int, leap_month: bool) -> None:
    if not 1 <= month <= 12 or not 1 <= day <= 30:
        raise FieldError(
            field,
            QT_TRANSLATE_NOOP("Validation", "A lunar date has months 1 to 12 and days 1 to 30."),
        )
    if year is None:
        return
    days = lunar_month_days(year, -month if leap_month else month)
    if days is None:
        raise FieldError(
            field,
            QT_TRANSLATE_NOOP("Validation", "Lunar year {year} has no leap month {month}."),
            year=year,
            month=month,
        )
    if day > days:
        raise FieldError(
            field,
            QT_TRANSLATE_NOOP("Validation", "Lunar month {month} of {year} has only {days} days."),
            month=month,
            year=year,
            days=days,
        )


def lunar_month_days(year: int, month: int) -> int | None:
    """Days in a lunar month (a negative month is the leap month of that number); None when there is no such
    month."""
    return _lunar_year(year).get(month)


@cache
def _lunar_year(year: int) -> dict[int, int]:
    """The lunar year's months and their lengths. Cached per year: the library works out a whole year's
    astronomy (≈20 ms) for each question, and an import of 50,000 cards asks for hundreds of years' months."""
    return {m.getMonth(): m.getDayCount() for m in LunarYear.fromYear(year).getMonthsInYear()}
