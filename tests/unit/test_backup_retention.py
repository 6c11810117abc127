import datetime as dt

from boutique_vip.domain.backups import Retention, to_keep


def test_a_year_of_daily_backups_keeps_7_daily_4_weekly_12_monthly() -> None:
    start = dt.datetime(2025, 11, 24, 9, 0)
    moments = [start + dt.timedelta(days=n) for n in range(365)]  # up to 2026-11-23 (a Monday)
    kept = sorted(to_keep(moments))
    days = [m.date() for m in kept]
    # the last 7 days
    assert {dt.date(2026, 11, 23) - dt.timedelta(days=n) for n in range(7)} <= set(days)
    # the newest of each of the last 4 weeks: Sundays before this week, and this Monday
    assert {dt.date(2026, 11, 22), dt.date(2026, 11, 15), dt.date(2026, 11, 8)} <= set(days)
    # the newest of each of the last 12 months: month ends
    assert {dt.date(2026, 10, 31), dt.date(2026, 1, 31), dt.date(2025, 12, 31)} <= set(days)
    assert dt.date(2025, 11, 30) not in days  # a 13th month is not kept
    assert len(kept) == len(set(kept)) <= 7 + 4 + 12


def test_several_copies_a_day_keep_the_newest() -> None:
    morning, evening = dt.datetime(2026, 11, 23, 9), dt.datetime(2026, 11, 23, 18)
    assert to_keep([morning, evening], Retention(daily=1, weekly=1, monthly=1)) == {evening}


def test_nothing_to_keep_from_nothing() -> None:
    assert to_keep([]) == set()


def test_every_copy_of_today_and_yesterday_is_kept() -> None:
    """Issue 18, finding 4: eight copies in one day ("Back up now" after a mistake) all stay until the day
    after tomorrow; then the day keeps its newest."""
    today = dt.date(2026, 11, 23)
    copies = [dt.datetime(2026, 11, 22, 9 + n) for n in range(8)] + [
        dt.datetime(2026, 11, 23, 9 + n) for n in range(8)
    ]
    older = [dt.datetime(2026, 11, 21, 9), dt.datetime(2026, 11, 21, 18)]
    kept = to_keep(copies + older, Retention(daily=7, weekly=4, monthly=12), today)
    assert set(copies) <= kept
    assert dt.datetime(2026, 11, 21, 18) in kept and dt.datetime(2026, 11, 21, 9) not in kept
    later = to_keep(copies + older, Retention(), today + dt.timedelta(days=2))
    assert [m for m in later if m.date() == dt.date(2026, 11, 22)] == [dt.datetime(2026, 11, 22, 16)]
