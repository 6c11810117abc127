"""Demo purchases, returns, redemptions and visits, written in bulk by the same point rules.

Two shapes of history: the demo's (three years, regulars seen in the last weeks, so every screen has something
to show) and the benchmark's scale shop (five years, about twenty purchase lines per customer spread evenly).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Table, func, insert, select

from boutique_vip.domain.birthdays import Birthday, CalendarKind
from boutique_vip.domain.points import (
    LedgerKind,
    LineShare,
    earn_rule,
    line_points,
    returned_share,
    settle_return,
    spread_redemption,
)
from boutique_vip.domain.rules import Rules
from boutique_vip.storage import models
from boutique_vip.storage.engine import Database

# category, size field, price range (yuan), styles
PRODUCTS = (
    ("上衣", "size_top", (199, 699), ("通勤", "休闲", "简约")),
    ("衬衫", "size_top", (259, 599), ("通勤", "知性")),
    ("连衣裙", "size_top", (399, 1299), ("优雅", "甜美", "复古")),
    ("外套", "size_top", (599, 1899), ("通勤", "简约")),
    ("大衣", "size_top", (1299, 3999), ("优雅", "知性")),
    ("牛仔裤", "size_bottom", (299, 799), ("休闲", "运动")),
    ("半身裙", "size_bottom", (259, 699), ("甜美", "优雅")),
    ("鞋", "size_shoe", (399, 1299), ("休闲", "通勤")),
)
COLOURS = ("黑", "白", "米色", "驼色", "藏青", "灰", "酒红", "粉", "墨绿", "卡其")


@dataclass(frozen=True)
class HistoryShape:
    """How many receipts regulars (8%), occasional (47%) and rare (45%) buyers have."""

    regular: tuple[int, int]
    occasional: tuple[int, int]
    rare: tuple[int, int]
    recent_regulars: bool  # regulars were also in during the last eight weeks
    busiest_card: int = 0  # customer id 1 gets this many receipts (0: the usual)


DEMO_SHAPE = HistoryShape((12, 36), (1, 6), (0, 2), recent_regulars=True)
#: About 11.9 receipts and 20 lines per customer: 50,000 customers make a million lines.
SCALE_SHAPE = HistoryShape((44, 84), (6, 17), (2, 4), recent_regulars=False, busiest_card=500)


def add_demo_purchases(
    db: Database,
    rules: Rules,
    seed: int,
    today: dt.date,
    progress: Callable[[int], None] | None = None,
    shape: HistoryShape = DEMO_SHAPE,
) -> None:
    rng = random.Random(seed + 1)
    with db.session() as s, s.begin():
        people = s.execute(
            select(
                models.Customer.id,
                models.Customer.registered_on,
                models.Customer.birthday_calendar,
                models.Customer.birth_month,
                models.Customer.birth_day,
                models.Customer.birth_year,
                models.Customer.size_top,
                models.Customer.size_bottom,
                models.Customer.size_shoe,
                models.Customer.favourite_colours,
                models.Customer.group_id,
                models.Customer.staff_id,
            )
        ).all()
        writer = _Writer(s, today)
        for done, person in enumerate(people, start=1):
            _history(rng, rules, today, person, writer, shape)
            if done % 2000 == 0:
                writer.flush()
                if progress:
                    progress(done)
        writer.flush()


class _Writer:
    """Collects rows and inserts them in batches with Core ``executemany``. The ids are handed out here
    (the writer is alone in its transaction), so returns can point at their sales without a round trip."""

    def __init__(self, s: Any, today: dt.date) -> None:
        self.s = s
        self.now = dt.datetime.combine(today, dt.time(8))
        self.receipts: list[tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]] = []
        self.visits: list[dict[str, Any]] = []
        self.number = 0
        self.receipt_id = s.scalar(select(func.coalesce(func.max(models.Receipt.id), 0)))
        self.line_id = s.scalar(select(func.coalesce(func.max(models.ReceiptLine.id), 0)))

    def receipt_no(self, prefix: str) -> str:
        self.number += 1
        return f"{prefix}{self.number:08d}"

    def add(self, receipt: dict[str, Any], lines: list[dict[str, Any]], ledger: list[dict[str, Any]]) -> None:
        self.receipt_id += 1
        receipt["id"] = self.receipt_id
        for line in lines:
            self.line_id += 1
            line["id"] = self.line_id
            line["receipt_id"] = self.receipt_id
        for entry in ledger:
            entry["receipt_id"] = self.receipt_id
        self.receipts.append((receipt, lines, ledger))

    def flush(self) -> None:
        if self.receipts:
            # A customer's whole history goes into one flush, so a return's sale is always in the same batch.
            connection = self.s.connection()
            connection.execute(insert(_table(models.Receipt)), [r for r, _, _ in self.receipts])
            connection.execute(
                insert(_table(models.ReceiptLine)), [ln for _, lines, _ in self.receipts for ln in lines]
            )
            ledger = [e for _, _, entries in self.receipts for e in entries]
            if ledger:
                connection.execute(insert(_table(models.PointsEntry)), ledger)
        if self.visits:
            self.s.connection().execute(insert(_table(models.Visit)), self.visits)
        self.receipts = []
        self.visits = []


def _table(model: Any) -> Table:
    return cast(Table, model.__table__)


def _history(
    rng: random.Random, rules: Rules, today: dt.date, person: Any, writer: _Writer, shape: HistoryShape
) -> None:
    (cid, registered, calendar, month, day, year, top, bottom, shoe, colours, group_id, staff_id) = person
    birthday = Birthday(CalendarKind(calendar), month, day, year) if calendar and month and day else None
    span = (today - registered).days
    # A few loyal regulars, many occasional buyers, some who never came back.
    kind = {1: 0.05, 2: 0.3, 3: 0.5}.get(
        cid, rng.random()
    )  # the README's example customers always have a history
    receipts = rng.randint(*shape.regular if kind < 0.08 else shape.occasional if kind < 0.55 else shape.rare)
    if cid == 1 and shape.busiest_card:
        receipts = shape.busiest_card
    days = sorted(registered + dt.timedelta(days=rng.randint(0, max(span, 0))) for _ in range(receipts))
    if shape.recent_regulars and kind < 0.08 and span > 30:  # regulars were in recently too
        days += sorted(today - dt.timedelta(days=rng.randint(0, 55)) for _ in range(rng.randint(2, 7)))
    sizes = {"size_top": top, "size_bottom": bottom, "size_shoe": shoe}
    liked = [c for c in colours.split(";") if c] or list(COLOURS[:2])
    balance = 0
    for when in days:
        if when > today:
            continue
        rule = earn_rule(when, birthday, rules)
        lines, total, points = [], Decimal(0), 0
        for number in range(1, rng.choice((1, 1, 1, 2, 2, 3)) + 1):
            category, size_field, (low, high), styles = rng.choice(PRODUCTS)
            price = Decimal(rng.randrange(low, high, 10) - 1)
            on_sale = rng.random() < 0.15
            paid = (price * Decimal("0.7")).quantize(Decimal(1)) if on_sale else price
            lines.append(
                {
                    "line_no": number,
                    "sku": f"{category[:1]}{rng.randint(100, 999)}",
                    "description": f"{rng.choice(liked)}{category}",
                    "category": category,
                    "size": sizes[size_field] or "M",
                    "colour": rng.choice(liked if rng.random() < 0.7 else COLOURS),
                    "style": rng.choice(styles),
                    "qty": 1,
                    "unit_price": price,
                    "discount": price - paid,
                    "amount": paid,
                    "on_sale": on_sale,
                    "return_of_line_id": None,
                }
            )
            total += paid
        redeem = 0
        if balance >= 3000 and rng.random() < 0.3:
            redeem = (
                min(balance // rules.redeem_points_unit, int(total // rules.redeem_value_yuan))
                * rules.redeem_points_unit
            )
        value = Decimal(redeem // rules.redeem_points_unit) * rules.redeem_value_yuan
        # As at the counter: the redemption is spread over the lines, points are earned on the cash share.
        for line, share in zip(
            lines, spread_redemption([ln["amount"] for ln in lines], redeem, value), strict=True
        ):
            line["redeemed_value"], line["redeemed_points"] = share.value, share.points
            line["points"] = line_points(line["amount"] - share.value, rule, rules)
            points += line["points"]
        at = dt.datetime.combine(when, dt.time(rng.randint(10, 20), rng.choice((0, 15, 30, 45))))
        no = writer.receipt_no("D")
        reason = f"receipt {no}" + (
            f" ×{rule.multiplier} {rule.why.value} {rule.holiday}".rstrip() if rule.multiplier > 1 else ""
        )
        ledger = [_entry(cid, when, LedgerKind.EARN, points, reason, writer.now)] if points else []
        if redeem:
            ledger.append(
                _entry(cid, when, LedgerKind.REDEEM, -redeem, f"receipt {no}: {value} yuan off", writer.now)
            )
        receipt = {
            "receipt_no": no,
            "customer_id": cid,
            "day": when,
            "at": at,
            "kind": "sale",
            "return_of_id": None,
            "total": total,
            "points_redeemed": redeem,
            "redeemed_value": value,
            "refund_deduction": Decimal(0),
            "staff_id": staff_id,
            "group_id": group_id,
            "source": "demo",
            "created_by": staff_id,
            "created_at": writer.now,
        }
        writer.add(receipt, lines, ledger)
        balance += points - redeem
        if rng.random() < 0.04 and (today - when).days > 3:
            balance = _return(
                rng,
                rules,
                writer,
                cid,
                receipt,
                lines[0],
                balance,
                when + dt.timedelta(days=rng.randint(1, 3)),
            )
        if rng.random() < 0.1:
            visit = min(today, when + dt.timedelta(days=rng.randint(5, 40)))
            writer.visits.append(
                {
                    "customer_id": cid,
                    "day": visit,
                    "note": "试衣",
                    "user_id": staff_id,
                    "created_at": writer.now,
                }
            )


def _return(
    rng: random.Random,
    rules: Rules,
    writer: _Writer,
    cid: int,
    receipt: dict[str, Any],
    line: dict[str, Any],
    balance: int,
    when: dt.date,
) -> int:
    back = returned_share(
        line["amount"],
        LineShare(line["redeemed_value"], line["redeemed_points"]),
        1,
        0,
        1,
        Decimal(0),
        Decimal(0),
    )
    settlement = settle_return(line["points"], balance + back.points, rules, back.cash)
    no = writer.receipt_no("DR")
    ledger = []
    why = f"return {no} of {receipt['receipt_no']}"
    if back.points:
        ledger.append(_entry(cid, when, LedgerKind.REDEEM_RETURNED, back.points, why, writer.now))
    if line["points"]:
        ledger.append(_entry(cid, when, LedgerKind.RETURN, -line["points"], why, writer.now))
        if settlement.shortfall_points:
            ledger.append(
                _entry(cid, when, LedgerKind.REFUND_SETTLED, settlement.shortfall_points, why, writer.now)
            )
    returned = {
        **line,
        "qty": -1,
        "amount": -line["amount"],
        "discount": Decimal(0),
        "points": -line["points"],
        "redeemed_value": -back.value,
        "redeemed_points": -back.points,
        "line_no": 1,
        "return_of_line_id": line["id"],
    }
    writer.add(
        {
            "receipt_no": no,
            "customer_id": cid,
            "day": when,
            "at": dt.datetime.combine(when, dt.time(15)),
            "kind": "return",
            "return_of_id": receipt["id"],
            "total": -line["amount"],
            "points_redeemed": -back.points,
            "redeemed_value": -back.value,
            "refund_deduction": settlement.refund_deduction,
            "staff_id": receipt["staff_id"],
            "group_id": receipt["group_id"],
            "source": "demo",
            "created_by": receipt["staff_id"],
            "created_at": writer.now,
        },
        [returned],
        ledger,
    )
    return balance + back.points - settlement.points_from_balance


def _entry(
    cid: int, day: dt.date, kind: LedgerKind, points: int, reason: str, now: dt.datetime
) -> dict[str, Any]:
    return {
        "customer_id": cid,
        "day": day,
        "kind": kind.value,
        "points": points,
        "reason": reason,
        "user_id": None,
        "created_at": now,
    }
