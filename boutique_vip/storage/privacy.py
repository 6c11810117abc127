"""A customer's own data: everything held about her (to show her), and erasing it on her request."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from boutique_vip.domain.customer import CustomerCard
from boutique_vip.storage import models
from boutique_vip.storage.customers import write_card

#: What an erased card shows instead of her name.
ERASED_NAME = "（已删除）"


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def card_as_dict(card: CustomerCard) -> dict[str, Any]:
    return {k: _plain(v) for k, v in dataclasses.asdict(card).items()}


def personal_data(s: Session, customer_id: int) -> dict[str, Any]:
    """Her receipts with their lines, points ledger, visits and contact history."""
    R, L = models.Receipt, models.ReceiptLine
    receipts = []
    for receipt in s.scalars(select(R).where(R.customer_id == customer_id).order_by(R.day, R.id)):
        lines = s.scalars(select(L).where(L.receipt_id == receipt.id).order_by(L.id))
        receipts.append(
            {
                "receipt_no": receipt.receipt_no,
                "day": receipt.day.isoformat(),
                "kind": receipt.kind,
                "lines": [
                    {c.key: _plain(getattr(line, c.key)) for c in L.__table__.columns if c.key not in ("id",)}
                    for line in lines
                ],
            }
        )

    def rows(model: Any) -> list[dict[str, Any]]:
        columns = [c.key for c in model.__table__.columns if c.key not in ("id", "customer_id")]
        return [
            {c: _plain(getattr(r, c)) for c in columns}
            for r in s.scalars(select(model).where(model.customer_id == customer_id).order_by(model.id))
        ]

    return {
        "receipts": receipts,
        "points_ledger": rows(models.PointsEntry),
        "visits": rows(models.Visit),
        "contacts": rows(models.ContactLog),
        "merged_cards": [
            {"card_no": m.card_no, "merged_at": _plain(m.merged_at), "card": json.loads(m.image)}
            for m in s.scalars(
                select(models.MergedCard)
                .where(models.MergedCard.customer_id == customer_id)
                .order_by(models.MergedCard.id)
            )
        ],
    }


def erase_personal_data(s: Session, row: models.Customer, today: dt.date) -> None:
    """Blank the card and delete what describes her; amounts (receipts, points) stay for the shop's books."""
    write_card(row, CustomerCard(name=ERASED_NAME))
    row.erased_on = today
    row.version += 1
    row.consent_on, row.consent_version = None, ""
    row.tier = row.base_tier = None
    row.status = "erased"
    row.last_visit = row.last_receipt = None
    row.manual_tier_reason = ""
    for model in (models.ContactLog, models.Visit, models.CallListEntry, models.MergedCard):
        s.execute(delete(model).where(model.customer_id == row.id))
    s.flush()
