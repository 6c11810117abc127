"""Targeted lists (定向名单): who to tell about a new piece. The criteria, checked; the services query them."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from boutique_vip.domain.customer import Tier, split_list
from boutique_vip.domain.errors import QT_TRANSLATE_NOOP, FieldError


@dataclass(frozen=True)
class Segment:
    """Every criterion is optional; those given must all hold.

    ``category``, ``sizes``, ``colours`` and ``style`` look at what she bought (one purchase line must match
    them all); ``price`` must fall in her price band (the card's, else the range she has paid).
    """

    category: str = ""
    sizes: tuple[str, ...] = ()
    colours: tuple[str, ...] = ()
    style: str = ""
    price: Decimal | None = None
    tiers: tuple[Tier, ...] = ()
    visited_within_days: int | None = None  # her last visit at most this many days ago
    away_at_least_days: int | None = None  # … or at least this many (to win her back)
    birthday_month: int | None = None
    not_contacted_days: int | None = None  # no call, SMS or visit logged for this many days

    def to_json(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["price"] = str(self.price) if self.price is not None else None
        return {k: list(v) if isinstance(v, tuple) else v for k, v in data.items()}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Segment:
        return segment_from_form({k: v for k, v in data.items() if v not in (None, [], "")})


def _whole(value: Any, field: str, low: int, high: int) -> int | None:
    text = str(value).strip()
    if not text:
        return None
    if not text.isdigit() or not low <= int(text) <= high:
        raise FieldError(
            field,
            QT_TRANSLATE_NOOP("Validation", "Enter a whole number from {low} to {high}."),
            low=low,
            high=high,
        )
    return int(text)


def segment_from_form(form: dict[str, Any]) -> Segment:
    """Build the criteria from what was typed (text, or lists from a saved segment)."""

    def items(name: str) -> tuple[str, ...]:
        value = form.get(name, "")
        parts = split_list(value) if isinstance(value, str) else [str(v).strip() for v in value]
        return tuple(p.upper() if name == "sizes" else p for p in parts if p)

    price = None
    if str(form.get("price", "") or "").strip():
        try:
            price = Decimal(str(form["price"]).strip())
        except InvalidOperation:
            price = None
        if price is None or price <= 0:
            raise FieldError("price", QT_TRANSLATE_NOOP("Validation", "Enter the price in yuan, e.g. 600."))
    tiers = []
    for t in items("tiers"):
        try:
            tiers.append(Tier(t.upper()))
        except ValueError:
            raise FieldError("tiers", QT_TRANSLATE_NOOP("Validation", "Tiers are A, B and C.")) from None
    return Segment(
        category=str(form.get("category", "") or "").strip(),
        sizes=items("sizes"),
        colours=items("colours"),
        style=str(form.get("style", "") or "").strip(),
        price=price,
        tiers=tuple(tiers),
        visited_within_days=_whole(form.get("visited_within_days", ""), "visited_within_days", 1, 3650),
        away_at_least_days=_whole(form.get("away_at_least_days", ""), "away_at_least_days", 1, 3650),
        birthday_month=_whole(form.get("birthday_month", ""), "birthday_month", 1, 12),
        not_contacted_days=_whole(form.get("not_contacted_days", ""), "not_contacted_days", 1, 3650),
    )
