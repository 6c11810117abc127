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


def check_sale_lines(lines: list[SaleLine]) -> list[FieldError]:
    errors: list[FieldError] = []
    if not lines:
        errors.append(FieldError("lines", QT_TRANSLATE_NOOP("Validation", "A sale needs at least one line.")))
    for number, line in enumerate(lines, start=1):
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
