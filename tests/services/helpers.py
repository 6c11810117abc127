"""Building purchase histories for tests through the real services."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from boutique_vip.domain.customer import card_from_form
from boutique_vip.domain.sales import Sale, SaleLine
from boutique_vip.services import Services

D = dt.date(2026, 11, 23)


def at(days_before: int, hour: int = 11) -> dt.datetime:
    return dt.datetime.combine(D - dt.timedelta(days=days_before), dt.time(hour))


def customer(services: Services, name: str = "张晓燕", registered_days_before: int = 800, **form: str) -> int:
    registered = (D - dt.timedelta(days=registered_days_before)).isoformat()
    card = services.customers.save(card_from_form({"name": name, "registered_on": registered, **form}))
    assert card.id is not None
    return card.id


def buy(
    services: Services,
    customer_id: int | None,
    days_before: int,
    amount: str = "100",
    qty: int = 1,
    redeem: int = 0,
) -> str:
    line = SaleLine(
        sku="J01",
        description="牛仔裤",
        category="牛仔裤",
        size="L",
        colour="蓝",
        qty=qty,
        unit_price=Decimal(amount) / qty,
    )
    line.amount = Decimal(amount)
    return services.sales.record_sale(Sale(customer_id, at(days_before), [line], redeem), None).receipt_no
