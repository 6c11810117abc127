"""No sequence of sales, redemptions, returns, visits, corrections and imports creates money or points.

A stateful property test: hypothesis drives one customer's history step by step and after every step checks
what a careful shop owner would, reading the database itself rather than the service's own figures.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import func, select

from boutique_vip import clock
from boutique_vip.domain.customer import card_from_form
from boutique_vip.domain.points import LIFETIME_KINDS
from boutique_vip.domain.rules import Rules
from boutique_vip.domain.sales import Sale, SaleLine
from boutique_vip.services import Services
from boutique_vip.storage.engine import Database
from boutique_vip.storage.models import PointsEntry, Receipt, ReceiptLine

START = dt.datetime(2026, 3, 1, 11)
PRICES = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("3000"), places=2)
LINES = st.lists(
    st.tuples(st.integers(1, 3), PRICES, st.integers(0, 30)),  # qty, unit price, discount in %
    min_size=1,
    max_size=4,
)
HEADER = "receipt_no,date,card_no,sku,qty,unit_price,discount,amount,return_of\n"


def _lines(spec: list[tuple[int, Decimal, int]]) -> list[SaleLine]:
    lines = []
    for n, (qty, price, off) in enumerate(spec):
        discount = (qty * price * off / 100).quantize(Decimal("0.01"))
        lines.append(SaleLine(sku=f"K{n}", qty=qty, unit_price=price, discount=discount))
    return lines


class PointsMachine(RuleBasedStateMachine):
    services: Services
    folder: Path
    number = 0  # customers made so far: each example is a new customer in the same database

    @initialize()
    def new_customer(self) -> None:
        clock.freeze(START)
        PointsMachine.number += 1
        card = self.services.customers.save(
            card_from_form({"name": f"顾客{self.number}", "registered_on": "2025-01-01"})
        )
        assert card.id is not None
        self.cid, self.card_no = card.id, card.card_no
        self.sales: list[str] = []
        self.imported = 0
        # What the counter took and gave back, as the service said at the time (receipt → figures).
        self.paid: dict[str, tuple[Decimal, int]] = {}  # cash paid, points redeemed
        self.refunded: dict[str, tuple[Decimal, int]] = {}  # cash refunded, points given back

    # --- steps --------------------------------------------------------------------------------------

    @rule(spec=LINES, redeem_units=st.integers(0, 5))
    def sale(self, spec: list[tuple[int, Decimal, int]], redeem_units: int) -> None:
        lines = _lines(spec)
        total = sum((line.paid() for line in lines), Decimal(0))
        rules = self.shop_rules
        balance = self.services.sales.quote(self.cid, lines).balance
        units = min(redeem_units, balance // rules.redeem_points_unit, int(total // rules.redeem_value_yuan))
        redeemed = units * rules.redeem_points_unit
        result = self.services.sales.record_sale(Sale(self.cid, clock.now(), lines, redeemed), None)
        self.sales.append(result.receipt_no)
        self.paid[result.receipt_no] = (result.quote.to_pay, redeemed)

    def _return(self, receipt_no: str, quantities: dict[int, int]) -> None:
        quote = self.services.sales.record_return(receipt_no, quantities, None)
        cash, points = self.refunded.get(receipt_no, (Decimal(0), 0))
        self.refunded[receipt_no] = (cash + quote.refund, points + quote.points_returned)

    @precondition(lambda self: bool(self.sales))
    @rule(pick=st.integers(0, 10_000), line_pick=st.integers(0, 10), qty=st.integers(1, 3))
    def partial_or_full_return(self, pick: int, line_pick: int, qty: int) -> None:
        receipt_no = self.sales[pick % len(self.sales)]
        open_lines = [r for r in self.services.sales.returnable_lines(receipt_no) if r.returnable]
        if not open_lines:
            return
        line = open_lines[line_pick % len(open_lines)]
        self._return(receipt_no, {line.line_id: min(qty, line.returnable)})

    @precondition(lambda self: bool(self.sales))
    @rule(pick=st.integers(0, 10_000))
    def return_everything(self, pick: int) -> None:
        receipt_no = self.sales[pick % len(self.sales)]
        left = {
            r.line_id: r.returnable for r in self.services.sales.returnable_lines(receipt_no) if r.returnable
        }
        if left:
            self._return(receipt_no, left)

    @rule()
    def visit(self) -> None:
        self.services.sales.log_visit(self.cid, clock.today(), "试衣", None)

    @rule(points=st.integers(-3000, 3000).filter(bool))
    def correction(self, points: int) -> None:
        balance = self.services.tiers.of(self.cid).balance  # type: ignore[union-attr]
        self.services.sales.correct_points(self.cid, max(points, -balance) or 1, "盘点更正", None)

    @rule(spec=LINES, return_first=st.booleans())
    def import_a_till_file(self, spec: list[tuple[int, Decimal, int]], return_first: bool) -> None:
        """A till file with one sale and, sometimes, the return of its first piece the same day."""
        self.imported += 1
        receipt_no = f"I{self.number}-{self.imported}"
        day = clock.today().isoformat()
        rows = [
            f"{receipt_no},{day} 10:00,{self.card_no},{ln.sku},{ln.qty},{ln.unit_price},{ln.discount},"
            f"{ln.paid()},"
            for ln in _lines(spec)
        ]
        first = _lines(spec)[0]
        if return_first:
            piece = (first.paid() / first.qty).quantize(Decimal("0.01"))
            rows.append(f"R{receipt_no},{day} 12:00,{self.card_no},{first.sku},-1,0,0,-{piece},{receipt_no}")
        path = self.folder / f"{receipt_no}.csv"
        path.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
        report = self.services.imports.import_purchases(path, skip_bad=True)
        assert report.applied, report.lines()
        self.sales.append(receipt_no)

    @rule(days=st.integers(0, 40))
    def next_day(self, days: int) -> None:
        clock.freeze(clock.now() + dt.timedelta(days=days))

    # --- what must always hold ------------------------------------------------------------------------

    @property
    def shop_rules(self) -> Rules:
        return self.services.shop.rules()

    @invariant()
    def the_counter_never_gives_back_more_than_it_took(self) -> None:
        for receipt_no, (cash, points) in self.refunded.items():
            cash_paid, points_paid = self.paid.get(receipt_no, (cash, points))  # imported: checked below
            assert cash <= cash_paid and points <= points_paid

    @invariant()
    def cash_refunded_for_a_line_is_at_most_what_was_paid_for_it(self) -> None:
        L, R = ReceiptLine, Receipt
        with self.services.db.session() as s:
            lines = s.execute(
                select(L.id, L.amount, L.redeemed_value, L.points, L.redeemed_points)
                .join(R, R.id == L.receipt_id)
                .where(R.customer_id == self.cid, R.kind == "sale")
            ).all()
            back = {
                row[0]: row[1:]
                for row in s.execute(
                    select(
                        L.return_of_line_id,
                        func.sum(L.amount),
                        func.sum(L.redeemed_value),
                        func.sum(L.points),
                        func.sum(L.redeemed_points),
                    )
                    .where(L.return_of_line_id.is_not(None))
                    .group_by(L.return_of_line_id)
                )
            }
            deductions = s.scalar(
                select(func.coalesce(func.sum(R.refund_deduction), 0)).where(R.customer_id == self.cid)
            )
        assert deductions >= 0
        for line_id, amount, value, points, redeemed in lines:
            cash_paid = amount - value
            assert 0 <= value <= amount and cash_paid >= 0
            # Points are earned on the cash share only (at most the largest multiplier on it).
            assert points <= int(cash_paid) * self.shop_rules.points_per_yuan * 3
            gross_back, value_back, points_back, redeemed_back = back.get(line_id, (0, 0, 0, 0))
            assert -(gross_back - value_back) <= cash_paid  # cash refunded ≤ cash paid
            assert -value_back <= value and -redeemed_back <= redeemed and -points_back <= points

    @invariant()
    def no_receipt_refunds_more_cash_than_it_took(self) -> None:
        R = Receipt
        with self.services.db.session() as s:
            sales = s.execute(
                select(R.id, R.total - R.redeemed_value).where(R.customer_id == self.cid, R.kind == "sale")
            ).all()
            refunds = dict(
                s.execute(  # type: ignore[arg-type]
                    select(R.return_of_id, func.sum(R.total - R.redeemed_value + R.refund_deduction))
                    .where(R.customer_id == self.cid, R.kind == "return")
                    .group_by(R.return_of_id)
                ).all()
            )
        for receipt_id, cash_paid in sales:
            assert -refunds.get(receipt_id, 0) <= cash_paid  # in whole fen: the columns' stored values

    @invariant()
    def the_balance_is_the_ledger_and_every_screen_agrees(self) -> None:
        with self.services.db.session() as s:
            rows = s.execute(
                select(PointsEntry.kind, PointsEntry.points).where(PointsEntry.customer_id == self.cid)
            ).all()
        ledger = sum(points for _, points in rows)
        lifetime = sum(points for kind, points in rows if kind in {k.value for k in LIFETIME_KINDS})
        row = self.services.tiers.of(self.cid)
        assert row is not None
        assert (row.balance, row.lifetime_points) == (ledger, lifetime)
        assert row.balance >= 0  # the shortfall rule reduced the refund instead
        counter = self.services.sales.quote(self.cid, [SaleLine(qty=1, unit_price=Decimal(1))]).balance
        assert counter == row.balance


def test_no_sequence_of_counter_work_creates_money_or_points(
    db_path: Path, new_database: Callable[[Path], Database]
) -> None:
    database = new_database(db_path)
    PointsMachine.services = Services.create(database, clock.now)
    with tempfile.TemporaryDirectory() as folder:
        PointsMachine.folder = Path(folder)
        try:
            run_state_machine_as_test(
                PointsMachine,
                settings=settings(max_examples=40, stateful_step_count=12, deadline=None, derandomize=True),
            )
        finally:
            database.close()
