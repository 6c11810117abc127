import datetime as dt
from decimal import Decimal

import pytest

from boutique_vip.domain.birthdays import Birthday, CalendarKind
from boutique_vip.domain.errors import BoutiqueError
from boutique_vip.domain.occasions import Occasion, birthday_in_year, gift_holidays
from boutique_vip.domain.points import (
    Multiplier,
    check_redemption,
    earn_rule,
    line_points,
    points_taken_back,
    redemption_value,
    settle_return,
)
from boutique_vip.domain.rules import Rules

RULES = Rules()
SOLAR_BIRTHDAY = Birthday(CalendarKind.SOLAR, 3, 8, 1985)


@pytest.mark.parametrize(
    ("day", "birthday", "multiplier", "why"),
    [
        (dt.date(2026, 3, 8), SOLAR_BIRTHDAY, 2, Multiplier.BIRTHDAY),
        (dt.date(2026, 3, 9), SOLAR_BIRTHDAY, 1, Multiplier.NONE),
        (dt.date(2026, 2, 17), None, 2, Multiplier.HOLIDAY),  # Spring Festival 2026, first day
        (dt.date(2026, 2, 18), None, 1, Multiplier.NONE),  # second day: no double
        (dt.date(2027, 2, 6), None, 2, Multiplier.HOLIDAY),  # Spring Festival 2027
        (dt.date(2026, 5, 1), None, 2, Multiplier.HOLIDAY),
        (dt.date(2026, 10, 1), None, 2, Multiplier.HOLIDAY),
        (dt.date(2026, 2, 28), Birthday(CalendarKind.SOLAR, 2, 29, 1988), 2, Multiplier.BIRTHDAY),
        (dt.date(2028, 2, 29), Birthday(CalendarKind.SOLAR, 2, 29, 1988), 2, Multiplier.BIRTHDAY),
        (dt.date(2028, 2, 28), Birthday(CalendarKind.SOLAR, 2, 29, 1988), 1, Multiplier.NONE),
        (dt.date(2026, 2, 17), Birthday(CalendarKind.LUNAR, 1, 1, 1980), 2, Multiplier.BIRTHDAY),
    ],
)
def test_double_points_on_her_birthday_and_the_first_day_of_a_gift_holiday(
    day: dt.date, birthday: Birthday | None, multiplier: int, why: Multiplier
) -> None:
    rule = earn_rule(day, birthday, RULES)
    assert rule.multiplier == multiplier
    assert rule.why in (
        {why} if why is not Multiplier.BIRTHDAY else {Multiplier.BIRTHDAY, Multiplier.HOLIDAY}
    )


def test_holiday_dates_come_from_the_library() -> None:
    assert gift_holidays(2026) == {
        Occasion.SPRING_FESTIVAL: dt.date(2026, 2, 17),
        Occasion.LABOUR_DAY: dt.date(2026, 5, 1),
        Occasion.NATIONAL_DAY: dt.date(2026, 10, 1),
    }


def test_lunar_thirtieth_in_a_short_month_becomes_the_29th() -> None:
    # Lunar 2025 month 12 has 29 days: a 12-30 birthday is kept on 12-29 (2026-02-16).
    assert birthday_in_year(Birthday(CalendarKind.LUNAR, 12, 30), 2026) == dt.date(2026, 2, 16)


def test_leap_month_birthday_is_kept_in_the_ordinary_month() -> None:
    ordinary = birthday_in_year(Birthday(CalendarKind.LUNAR, 6, 10), 2025)
    assert birthday_in_year(Birthday(CalendarKind.LUNAR, 6, 10, leap_month=True), 2025) == ordinary


@pytest.mark.parametrize(("amount", "points"), [("299.99", 299), ("0.99", 0), ("300", 300), ("-5", 0)])
def test_one_point_per_whole_yuan_per_line(amount: str, points: int) -> None:
    assert line_points(Decimal(amount), earn_rule(dt.date(2026, 3, 9), None, RULES), RULES) == points


def test_redemption_in_units_of_1000_points() -> None:
    assert redemption_value(2500, RULES) == Decimal(40)
    check_redemption(2000, 2500, RULES)
    with pytest.raises(BoutiqueError, match="steps of 1000"):
        check_redemption(1500, 2500, RULES)
    with pytest.raises(BoutiqueError, match="only 2500 points"):
        check_redemption(3000, 2500, RULES)


def test_points_come_back_pro_rata_and_a_full_return_takes_everything() -> None:
    assert points_taken_back(1001, 3, 0, 1) == 333
    assert points_taken_back(1001, 3, 1, 1) == 334
    assert points_taken_back(1001, 3, 2, 1) == 334
    assert sum(points_taken_back(1001, 3, i, 1) for i in range(3)) == 1001


def test_a_short_balance_is_taken_from_the_refund_at_the_redemption_value() -> None:
    settled = settle_return(1500, 400, RULES)
    assert (settled.points_from_balance, settled.shortfall_points) == (400, 1100)
    assert settled.refund_deduction == Decimal("22.00")
    assert settle_return(300, 1000, RULES).refund_deduction == 0
