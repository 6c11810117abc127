"""The derived profile: what her purchase history says, beside what the card says."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from boutique_vip.domain.profile import BoughtLine, DerivedProfile, derive_profile
from boutique_vip.storage.customers import to_card
from boutique_vip.storage.engine import Database
from boutique_vip.storage.models import Customer, Receipt, ReceiptLine, Visit


class ProfileService:
    def __init__(self, db: Database, now: Callable[[], dt.datetime]) -> None:
        self.db = db
        self.now = now

    def derived(self, customer_id: int) -> DerivedProfile:
        returns = aliased(ReceiptLine)
        returned = (
            select(func.coalesce(func.sum(-returns.qty), 0))
            .where(returns.return_of_line_id == ReceiptLine.id)
            .correlate(ReceiptLine)
            .scalar_subquery()
        )
        with self.db.session() as s:
            customer = s.get(Customer, customer_id)
            if customer is None:
                return DerivedProfile()
            card = to_card(customer)
            rows = s.execute(
                select(
                    Receipt.day,
                    Receipt.receipt_no,
                    Receipt.id,
                    ReceiptLine.category,
                    ReceiptLine.size,
                    ReceiptLine.colour,
                    ReceiptLine.style,
                    ReceiptLine.qty,
                    ReceiptLine.amount,
                    returned,
                )
                .join(Receipt, Receipt.id == ReceiptLine.receipt_id)
                .where(Receipt.customer_id == customer_id, Receipt.kind == "sale")
            ).all()
            totals: dict[str, Decimal] = {}
            lines = []
            for day, receipt_no, _rid, category, size, colour, style, qty, amount, back in rows:
                kept = qty - int(back)
                unit_paid = (amount / qty).quantize(Decimal("0.01")) if qty else Decimal(0)
                lines.append(BoughtLine(day, receipt_no, category, size, colour, style, kept, unit_paid))
                totals[receipt_no] = totals.get(receipt_no, Decimal(0)) + unit_paid * kept
            positive = {no: total for no, total in totals.items() if total > 0}
            last_visit = s.scalar(select(func.max(Visit.day)).where(Visit.customer_id == customer_id))
        kept_days = [line.day for line in lines if line.qty > 0]
        visit = max([d for d in (last_visit, max(kept_days, default=None)) if d is not None], default=None)
        return derive_profile(lines, positive, visit, card, self.now().date())
