"""A sale or a return as typed at the counter or read from a till file, and its checks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from boutique_vip.domain.errors import QT_TRANSLATE_NOOP, FieldError


@dataclass
class SaleLine:
    sku: str = ""
    description: str = ""
    category: str = ""
    size: str = ""
    colour: str = ""
    style: str = ""
    qty: int = 1
    unit_price: Decimal = Decimal(0)
    discount: Decimal = Decimal(0)  # yuan taken off the line
    amount: Decimal | None = None  # paid for the line; qty × unit price − discount when not given
    on_sale: bool = False

    def paid(self) -> Decimal:
        return self.amount if self.amount is not None else self.qty * self.unit_price - self.discount


@dataclass
class Sale:
    customer_id: int | None  # None: an anonymous sale (counts for the registration rate)
    at: dt.datetime
    lines: list[SaleLine] = field(default_factory=list)
    redeem_points: int = 0
    receipt_no: str = ""  # given by the till on import; generated at the counter


#: The longest text each field of a receipt line holds (the database's column widths; a test keeps them equal).
LINE_TEXT_LIMITS = {"sku": 40, "description": 100, "category": 20, "size": 16, "colour": 20, "style": 20}
RECEIPT_NO_LIMIT = 40
#: More pieces or a dearer piece than this on one line is a typing or file error, not a sale.
MAX_QTY = 9999
MAX_UNIT_PRICE = Decimal("1000000")


def check_line_bounds(number: int, line: SaleLine) -> list[FieldError]:
    """Quantities, prices and texts a receipt line can hold (a return's negative quantity included)."""
    errors: list[FieldError] = []
    if abs(line.qty) > MAX_QTY:
        errors.append(
            FieldError(
                "lines",
                QT_TRANSLATE_NOOP("Validation", "Line {line}: at most {most} pieces on one line."),
                line=number,
                most=MAX_QTY,
            )
        )
    if abs(line.unit_price) > MAX_UNIT_PRICE or abs(line.paid()) > MAX_UNIT_PRICE * MAX_QTY:
        errors.append(
            FieldError(
                "lines",
                QT_TRANSLATE_NOOP("Validation", "Line {line}: a price above {most} yuan is not a sale."),
                line=number,
                most=MAX_UNIT_PRICE,
            )
        )
    for name, limit in LINE_TEXT_LIMITS.items():
        if len(getattr(line, name)) > limit:
            errors.append(
                FieldError(
                    "lines",
                    QT_TRANSLATE_NOOP(
                        "Validation", "Line {line}: {column} has more than {limit} characters."
                    ),
                    line=number,
                    column=name,
                    limit=limit,
                )
            )
    return errors


def check_sale_lines(lines: list[SaleLine]) -> list[FieldError]:
    errors: list[FieldError] = []
    if not lines:
        errors.append(FieldError("lines", QT_TRANSLATE_NOOP("Validation", "A sale needs at least one line.")))
    for number, line in enumerate(lines, start=1):
        errors += check_line_bounds(number, line)
        if line.qty <= 0:
            errors.append(
                FieldError(
                    "lines",
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "Line {line}: the quantity must be 1 or more (a return goes through Return).",
                    ),
                    line=number,
                )
            )
        if line.unit_price < 0 or line.discount < 0:
            errors.append(
                FieldError(
                    "lines",
                    QT_TRANSLATE_NOOP("Validation", "Line {line}: price and discount cannot be negative."),
                    line=number,
                )
            )
        if line.paid() < 0:
            errors.append(
                FieldError(
                    "lines",
                    QT_TRANSLATE_NOOP("Validation", "Line {line}: the discount is larger than the price."),
                    line=number,
                )
            )
    return errors
