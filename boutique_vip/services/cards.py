"""Member cards to print: one customer's, or the month's new members' on a sheet (``reports.member_card``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlalchemy import select

from boutique_vip.domain.errors import QT_TRANSLATE_NOOP, NotFound
from boutique_vip.domain.kpi import month_bounds
from boutique_vip.storage.engine import Database
from boutique_vip.storage.models import Customer

if TYPE_CHECKING:  # ReportLab's barcodes are loaded when a card is printed, not at every start
    from boutique_vip.reports.member_card import MemberCard


class MemberCardService:
    def __init__(self, db: Database, shop_name: Callable[[], str]) -> None:
        self.db = db
        self.shop_name = shop_name

    def card(self, customer_id: int, language: str = "zh_CN") -> bytes:
        """Her card, on a page of the card's size (a card printer, or printed and cut)."""
        from boutique_vip.reports.member_card import MemberCard, build_member_card

        with self.db.session() as s:
            row = s.execute(
                select(Customer.card_no, Customer.name, Customer.tier).where(
                    Customer.id == customer_id, Customer.erased_on.is_(None)
                )
            ).one_or_none()
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This customer's card no longer exists."))
        return build_member_card(self.shop_name(), MemberCard(row[0], row[1], row[2] or ""), language)

    def new_members(self, month: str) -> list[MemberCard]:
        from boutique_vip.reports.member_card import MemberCard

        first, last = month_bounds(month)
        with self.db.session() as s:
            rows = s.execute(
                select(Customer.card_no, Customer.name, Customer.tier)
                .where(Customer.registered_on.between(first, last), Customer.erased_on.is_(None))
                .order_by(Customer.card_no)
            ).all()
        return [MemberCard(no, name, tier or "") for no, name, tier in rows]

    def sheet(self, month: str, language: str = "zh_CN") -> bytes:
        """The cards of the customers registered in ``month``, eight to an A4 page with cut marks."""
        from boutique_vip.reports.member_card import build_card_sheet

        return build_card_sheet(self.shop_name(), self.new_members(month), language)
