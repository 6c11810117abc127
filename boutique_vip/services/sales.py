"""The counter: sales, returns, redeeming points and store visits; the shop's receipts and a customer's history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased, selectinload

from boutique_vip.domain.changes import SALE, Topic, changes
from boutique_vip.domain.customer import EARLIEST_RECORD_DAY
from boutique_vip.domain.errors import (
    QT_TRANSLATE_NOOP,
    BoutiqueError,
    FieldError,
    NotFound,
    ValidationFailed,
)
from boutique_vip.domain.permissions import Action, require
from boutique_vip.domain.points import (
    EarnRule,
    LedgerKind,
    LineShare,
    Multiplier,
    ReturnedShare,
    check_redemption,
    earn_rule,
    line_points,
    points_taken_back,
    redemption_value,
    returned_share,
    settle_return,
    spread_redemption,
)
from boutique_vip.domain.points_expiry import expires_on
from boutique_vip.domain.rules import Rules
from boutique_vip.domain.sales import RECEIPT_NO_LIMIT, Sale, SaleLine, check_sale_lines
from boutique_vip.domain.users import Actor
from boutique_vip.services.audit import AuditService
from boutique_vip.storage import points_expiry as expiry_store
from boutique_vip.storage import tiers as tier_store
from boutique_vip.storage.customers import birthday_of, next_number
from boutique_vip.storage.engine import Database
from boutique_vip.storage.models import Customer, PointsEntry, Receipt, ReceiptLine, SalesGroup, User, Visit

NO_CUSTOMER = QT_TRANSLATE_NOOP("Errors", "This customer's card no longer exists.")
FUTURE_DAY = QT_TRANSLATE_NOOP(
    "Errors", "The receipt is dated {day}, after today ({today}): it cannot be recorded yet."
)


@dataclass(frozen=True)
class SaleQuote:
    """What the counter screen shows before saving: the points, the redemption's split over the lines and
    what is left to pay. A line earns points on the part paid in money only."""

    total: Decimal
    line_points: list[int]
    points: int
    rule: EarnRule
    balance: int
    redeem_value: Decimal
    to_pay: Decimal
    shares: list[LineShare] = field(default_factory=list)  # each line's part paid with points
    line_amounts: list[Decimal] = field(default_factory=list)

    def cash(self, line: int) -> Decimal:
        """What line ``line`` (from 0) costs in money once its part of the redemption is taken off."""
        return self.line_amounts[line] - self.shares[line].value


@dataclass(frozen=True)
class SaleResult:
    receipt_no: str
    quote: SaleQuote
    tier_before: str | None
    tier_after: str | None
    referrer_credited: int | None = None  # the card her first purchase earned referral points


@dataclass(frozen=True)
class ReturnableLine:
    line_id: int
    sku: str
    description: str
    size: str
    colour: str
    qty: int  # bought
    returnable: int  # not yet returned
    amount: Decimal
    points: int
    redeemed_value: Decimal = Decimal(0)  # part of ``amount`` paid with points


@dataclass(frozen=True)
class ReturnQuote:
    """What a return gives back. ``refund_before_deduction`` is the cash paid for the pieces; the part paid
    with points comes back as ``points_returned`` on the balance, never as cash."""

    receipt_no: str
    refund_before_deduction: Decimal
    points_due: int
    balance: int
    points_from_balance: int
    shortfall_points: int
    refund_deduction: Decimal
    refund: Decimal
    points_returned: int = 0
    redeemed_value_returned: Decimal = Decimal(0)


@dataclass(frozen=True)
class ReceiptSummary:
    id: int
    receipt_no: str
    day: dt.date
    kind: str
    card_no: str
    customer: str
    total: Decimal
    points: int
    group: str
    staff: str


@dataclass
class ReceiptFilter:
    day_from: dt.date | None = None
    day_to: dt.date | None = None
    group_id: int | None = None
    staff_id: int | None = None
    customer_id: int | None = None
    kind: str = ""  # "sale" or "return"; empty: both
    anonymous: bool = False  # only receipts on no card (to put one on hers: 补登)


@dataclass(frozen=True)
class LineView:
    description: str
    category: str
    size: str
    colour: str
    qty: int
    unit_price: Decimal
    amount: Decimal
    points: int
    redeemed_value: Decimal = Decimal(0)  # part of the amount paid (or, on a return, given back) as points

    @property
    def cash(self) -> Decimal:
        return self.amount - self.redeemed_value


@dataclass(frozen=True)
class HistoryEntry:
    """One event on the customer's timeline."""

    day: dt.date
    kind: str  # sale | return | visit
    receipt_no: str = ""
    total: Decimal = Decimal(0)
    note: str = ""
    lines: list[LineView] = field(default_factory=list)
    points_redeemed: int = 0  # a sale: points that paid part of it; a return: points given back (negative)
    redeemed_value: Decimal = Decimal(0)
    refund_deduction: Decimal = Decimal(0)  # a return: kept from the refund for points she no longer had

    @property
    def cash(self) -> Decimal:
        """Paid in money (a sale) or refunded in money (a return, negative)."""
        return self.total - self.redeemed_value + self.refund_deduction


