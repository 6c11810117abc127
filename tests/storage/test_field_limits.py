"""The lengths the domain checks are the widths of the columns the text is stored in (PostgreSQL enforces
them; a file with a longer text must be refused with its row, not fail when written)."""

from boutique_vip.domain.customer import TEXT_LIMITS
from boutique_vip.domain.sales import LINE_TEXT_LIMITS, RECEIPT_NO_LIMIT
from boutique_vip.storage.models import Customer, Receipt, ReceiptLine


def _width(model: type, name: str) -> int:
    return int(model.__table__.c[name].type.length)  # type: ignore[attr-defined]


def test_card_limits_are_the_column_widths() -> None:
    assert {name: _width(Customer, name) for name in TEXT_LIMITS} == TEXT_LIMITS


def test_receipt_limits_are_the_column_widths() -> None:
    assert {name: _width(ReceiptLine, name) for name in LINE_TEXT_LIMITS} == LINE_TEXT_LIMITS
    assert _width(Receipt, "receipt_no") == RECEIPT_NO_LIMIT
