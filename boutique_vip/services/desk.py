"""The manager's desk: month-by-month figures for the charts, the top-20 customers, the monthly report's data."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from decimal import Decimal

from sqlalchemy import and_, extract, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from boutique_vip.domain.desk import MonthFigures, MonthlyReport, TopCustomer
from boutique_vip.domain.kpi import month_bounds, new_customer_target, previous_months
from boutique_vip.domain.permissions import Action, require
from boutique_vip.domain.points import points_value
from boutique_vip.domain.rules import Rules
from boutique_vip.domain.users import Actor
from boutique_vip.services.gifts import GiftService
from boutique_vip.services.kpis import KpiService
from boutique_vip.services.todays_tiers import TodaysTiers
from boutique_vip.storage import models, tier_history
from boutique_vip.storage.customers import to_card
from boutique_vip.storage.engine import Database
from boutique_vip.storage.tiers import in_slices

TIERS = ("A", "B", "C")


class DeskService:
    def __init__(
        self,
        db: Database,
        now: Callable[[], dt.datetime],
        rules: Callable[[], Rules],
        kpis: KpiService,
        gifts: GiftService,
        shop_name: Callable[[], str],
        todays: TodaysTiers,
    ) -> None:
        self.todays = todays
        self.db = db
        self.now = now
        self.rules = rules
        self.kpis = kpis
        self.gifts = gifts
        self.shop_name = shop_name

    def figures(self, month: str, months: int = 12) -> list[MonthFigures]:
        """The last ``months`` months up to ``month``, oldest first. Tiers and lost customers as the history
        says (``storage.tier_history``: the churn KPI's count, closed months kept)."""
        self.todays.ensure()
        rules = self.rules()
        R, C = models.Receipt, models.Customer
        span = previous_months(month, months)
        first, _ = month_bounds(span[0])
        _, last = month_bounds(span[-1])
        with self.db.session() as s:
            groups = dict(s.execute(select(models.SalesGroup.id, models.SalesGroup.name)).all())
            tiers, to_keep = tier_history.month_figures(s, span, rules, self.now().date())
            spend = s.execute(
                select(R.day, C.tier, func.sum(R.total))
                .join(C, C.id == R.customer_id)
                .where(R.day.between(first, last))
                .group_by(R.day, C.tier)
            ).all()
            registered = s.execute(
                select(C.registered_on, C.group_id).where(C.registered_on.between(first, last))
            ).all()
            outstanding = self._points_outstanding(s, span, first, last)
        self._keep(to_keep)
        spend_by: dict[str, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
        for day, tier, total in spend:
            spend_by[day.strftime("%Y-%m")][tier or "C"] += Decimal(total or 0)
        result = []
        for m, month_tiers in zip(span, tiers, strict=True):
            new_by_group = {name: 0 for name in groups.values()}
            for day, group in registered:
                if day.strftime("%Y-%m") == m and group in groups:
                    new_by_group[groups[group]] += 1
            result.append(
                MonthFigures(
                    month=m,
                    tier_mix={t: month_tiers.mix.get(t, 0) for t in TIERS},
                    spend_by_tier={t: spend_by[m].get(t, Decimal(0)) for t in TIERS},
                    new_by_group=new_by_group,
                    new_target_per_group=new_customer_target(m, rules),
                    lost=month_tiers.newly_lost,
                    points_outstanding=outstanding[m],
                    points_liability=points_value(outstanding[m], rules),
                )
            )
        return result

    @staticmethod
    def _points_outstanding(s: Session, span: list[str], first: dt.date, last: dt.date) -> dict[str, int]:
        """Every customer's points balance at each month's end: the ledger before the span, then each
        month's rows added (two reads of the ledger, not one per month)."""
        P = models.PointsEntry
        running = int(s.scalar(select(func.coalesce(func.sum(P.points), 0)).where(P.day < first)) or 0)
        by_month = {
            (int(year), int(month)): int(points or 0)
            for year, month, points in s.execute(
                select(extract("year", P.day), extract("month", P.day), func.sum(P.points))
                .where(P.day.between(first, last))
                .group_by(extract("year", P.day), extract("month", P.day))
            )
        }
        outstanding = {}
        for m in span:
            running += by_month.get((int(m[:4]), int(m[5:])), 0)
            outstanding[m] = running
        return outstanding

    def _keep(self, rows: list[models.MonthTiers]) -> None:
        """Closed months' figures kept for the next time, in a short write of their own; a read-only window
        (another copy of the program holds the file) keeps nothing, and another till keeping the same month
        at the same moment is no harm."""
        if not rows or self.db.read_only:
            return
        try:
            with self.db.session() as s, s.begin():
                tier_history.keep(s, rows)
        except IntegrityError:
            pass

    def top_customers(self, actor: Actor | None, count: int = 20) -> list[TopCustomer]:
        """The best customers by lifetime spend, with what staff should know of them by heart."""
        require(actor, Action.REPORTS)
        R, C = models.Receipt, models.Customer
        with self.db.session() as s:
            best = s.execute(
                select(R.customer_id, func.sum(R.total).label("spend"))
                .join(C, C.id == R.customer_id)
                .where(C.erased_on.is_(None))
                .group_by(R.customer_id)
                .order_by(func.sum(R.total).desc(), R.customer_id)
                .limit(count)
            ).all()
            rows = []
            for rank, (cid, spend) in enumerate(best, start=1):
                customer = s.get(C, cid)
                assert customer is not None
                card = to_card(customer)
                band = (
                    f"{card.price_min:.0f}–{card.price_max:.0f}"
                    if card.price_min is not None and card.price_max is not None
                    else ""
                )
                rows.append(
                    TopCustomer(
                        rank,
                        card.card_no,
                        card.name,
                        Decimal(spend),
                        "/".join(x for x in (card.size_top, card.size_bottom, card.size_shoe) if x),
                        "、".join(card.favourite_colours),
                        "、".join(card.favourite_styles + card.favourite_cuts),
                        band,
                        card.birthday.text() if card.birthday else "",
                        "；".join(
                            f"{f.relation}{f.name}" + (f" {f.birthday.isoformat()}" if f.birthday else "")
                            for f in card.family
                        ),
                    )
                )
        return rows

    def monthly_report(self, month: str, actor: Actor | None) -> MonthlyReport:
        require(actor, Action.REPORTS)
        first, last = month_bounds(month)
        next_month = (last + dt.timedelta(days=1)).strftime("%Y-%m")
        R, C = models.Receipt, models.Customer
        as_of = min(last, self.now().date())
        with self.db.session() as s:
            # The churn KPI's customers: active the day before the month, lost at its end.
            lost_ids = tier_history.newly_lost_ids(s, first, as_of, self.rules())
            lost = [
                row
                for ids in in_slices(lost_ids)
                for row in s.execute(
                    select(C.card_no, C.name, func.max(R.day))
                    .outerjoin(R, and_(R.customer_id == C.id, R.kind == "sale"))
                    .where(C.id.in_(ids))
                    .group_by(C.card_no, C.name)
                )
            ]
            lost.sort()
        view = self.gifts.current(next_month)
        occasions: dict[str, int] = defaultdict(int)
        for line in view.lines:
            occasions[line.occasion] += 1
        return MonthlyReport(
            shop=self.shop_name(),
            month=month,
            kpis=self.kpis.month(month),
            figures=self.figures(month),
            lost_customers=[(no, name, day.isoformat() if day else "") for no, name, day in lost],
            next_month=next_month,
            next_occasions=sorted(occasions.items()),
            next_deadline=view.deadline,
            next_status=view.status,
            occasion_names={o.code: o.name for o in self.gifts.custom_occasions()},
        )
