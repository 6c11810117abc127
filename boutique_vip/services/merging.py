"""One customer, one card: finding cards that may be the same customer, and merging two of them."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from boutique_vip.domain.changes import EVERYTHING, changes
from boutique_vip.domain.duplicates import CardFacts, PossibleDuplicate, combined_card, find_duplicates
from boutique_vip.domain.errors import QT_TRANSLATE_NOOP, BoutiqueError, NotFound
from boutique_vip.domain.gift_plan import PlanStatus
from boutique_vip.domain.permissions import Action, require
from boutique_vip.domain.rules import Rules
from boutique_vip.domain.search_key import name_reading
from boutique_vip.domain.users import Actor
from boutique_vip.services.audit import AuditService
from boutique_vip.storage import search_index
from boutique_vip.storage import tiers as tier_store
from boutique_vip.storage.customers import to_card, write_card
from boutique_vip.storage.engine import Database
from boutique_vip.storage.models import (
    CallListEntry,
    CampaignCall,
    ContactLog,
    Customer,
    GiftPlan,
    GiftPlanLine,
    MergedCard,
    PointsEntry,
    Receipt,
    TierChange,
    Visit,
)
from boutique_vip.storage.privacy import card_as_dict, erase_personal_data

#: Rows that are hers wherever they are: they go to the kept card as they are.
MOVED: dict[str, Any] = {
    "receipts": Receipt,
    "points_ledger": PointsEntry,
    "visits": Visit,
    "contacts": ContactLog,
    "campaign_calls": CampaignCall,
    "tier_changes": TierChange,
    "merged_cards": MergedCard,  # cards merged into the merged card before
}


@dataclass(frozen=True)
class MergePreview:
    """What a merge would do: the two cards, the rows that move (by table), the points that move, whom the
    merged card brought, and the fields the kept card takes because she has nothing there."""

    kept_card_no: str
    kept_name: str
    merged_card_no: str
    merged_name: str
    moved: dict[str, int]
    points: int
    referrals: int
    filled: list[str]


class MergeService:
    def __init__(
        self, db: Database, now: Callable[[], dt.datetime], rules: Callable[[], Rules], audit: AuditService
    ) -> None:
        self.db = db
        self.now = now
        self.rules = rules
        self.audit = audit

    def duplicates(self) -> list[PossibleDuplicate]:
        """Cards that may be one customer: same phone, same name and birthday, same pinyin and birthday."""
        with self.db.session() as s:
            rows = s.execute(
                select(
                    Customer.id,
                    Customer.card_no,
                    Customer.name,
                    Customer.phone,
                    Customer.birthday_calendar,
                    Customer.birth_year,
                    Customer.birth_month,
                    Customer.birth_day,
                    Customer.birth_leap_month,
                ).where(Customer.erased_on.is_(None))
            ).all()
        cards = [
            CardFacts(
                r.id,
                r.card_no,
                r.name,
                r.phone or "",
                (r.birthday_calendar, r.birth_year, r.birth_month, r.birth_day, bool(r.birth_leap_month))
                if r.birthday_calendar and r.birth_month and r.birth_day
                else None,
            )
            for r in rows
        ]
        return find_duplicates(cards, name_reading)

    def preview(self, kept_id: int, merged_id: int) -> MergePreview:
        with self.db.session() as s:
            kept, merged = self._pair(s, kept_id, merged_id)
            return self._preview(s, kept, merged)

    @changes(*EVERYTHING)
    def merge(self, kept_id: int, merged_id: int, manager: Actor | None) -> MergePreview:
        """Merge ``merged_id`` into ``kept_id``: her receipts, points, visits, contacts, draft plan lines,
        calls, family and life events go to the kept card, which takes what only the merged card knew; the
        merged card is deleted (kept blank when a signed sheet names it), its before-image kept with the kept card
        (``MergedCard``) and its hash in the audit log; the kept card's tier is worked out again."""
        require(manager, Action.MERGE_CARDS)
        now = self.now()
        with self.db.session() as s, s.begin():
            kept, merged = self._pair(s, kept_id, merged_id)
            done = self._preview(s, kept, merged)
            before = card_as_dict(to_card(merged))
            card, _ = combined_card(to_card(kept), to_card(merged))
            for model in MOVED.values():
                s.execute(
                    update(model)
                    .where(model.customer_id == merged.id)
                    .values(customer_id=kept.id)
                    .execution_options(synchronize_session=False)
                )
            # A day's call list has her once: the kept card's entry of a day both were on stays.
            both_days = select(CallListEntry.day).where(CallListEntry.customer_id == kept.id)
            s.execute(
                delete(CallListEntry).where(
                    CallListEntry.customer_id == merged.id, CallListEntry.day.in_(both_days)
                )
            )
            s.execute(
                update(CallListEntry)
                .where(CallListEntry.customer_id == merged.id)
                .values(customer_id=kept.id)
            )
            self._move_plan_lines(s, kept.id, merged.id)
            referrer_id, referrer = self._referrer_after(kept, merged)
            card = replace(card, referrer=referrer)
            s.execute(  # whom the merged card brought, the kept card brought
                update(Customer)
                .where(Customer.referrer_id == merged.id, Customer.id != kept.id)
                .values(referrer_id=kept.id, referrer=kept.card_no)
            )
            write_card(kept, card)
            kept.referrer_id = referrer_id  # before the merged card goes: it may have been her referrer
            if card.registered_on:
                kept.registered_on = card.registered_on
            kept.version += 1
            kept.updated_at = now
            s.flush()
            self._retire(s, merged, kept.card_no, now.date())
            # Her personal data stays with her card (erased with it), not in the append-only audit log.
            image = json.dumps(before, ensure_ascii=False, sort_keys=True)
            s.add(MergedCard(customer_id=kept.id, card_no=done.merged_card_no, merged_at=now, image=image))
            tier_store.apply(s, now.date(), self.rules(), "cards merged", now, [kept.id])
            if self.db.is_sqlite:
                search_index.purge_deleted(s.connection())  # the merged card's name and phone trigrams
            self.audit.record_in(
                s,
                manager,
                "cards_merged",
                kept.card_no,
                merged=done.merged_card_no,
                moved=done.moved,
                points=done.points,
                filled=done.filled,
                before_sha256=hashlib.sha256(image.encode()).hexdigest(),
            )
        return done

    @staticmethod
    def _move_plan_lines(s: Session, kept_id: int, merged_id: int) -> None:
        """Lines of draft plans go to the kept card (one line per occasion: hers stays when both had one).
        Lines of approved plans stay as they were signed: the signature covers whose line it is."""
        drafts = select(GiftPlan.id).where(GiftPlan.status == PlanStatus.DRAFT.value)
        kept_lines = select(GiftPlanLine.plan_id, GiftPlanLine.occasion).where(
            GiftPlanLine.customer_id == kept_id
        )
        for plan_id, occasion in s.execute(kept_lines).all():
            s.execute(
                delete(GiftPlanLine).where(
                    GiftPlanLine.customer_id == merged_id,
                    GiftPlanLine.plan_id == plan_id,
                    GiftPlanLine.occasion == occasion,
                    GiftPlanLine.plan_id.in_(drafts),
                )
            )
        s.execute(
            update(GiftPlanLine)
            .where(GiftPlanLine.customer_id == merged_id, GiftPlanLine.plan_id.in_(drafts))
            .values(customer_id=kept_id)
            .execution_options(synchronize_session=False)
        )

    @staticmethod
    def _retire(s: Session, merged: Customer, kept_card_no: str, today: dt.date) -> None:
        """The merged card goes; when a signed gift sheet names it, its row stays, blank like an erased card,
        so that the sheet still matches what was signed."""
        signed = s.scalar(
            select(func.count()).select_from(GiftPlanLine).where(GiftPlanLine.customer_id == merged.id)
        )
        if signed:
            erase_personal_data(s, merged, today)
            merged.notes = f"merged into {kept_card_no}"
            return
        s.delete(merged)
        s.flush()

    @staticmethod
    def _referrer_after(kept: Customer, merged: Customer) -> tuple[int | None, str]:
        """Who brought her: the kept card's referrer, else the merged card's; never herself."""
        if kept.referrer_id != merged.id and (kept.referrer_id is not None or kept.referrer):
            return kept.referrer_id, kept.referrer
        if merged.referrer_id == kept.id:
            return None, ""
        return merged.referrer_id, merged.referrer

    @staticmethod
    def _pair(s: Session, kept_id: int, merged_id: int) -> tuple[Customer, Customer]:
        if kept_id == merged_id:
            raise BoutiqueError(QT_TRANSLATE_NOOP("Errors", "A card cannot be merged into itself."))
        kept, merged = s.get(Customer, kept_id), s.get(Customer, merged_id)
        if kept is None or merged is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This customer's card no longer exists."))
        for row in (kept, merged):
            if row.erased_on is not None:
                raise BoutiqueError(
                    QT_TRANSLATE_NOOP("Errors", "Card {card_no} was erased: it cannot be merged."),
                    card_no=row.card_no,
                )
        return kept, merged

    @staticmethod
    def _preview(s: Session, kept: Customer, merged: Customer) -> MergePreview:
        moved = {
            table: int(
                s.scalar(select(func.count()).select_from(model).where(model.customer_id == merged.id)) or 0
            )
            for table, model in MOVED.items()
        }
        drafts = select(GiftPlan.id).where(GiftPlan.status == PlanStatus.DRAFT.value)
        moved["gift_plan_lines"] = int(
            s.scalar(
                select(func.count())
                .select_from(GiftPlanLine)
                .where(GiftPlanLine.customer_id == merged.id, GiftPlanLine.plan_id.in_(drafts))
            )
            or 0
        )
        moved["call_list_entries"] = int(
            s.scalar(
                select(func.count()).select_from(CallListEntry).where(CallListEntry.customer_id == merged.id)
            )
            or 0
        )
        merged_card = to_card(merged)
        moved["family_members"] = len(merged_card.family)
        moved["life_events"] = len(merged_card.events)
        points = s.scalar(
            select(func.coalesce(func.sum(PointsEntry.points), 0)).where(PointsEntry.customer_id == merged.id)
        )
        referrals = s.scalar(
            select(func.count())
            .select_from(Customer)
            .where(Customer.referrer_id == merged.id, Customer.id != kept.id)
        )
        _, filled = combined_card(to_card(kept), merged_card)
        return MergePreview(
            kept.card_no,
            kept.name,
            merged.card_no,
            merged.name,
            moved,
            int(points or 0),
            int(referrals or 0),
            filled,
        )
