"""Point expiry in the ledger: the rule's periods (a setting), the points left to expire, the expiry rows.

The sums come from one grouped query over the ledger (``domain.points_expiry`` says why sums suffice); an
expiry is a ledger row of kind ``expiry`` dated the 31 December the points expired on, written once.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

from sqlalchemy import and_, case, exists, func, insert, or_, select
from sqlalchemy.orm import Session, aliased

from boutique_vip.domain.points import LedgerKind
from boutique_vip.domain.points_expiry import (
    ExpiryPeriod,
    earned_spans,
    expiry_days_due,
    left_to_expire,
)
from boutique_vip.storage.models import PointsEntry, Setting

PERIODS = "points_expiry_periods"  # [[since, years], …]: the rule as it was set, from each day on
EXPIRED_THROUGH = "points_expired_through"  # the last 31 December whose expiry the daily run has written


def periods(s: Session) -> list[ExpiryPeriod]:
    row = s.get(Setting, PERIODS)
    if row is None:
        return []
    return [ExpiryPeriod(dt.date.fromisoformat(since), int(years)) for since, years in json.loads(row.value)]


def set_periods(s: Session, kept: Sequence[ExpiryPeriod]) -> None:
    s.merge(Setting(key=PERIODS, value=json.dumps([[p.since.isoformat(), p.years] for p in kept])))


def left_expiring(
    s: Session,
    rule: Sequence[ExpiryPeriod],
    expiring: dt.date,
    customer_ids: Sequence[int] | None = None,
) -> dict[int, int]:
    """Per customer, the points that expire on ``expiring`` (a 31 December) and are still on her balance;
    customers whose points of that day have expired already are left out."""
    spans = earned_spans(rule, expiring)
    if not spans:
        return {}
    entry = PointsEntry
    in_spans = or_(*(entry.day.between(first, last) for first, last in spans))
    last_earned = max(last for _, last in spans)
    expiring_points = func.sum(case((and_(entry.points > 0, in_spans), entry.points), else_=0))
    expired = aliased(PointsEntry)
    query = (
        select(
            entry.customer_id,
            expiring_points,
            func.sum(case((and_(entry.points > 0, entry.day <= last_earned), entry.points), else_=0)),
            func.sum(case((entry.points < 0, -entry.points), else_=0)),
        )
        .where(
            entry.customer_id.in_(select(PointsEntry.customer_id).where(PointsEntry.points > 0, in_spans)),
            ~exists().where(
                expired.customer_id == entry.customer_id,
                expired.day == expiring,
                expired.kind == LedgerKind.EXPIRY.value,
            ),
        )
        .group_by(entry.customer_id)
        .having(expiring_points > 0)
    )
    if customer_ids is not None:
        query = query.where(entry.customer_id.in_(customer_ids))
    left = {}
    for customer_id, points, earned, taken in s.execute(query):
        amount = left_to_expire(int(points or 0), int(earned or 0), int(taken or 0))
        if amount:
            left[int(customer_id)] = amount
    return left


def expire_due(
    s: Session, day: dt.date, now: dt.datetime, every_day: bool = False
) -> list[tuple[dt.date, int, int]]:
    """Write the expiry rows of every 31 December up to ``day`` (the daily run skips the ones it has done;
    ``every_day`` checks them all again). Returns (day, customers, points) for each day that expired some."""
    rule = periods(s)
    done_row = s.get(Setting, EXPIRED_THROUGH)
    done = dt.date.fromisoformat(done_row.value) if done_row and not every_day else None
    written = []
    for expiring in expiry_days_due(rule, day):
        if done is not None and expiring <= done:
            continue
        left = left_expiring(s, rule, expiring)
        if left:
            s.execute(
                insert(PointsEntry),
                [
                    {
                        "customer_id": customer_id,
                        "day": expiring,
                        "kind": LedgerKind.EXPIRY.value,
                        "points": -points,
                        "reason": f"points expiring on {expiring.isoformat()}",
                        "created_at": now,
                    }
                    for customer_id, points in sorted(left.items())
                ],
            )
            written.append((expiring, len(left), sum(left.values())))
        s.merge(Setting(key=EXPIRED_THROUGH, value=expiring.isoformat()))
    return written


def upcoming(s: Session, customer_id: int, today: dt.date) -> list[tuple[dt.date, int]]:
    """Her points still to expire: (day, points), soonest first."""
    rule = periods(s)
    if not any(p.years for p in rule):
        return []
    longest = max(p.years for p in rule)
    found = []
    for year in range(today.year, today.year + longest + 1):
        expiring = dt.date(year, 12, 31)
        if expiring < today:
            continue
        points = left_expiring(s, rule, expiring, [customer_id]).get(customer_id, 0)
        if points:
            found.append((expiring, points))
    return found
