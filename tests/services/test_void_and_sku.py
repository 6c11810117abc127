"""The counter's helpers: voiding the sale just recorded (a manager, a reason, points reversed, audited)
and filling a line from its SKU's last sale."""

from __future__ import annotations

from decimal import Decimal

import pytest

from boutique_vip import clock
from boutique_vip.domain.errors import BoutiqueError, FieldError, PermissionDenied
from boutique_vip.domain.sales import Sale, SaleLine
from boutique_vip.domain.users import Role
from boutique_vip.services import Services
from boutique_vip.services.sales import ReceiptFilter
from tests.services.helpers import at, buy, customer


def test_a_void_returns_every_piece_reverses_the_points_and_is_audited(services: Services) -> None:
    manager = services.users.add("王芳", Role.MANAGER, "888888")
    staff = services.users.add("李丽", Role.STAFF, "1111")
    her = customer(services)
    buy(services, her, 10, "3000")  # 3,000 points to pay with
    before = services.sales.quote(her, []).balance
    line = SaleLine(sku="C9", description="大衣", qty=1, unit_price=Decimal(1000))
    sale = services.sales.record_sale(Sale(her, clock.now(), [line], 1000), staff)
    assert services.sales.quote(her, []).balance != before
    with pytest.raises(PermissionDenied):
        services.sales.void_sale(sale.receipt_no, "按错了", staff)
    with pytest.raises(FieldError):
        services.sales.void_sale(sale.receipt_no, " ", manager)
    quote = services.sales.void_sale(sale.receipt_no, "按错了顾客", manager)
    assert services.sales.quote(her, []).balance == before  # earned taken back, paid-with points given back
    assert quote.refund == sale.quote.to_pay
    voids = services.sales.receipts(ReceiptFilter(customer_id=her, kind="return"))
    assert len(voids) == 1 and voids[0].total == -Decimal(1000)
    entry = services.audit.entries(manager, limit=1)[0]
    assert (entry.action, entry.subject, entry.user) == ("sale_voided", sale.receipt_no, "王芳")
    assert "按错了顾客" in entry.details
    with pytest.raises(BoutiqueError, match="already returned"):
        services.sales.void_sale(sale.receipt_no, "again", manager)


def test_only_todays_sale_is_voided(services: Services) -> None:
    manager = services.users.add("王芳", Role.MANAGER, "888888")
    receipt = buy(services, customer(services), 1)
    with pytest.raises(BoutiqueError, match="record a return"):
        services.sales.void_sale(receipt, "too late", manager)


def test_a_sku_fills_the_line_from_its_last_sale(services: Services) -> None:
    assert services.sales.last_sold("J01") is None
    buy(services, None, 5, "300")  # helpers sell J01: 牛仔裤, L, 蓝
    older = SaleLine(sku="K7", description="旧款", qty=1, unit_price=Decimal(90))
    newer = SaleLine(sku="K7", description="针织衫", size="M", colour="米白", qty=1, unit_price=Decimal(399))
    services.sales.record_sale(Sale(None, at(3), [older]), None)
    services.sales.record_sale(Sale(None, at(2), [newer]), None)
    found = services.sales.last_sold(" K7 ")
    assert found is not None
    assert (found.description, found.size, found.colour, found.unit_price) == (
        "针织衫",
        "M",
        "米白",
        Decimal(399),
    )
    assert services.sales.last_sold("J01").description == "牛仔裤"  # type: ignore[union-attr]
    assert services.sales.last_sold("NOPE") is None


def test_a_voided_sale_does_not_teach_its_price(services: Services) -> None:
    manager = services.users.add("王芳", Role.MANAGER, "888888")
    right = SaleLine(sku="K7", description="针织衫", qty=1, unit_price=Decimal(399))
    services.sales.record_sale(Sale(None, at(2), [right]), None)
    wrong = services.sales.record_sale(
        Sale(None, clock.now(), [SaleLine(sku="K7", description="针织衫", qty=1, unit_price=Decimal(3990))]),
        None,
    )
    services.sales.void_sale(wrong.receipt_no, "价格输错", manager)
    assert services.sales.last_sold("K7").unit_price == Decimal(399)  # type: ignore[union-attr]
