"""Column types that keep values exact."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import Integer
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


class Money(TypeDecorator[Decimal]):
    """Yuan as ``Decimal`` in Python, whole fen (分) as an integer in the database: never a float."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Decimal | int | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        fen = Decimal(value) * 100
        if fen != fen.to_integral_value():
            raise ValueError(f"{value} yuan has a fraction of a fen")
        return int(fen)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(int(value)) / 100).quantize(Decimal("0.01"))