@dataclass(frozen=True)
class LedgerRow:
    day: dt.date
    kind: str
    points: int
    reason: str
    user: str


def balance_of(s: Session, customer_id: int, day: dt.date) -> int:
    """Her balance on ``day``: the ledger's rows up to that day, the figure ``tiers`` shows for the day."""
    return int(
        s.scalar(
            select(func.coalesce(func.sum(PointsEntry.points), 0)).where(
                PointsEntry.customer_id == customer_id, PointsEntry.day <= day
            )
        )
        or 0
    )


class SalesService:
    def __init__(
        self, db: Database, now: Callable[[], dt.datetime], rules: Callable[[], Rules], audit: AuditService
    ) -> None:
        self.audit = audit
        self.db = db
        self.now = now
        self.rules = rules

    # --- a sale ----------------------------------------------------------------------------

    def quote(
        self,
        customer_id: int | None,
        lines: list[SaleLine],
        redeem_points: int = 0,
        day: dt.date | None = None,
    ) -> SaleQuote:
        with self.db.session() as s:
            return self._quote(s, customer_id, lines, redeem_points, day or self.now().date(), self.rules())

    def _quote(
        self,
        s: Session,
        customer_id: int | None,
        lines: list[SaleLine],
        redeem: int,
        day: dt.date,
        rules: Rules,
    ) -> SaleQuote:
        amounts = [line.paid() for line in lines]
        total = sum(amounts, Decimal(0))
        if customer_id is None:
            return SaleQuote(
                total,
                [0] * len(lines),
                0,
                EarnRule(1, Multiplier.NONE),
                0,
                Decimal(0),
                total,
                [LineShare(Decimal(0), 0)] * len(lines),
                amounts,
            )
        customer = s.get(Customer, customer_id)
        if customer is None:
            raise NotFound(NO_CUSTOMER)
        rule = earn_rule(day, birthday_of(customer), rules)  # not the whole card: her family is not read
        value = redemption_value(redeem, rules)
        # More than the sale is refused when saving; until then nothing is spread.
        shares = spread_redemption(amounts, redeem if value <= total else 0, min(value, total))
        points = [line_points(a - share.value, rule, rules) for a, share in zip(amounts, shares, strict=True)]
        balance = balance_of(s, customer_id, day)
        return SaleQuote(
            total, points, sum(points), rule, balance, value, max(total - value, Decimal(0)), shares, amounts
        )

    @changes(*SALE)
    def record_sale(self, sale: Sale, actor: Actor | None, source: str = "counter") -> SaleResult:
        require(actor, Action.RECORD_SALE)
        rules = self.rules()
        with self.db.session() as s, s.begin():
            result = self._record_sale(s, sale, actor, source, rules)
        return result

    def _record_sale(
        self, s: Session, sale: Sale, actor: Actor | None, source: str, rules: Rules, recompute: bool = True
    ) -> SaleResult:
        errors = check_sale_lines(sale.lines)
        if errors:
            raise ValidationFailed(errors)
        day = sale.at.date()
        self._check_day(day)
        quote = self._quote(s, sale.customer_id, sale.lines, sale.redeem_points, day, rules)
        customer = s.get(Customer, sale.customer_id) if sale.customer_id else None
        if sale.redeem_points:
            if customer is None:
                raise BoutiqueError(
                    QT_TRANSLATE_NOOP("Errors", "Points can only be redeemed on a customer's card.")
                )
            check_redemption(sale.redeem_points, quote.balance, rules)
            if quote.redeem_value > quote.total:
                raise BoutiqueError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Redeeming {value} yuan is more than the sale's {total} yuan."
                    ),
                    value=quote.redeem_value,
                    total=quote.total,
                )
        receipt_no = sale.receipt_no or f"S{next_number(s, 'receipt'):08d}"
        self._check_receipt_no(receipt_no)
        if s.scalar(select(Receipt.id).where(Receipt.receipt_no == receipt_no)) is not None:
            raise BoutiqueError(
                QT_TRANSLATE_NOOP("Errors", "Receipt {receipt_no} is already recorded."),
                receipt_no=receipt_no,
            )
        user_id = actor.id if actor else None
        group_id = customer.group_id if customer else None
        staff_id = user_id if source == "counter" else (customer.staff_id if customer else None)
        if source == "counter" and actor is not None:
            group_id = s.scalar(select(User.group_id).where(User.id == actor.id)) or group_id
        receipt = Receipt(
            receipt_no=receipt_no,
            customer_id=sale.customer_id,
            day=day,
            at=sale.at,
            kind="sale",
            total=quote.total,
            points_redeemed=sale.redeem_points,
            redeemed_value=quote.redeem_value,
            refund_deduction=Decimal(0),
            staff_id=staff_id,
            group_id=group_id,
            source=source,
            created_by=user_id,
            created_at=self.now(),
        )
        for number, (line, points, share) in enumerate(
            zip(sale.lines, quote.line_points, quote.shares, strict=True), start=1
        ):
            receipt.lines.append(
                ReceiptLine(
                    line_no=number,
                    sku=line.sku,
                    description=line.description,
                    category=line.category,
                    size=line.size,
                    colour=line.colour,
                    style=line.style,
                    qty=line.qty,
                    unit_price=line.unit_price,
                    discount=line.discount,
                    amount=line.paid(),
                    on_sale=line.on_sale,
                    points=points,
                    redeemed_value=share.value,
                    redeemed_points=share.points,
                )
            )
        s.add(receipt)
        s.flush()
        tier_before = customer.tier if customer else None
        referrer = None
        if customer is not None:
            why = (
                f" ×{quote.rule.multiplier} {quote.rule.why.value} {quote.rule.holiday}".rstrip()
                if quote.rule.multiplier > 1
                else ""
            )
            if quote.points:
                self._ledger(
                    s,
                    customer.id,
                    day,
                    LedgerKind.EARN,
                    quote.points,
                    receipt.id,
                    f"receipt {receipt_no}{why}",
                    user_id,
                )
            if sale.redeem_points:
                self._ledger(
                    s,
                    customer.id,
                    day,
                    LedgerKind.REDEEM,
                    -sale.redeem_points,
                    receipt.id,
                    f"receipt {receipt_no}: {quote.redeem_value} yuan off",
                    user_id,
                )
            referrer = self._credit_referrer(s, customer, receipt, day, rules, user_id)
            if recompute:
                affected = [customer.id] + ([referrer] if referrer else [])
                tier_store.apply(s, self.now().date(), rules, f"sale {receipt_no}", self.now(), affected)
        return SaleResult(receipt_no, quote, tier_before, customer.tier if customer else None, referrer)

    def _credit_referrer(
        self,
        s: Session,
        customer: Customer,
        receipt: Receipt,
        day: dt.date,
        rules: Rules,
        user_id: int | None,
    ) -> int | None:
        """Her first purchase earns the customer who brought her the referral points (a rule, 0: off), once,
        as a ledger row that names her. Returns the referrer credited."""
        if not customer.referrer_id or not rules.referral_points:
            return None
        earlier = s.scalar(
            select(Receipt.id)
            .where(Receipt.customer_id == customer.id, Receipt.kind == "sale", Receipt.id != receipt.id)
            .limit(1)
        )
        reason = f"referral {customer.card_no}"
        credited = s.scalar(
            select(PointsEntry.id)
            .where(
                PointsEntry.customer_id == customer.referrer_id,
                PointsEntry.kind == LedgerKind.REFERRAL.value,
                PointsEntry.reason == reason,
            )
            .limit(1)
        )
        if earlier is not None or credited is not None:
            return None
        self._ledger(
            s,
            customer.referrer_id,
            day,
            LedgerKind.REFERRAL,
            rules.referral_points,
            receipt.id,
            reason,
            user_id,
        )
        return customer.referrer_id

    def _check_day(self, day: dt.date) -> None:
        """A receipt dated after today would earn points that every figure of today leaves out; one dated
        before the shop's records could begin is a mistyped year."""
        today = self.now().date()
        if day > today:
            raise BoutiqueError(FUTURE_DAY, day=day.isoformat(), today=today.isoformat())
        if day < EARLIEST_RECORD_DAY:
            raise BoutiqueError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The receipt is dated {day}: receipts from {earliest} on are kept."
                ),
                day=day.isoformat(),
                earliest=EARLIEST_RECORD_DAY.isoformat(),
            )

    @staticmethod
    def _check_receipt_no(receipt_no: str) -> None:
        if len(receipt_no) > RECEIPT_NO_LIMIT:
            raise BoutiqueError(
                QT_TRANSLATE_NOOP("Errors", "A receipt number has at most {limit} characters."),
                limit=RECEIPT_NO_LIMIT,
            )

    def _ledger(
        self,
        s: Session,
        customer_id: int,
        day: dt.date,
        kind: LedgerKind,
        points: int,
        receipt_id: int | None,
        reason: str,
        user_id: int | None,
    ) -> None:
        s.add(
            PointsEntry(
                customer_id=customer_id,
                day=day,
                kind=kind.value,
                points=points,
                receipt_id=receipt_id,
                reason=reason,
                user_id=user_id,
                created_at=self.now(),
            )
        )

    # --- a return --------------------------------------------------------------------------

    def returnable_lines(self, receipt_no: str) -> list[ReturnableLine]:
        with self.db.session() as s:
            return self.returnable_lines_in(s, receipt_no)

    def returnable_lines_in(self, s: Session, receipt_no: str) -> list[ReturnableLine]:
        receipt = self._sale_receipt(s, receipt_no)
        returned = self._returned_qty(s, receipt)
        return [
            ReturnableLine(
                line.id,
                line.sku,
                line.description,
                line.size,
                line.colour,
                line.qty,
                line.qty - returned.get(line.id, 0),
                line.amount,
                line.points,
                line.redeemed_value,
            )
            for line in receipt.lines
        ]

    def _sale_receipt(self, s: Session, receipt_no: str) -> Receipt:
        receipt = s.scalar(
            select(Receipt)
            .options(selectinload(Receipt.lines))
            .where(Receipt.receipt_no == receipt_no.strip(), Receipt.kind == "sale")
        )
        if receipt is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "There is no sale with receipt number {receipt_no}."),
                receipt_no=receipt_no,
            )
        return receipt

    def _returned_qty(self, s: Session, receipt: Receipt) -> dict[int, int]:
        rows = s.execute(
            select(ReceiptLine.return_of_line_id, func.sum(-ReceiptLine.qty))
            .where(ReceiptLine.return_of_line_id.in_([line.id for line in receipt.lines]))
            .group_by(ReceiptLine.return_of_line_id)
        )
        return {int(line_id or 0): int(qty or 0) for line_id, qty in rows}

    def quote_return(self, receipt_no: str, quantities: Mapping[int, int]) -> ReturnQuote:
        with self.db.session() as s:
            receipt = self._sale_receipt(s, receipt_no)
            return self._quote_return(s, receipt, quantities, self.rules(), self.now().date())[0]

    def _quote_return(
        self, s: Session, receipt: Receipt, quantities: Mapping[int, int], rules: Rules, day: dt.date
    ) -> tuple[ReturnQuote, list[tuple[ReceiptLine, int, ReturnedShare, int]]]:
        returned = self._returned_qty(s, receipt)
        by_id = {line.id: line for line in receipt.lines}
        # A return takes back only points that have not expired: those of the sale that expired stay gone.
        expired = self._expired_of_sale(s, receipt, day)
        plan: list[tuple[ReceiptLine, int, ReturnedShare, int]] = []
        for line_id, qty in quantities.items():
            if qty == 0:
                continue
            line = by_id.get(line_id)
            if line is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Errors", "That line is not on receipt {receipt_no}."),
                    receipt_no=receipt.receipt_no,
                )
            before = returned.get(line_id, 0)
            left = line.qty - before
            if qty < 0 or qty > left:
                raise BoutiqueError(
                    QT_TRANSLATE_NOOP("Errors", "Only {left} of “{item}” can still be returned."),
                    left=left,
                    item=line.description or line.sku,
                )
            cash_before, value_before = self._given_back(s, line)
            share = returned_share(
                line.amount,
                LineShare(line.redeemed_value, line.redeemed_points),
                line.qty,
                before,
                qty,
                cash_before,
                value_before,
            )
            points = points_taken_back(line.points, line.qty, before, qty)
            spared = min(points, expired)
            expired -= spared
            plan.append((line, qty, share, points - spared))
        if not plan:
            raise BoutiqueError(QT_TRANSLATE_NOOP("Errors", "Choose at least one piece to return."))
        cash = sum((p[2].cash for p in plan), Decimal(0))
        points_back = sum(p[2].points for p in plan) if receipt.customer_id else 0
        due = sum(p[3] for p in plan) if receipt.customer_id else 0
        balance = balance_of(s, receipt.customer_id, day) if receipt.customer_id else 0
        # The points that paid for the pieces come back first; the earned points are taken from that balance.
        settlement = settle_return(due, balance + points_back, rules, cash)
        quote = ReturnQuote(
            receipt.receipt_no,
            cash,
            due,
            balance,
            settlement.points_from_balance,
            settlement.shortfall_points,
            settlement.refund_deduction,
            cash - settlement.refund_deduction,
            points_back,
            sum((p[2].value for p in plan), Decimal(0)),
        )
        return quote, plan

    @staticmethod
    def _expired_of_sale(s: Session, receipt: Receipt, day: dt.date) -> int:
        """The points this sale earned that expired by ``day`` (积分清零), not to be taken back again."""
        expires = expires_on(expiry_store.periods(s), receipt.day)
        if receipt.customer_id is None or expires is None or expires >= day:
            return 0
        replayed = expiry_store.replayed(s, receipt.customer_id, day)
        return replayed.expired_of_sale.get(receipt.id, 0) if replayed else 0

    def _given_back(self, s: Session, line: ReceiptLine) -> tuple[Decimal, Decimal]:
        """Cash refunded and the value given back as points for ``line`` by earlier returns."""
        amount, value = s.execute(
            select(
                func.coalesce(func.sum(ReceiptLine.amount), 0),
                func.coalesce(func.sum(ReceiptLine.redeemed_value), 0),
            ).where(ReceiptLine.return_of_line_id == line.id)
        ).one()
        return value - amount, -value  # return lines are negative

    @changes(*SALE)
    def record_return(
        self,
        receipt_no: str,
        quantities: Mapping[int, int],
        actor: Actor | None,
        at: dt.datetime | None = None,
        return_no: str = "",
        source: str = "counter",
    ) -> ReturnQuote:
        require(actor, Action.RECORD_SALE)
        rules = self.rules()
        with self.db.session() as s, s.begin():
            return self._record_return(
                s, receipt_no, quantities, actor, at or self.now(), return_no, source, rules
            )

    def _record_return(
        self,
        s: Session,
        receipt_no: str,
        quantities: Mapping[int, int],
        actor: Actor | None,
        at: dt.datetime,
        return_no: str,
        source: str,
        rules: Rules,
        recompute: bool = True,
    ) -> ReturnQuote:
        original = self._sale_receipt(s, receipt_no)
        self._check_day(at.date())
        if at.date() < original.day:
            raise BoutiqueError(
                QT_TRANSLATE_NOOP("Errors", "A return cannot be dated before its sale ({day})."),
                day=original.day.isoformat(),
            )
        quote, plan = self._quote_return(s, original, quantities, rules, at.date())
        number = return_no or f"R{next_number(s, 'return'):08d}"
        self._check_receipt_no(number)
        user_id = actor.id if actor else None
        receipt = Receipt(
            receipt_no=number,
            customer_id=original.customer_id,
            day=at.date(),
            at=at,
            kind="return",
            return_of_id=original.id,
            total=-sum((share.amount for _line, _qty, share, _points in plan), Decimal(0)),
            points_redeemed=-quote.points_returned,
            redeemed_value=-quote.redeemed_value_returned,
            refund_deduction=quote.refund_deduction,
            staff_id=user_id or original.staff_id,
            group_id=original.group_id,
            source=source,
            created_by=user_id,
            created_at=self.now(),
        )
        for number_in_receipt, (line, qty, share, points) in enumerate(plan, start=1):
            receipt.lines.append(
                ReceiptLine(
                    line_no=number_in_receipt,
                    sku=line.sku,
                    description=line.description,
                    category=line.category,
                    size=line.size,
                    colour=line.colour,
                    style=line.style,
                    qty=-qty,
                    unit_price=line.unit_price,
                    discount=Decimal(0),
                    amount=-share.amount,
                    on_sale=line.on_sale,
                    points=-points,
                    redeemed_value=-share.value,
                    redeemed_points=-share.points,
                    return_of_line_id=line.id,
                )
            )
        s.add(receipt)
        s.flush()
        why = f"return {number} of {original.receipt_no}"
        if original.customer_id and quote.points_returned:
            self._ledger(
                s,
                original.customer_id,
                at.date(),
                LedgerKind.REDEEM_RETURNED,
                quote.points_returned,
                receipt.id,
                f"{why}: {quote.redeemed_value_returned} yuan paid with points given back as points",
                user_id,
            )
        if original.customer_id and quote.points_due:
            self._ledger(
                s,
                original.customer_id,
                at.date(),
                LedgerKind.RETURN,
                -quote.points_due,
                receipt.id,
                why,
                user_id,
            )
            if quote.shortfall_points:
                self._ledger(
                    s,
                    original.customer_id,
                    at.date(),
                    LedgerKind.REFUND_SETTLED,
                    quote.shortfall_points,
                    receipt.id,
                    f"{why}: {quote.shortfall_points} points short, {quote.refund_deduction} yuan kept from the refund",
                    user_id,
                )
        if original.customer_id and recompute:
            tier_store.apply(
                s, self.now().date(), rules, f"return {number}", self.now(), [original.customer_id]
            )
        return quote

    @changes(*SALE)
    def void_sale(
        self, receipt_no: str, reason: str, manager: Actor | None, at: dt.datetime | None = None
    ) -> ReturnQuote:
        """Take back a sale just recorded (a wrong line, the wrong customer), with a manager's word and a
        reason: every piece is returned on the day of the sale, its points reversed and any points paid
        with given back. Nothing is deleted: the sale stays and its void is a return marked ``void``; the
        audit log keeps who, why and the refund."""
        require(manager, Action.VOID_SALE)
        if not reason.strip():
            raise FieldError("reason", QT_TRANSLATE_NOOP("Validation", "Say why the sale is voided."))
        at = at or self.now()
        rules = self.rules()
        with self.db.session() as s, s.begin():
            original = self._sale_receipt(s, receipt_no)
            if original.day != at.date():
                raise BoutiqueError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Only a sale made today can be voided; record a return of receipt {receipt_no}.",
                    ),
                    receipt_no=original.receipt_no,
                )
            if any(self._returned_qty(s, original).values()):
                raise BoutiqueError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Part of receipt {receipt_no} was already returned: record a return of the rest instead.",
                    ),
                    receipt_no=original.receipt_no,
                )
            quantities = {line.id: line.qty for line in original.lines}
            quote = self._record_return(s, original.receipt_no, quantities, manager, at, "", "void", rules)
            # A referral this sale earned (her first purchase) is taken back with it.
            for referrer_id, points, reason in s.execute(
                select(PointsEntry.customer_id, PointsEntry.points, PointsEntry.reason).where(
                    PointsEntry.receipt_id == original.id, PointsEntry.kind == LedgerKind.REFERRAL.value
                )
            ).all():
                self._ledger(
                    s,
                    referrer_id,
                    at.date(),
                    LedgerKind.REFERRAL,
                    -points,
                    original.id,
                    f"{reason}: sale {original.receipt_no} voided",
                    manager.id if manager else None,
                )
                tier_store.apply(
                    s, at.date(), rules, f"void {original.receipt_no}", self.now(), [referrer_id]
                )
            self.audit.record_in(
                s,
                manager,
                "sale_voided",
                original.receipt_no,
                reason=reason.strip(),
                refund=str(quote.refund),
            )
            return quote

    @changes(*SALE)
    def attach_receipt(self, receipt_no: str, customer_id: int, actor: Actor | None) -> int:
        """补登: she bought without her card and brings the receipt. An anonymous sale of the last days (a rule)
        is put on her card: its points are earned as of the receipt's day (her birthday multiplier then), it
        counts as a registered receipt from now on, her tier is worked out again, and the audit log keeps it.
        Returns the points earned."""
        require(actor, Action.RECORD_SALE)
        rules = self.rules()
        today = self.now().date()
        with self.db.session() as s, s.begin():
            receipt = self._sale_receipt(s, receipt_no)
            # Two tills putting the same receipt on a card at once: the second waits, then finds it taken.
            s.execute(select(Receipt.id).where(Receipt.id == receipt.id).with_for_update())
            s.refresh(receipt, ["customer_id"])
            customer = s.get(Customer, customer_id)
            if customer is None or customer.erased_on is not None:
                raise NotFound(NO_CUSTOMER)
            if receipt.customer_id is not None:
                owner = s.scalar(select(Customer.card_no).where(Customer.id == receipt.customer_id))
                raise BoutiqueError(
                    QT_TRANSLATE_NOOP("Errors", "Receipt {receipt_no} is already on card {card_no}."),
                    receipt_no=receipt.receipt_no,
                    card_no=owner or "",
                )
            age = (today - receipt.day).days
            if age > rules.back_registration_days:
                raise BoutiqueError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Receipt {receipt_no} is {days} days old: a receipt can be put on a card within "
                        "{limit} days (a rule).",
                    ),
                    receipt_no=receipt.receipt_no,
                    days=age,
                    limit=rules.back_registration_days,
                )
            if any(self._returned_qty(s, receipt).values()):
                raise BoutiqueError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Part of receipt {receipt_no} was returned: it cannot be put on a card."
                    ),
                    receipt_no=receipt.receipt_no,
                )
            lines = [
                SaleLine(
                    ln.sku,
                    ln.description,
                    ln.category,
                    ln.size,
                    ln.colour,
                    ln.style,
                    ln.qty,
                    ln.unit_price,
                    ln.discount,
                    ln.amount,
                    ln.on_sale,
                )
                for ln in receipt.lines
            ]
            quote = self._quote(s, customer_id, lines, 0, receipt.day, rules)
            receipt.customer_id = customer_id
            receipt.group_id = receipt.group_id or customer.group_id
            for line, points in zip(receipt.lines, quote.line_points, strict=True):
                line.points = points
            if quote.points:
                why = (
                    f" ×{quote.rule.multiplier} {quote.rule.why.value} {quote.rule.holiday}".rstrip()
                    if quote.rule.multiplier > 1
                    else ""
                )
                self._ledger(
                    s,
                    customer_id,
                    receipt.day,
                    LedgerKind.EARN,
                    quote.points,
                    receipt.id,
                    f"receipt {receipt.receipt_no}{why}",
                    actor.id if actor else None,
                )
            s.flush()
            referrer = self._credit_referrer(
                s, customer, receipt, receipt.day, rules, actor.id if actor else None
            )
            tier_store.apply(
                s,
                today,
                rules,
                f"receipt {receipt.receipt_no} put on her card",
                self.now(),
                [customer_id] + ([referrer] if referrer else []),
            )
            self.audit.record_in(
                s,
                actor,
                "receipt_attached",
                receipt.receipt_no,
                card_no=customer.card_no,
                points=quote.points,
            )
            return quote.points

    def last_sold(self, sku: str) -> SaleLine | None:
        """What the shop last sold under this SKU (description, category, size, colour, style, price): the
        counter fills a line from the SKU alone (typed or scanned)."""
        if not sku.strip():
            return None
        with self.db.session() as s:
            voided = select(Receipt.return_of_id).where(Receipt.source == "void")
            line = s.scalar(
                select(ReceiptLine)
                .where(
                    ReceiptLine.sku == sku.strip(),
                    ReceiptLine.qty > 0,
                    ReceiptLine.receipt_id.not_in(voided),  # a sale voided for a wrong price teaches nothing
                )
                .order_by(ReceiptLine.id.desc())
                .limit(1)
            )
            if line is None:
                return None
            return SaleLine(
                line.sku,
                line.description,
                line.category,
                line.size,
                line.colour,
                line.style,
                1,
                line.unit_price,
                on_sale=line.on_sale,
            )

    # --- visits, receipts, history -----------------------------------------------------------

    @changes(*SALE)
    def log_visit(self, customer_id: int, day: dt.date, note: str, actor: Actor | None) -> None:
        require(actor, Action.RECORD_SALE)
        with self.db.session() as s, s.begin():
            if s.get(Customer, customer_id) is None:
                raise NotFound(NO_CUSTOMER)
            s.add(
                Visit(
                    customer_id=customer_id,
                    day=day,
                    note=note.strip(),
                    user_id=actor.id if actor else None,
                    created_at=self.now(),
                )
            )
            s.flush()
            tier_store.apply(s, self.now().date(), self.rules(), "visit", self.now(), [customer_id])

    @changes(*SALE)
    def correct_points(self, customer_id: int, points: int, reason: str, manager: Actor | None) -> int:
        """A manager's correction: a new ledger row (never an edit), with its reason, audited. Returns the
        new balance. A correction may not take the balance below zero."""
        require(manager, Action.POINT_CORRECTION)
        reason = reason.strip()
        if points == 0:
            raise FieldError(
                "points", QT_TRANSLATE_NOOP("Validation", "Enter the points to add or take off.")
            )
        if not reason:
            raise FieldError("reason", QT_TRANSLATE_NOOP("Validation", "Say why the points are corrected."))
        with self.db.session() as s, s.begin():
            customer = s.get(Customer, customer_id)
            if customer is None:
                raise NotFound(NO_CUSTOMER)
            balance = balance_of(s, customer_id, self.now().date())
            if balance + points < 0:
                raise FieldError(
                    "points",
                    QT_TRANSLATE_NOOP(
                        "Validation", "She has only {balance} points: the balance cannot go below 0."
                    ),
                    balance=balance,
                )
            self._ledger(
                s,
                customer_id,
                self.now().date(),
                LedgerKind.CORRECTION,
                points,
                None,
                reason,
                manager.id if manager else None,
            )
            self.audit.record_in(
                s, manager, "point_correction", customer.card_no, points=points, reason=reason
            )
            # A correction counts toward her lifetime points: her tier as the card keeps it follows at once.
            tier_store.apply(
                s, self.now().date(), self.rules(), "points corrected", self.now(), [customer_id]
            )
            return balance + points

    def receipts(
        self, filters: ReceiptFilter, after_id: int | None = None, limit: int = 200
    ) -> list[ReceiptSummary]:
        """The shop's receipts, newest first, one page at a time (keyset on id)."""
        staff = aliased(User)
        points = (
            select(func.sum(ReceiptLine.points)).where(ReceiptLine.receipt_id == Receipt.id).scalar_subquery()
        )
        stmt = (
            select(
                Receipt.id,
                Receipt.receipt_no,
                Receipt.day,
                Receipt.kind,
                Customer.card_no,
                Customer.name,
                Receipt.total,
                points,
                SalesGroup.name,
                staff.name,
            )
            .outerjoin(Customer, Customer.id == Receipt.customer_id)
            .outerjoin(SalesGroup, SalesGroup.id == Receipt.group_id)
            .outerjoin(staff, staff.id == Receipt.staff_id)
            .order_by(Receipt.id.desc())
            .limit(limit)
        )
        if after_id is not None:
            stmt = stmt.where(Receipt.id < after_id)
        if filters.day_from:
            stmt = stmt.where(Receipt.day >= filters.day_from)
        if filters.day_to:
            stmt = stmt.where(Receipt.day <= filters.day_to)
        if filters.group_id:
            stmt = stmt.where(Receipt.group_id == filters.group_id)
        if filters.staff_id:
            stmt = stmt.where(Receipt.staff_id == filters.staff_id)
        if filters.customer_id:
            stmt = stmt.where(Receipt.customer_id == filters.customer_id)
        if filters.kind:
            stmt = stmt.where(Receipt.kind == filters.kind)
        if filters.anonymous:
            stmt = stmt.where(Receipt.customer_id.is_(None))
        with self.db.session() as s:
            return [
                ReceiptSummary(
                    rid,
                    no,
                    day,
                    kind,
                    card or "",
                    name or "",
                    total,
                    int(pts or 0),
                    group or "",
                    staff_name or "",
                )
                for rid, no, day, kind, card, name, total, pts, group, staff_name in s.execute(stmt)
            ]

    def history(self, customer_id: int) -> list[HistoryEntry]:
        """Receipts (with their lines), returns and visits, newest first."""
        with self.db.session() as s:
            # Rows, not objects: a regular's card has hundreds of receipts.
            L = ReceiptLine
            rows = s.execute(
                select(
                    Receipt.id,
                    Receipt.day,
                    Receipt.kind,
                    Receipt.receipt_no,
                    Receipt.total,
                    Receipt.points_redeemed,
                    Receipt.redeemed_value,
                    Receipt.refund_deduction,
                    L.description,
                    L.category,
                    L.size,
                    L.colour,
                    L.qty,
                    L.unit_price,
                    L.amount,
                    L.points,
                    L.redeemed_value,
                )
                .outerjoin(L, L.receipt_id == Receipt.id)
                .where(Receipt.customer_id == customer_id)
                .order_by(Receipt.id, L.line_no)
            )
            by_receipt: dict[int, HistoryEntry] = {}
            for receipt_id, day, kind, receipt_no, total, redeemed, value, deduction, *line in rows:
                entry = by_receipt.get(receipt_id)
                if entry is None:
                    entry = by_receipt[receipt_id] = HistoryEntry(
                        day, kind, receipt_no, total, "", [], redeemed, value, deduction
                    )
                if line[4] is not None:  # qty: the receipt has lines (outer join)
                    entry.lines.append(LineView(*line))
            entries = list(by_receipt.values())
            entries += [
                HistoryEntry(v.day, "visit", note=v.note)
                for v in s.scalars(select(Visit).where(Visit.customer_id == customer_id))
            ]
        return sorted(entries, key=lambda e: (e.day, e.kind != "visit"), reverse=True)

    def points_expiring(self, customer_id: int) -> list[tuple[dt.date, int]]:
        """Her points that will expire (积分清零), by the day they expire: what her card shows."""
        with self.db.session() as s:
            replayed = expiry_store.replayed(s, customer_id, self.now().date())
        return list(replayed.upcoming.items()) if replayed else []

    @changes(Topic.RECEIPTS, Topic.CUSTOMERS)
    def expire_points(self) -> list[tuple[dt.date, int, int]]:
        """Expire the points of every 31 December up to today not expired yet (the daily run does it too;
        this checks every such day again, e.g. after old receipts were imported): (day, customers, points)."""
        now = self.now()
        with self.db.session() as s, s.begin():
            return expiry_store.expire_due(s, now.date(), now, every_day=True)

    def ledger(self, customer_id: int) -> list[LedgerRow]:
        with self.db.session() as s:
            rows = s.execute(
                select(PointsEntry.day, PointsEntry.kind, PointsEntry.points, PointsEntry.reason, User.name)
                .outerjoin(User, User.id == PointsEntry.user_id)
                .where(PointsEntry.customer_id == customer_id)
                .order_by(PointsEntry.day.desc(), PointsEntry.id.desc())
            )
            return [
                LedgerRow(day, kind, points, reason, user or "") for day, kind, points, reason, user in rows
            ]
