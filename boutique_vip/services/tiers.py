"""Tiers for everyone or one customer, why she has hers, the manual tier, and the lost-customer list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from boutique_vip.domain.changes import RETIERED, Topic, changes
from boutique_vip.domain.customer import Tier
from boutique_vip.domain.errors import QT_TRANSLATE_NOOP, BoutiqueError, NotFound
from boutique_vip.domain.permissions import Action, require
from boutique_vip.domain.rules import Rules
from boutique_vip.domain.tiers import BaseRule, Status, TierFacts, TierResult, reason_parts, reason_text
from boutique_vip.domain.users import Actor
from boutique_vip.services.audit import AuditService
from boutique_vip.services.todays_tiers import LAST_DAILY_RUN, TodaysTiers
from boutique_vip.storage import points_expiry as expiry_store
from boutique_vip.storage import tiers as tier_store
from boutique_vip.storage.engine import Database
from boutique_vip.storage.models import Customer, Receipt, Setting, TierChange


@dataclass(frozen=True)
class TierRow:
    """One customer's tier as of a day, with the figures behind it (the ``tiers`` command's row)."""

    customer_id: int
    card_no: str
    tier: Tier
    status: Status
    lifetime_points: int
    balance: int
    base_tier: Tier
    facts: TierFacts
    result: TierResult
    reason_parts: list[tuple[str, dict[str, object]]]

    @property
    def reason(self) -> str:
        return reason_text(self.reason_parts)


@dataclass(frozen=True)
class LostRow:
    customer_id: int
    card_no: str
    name: str
    phone: str
    last_receipt: dt.date | None
    lost_since: dt.date | None
    lifetime_spend: Decimal


@dataclass(frozen=True)
class TierChangeRow:
    day: dt.date
    old_tier: str
    new_tier: str
    old_status: str
    new_status: str
    cause: str


def _row(r: Any, day: dt.date, rules: Rules) -> TierRow:
    facts = TierFacts(
        registered_on=r.registered_on,
        special=bool(r.special),
        manual_tier=Tier(r.manual_tier) if r.manual_tier else None,
        lifetime_points=int(r.lifetime_points),
        receipts=int(r.receipts),
        recent_receipts=int(r.recent_receipts),
        last_receipt=r.last_receipt,
        last_visit=r.last_visit,
    )
    result = TierResult(
        Tier(r.tier), Status(r.status), Tier(r.base_tier), BaseRule(r.base_rule), bool(r.demoted)
    )
    return TierRow(
        r.customer_id,
        r.card_no,
        result.tier,
        result.status,
        facts.lifetime_points,
        int(r.balance),
        result.base_tier,
        facts,
        result,
        reason_parts(facts, result, day, rules),
    )


class TierService:
    def __init__(
        self,
        db: Database,
        now: Callable[[], dt.datetime],
        rules: Callable[[], Rules],
        audit: AuditService,
        todays: TodaysTiers,
    ) -> None:
        self.audit = audit
        self.db = db
        self.now = now
        self.rules = rules
        self.todays = todays

    def evaluate(self, day: dt.date, customer_ids: list[int] | None = None) -> list[TierRow]:
        """Every customer registered on or before ``day``, using only what happened up to ``day``."""
        rules = self.rules()
        with self.db.session() as s:
            return [_row(r, day, rules) for r in s.execute(tier_store.evaluation(day, rules, customer_ids))]

    def of(self, customer_id: int) -> TierRow | None:
        rows = self.evaluate(self.now().date(), [customer_id])
        return rows[0] if rows else None

    @changes(*RETIERED, Topic.RECEIPTS)
    def recompute_all(self, cause: str = "daily") -> int:
        """The daily run for everyone (``tiers --recompute-all``): what ``TodaysTiers.ensure`` does for the
        customers the days can have moved, done for all, and the day marked done."""
        with self.db.session() as s, s.begin():
            expiry_store.expire_due(s, self.now().date(), self.now())
            rules = self.rules()
            changed = tier_store.apply(s, self.now().date(), rules, cause, self.now())
            tier_store.keep_sorted_under(s, rules)
            s.merge(Setting(key=LAST_DAILY_RUN, value=self.now().date().isoformat()))
        return changed

    @changes(*RETIERED, Topic.RECEIPTS)
    def recompute_if_new_day(self) -> int | None:
        """Once a day: the tiers the days can have moved (see ``TodaysTiers``). None when already done today."""
        return self.todays.ensure()

    @changes(*RETIERED)
    def set_manual(self, customer_id: int, tier: Tier | None, reason: str, manager: Actor) -> None:
        """A manager fixes a tier by hand (or clears it with ``None``); the reason is required."""
        require(manager, Action.MANUAL_TIER)
        if tier is not None and not reason.strip():
            raise BoutiqueError(QT_TRANSLATE_NOOP("Errors", "Say why the tier is set by hand."))
        with self.db.session() as s, s.begin():
            customer = s.get(Customer, customer_id)
            if customer is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This customer's card no longer exists."))
            customer.manual_tier = tier.value if tier else None
            customer.manual_tier_reason = reason.strip() if tier else ""
            customer.manual_tier_by = manager.id if tier else None
            customer.manual_tier_on = self.now().date() if tier else None
            s.flush()
            label = f"manual {tier.value}" if tier else "manual tier cleared"
            self.audit.record_in(
                s,
                manager,
                "manual_tier",
                customer.card_no,
                tier=tier.value if tier else "",
                reason=reason.strip(),
            )
            tier_store.apply(
                s,
                self.now().date(),
                self.rules(),
                f"{label} by {manager.name}: {reason.strip()}",
                self.now(),
                [customer_id],
            )

    @changes(*RETIERED)
    def set_special(self, customer_id: int, special: bool, manager: Actor) -> None:
        require(manager, Action.MANUAL_TIER)
        with self.db.session() as s, s.begin():
            customer = s.get(Customer, customer_id)
            if customer is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This customer's card no longer exists."))
            customer.special = special
            self.audit.record_in(s, manager, "special_customer", customer.card_no, special=special)
            s.flush()
            cause = f"{'special' if special else 'no longer special'} by {manager.name}"
            tier_store.apply(s, self.now().date(), self.rules(), cause, self.now(), [customer_id])

    def changes(self, customer_id: int) -> list[TierChangeRow]:
        with self.db.session() as s:
            rows = s.scalars(
                select(TierChange).where(TierChange.customer_id == customer_id).order_by(TierChange.id.desc())
            )
            return [
                TierChangeRow(
                    c.day, c.old_tier or "", c.new_tier or "", c.old_status or "", c.new_status, c.cause
                )
                for c in rows
            ]

    def lost_customers(self) -> list[LostRow]:
        """The lost-customer list (流失顾客名录): kept for reference, outside the care file, newest loss first.

        Evaluated for today in SQL, so 'last receipt' is the last one that counts (not one returned in full).
        """
        rules = self.rules()
        day = self.now().date()
        evaluated = tier_store.evaluation(day, rules).subquery()
        spend = (
            select(Receipt.customer_id, func.sum(Receipt.total).label("spend"))
            .where(Receipt.day <= day)
            .group_by(Receipt.customer_id)
            .subquery()
        )
        stmt = (
            select(
                Customer.id,
                Customer.card_no,
                Customer.name,
                Customer.phone,
                evaluated.c.registered_on,
                evaluated.c.last_receipt,
                spend.c.spend,
            )
            .join(evaluated, evaluated.c.customer_id == Customer.id)
            .outerjoin(spend, spend.c.customer_id == Customer.id)
            .where(evaluated.c.status == Status.LOST.value)
            .order_by(evaluated.c.last_receipt.desc(), Customer.id)
        )
        lost_after = dt.timedelta(days=rules.lost_after_days)
        with self.db.session() as s:
            return [
                LostRow(
                    cid, card, name, phone or "", last, (last or registered) + lost_after, total or Decimal(0)
                )
                for cid, card, name, phone, registered, last, total in s.execute(stmt)
            ]
