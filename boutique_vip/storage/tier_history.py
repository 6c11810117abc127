"""Each month's tier figures as the history says: the tier mix at the month's end and the customers who
became lost in it (active the day before the month, lost at its end — the churn KPI's count). Worked out
with the same evaluation as the daily tier run, for any day, so a history imported from the till or built
by the demo shows what happened, not only the changes recorded while the program ran.

A closed month's figures are kept (``MonthTiers``) with a fingerprint of what they were worked out from:
the receipts, visits and cards up to the month's end and the rules. A change to any of them (an import of
old receipts, new rules) makes the month be worked out again."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from boutique_vip.domain.kpi import month_bounds
from boutique_vip.domain.rules import Rules
from boutique_vip.storage.models import Customer, MonthTiers, PointsEntry, Receipt, Visit
from boutique_vip.storage.tiers import evaluation


@dataclass(frozen=True)
class MonthTierFigures:
    month: str
    mix: dict[str, int]  # A, B, C among active customers at the month's end
    lost: int  # lost at the month's end
    newly_lost: int  # active the day before the month began, lost at its end (or today, this month)


def newly_lost_ids(s: Session, first: dt.date, as_of: dt.date, rules: Rules) -> list[int]:
    """Customers active the day before ``first`` and lost on ``as_of``."""
    start = _statuses(s, first - dt.timedelta(days=1), rules)
    end = _statuses(s, as_of, rules)
    return sorted(
        cid
        for cid, (status, _tier) in start.items()
        if status == "active" and end.get(cid, ("", ""))[0] == "lost"
    )


def month_figures(
    s: Session, months: list[str], rules: Rules, today: dt.date
) -> tuple[list[MonthTierFigures], list[MonthTiers]]:
    """``months`` in order; kept figures of closed months are used while their fingerprint holds, the others
    are worked out (one evaluation per month boundary, each at most once). Returns the figures and the
    closed months' rows to keep (written by the caller in a short transaction of its own: the evaluations
    must not hold the write lock a sale at the counter waits for)."""
    kept = {row.month: row for row in s.scalars(select(MonthTiers).where(MonthTiers.month.in_(months)))}
    evaluated: dict[dt.date, dict[int, tuple[str, str]]] = {}

    def at(day: dt.date) -> dict[int, tuple[str, str]]:
        if day not in evaluated:
            evaluated[day] = _statuses(s, day, rules)
        return evaluated[day]

    result: list[MonthTierFigures] = []
    to_keep: list[MonthTiers] = []
    for month in months:
        first, last = month_bounds(month)
        closed = last < today
        end_day = last if closed else today
        fingerprint = _fingerprint(s, end_day, rules)
        row = kept.get(month)
        if closed and row is not None and row.fingerprint == fingerprint:
            result.append(
                MonthTierFigures(
                    month, {"A": row.tier_a, "B": row.tier_b, "C": row.tier_c}, row.lost, row.newly_lost
                )
            )
            continue
        start, end = at(first - dt.timedelta(days=1)), at(end_day)
        mix = {"A": 0, "B": 0, "C": 0}
        lost = 0
        for status, tier in end.values():
            if status == "lost":
                lost += 1
            else:
                mix[tier] = mix.get(tier, 0) + 1
        newly = sum(
            1
            for cid, (status, _t) in start.items()
            if status == "active" and end.get(cid, ("", ""))[0] == "lost"
        )
        figures = MonthTierFigures(month, mix, lost, newly)
        result.append(figures)
        if closed:
            to_keep.append(
                MonthTiers(
                    month=month,
                    tier_a=mix["A"],
                    tier_b=mix["B"],
                    tier_c=mix["C"],
                    lost=lost,
                    newly_lost=newly,
                    fingerprint=fingerprint,
                )
            )
    return result, to_keep


def keep(s: Session, rows: list[MonthTiers]) -> None:
    for row in rows:
        s.merge(row)


def _statuses(s: Session, day: dt.date, rules: Rules) -> dict[int, tuple[str, str]]:
    return {r.customer_id: (r.status, r.tier) for r in s.execute(evaluation(day, rules))}


def _fingerprint(s: Session, day: dt.date, rules: Rules) -> str:
    """What a day's figures depend on, in a few indexed counts: receipts (and those on a card: a receipt put
    on her card afterwards) and visits up to the day, the points ledger, the cards registered by then (and
    erased, special or tiered by hand), and the rules."""
    receipts = s.execute(
        select(func.count(), func.max(Receipt.id), func.count(Receipt.customer_id)).where(Receipt.day <= day)
    ).one()
    ledger = s.execute(select(func.count(), func.max(PointsEntry.id)).where(PointsEntry.day <= day)).one()
    visits = s.execute(select(func.count(), func.max(Visit.id)).where(Visit.day <= day)).one()
    cards = s.execute(
        select(
            func.count(),
            func.max(Customer.id),
            func.count(Customer.erased_on),
            func.count(Customer.manual_tier),
            func.sum(case((Customer.special, 1), else_=0)),
        ).where(Customer.registered_on <= day)
    ).one()
    rules_hash = hashlib.sha256(json.dumps(rules.to_json(), sort_keys=True).encode()).hexdigest()[:16]
    return (
        f"r{receipts[0]}:{receipts[1]}:{receipts[2]} p{ledger[0]}:{ledger[1]} v{visits[0]}:{visits[1]} "
        f"c{cards[0]}:{cards[1]}:{cards[2]}:{cards[3]}:{cards[4]} {rules_hash}"
    )
