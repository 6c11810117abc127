"""Occasions: the gift holidays (from the ``holidays`` library, never a hand-written table) and birthdays."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from functools import cache, lru_cache

from lunar_python import Lunar

from boutique_vip.domain.birthdays import Birthday, CalendarKind, lunar_month_days
from boutique_vip.domain.errors import QT_TRANSLATE_NOOP


class Occasion(StrEnum):
    BIRTHDAY = "birthday"
    SPRING_FESTIVAL = "spring_festival"
    LABOUR_DAY = "labour_day"
    NATIONAL_DAY = "national_day"


GIFT_HOLIDAYS = (Occasion.SPRING_FESTIVAL, Occasion.LABOUR_DAY, Occasion.NATIONAL_DAY)

# Their names, defined once: the window and the sheets translate them (context "Occasions").
OCCASION_NAMES = {
    Occasion.BIRTHDAY: QT_TRANSLATE_NOOP("Occasions", "Birthday"),
    Occasion.SPRING_FESTIVAL: QT_TRANSLATE_NOOP("Occasions", "Spring Festival"),
    Occasion.LABOUR_DAY: QT_TRANSLATE_NOOP("Occasions", "Labour Day"),
    Occasion.NATIONAL_DAY: QT_TRANSLATE_NOOP("Occasions", "National Day"),
}

# The names the holidays library (country CN, en_US) gives the first day of each gift holiday.
_LIBRARY_NAMES = {
    Occasion.SPRING_FESTIVAL: "Chinese New Year (Spring Festival)",
    Occasion.LABOUR_DAY: "Labor Day",
    Occasion.NATIONAL_DAY: "National Day",
}


@cache
def gift_holidays(year: int) -> dict[Occasion, dt.date]:
    """The first day of each gift holiday in ``year``."""
    import holidays  # loaded on first use: its country tables take a while to load

    calendar = holidays.country_holidays("CN", years=year, language="en_US")
    first: dict[Occasion, dt.date] = {}
    for day, names in sorted(calendar.items()):
        for name in str(names).split("; "):
            for occasion, library_name in _LIBRARY_NAMES.items():
                if name == library_name and occasion not in first:
                    first[occasion] = day
    return first


def holiday_first_day(day: dt.date) -> Occasion | None:
    """The gift holiday whose first day ``day`` is, if any."""
    return next((o for o, d in gift_holidays(day.year).items() if d == day), None)


@lru_cache(maxsize=100_000)
def birthday_in_year(birthday: Birthday, year: int) -> dt.date:
    """The solar date on which the birthday falls in ``year``.

    Lunar: the 30th of a month that has only 29 days that year becomes the 29th; a leap-month birthday
    is kept in the ordinary month of that number. Solar 29 February becomes 28 February in other years.
    """
    if birthday.calendar is CalendarKind.SOLAR:
        try:
            return dt.date(year, birthday.month, birthday.day)
        except ValueError:
            return dt.date(year, birthday.month, 28)
    # A lunar year straddles two solar years: the solar date in ``year`` comes from lunar year-1 or year.
    for lunar_year in (year, year - 1):
        solar = _lunar_to_solar(lunar_year, birthday.month, birthday.day)
        if solar.year == year:
            return solar
    return _lunar_to_solar(year, birthday.month, birthday.day)


def _lunar_to_solar(lunar_year: int, month: int, day: int) -> dt.date:
    first, days = _lunar_month(lunar_year, month)
    return first + dt.timedelta(days=min(day, days) - 1)


@cache
def _lunar_month(lunar_year: int, month: int) -> tuple[dt.date, int]:
    """The solar date of the month's first day and its length. Cached: the library computes a whole lunar
    year's astronomy (≈20 ms) each time it meets a different year, and sales and plans ask again and again."""
    solar = Lunar.fromYmd(lunar_year, month, 1).getSolar()
    return dt.date(solar.getYear(), solar.getMonth(), solar.getDay()), lunar_month_days(
        lunar_year, month
    ) or 29


def is_birthday(birthday: Birthday | None, day: dt.date) -> bool:
    return birthday is not None and birthday_in_year(birthday, day.year) == day
