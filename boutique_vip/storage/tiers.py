"""Tiers for every customer at once, as SQL (set-based): the rules of ``domain.tiers`` in CASE expressions.

``evaluation(day, rules)`` is a SELECT of one row per customer registered on or before ``day``, using only
what happened up to ``day``. ``apply(...)`` writes the result onto the customers and records each change.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import Date, Select, and_, bindparam, case, func, insert, literal, select, update
from sqlalchemy.orm import Session

from boutique_vip.domain.points import LIFETIME_KINDS
from boutique_vip.domain.rules import Rules
from boutique_vip.domain.tiers import BaseRule, recent_window_start
from boutique_vip.storage.models import Customer, PointsEntry, Receipt, Setting, TierChange, Visit


def _days_before(day: dt.date, days: int) -> Any:
    return literal(day - dt.timedelta(days=days), Date)


def evaluation(day: dt.date, rules: Rules, customer_ids: Sequence[int] | None = None) -> Select[Any]:
    """Every customer's tier and status as of ``day`` (or only ``customer_ids``'), by ``rules``."""
    values = {
        "day": day,
        "window_start": recent_window_start(day, rules),
        "demoted_before": day - dt.timedelta(days=rules.demotion_after_days),
        "lost_since": day - dt.timedelta(days=rules.lost_after_days),
    }
    if customer_ids is None:
        return _evaluation(rules, False).params(values)
    return _evaluation(rules, True).params(values, ids=list(customer_ids))


@lru_cache(maxsize=8)
def _evaluation(rules: Rules, restricted: bool) -> Select[Any]:
    """The statement of ``evaluation``, built once per rules: its days are parameters. Building it took two
    milliseconds of every sale (a sale evaluates her tier), more than running it."""
    day = bindparam("day", type_=Date)

    def only(column: Any) -> list[Any]:
        # Restricting every aggregate (not only the outer query) keeps one customer's evaluation cheap.
        return [column.in_(bindparam("ids", expanding=True))] if restricted else []

    receipts = _counted_receipts(day, only(Receipt.customer_id))
    window_start = bindparam("window_start", type_=Date)
    per_customer = (
        select(
            receipts.c.customer_id,
            func.count().label("receipts"),
            func.sum(case((receipts.c.day >= window_start, 1), else_=0)).label("recent"),
            func.max(receipts.c.day).label("last_receipt"),
        )
        .group_by(receipts.c.customer_id)
        .subquery()
    )
    visits = (
        select(Visit.customer_id, func.max(Visit.day).label("last_visit"))
        .where(Visit.day <= day, *only(Visit.customer_id))
        .group_by(Visit.customer_id)
        .subquery()
    )
    lifetime_kinds = [k.value for k in LIFETIME_KINDS]
    points = (
        select(
            PointsEntry.customer_id,
            func.sum(case((PointsEntry.kind.in_(lifetime_kinds), PointsEntry.points), else_=0)).label(
                "lifetime"
            ),
            func.sum(PointsEntry.points).label("balance"),
        )
        .where(PointsEntry.day <= day, *only(PointsEntry.customer_id))
        .group_by(PointsEntry.customer_id)
        .subquery()
    )
    lifetime = func.coalesce(points.c.lifetime, 0)
    n_receipts = func.coalesce(per_customer.c.receipts, 0)
    recent = func.coalesce(per_customer.c.recent, 0)
    last_receipt = per_customer.c.last_receipt
    last_visit = case(
        (visits.c.last_visit.is_(None), last_receipt),
        (last_receipt.is_(None), visits.c.last_visit),
        (visits.c.last_visit > last_receipt, visits.c.last_visit),
        else_=last_receipt,
    )
    rule = case(
        (Customer.special, BaseRule.SPECIAL.value),
        (lifetime >= rules.tier_a_lifetime_points, BaseRule.POINTS.value),
        (recent >= rules.tier_a_recent_receipts, BaseRule.RECENT.value),
        (n_receipts >= rules.tier_b_receipts, BaseRule.REPEAT.value),
        else_=BaseRule.OTHER.value,
    )
    base = case(
        (rule.in_([BaseRule.SPECIAL.value, BaseRule.POINTS.value, BaseRule.RECENT.value]), "A"),
        (rule == BaseRule.REPEAT.value, "B"),
        else_="C",
    )
    held = func.coalesce(Customer.manual_tier, base)
    demoted = case(
        (last_visit.is_(None), True),
        (last_visit < bindparam("demoted_before", type_=Date), True),
        else_=False,
    )
    tier = case((demoted, case((held == "A", "B"), else_="C")), else_=held)
    status = _status(last_receipt, bindparam("lost_since", type_=Date))
    stmt = (
        select(
            Customer.id.label("customer_id"),
            Customer.card_no,
            tier.label("tier"),
            status.label("status"),
            lifetime.label("lifetime_points"),
            func.coalesce(points.c.balance, 0).label("balance"),
            base.label("base_tier"),
            rule.label("base_rule"),
            demoted.label("demoted"),
            n_receipts.label("receipts"),
            recent.label("recent_receipts"),
            last_receipt.label("last_receipt"),
            last_visit.label("last_visit"),
            Customer.registered_on,
            Customer.special,
            Customer.manual_tier,
            Customer.tier.label("current_tier"),
            Customer.status.label("current_status"),
            Customer.base_tier.label("current_base_tier"),
            Customer.last_receipt.label("current_last_receipt"),
            Customer.last_visit.label("current_last_visit"),
        )
        .outerjoin(per_customer, per_customer.c.customer_id == Customer.id)
        .outerjoin(visits, visits.c.customer_id == Customer.id)
        .outerjoin(points, points.c.customer_id == Customer.id)
        .where(Customer.registered_on <= day, Customer.erased_on.is_(None))
        .order_by(Customer.id)
    )
    return stmt.where(*only(Customer.id))


#: The setting holding the day the tiers kept on the cards were last brought to (the daily run's day).
EVALUATED_ON = "tiers_evaluated_on"


def evaluated_on(s: Session) -> dt.date | None:
    """The day of the last daily run: the cards' tiers are that day's (and every sale's since, as of its day)."""
    value = s.scalar(select(Setting.value).where(Setting.key == EVALUATED_ON))
    return dt.date.fromisoformat(value) if value else None


#: The setting holding a fingerprint of the rules the tiers kept on the cards were last all sorted under.
SORTED_UNDER = "tiers_sorted_under"


def _fingerprint(rules: Rules) -> str:
    return hashlib.sha256(json.dumps(rules.to_json(), sort_keys=True).encode()).hexdigest()


def keep_sorted_under(s: Session, rules: Rules, only_if_unknown: bool = False) -> None:
    """Note that every customer's kept tier is sorted under ``rules`` (``only_if_unknown``: unless noted)."""
    if only_if_unknown and s.get(Setting, SORTED_UNDER) is not None:
        return
    s.merge(Setting(key=SORTED_UNDER, value=_fingerprint(rules)))


def sorted_under(s: Session, rules: Rules) -> bool:
    """Whether the tiers kept on the cards are sorted under ``rules``: not while new rules are being applied
    to everyone (or after that failed). Nothing noted: the rules never changed since."""
    value = s.scalar(select(Setting.value).where(Setting.key == SORTED_UNDER))
    return value is None or value == _fingerprint(rules)


#: Beyond this many days since the last run, every customer is evaluated (the ranges would cover most anyway).
INCREMENTAL_DAYS = 366


def due_since(s: Session, since: dt.date | None, day: dt.date, rules: Rules) -> list[int] | None:
    """The customers whose tier or status can have changed from ``since`` (the last daily run) to ``day``
    by the passing of days alone — None: everyone (no run yet, the clock went back, or a long gap).

    Everything else that changes a tier (a sale, a return, a visit, a card saved, an import, a merge, new
    rules) evaluates the customers it touched at once. The days cross a rule's boundary for: a receipt
    leaving the recent window; a last visit growing older than the demotion days; a last receipt (or, for
    someone who never bought, her registration) reaching the lost days; a card registered since. Each is an
    indexed range on the stored dates, plus cards never evaluated at all.
    """
    if since is None or since >= day or (day - since).days > INCREMENTAL_DAYS:
        return None
    window_left = (recent_window_start(since, rules), recent_window_start(day, rules) - dt.timedelta(days=1))
    demoted = (
        since - dt.timedelta(days=rules.demotion_after_days),
        day - dt.timedelta(days=rules.demotion_after_days + 1),
    )
    lost = (
        since - dt.timedelta(days=rules.lost_after_days - 1),
        day - dt.timedelta(days=rules.lost_after_days),
    )
    live = Customer.erased_on.is_(None)
    queries = [
        select(Receipt.customer_id).where(
            Receipt.day.between(*window_left), Receipt.kind == "sale", Receipt.customer_id.is_not(None)
        ),
        select(Customer.id).where(Customer.last_visit.between(*demoted), live),
        select(Customer.id).where(Customer.last_receipt.between(*lost), live),
        select(Customer.id).where(
            Customer.last_receipt.is_(None), Customer.registered_on.between(*lost), live
        ),
        select(Customer.id).where(Customer.registered_on > since, Customer.registered_on <= day, live),
        select(Customer.id).where(Customer.tier.is_(None), Customer.registered_on <= day, live),
    ]
    return sorted({int(cid or 0) for query in queries for cid in s.scalars(query)})


def moved_between(s: Session, first: dt.date, second: dt.date, rules: Rules) -> list[int] | None:
    """The customers whose evaluation as of ``first`` and as of ``second`` can differ (in either order) — None:
    everyone (a long gap). Those the days between move (``due_since``), and those with a receipt, a return, a
    visit or a points entry dated after the earlier day: a sale evaluates its customer as of its own day."""
    earlier, later = sorted((first, second))
    due = due_since(s, earlier, later, rules) if earlier < later else []
    if due is None:
        return None
    dated = [
        select(Receipt.customer_id).where(Receipt.day > earlier, Receipt.customer_id.is_not(None)),
        select(Visit.customer_id).where(Visit.day > earlier),
        select(PointsEntry.customer_id).where(PointsEntry.day > earlier),
    ]
    return sorted(set(due) | {int(cid or 0) for query in dated for cid in s.scalars(query)})


#: The tiers a month's plan gives gifts to (active customers only).
PLANNED_TIERS = ("A", "B")
#: A day's birthdays (the call list) are this few: evaluating them costs less than finding who moved.
EVALUATED_DIRECTLY = 1000


def planned_on(
    s: Session,
    day: dt.date,
    rules: Rules,
    stored_on: dt.date | None,
    customer_ids: Sequence[int] | None = None,
) -> dict[int, str]:
    """The active A and B customers as of ``day`` and their tiers, as ``evaluation(day)`` gives them.

    ``stored_on``: the day the tiers kept on the cards are of (today, once today's run is done), or None.
    Then only the customers the days between can have moved are evaluated (``moved_between``); everyone
    else's tier is read from her card, so a month's plan grows with the days since its eve, not with the shop.
    """
    few = customer_ids is not None and len(customer_ids) <= EVALUATED_DIRECTLY
    moved = None if stored_on is None or few else moved_between(s, day, stored_on, rules)
    if moved is None:
        slices = [None] if customer_ids is None else list(in_slices(customer_ids))
        return {
            r.customer_id: r.tier
            for ids in slices
            for r in s.execute(evaluation(day, rules, ids))
            if r.tier in PLANNED_TIERS and r.status == "active"
        }
    if customer_ids is not None:
        moved = sorted(set(moved) & set(customer_ids))
    kept = select(Customer.id, Customer.tier).where(
        Customer.tier.in_(PLANNED_TIERS),
        Customer.status == "active",
        Customer.registered_on <= day,
        Customer.erased_on.is_(None),
    )
    slices = [None] if customer_ids is None else list(in_slices(customer_ids))
    evaluated_anew = set(moved)
    found = {
        int(cid): str(tier)
        for ids in slices
        for cid, tier in s.execute(kept if ids is None else kept.where(Customer.id.in_(ids)))
        if cid not in evaluated_anew
    }
    for ids in in_slices(moved):
        for r in s.execute(evaluation(day, rules, ids)):
            if r.tier in PLANNED_TIERS and r.status == "active":
                found[r.customer_id] = r.tier
    return found


def _counted_receipts(day: Any, only: list[Any]) -> Any:
    """Sales up to ``day`` that count: net of what was returned against them up to ``day``, positive."""
    returned = (
        select(Receipt.return_of_id.label("receipt_id"), func.sum(Receipt.total).label("returned"))
        .where(Receipt.kind == "return", Receipt.day <= day, *only)
        .group_by(Receipt.return_of_id)
        .subquery()
    )
    return (
        select(Receipt.customer_id, Receipt.day)
        .outerjoin(returned, returned.c.receipt_id == Receipt.id)
        .where(
            Receipt.kind == "sale",
            Receipt.day <= day,
            Receipt.customer_id.is_not(None),
            Receipt.total + func.coalesce(returned.c.returned, 0) > 0,
            *only,
        )
        .subquery()
    )


def _status(last_receipt: Any, lost_since: Any) -> Any:
    return case(
        (and_(last_receipt.is_(None), Customer.registered_on <= lost_since), "lost"),
        (last_receipt <= lost_since, "lost"),
        else_="active",
    )


def statuses(day: dt.date, rules: Rules) -> Select[Any]:
    """Every customer's status (active or lost) as of ``day``, as ``evaluation`` gives it, without the
    points and visits a tier needs: the churn KPI compares two days of it."""
    receipts = _counted_receipts(day, [])
    last = (
        select(receipts.c.customer_id, func.max(receipts.c.day).label("last_receipt"))
        .group_by(receipts.c.customer_id)
        .subquery()
    )
    return (
        select(
            Customer.id.label("customer_id"),
            _status(last.c.last_receipt, _days_before(day, rules.lost_after_days)).label("status"),
        )
        .outerjoin(last, last.c.customer_id == Customer.id)
        .where(Customer.registered_on <= day, Customer.erased_on.is_(None))
    )


IDS_PER_QUERY = 5000


def in_slices(ids: Iterable[int]) -> Iterator[list[int]]:
    """Ids in slices small enough for one query's parameters (SQLite takes 32,766, older ones fewer)."""
    listed = list(ids)
    for start in range(0, len(listed), IDS_PER_QUERY):
        yield listed[start : start + IDS_PER_QUERY]


def apply(
    s: Session,
    day: dt.date,
    rules: Rules,
    cause: str,
    now: dt.datetime,
    customer_ids: Sequence[int] | None = None,
) -> int:
    """Store the tiers (and the last receipt and visit the call list reads) for ``day``; record each change
    of tier or status. Returns how many tiers or statuses changed.

    The rules run in SQL for all customers at once; only the rows that changed are written back,
    in one batched UPDATE by primary key.
    """
    if customer_ids is None:
        rows = s.execute(evaluation(day, rules)).all()
    else:  # in slices: each id is a parameter in several subqueries
        rows = [
            row for ids in in_slices(customer_ids) for row in s.execute(evaluation(day, rules, ids)).all()
        ]
    changed = [
        r
        for r in rows
        if (r.tier, r.status, r.base_tier, r.last_receipt, r.last_visit)
        != (
            r.current_tier,
            r.current_status,
            r.current_base_tier,
            r.current_last_receipt,
            r.current_last_visit,
        )
    ]
    if not changed:
        return 0
    s.execute(
        update(Customer),
        [
            {
                "id": r.customer_id,
                "tier": r.tier,
                "status": r.status,
                "base_tier": r.base_tier,
                "last_receipt": r.last_receipt,
                "last_visit": r.last_visit,
            }
            for r in changed
        ],
    )
    moves = [r for r in changed if (r.tier, r.status) != (r.current_tier, r.current_status)]
    if moves:
        s.execute(
            insert(TierChange),
            [
                {
                    "customer_id": r.customer_id,
                    "day": day,
                    "old_tier": r.current_tier,
                    "new_tier": r.tier,
                    "old_status": r.current_status,
                    "new_status": r.status,
                    "cause": cause,
                    "created_at": now,
                }
                for r in moves
            ],
        )
    return len(moves)
