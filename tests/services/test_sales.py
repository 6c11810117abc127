import datetime as dt
from decimal import Decimal

import pytest

from boutique_vip.domain.errors import BoutiqueError, ValidationFailed
from boutique_vip.domain.sales import Sale, SaleLine
from boutique_vip.services import Services
from boutique_vip.services.sales import ReceiptFilter

from .helpers import at, buy, customer


def test_a_sale_earns_a_point_per_yuan_and_is_in_the_ledger(services: Services) -> None:
    cid = customer(services)
    buy(services, cid, 3, "1234.56")
    ledger = services.sales.ledger(cid)
    assert [(r.kind, r.points) for r in ledger] == [("earn", 1234)]
    assert services.tiers.of(cid).balance == 1234  # type: ignore[union-attr]


def test_birthday_sale_earns_double_with_the_reason_in_the_ledger(services: Services) -> None:
    cid = customer(services, birthday="1985-11-20")
    buy(services, cid, 3, "500")
    assert [(r.points, r.reason) for r in services.sales.ledger(cid)] == [
        (1000, "receipt S00000001 ×2 birthday")
    ]


def test_partial_redemption_leaves_the_rest_of_the_balance(services: Services) -> None:
    cid = customer(services)
    buy(services, cid, 20, "2500")
    quote = services.sales.quote(
        cid, [SaleLine(qty=1, unit_price=Decimal("300"))], 2000, dt.date(2026, 11, 23)
    )
    assert (quote.balance, quote.redeem_value, quote.to_pay) == (2500, Decimal(40), Decimal(260))
    services.sales.record_sale(Sale(cid, at(0), [SaleLine(qty=1, unit_price=Decimal("300"))], 2000), None)
    row = services.tiers.of(cid)
    assert row is not None
    # Points are earned on the 260 yuan paid in money; redemptions do not lower lifetime points.
    assert (row.balance, row.lifetime_points) == (2500 - 2000 + 260, 2760)


def test_a_return_after_redemption_refunds_the_cash_and_gives_the_points_back(services: Services) -> None:
    """300 yuan paid with 2,000 points (40 yuan) and 260 yuan cash, returned in full."""
    cid = customer(services)
    buy(services, cid, 20, "2500")
    sale = services.sales.record_sale(
        Sale(cid, at(2), [SaleLine(sku="C1", qty=1, unit_price=Decimal("300"))], 2000), None
    )
    assert (sale.quote.points, sale.quote.to_pay, sale.quote.cash(0)) == (260, Decimal(260), Decimal(260))
    line = services.sales.returnable_lines(sale.receipt_no)[0]
    quote = services.sales.record_return(sale.receipt_no, {line.line_id: 1}, None)
    assert (quote.refund, quote.points_returned, quote.points_due) == (Decimal("260.00"), 2000, 260)
    assert [(r.kind, r.points) for r in services.sales.ledger(cid)][:2] == [
        ("return", -260),
        ("redeem_returned", 2000),
    ]
    row = services.tiers.of(cid)
    assert row is not None and (row.balance, row.lifetime_points) == (2500, 2500)
    returned = services.sales.history(cid)[0]
    assert (returned.kind, returned.total, returned.cash, returned.points_redeemed) == (
        "return",
        Decimal("-300.00"),
        Decimal("-260.00"),
        -2000,
    )


def test_a_redemption_is_spread_over_the_lines_in_proportion(services: Services) -> None:
    cid = customer(services)
    buy(services, cid, 20, "3000")
    lines = [
        SaleLine(sku="A", qty=2, unit_price=Decimal("100")),
        SaleLine(sku="B", qty=1, unit_price=Decimal("100")),
        SaleLine(sku="C", qty=1, unit_price=Decimal("0.01")),
    ]
    sale = services.sales.record_sale(Sale(cid, at(2), lines, 3000), None)  # 60 yuan off 300.01
    shares = [(s.value, s.points) for s in sale.quote.shares]
    assert shares == [(Decimal("40.00"), 2000), (Decimal("20.00"), 1000), (Decimal("0.00"), 0)]
    assert sale.quote.line_points == [160, 80, 0]
    first = services.sales.returnable_lines(sale.receipt_no)[0]
    one = services.sales.record_return(sale.receipt_no, {first.line_id: 1}, None)
    assert (one.refund, one.points_returned, one.points_due) == (Decimal("80.00"), 1000, 80)
    two = services.sales.record_return(sale.receipt_no, {first.line_id: 1}, None)
    assert (two.refund, two.points_returned, two.points_due) == (Decimal("80.00"), 1000, 80)


