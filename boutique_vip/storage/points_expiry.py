"""Point expiry in the ledger: the rule's periods (a setting), the points left to expire, the expiry rows.

Only customers who earned points that can expire are read (one pass over the ledger finds them), their ledgers
replayed by ``domain.points_expiry.replay``; an expiry is a ledger row of kind ``expiry`` dated the
31 December the points expired on, written once, from the day after.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections.abc import Iterator, Sequence

from sqlalchemy import case, insert, or_, select
from sqlalchemy.orm import Session

from boutique_vip.domain.points import LedgerKind
from boutique_vip.domain.points_expiry import (
    ExpiryPeriod,
    LedgerLine,
    Replay,
    earned_spans,
    expiry_days_due,
    replay,
)
from boutique_vip.storage.models import PointsEntry, Receipt, Setting
from boutique_vip.storage.tiers import in_slices

PERIODS = "points_expiry_periods"  # [[since, years], …]: the rule as it was set, from each day on
EXPIRED_THROUGH = "points_expired_through"  # the last 31 December whose expiry the daily run has written


def periods(s: Session) -> list[ExpiryPeriod]:
    row = s.get(Setting, PERIODS)
    if row is None:
        return []
    return [ExpiryPeriod(dt.date.fromisoformat(since), int(years)) for since, years in json.loads(row.value)]


def set_periods(s: Session, kept: Sequence[ExpiryPeriod]) -> None:
    s.merge(Setting(key=PERIODS, value=json.dumps([[p.since.isoformat(), p.years] for p in kept])))


def _candidates(s: Session, rule: Sequence[ExpiryPeriod], expiring: Sequence[dt.date]) -> list[int]:
    """Customers who earned points that expire on one of these days (indexed by the ledger's customer)."""
    spans = [span for day in expiring for span in earned_spans(rule, day)]
    if not spans:
        return []
    earned = or_(*(PointsEntry.day.between(first, last) for first, last in spans))
    return sorted(
        int(cid or 0)
        for cid in s.scalars(select(PointsEntry.customer_id).where(PointsEntry.points > 0, earned).distinct())
    )


def _ledgers(s: Session, customer_ids: Sequence[int]) -> Iterator[tuple[int, list[LedgerLine]]]:
    """Their ledgers, oldest row first, a return's take-back naming the sale it returns."""
    for ids in in_slices(customer_ids):
        rows = s.execute(
            select(
                PointsEntry.customer_id,
                PointsEntry.day,
                PointsEntry.kind,
                PointsEntry.points,
                case(
                    (PointsEntry.kind == LedgerKind.RETURN.value, Receipt.return_of_id),
                    else_=PointsEntry.receipt_id,
                ),
            )
            .outerjoin(Receipt, Receipt.id == PointsEntry.receipt_id)
            .where(PointsEntry.customer_id.in_(ids))
            .order_by(PointsEntry.customer_id, PointsEntry.day, PointsEntry.id)
        )
        for customer_id, group in itertools.groupby(rows, key=lambda row: int(row[0])):
            yield (
                customer_id,
                [LedgerLine(day, kind, points, receipt) for _, day, kind, points, receipt in group],
            )


def left_expiring(
    s: Session, rule: Sequence[ExpiryPeriod], expiring: dt.date, today: dt.date
) -> dict[int, int]:
    """Per customer, her points that will expire on ``expiring`` (a coming 31 December)."""
    left = {}
    for customer_id, lines in _ledgers(s, _candidates(s, rule, [expiring])):
        points = replay(lines, rule, today).upcoming.get(expiring, 0)
        if points:
            left[customer_id] = points
    return left


def expire_due(
    s: Session, day: dt.date, now: dt.datetime, every_day: bool = False
) -> list[tuple[dt.date, int, int]]:
    """Write the expiry rows of every 31 December before ``day`` (points are valid through that day; the
    daily run skips the days it has done, ``every_day`` checks them all again). Returns (day, customers,
    points) for each day that expired some."""
    rule = periods(s)
    done_row = s.get(Setting, EXPIRED_THROUGH)
    done = dt.date.fromisoformat(done_row.value) if done_row and not every_day else None
    expiring = [e for e in expiry_days_due(rule, day) if done is None or e > done]
    if not expiring:
        return []
    rows: list[dict[str, object]] = []
    totals: dict[dt.date, list[int]] = {}  # day: [customers, points]
    for customer_id, lines in _ledgers(s, _candidates(s, rule, expiring)):
        for expired_on, points in sorted(replay(lines, rule, day).due.items()):
            rows.append(
                {
                    "customer_id": customer_id,
                    "day": expired_on,
                    "kind": LedgerKind.EXPIRY.value,
                    "points": -points,
                    "reason": f"points expiring on {expired_on.isoformat()}",
                    "created_at": now,
                }
            )
            total = totals.setdefault(expired_on, [0, 0])
            total[0] += 1
            total[1] += points
    if rows:
        s.execute(insert(PointsEntry), rows)
    s.merge(Setting(key=EXPIRED_THROUGH, value=max(expiring).isoformat()))
    return [(expired_on, customers, points) for expired_on, (customers, points) in sorted(totals.items())]


def replayed(s: Session, customer_id: int, today: dt.date) -> Replay | None:
    """Her points replayed to today (None: expiry was never switched on)."""
    rule = periods(s)
    if not any(p.years for p in rule):
        return None
    lines = next((lines for _, lines in _ledgers(s, [customer_id])), [])
    return replay(lines, rule, today)
