"""The manager's KPIs per sales group and month: counted with a few grouped queries, computed by domain.kpi."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from boutique_vip.domain.changes import Topic, changes
from boutique_vip.domain.errors import QT_TRANSLATE_NOOP, FieldError
from boutique_vip.domain.kpi import (
    Kpi,
    KpiCounts,
    kpi,
    month_bounds,
    new_customer_target,
    previous_months,
    quarter_bounds,
)
from boutique_vip.domain.permissions import Action, require
from boutique_vip.domain.rules import Rules
from boutique_vip.domain.users import Actor
from boutique_vip.services.audit import AuditService
from boutique_vip.services.todays_tiers import TodaysTiers
from boutique_vip.storage import models
from boutique_vip.storage import tiers as tier_store
from boutique_vip.storage.engine import Database

SHOP_ROW = "shop"  # the group column of the whole shop's row (command line)
Key = int | None  # a sales group's id; None: the whole shop


class KpiService:
    def __init__(
        self,
        db: Database,
        now: Callable[[], dt.datetime],
        rules: Callable[[], Rules],
        audit: AuditService,
        todays: TodaysTiers,
    ) -> None:
        self.db = db
        self.now = now
        self.rules = rules
        self.audit = audit
        self.todays = todays

    # --- the till's own receipt count (the registration rate's denominator) ----------------------

    @changes(Topic.RECEIPTS)
    def set_till_count(self, day: dt.date, receipts: int, actor: Actor | None) -> None:
        """How many receipts the till printed on ``day`` (when the till's receipts are not imported)."""
        require(actor, Action.RECORD_SALE)
        if receipts < 0:
            raise FieldError(
                "receipts", QT_TRANSLATE_NOOP("Validation", "A number of receipts cannot be negative.")
            )
        with self.db.session() as s, s.begin():
            s.merge(models.TillCount(day=day, receipts=receipts))

    def till_count(self, day: dt.date) -> int | None:
        with self.db.session() as s:
            row = s.get(models.TillCount, day)
            return row.receipts if row else None

    # --- the month ------------------------------------------------------------------------------

    def month(self, month: str, actor: Actor | None = None) -> list[Kpi]:
        """One row per sales group (by name), then the shop's row (group ``SHOP_ROW``)."""
        require(actor, Action.REPORTS)
        rules = self.rules()
        first, last = month_bounds(month)
        as_of = min(last, self.now().date())
        with self.db.session() as s:
            groups = dict(s.execute(select(models.SalesGroup.id, models.SalesGroup.name)).all())
            counts = self._counts(s, month, first, last, as_of, rules, list(groups))
        rows = [kpi(groups[g], counts[g], rules) for g in sorted(groups, key=lambda g: groups[g])]
        return [*rows, kpi(SHOP_ROW, counts[None], rules)]

    def _counts(
        self,
        s: Session,
        month: str,
        first: dt.date,
        last: dt.date,
        as_of: dt.date,
        rules: Rules,
        group_ids: list[int],
    ) -> dict[Key, KpiCounts]:
        R, C = models.Receipt, models.Customer
        keys: list[Key] = [*group_ids, None]

        def per_group(pairs: list[tuple[Key, int | Decimal]]) -> dict[Key, int | Decimal]:
            """Totals per group and for the shop (None)."""
            totals: dict[Key, int | Decimal] = defaultdict(int)
            for group, value in pairs:
                if group is not None:
                    totals[group] += value
                totals[None] += value
            return totals

        sales = s.execute(
            select(R.group_id, func.count(), func.count(R.customer_id))
            .where(R.kind == "sale", R.day.between(first, last))
            .group_by(R.group_id)
        ).all()
        receipts = per_group([(g, n) for g, n, _ in sales])
        registered = per_group([(g, n) for g, _, n in sales])
        till = s.scalar(
            select(func.sum(models.TillCount.receipts)).where(models.TillCount.day.between(first, last))
        )
        if till is not None:  # the till printed more receipts than were imported: those count too
            receipts[None] = max(int(receipts[None]), int(till))

        # New customers this month and the months before it (the bonus looks at several in a row).
        history = previous_months(month, rules.bonus_months)
        new_by_month: dict[str, dict[Key, int | Decimal]] = {}
        for m in history:
            m_first, m_last = month_bounds(m)
            new_by_month[m] = per_group(
                s.execute(
                    select(C.group_id, func.count())
                    .where(C.registered_on.between(m_first, m_last))
                    .group_by(C.group_id)
                ).all()  # type: ignore[arg-type]
            )

        referred = per_group(
            s.execute(
                select(C.group_id, func.count())
                .where(C.registered_on.between(first, last), C.referrer_id.is_not(None))
                .group_by(C.group_id)
            ).all()  # type: ignore[arg-type]
        )

        # After-sale follow-up: receipts of the month whose call is due by now, done when she was contacted
        # after the receipt and within the follow-up window.
        due_rows = s.execute(
            select(R.customer_id, R.day, R.group_id).where(
                R.kind == "sale",
                R.customer_id.is_not(None),
                R.day.between(first, min(last, as_of - dt.timedelta(days=rules.after_sale_min_days))),
            )
        ).all()
        contacted: dict[int, list[dt.date]] = defaultdict(list)
        if due_rows:
            for cid, day in s.execute(
                select(models.ContactLog.customer_id, models.ContactLog.day).where(
                    models.ContactLog.day.between(first, last + dt.timedelta(days=rules.after_sale_max_days))
                )
            ):
                contacted[cid].append(day)
        window = dt.timedelta(days=rules.after_sale_max_days)
        after_due = per_group([(g, 1) for _, _, g in due_rows])
        after_done = per_group(
            [(g, 1) for cid, day, g in due_rows if any(day < c <= day + window for c in contacted[cid or 0])]
        )

        # The month's approved gift plan: lines by the executor's group, delivered or not.
        plan_id = s.scalar(
            select(models.GiftPlan.id)
            .where(models.GiftPlan.month == month, models.GiftPlan.status == "approved")
            .order_by(models.GiftPlan.revision.desc())
            .limit(1)
        )
        L, U = models.GiftPlanLine, models.User
        lines = (
            s.execute(
                select(U.group_id, L.delivered_on)
                .outerjoin(U, U.id == L.executor_id)
                .where(L.plan_id == plan_id)
            ).all()
            if plan_id
            else []
        )
        gift_lines = per_group([(g, 1) for g, _ in lines])
        gift_done = per_group([(g, 1) for g, delivered in lines if delivered])

        # Spend per customer: registered customers' sales less returns, over the customers who bought.
        spend = per_group(
            s.execute(
                select(R.group_id, func.coalesce(func.sum(R.total), 0))
                .where(R.customer_id.is_not(None), R.day.between(first, last))
                .group_by(R.group_id)
            ).all()  # type: ignore[arg-type]
        )
        buyer_rows = s.execute(
            select(R.group_id, R.customer_id)
            .where(R.kind == "sale", R.customer_id.is_not(None), R.day.between(first, last))
            .distinct()
        ).all()
        buyers = per_group([(g, 1) for g, _ in buyer_rows])
        buyers[None] = len({cid for _, cid in buyer_rows})

        # Churn: active at the start of the month, lost by its end (or by today in the current month).
        group_of = dict(s.execute(select(C.id, C.group_id)).all())
        start = {
            r.customer_id: r.status
            for r in s.execute(tier_store.statuses(first - dt.timedelta(days=1), rules))
        }
        end = {r.customer_id: r.status for r in s.execute(tier_store.statuses(as_of, rules))}
        active = per_group([(group_of.get(cid), 1) for cid, status in start.items() if status == "active"])
        lost = per_group(
            [
                (group_of.get(cid), 1)
                for cid, status in start.items()
                if status == "active" and end.get(cid) == "lost"
            ]
        )

        # Repurchase: of the customers who bought in the quarter, those who bought more than once.
        q_first, q_last = quarter_bounds(month)
        per_customer = Counter(
            (g, cid)
            for g, cid in s.execute(
                select(R.group_id, R.customer_id).where(
                    R.kind == "sale", R.customer_id.is_not(None), R.day.between(q_first, q_last)
                )
            )
        )
        q_buyers = per_group([(g, 1) for g, _ in per_customer])
        q_repeat = per_group([(g, 1) for (g, _), n in per_customer.items() if n > 1])
        shop_counts = Counter(cid for (_, cid), n in per_customer.items() for _ in range(n))
        q_buyers[None], q_repeat[None] = len(shop_counts), sum(1 for n in shop_counts.values() if n > 1)

        result: dict[Key, KpiCounts] = {}
        for key in keys:
            groups_counted = len(group_ids) if key is None else 1
            targets = [new_customer_target(m, rules) * max(groups_counted, 1) for m in history]
            result[key] = KpiCounts(
                receipts=int(receipts[key]),
                registered_receipts=int(registered[key]),
                new_customers=int(new_by_month[month][key]),
                new_customers_before=[int(new_by_month[m][key]) for m in history[:-1]],
                targets_before=targets[:-1],
                after_sale_due=int(after_due[key]),
                after_sale_done=int(after_done[key]),
                gift_lines=int(gift_lines[key]),
                gift_delivered=int(gift_done[key]),
                spend=Decimal(spend[key]),
                buyers=int(buyers[key]),
                active_at_start=int(active[key]),
                newly_lost=int(lost[key]),
                quarter_buyers=int(q_buyers[key]),
                quarter_repeat_buyers=int(q_repeat[key]),
                new_customer_target=targets[-1],
                referred_new_customers=int(referred[key]),
            )
        return result