def test_a_receipt_dated_after_today_is_refused(services: Services) -> None:
    cid = customer(services)
    tomorrow = dt.datetime(2026, 11, 24, 10)
    with pytest.raises(BoutiqueError, match="after today"):
        services.sales.record_sale(Sale(cid, tomorrow, [SaleLine(qty=1, unit_price=Decimal(9))]), None)
    assert services.sales.ledger(cid) == []


def test_redeeming_more_than_the_balance_is_refused_and_nothing_is_written(services: Services) -> None:
    cid = customer(services)
    buy(services, cid, 20, "1500")
    with pytest.raises(BoutiqueError, match="only 1500 points"):
        services.sales.record_sale(Sale(cid, at(0), [SaleLine(qty=1, unit_price=Decimal("300"))], 2000), None)
    assert len(services.sales.ledger(cid)) == 1


def test_bad_lines_are_refused(services: Services) -> None:
    with pytest.raises(ValidationFailed):
        services.sales.record_sale(Sale(None, at(0), [SaleLine(qty=0, unit_price=Decimal(10))]), None)
    with pytest.raises(ValidationFailed):
        services.sales.record_sale(Sale(None, at(0), []), None)


def test_anonymous_sale_is_recorded_without_points(services: Services) -> None:
    buy(services, None, 0, "99")
    receipts = services.sales.receipts(ReceiptFilter())
    assert [(r.card_no, r.total, r.points) for r in receipts] == [("", Decimal("99.00"), 0)]


def test_a_return_takes_points_back_pro_rata(services: Services) -> None:
    cid = customer(services)
    receipt_no = buy(services, cid, 5, "900", qty=3)
    line = services.sales.returnable_lines(receipt_no)[0]
    quote = services.sales.record_return(receipt_no, {line.line_id: 1}, None)
    assert (quote.points_due, quote.refund) == (300, Decimal("300.00"))
    assert services.sales.returnable_lines(receipt_no)[0].returnable == 2
    assert services.tiers.of(cid).balance == 600  # type: ignore[union-attr]
    with pytest.raises(BoutiqueError, match="Only 2"):
        services.sales.record_return(receipt_no, {line.line_id: 3}, None)


def test_a_return_with_too_small_a_balance_reduces_the_refund(services: Services) -> None:
    cid = customer(services)
    receipt_no = buy(services, cid, 5, "2000")
    services.sales.record_sale(
        Sale(cid, at(1), [SaleLine(qty=1, unit_price=Decimal(100))], 2000), None
    )  # 40 yuan paid with points, 60 in money: balance 60
    line = services.sales.returnable_lines(receipt_no)[0]
    quote = services.sales.quote_return(receipt_no, {line.line_id: 1})
    assert (quote.points_due, quote.points_from_balance, quote.shortfall_points) == (2000, 60, 1940)
    assert (quote.refund_deduction, quote.refund) == (Decimal("38.80"), Decimal("1961.20"))
    services.sales.record_return(receipt_no, {line.line_id: 1}, None)
    row = services.tiers.of(cid)
    assert row is not None and row.balance == 0
    assert row.lifetime_points == 60  # 2000 + 60 earned, 2000 returned


def test_a_visit_counts_against_demotion(services: Services) -> None:
    cid = customer(services)
    buy(services, cid, 300, "100")
    buy(services, cid, 250, "100")
    assert services.tiers.of(cid).tier.value == "C"  # type: ignore[union-attr]  # B demoted
    services.sales.log_visit(cid, dt.date(2026, 11, 20), "试衣，没买", None)
    assert services.tiers.of(cid).tier.value == "B"  # type: ignore[union-attr]
    assert [e.kind for e in services.sales.history(cid)] == ["visit", "sale", "sale"]


def test_receipts_filter_by_date_group_and_staff(services: Services) -> None:
    from boutique_vip.domain.users import Role

    group = services.users.add_group("一组")
    li = services.users.add("李丽", Role.STAFF, "1111", group)
    cid = customer(services)
    services.sales.record_sale(Sale(cid, at(10), [SaleLine(qty=1, unit_price=Decimal(50))]), li)
    buy(services, cid, 2, "70")
    assert len(services.sales.receipts(ReceiptFilter(day_from=dt.date(2026, 11, 20)))) == 1
    assert [r.staff for r in services.sales.receipts(ReceiptFilter(staff_id=li.id))] == ["李丽"]
    assert [r.group for r in services.sales.receipts(ReceiptFilter(group_id=group))] == ["一组"]
