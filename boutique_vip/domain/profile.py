"""What her purchases say about her (the derived profile), next to what was typed on the card."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from boutique_vip.domain.customer import CustomerCard

CENT = Decimal("0.01")

# Which card size a category's purchases speak about. Categories not listed here only show per category.
SIZE_FIELD_BY_CATEGORY = {
    "上衣": "size_top",
    "外套": "size_top",
    "衬衫": "size_top",
    "T恤": "size_top",
    "毛衣": "size_top",
    "针织衫": "size_top",
    "连衣裙": "size_top",
    "风衣": "size_top",
    "大衣": "size_top",
    "裤子": "size_bottom",
    "牛仔裤": "size_bottom",
    "半身裙": "size_bottom",
    "裙子": "size_bottom",
    "鞋": "size_shoe",
    "鞋子": "size_shoe",
}


@dataclass(frozen=True)
class BoughtLine:
    """A line she kept: the quantity after returns, and what she paid per piece."""

    day: dt.date
    receipt_no: str
    category: str
    size: str
    colour: str
    style: str
    qty: int
    unit_paid: Decimal


@dataclass
class DerivedProfile:
    sizes: dict[str, str] = field(default_factory=dict)  # category → most bought size
    colours: list[str] = field(default_factory=list)
    styles: list[str] = field(default_factory=list)
    price_band: tuple[Decimal, Decimal] | None = None
    receipts: int = 0
    purchases_per_month: Decimal = Decimal(0)
    average_basket: Decimal | None = None
    lifetime_spend: Decimal = Decimal(0)
    last_purchase: dt.date | None = None
    last_visit: dt.date | None = None
    disagreements: dict[str, str] = field(default_factory=dict)  # card field → what she buys


def derive_profile(
    lines: list[BoughtLine],
    receipt_totals: dict[str, Decimal],
    last_visit: dt.date | None,
    card: CustomerCard,
    today: dt.date,
    top: int = 3,
) -> DerivedProfile:
    """``receipt_totals`` are net amounts per receipt (after returns) of receipts with a positive net."""
    profile = DerivedProfile(last_visit=last_visit)
    kept = [line for line in lines if line.qty > 0]
    by_category: dict[str, Counter[str]] = {}
    colours: Counter[str] = Counter()
    styles: Counter[str] = Counter()
    prices: list[Decimal] = []
    for line in kept:
        if line.size:
            by_category.setdefault(line.category, Counter())[line.size] += line.qty
        if line.colour:
            colours[line.colour] += line.qty
        if line.style:
            styles[line.style] += line.qty
        prices += [line.unit_paid] * line.qty
    profile.sizes = {cat: counts.most_common(1)[0][0] for cat, counts in sorted(by_category.items())}
    profile.colours = [c for c, _ in colours.most_common(top)]
    profile.styles = [s for s, _ in styles.most_common(top)]
    profile.price_band = middle_half(prices)
    totals = list(receipt_totals.values())
    profile.receipts = len(totals)
    profile.lifetime_spend = sum(totals, Decimal(0))
    if totals:
        profile.average_basket = (profile.lifetime_spend / len(totals)).quantize(CENT, rounding=ROUND_HALF_UP)
    if kept:
        first = min(line.day for line in kept)
        profile.last_purchase = max(line.day for line in kept)
        months = max(Decimal((today - first).days) / Decimal("30.44"), Decimal(1))
        profile.purchases_per_month = (Decimal(len(totals)) / months).quantize(
            Decimal("0.1"), rounding=ROUND_HALF_UP
        )
    profile.disagreements = _disagreements(by_category, card, profile.price_band)
    return profile


def middle_half(prices: list[Decimal]) -> tuple[Decimal, Decimal] | None:
    """The 25th to 75th percentile of the unit prices paid (nearest-rank), her usual price band."""
    if not prices:
        return None
    ordered = sorted(prices)
    n = len(ordered)
    low = ordered[max(0, -(-n // 4) - 1)]
    high = ordered[max(0, -(-3 * n // 4) - 1)]
    return low, high


def _disagreements(
    by_category: dict[str, Counter[str]], card: CustomerCard, band: tuple[Decimal, Decimal] | None
) -> dict[str, str]:
    found: dict[str, str] = {}
    per_field: dict[str, Counter[str]] = {}
    for category, counts in by_category.items():
        field_name = SIZE_FIELD_BY_CATEGORY.get(category)
        if field_name:
            per_field.setdefault(field_name, Counter()).update(counts)
    for field_name, counts in per_field.items():
        bought = counts.most_common(1)[0][0]
        typed = str(getattr(card, field_name))
        if typed and typed.upper() != bought.upper():
            found[field_name] = bought
    typed_band = (card.price_min, card.price_max)
    if (
        band
        and typed_band[0] is not None
        and typed_band[1] is not None
        and (band[0] > typed_band[1] or band[1] < typed_band[0])
    ):
        found["price_band"] = f"{band[0]}–{band[1]}"
    return found
