"""The daily call list: who to phone today and why, outcomes, carry-over, the SMS list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, and_, delete, exists, insert, or_, select
from sqlalchemy.orm import Session

from boutique_vip.domain.call_list import (
    CallFacts,
    CallReasons,
    Contact,
    Outcome,
    Reason,
    reasons_for,
    split_by_capacity,
)
from boutique_vip.domain.customer import Tier
from boutique_vip.domain.errors import QT_TRANSLATE_NOOP, FieldError, NotFound
from boutique_vip.domain.permissions import Action, require
from boutique_vip.domain.rules import Rules
from boutique_vip.domain.users import Actor
from boutique_vip.services.gifts import GiftService
from boutique_vip.services.segments import pending_campaigns
from boutique_vip.storage import models
from boutique_vip.storage import tiers as tier_store
from boutique_vip.storage.engine import Database


@dataclass(slots=True)  # thousands a day in a large shop
class CallRow:
    customer_id: int
    card_no: str
    name: str
    phone: str
    tier: str
    reasons: tuple[Reason, ...]
    priority: int
    preferred_contact: str
    overdue: bool  # carried over from an earlier day
    deferred: bool  # beyond the hour's capacity: marked for tomorrow
    done: bool  # an outcome was logged today
    talking_points: dict[str, str]


@dataclass(frozen=True, slots=True)
class SmsRow:
    customer_id: int
    card_no: str
    name: str
    phone: str
    reasons: tuple[Reason, ...]
    size: str
    gift: str


ENTRIES = cast(Table, models.CallListEntry.__table__)


@dataclass(frozen=True, slots=True)
class BulkFlags:
    """What the reasons of a customer due only an after-sale or a win-back call depend on (besides her card)."""

    after_sale_due: bool
    win_back_due: bool
    after_sale_unanswered: bool  # the last two calls about it went unanswered
    win_back_unanswered: bool


def bulk_facts(
    tier: str, status: str, no_calls: bool, sms_opt_in: bool, flags: BulkFlags, day: dt.date
) -> CallFacts:
    """Facts that give the domain's rules exactly these flags: the rules decide, once per combination."""
    old = day - dt.timedelta(days=400)  # calls long before her receipt and before the quiet days
    contacts = [
        Contact(old, Outcome.NO_ANSWER, (reason,))
        for reason, unanswered in (
            (Reason.AFTER_SALE, flags.after_sale_unanswered),
            (Reason.WIN_BACK, flags.win_back_unanswered),
        )
        if unanswered
        for _ in range(2)
    ]
    return CallFacts(
        0,
        Tier(tier),
        status == "lost",
        no_calls,
        sms_opt_in,
        receipts=[day - dt.timedelta(days=3)] if flags.after_sale_due else [],
        last_visit=day - dt.timedelta(days=100) if flags.win_back_due else None,
        contacts=contacts,
    )


def _callback_on(day: dt.date) -> Any:
    """Call-backs asked for ``day`` (a range on the indexed time, not a function of it)."""
    C = models.ContactLog
    start = dt.datetime.combine(day, dt.time())
    return and_(
        C.outcome == Outcome.CALL_BACK.value,
        C.callback_at >= start,
        C.callback_at < start + dt.timedelta(days=1),
    )


CARRY_DAYS = 30  # unfinished calls older than this are not carried over any more


@dataclass(frozen=True)
class CallList:
    day: dt.date
    calls: list[CallRow]
    sms: list[SmsRow]


class CallService:
    def __init__(
        self, db: Database, now: Callable[[], dt.datetime], rules: Callable[[], Rules], gifts: GiftService
    ) -> None:
        self.db = db
        self.now = now
        self.rules = rules
        self.gifts = gifts

    def call_list(self, day: dt.date | None = None) -> CallList:
        """The list for ``day`` (default today). Lists up to today are kept, so unfinished calls carry over."""
        day = day or self.now().date()
        rules = self.rules()
        plan_lines = self._plan_lines(day)
        with self.db.session() as s:
            facts, bulk, cards = self._facts(s, day, rules, plan_lines)
            today_contacts = set(
                s.scalars(
                    select(models.ContactLog.customer_id).where(
                        models.ContactLog.day == day, models.ContactLog.outcome != Outcome.CALL_BACK.value
                    )
                )
            )
        calls: list[CallRow] = []
        sms: list[SmsRow] = []

        def add(card: Any, tier: str, reasons: CallReasons, fact: CallFacts | None) -> None:
            top, bottom = card.size_top, card.size_bottom
            size = f"{top}/{bottom}" if top and bottom else top or bottom
            gift = plan_lines[card.id][1] if card.id in plan_lines else ""
            if reasons.call:
                last_purchase = max(fact.receipts) if fact and fact.receipts else card.last_receipt
                points = {
                    "size": size,
                    "colours": card.favourite_colours.replace(";", "、"),
                    "gift": gift,
                    "contact_time": card.contact_time,
                    "last_purchase": last_purchase.isoformat() if last_purchase else "",
                    "last_contact_day": "",
                    "last_contact_outcome": "",
                    "events": "",
                }
                calls.append(
                    CallRow(
                        card.id,
                        card.card_no,
                        card.name,
                        card.phone or "",
                        tier,
                        reasons.call,
                        reasons.priority,
                        card.contact_time,
                        reasons.overdue,
                        False,
                        card.id in today_contacts,
                        points,
                    )
                )
            if reasons.sms:
                sms.append(
                    SmsRow(card.id, card.card_no, card.name, card.phone or "", reasons.sms, size, gift)
                )

        for cid, fact in facts.items():
            add(cards[cid], fact.tier.value, reasons_for(fact, day, rules), fact)
        # The bulk rows: the rules are applied once per combination of what they depend on.
        bulk_reasons: dict[tuple[Any, ...], CallReasons] = {}
        for card, flags in bulk:
            key = (card.tier, card.status, card.no_calls, card.sms_opt_in, flags)
            if key not in bulk_reasons:
                facts_like = bulk_facts(card.tier, card.status, card.no_calls, card.sms_opt_in, flags, day)
                bulk_reasons[key] = reasons_for(facts_like, day, rules)
            add(card, card.tier, bulk_reasons[key], None)
        calls.sort(key=lambda r: (r.done, not r.overdue, r.priority, r.card_no))
        pending = [i for i, r in enumerate(calls) if not r.done]
        _, later = split_by_capacity(pending, rules.calls_per_hour)
        for index in later:
            calls[index].deferred = True
        # Her last contact, family and life events only for the calls made today: a few dozen, not every row
        # of a long list.
        today_ids = {r.customer_id for r in calls if not r.deferred}
        with self.db.session() as s:
            events = self._events(s, day, today_ids)
            last_contacts = self._last_contacts(s, day, today_ids)
        for row in calls:
            if row.customer_id in today_ids:
                row.talking_points["events"] = events.get(row.customer_id, "")
                if row.customer_id in last_contacts:
                    when, outcome = last_contacts[row.customer_id]
                    row.talking_points["last_contact_day"] = when.isoformat()
                    row.talking_points["last_contact_outcome"] = outcome
        if day <= self.now().date():
            self._keep(day, calls)
        sms.sort(key=lambda r: r.card_no)
        return CallList(day, calls, sms)

    def log_outcome(
        self,
        customer_id: int,
        outcome: Outcome,
        note: str,
        actor: Actor | None,
        reasons: tuple[Reason, ...] = (),
        callback_at: dt.datetime | None = None,
        channel: str = "phone",
    ) -> None:
        """Every call gets an outcome; 'call back' needs a time, 'do not call again' sets no-calls on the card."""
        require(actor, Action.LOG_CALL)
        if outcome is Outcome.CALL_BACK and callback_at is None:
            raise FieldError("callback_at", QT_TRANSLATE_NOOP("Validation", "Say when to call her back."))
        now = self.now()
        with self.db.session() as s, s.begin():
            customer = s.get(models.Customer, customer_id)
            if customer is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This customer's card no longer exists."))
            s.add(
                models.ContactLog(
                    customer_id=customer_id,
                    day=now.date(),
                    at=now,
                    channel=channel,
                    reasons=";".join(reasons),
                    outcome=outcome.value,
                    callback_at=callback_at,
                    note=note.strip(),
                    user_id=actor.id if actor else None,
                )
            )
            if outcome is Outcome.DO_NOT_CALL:
                customer.no_calls = True
                if customer.contact_channel == "phone":
                    customer.contact_channel = "sms"

    def history(self, customer_id: int) -> list[tuple[dt.datetime, str, str, str, str]]:
        """Her contact history, newest first: when, channel, reasons, outcome, note."""
        with self.db.session() as s:
            rows = s.execute(
                select(
                    models.ContactLog.at,
                    models.ContactLog.channel,
                    models.ContactLog.reasons,
                    models.ContactLog.outcome,
                    models.ContactLog.note,
                )
                .where(models.ContactLog.customer_id == customer_id)
                .order_by(models.ContactLog.at.desc())
            )
            return [tuple(r) for r in rows]  # type: ignore[misc]

    # --- facts -----------------------------------------------------------------------------

    def _plan_lines(self, day: dt.date) -> dict[int, tuple[list[str], str]]:
        """Gift-plan lines dated ``day``: the approved plan, else the draft, else the lines it would have."""
        lines: dict[int, tuple[list[str], str]] = {}
        for ln in self.gifts.lines_on(day):
            occasions, _ = lines.setdefault(ln.customer_id, ([], ln.gift))
            occasions.append(ln.occasion)
        return lines

    def _cards(self, s: Session, where: Any = None) -> dict[int, Any]:
        """What the list shows and checks of the cards (as rows, not objects: thousands load in a blink)."""
        query = self._cards_query()
        if where is not None:
            query = query.where(where)
        return {row.id: row for row in s.connection().execute(query).all()}

    @staticmethod
    def _cards_query() -> Any:
        C = models.Customer
        return select(
            C.id,
            C.card_no,
            C.name,
            C.phone,
            C.contact_time,
            C.size_top,
            C.size_bottom,
            C.favourite_colours,
            C.tier,
            C.status,
            C.last_visit,
            C.last_receipt,
            C.no_calls,
            C.sms_opt_in,
        )

    def _facts(
        self,
        s: Session,
        day: dt.date,
        rules: Rules,
        plan_lines: dict[int, tuple[list[str], str]],
    ) -> tuple[dict[int, CallFacts], list[tuple[Any, BulkFlags]], dict[int, Any]]:
        """The facts of the customers with something particular on ``day``, the bulk rows, the cards.

        Thousands of customers a day are due only an after-sale or a win-back call (a large shop sells
        hundreds of receipts a day; many customers stop coming). Today those are "bulk" rows: SQL works out
        the few facts their reasons depend on (``_bulk``). Another day (``--date``) every customer's facts
        are gathered as of that day, the tiers included.
        """
        C = models.ContactLog
        today = day == self.now().date()
        special: set[int] = set(plan_lines)
        # After-sale: receipts 3 to 10 days before D.
        first, last = (
            day - dt.timedelta(days=rules.after_sale_max_days),
            day - dt.timedelta(days=rules.after_sale_min_days),
        )
        # Gifts waiting for collection, call-backs due today, unfinished calls from earlier days, campaigns.
        waiting = {
            ln.customer_id: ln.announced_on for ln in self.gifts.waiting_for_pickup() if ln.announced_on
        }
        special |= set(waiting)
        special |= set(s.scalars(select(C.customer_id).where(_callback_on(day))))
        carried = self._unfinished(s, day)
        special |= set(carried)
        campaigns = set(pending_campaigns(s, day))
        special |= campaigns
        receipt_days: dict[int, list[dt.date]] = {}
        R = models.Receipt
        receipts = select(R.customer_id, R.day).where(
            R.kind == "sale", R.customer_id.is_not(None), R.day.between(first, last)
        )
        if today:
            receipts = receipts.where(R.customer_id.in_(special))
        for buyer, r_day in s.connection().execute(receipts):
            receipt_days.setdefault(int(buyer or 0), []).append(r_day)
        special |= set(receipt_days)
        win_first, win_last = (
            day - dt.timedelta(days=rules.win_back_max_days),
            day - dt.timedelta(days=rules.win_back_min_days),
        )
        Customer = models.Customer
        bulk: list[tuple[Any, BulkFlags]] = []
        if today:
            # Today the tiers and last visits kept on the cards (recomputed daily and after every sale) are exact.
            cards = self._cards(s, Customer.id.in_(special))
            standing = {cid: (c.tier, c.status, c.last_visit) for cid, c in cards.items() if c.tier}
            bulk = self._bulk(s, day, rules, special)
        else:
            cards = self._cards(s)
            standing = {
                r.customer_id: (r.tier, r.status, r.last_visit)
                for r in s.connection().execute(tier_store.evaluation(day, rules))
            }
        win_back = {
            cid for cid, (_t, _s, visit) in standing.items() if visit and win_first <= visit <= win_last
        }
        if not today:
            special |= win_back
        # Contacts of the last year are enough for every rule (win-back looks back 30 days, no-answer at the
        # last two).
        query = (
            select(C.customer_id, C.day, C.outcome, C.reasons, C.callback_at)
            .where(C.day <= day, C.day >= day - dt.timedelta(days=rules.win_back_max_days))
            .order_by(C.at)
        )
        if today:
            query = query.where(C.customer_id.in_(special))
        contacts: dict[int, list[Contact]] = {}
        for cid, c_day, outcome, reasons, callback_at in s.connection().execute(query):
            if cid in special:
                contacts.setdefault(cid, []).append(
                    Contact(
                        c_day,
                        Outcome(outcome),
                        tuple(Reason(r) for r in reasons.split(";") if r),
                        callback_at.date() if callback_at else None,
                    )
                )
        facts = {}
        for cid in special & set(standing):
            tier, status, visit = standing[cid]
            card = cards[cid]
            facts[cid] = CallFacts(
                cid,
                Tier(tier),
                status == "lost",
                card.no_calls,
                card.sms_opt_in,
                plan_lines.get(cid, ([], ""))[0],
                waiting.get(cid),
                receipt_days.get(cid, []),
                visit,
                contacts.get(cid, []),
                carried.get(cid, ()),
                cid in campaigns,
            )
        return facts, bulk, cards

    def _bulk(self, s: Session, day: dt.date, rules: Rules, special: set[int]) -> list[tuple[Any, BulkFlags]]:
        """Today's customers due only an after-sale or a win-back call (not ``special``), with what their
        reasons depend on, worked out in SQL: is a follow-up due, is a win-back call due, were the last two
        calls about either unanswered."""
        C, K, R = models.Customer, models.ContactLog, models.Receipt
        first, last = (
            day - dt.timedelta(days=rules.after_sale_max_days),
            day - dt.timedelta(days=rules.after_sale_min_days),
        )
        win_first, win_last = (
            day - dt.timedelta(days=rules.win_back_max_days),
            day - dt.timedelta(days=rules.win_back_min_days),
        )
        bought = select(R.customer_id).where(R.kind == "sale", R.day.between(first, last))
        no_follow_up = ~exists().where(K.customer_id == R.customer_id, K.day > R.day, K.day <= day)
        after_sale_due = exists().where(
            R.customer_id == C.id, R.kind == "sale", R.day.between(first, last), no_follow_up
        )
        quiet_since = day - dt.timedelta(days=rules.win_back_quiet_days)
        win_back_due = and_(
            C.last_visit.between(win_first, win_last),
            ~exists().where(K.customer_id == C.id, K.day.between(quiet_since, day)),
        )
        cards = self._cards_query().add_columns(
            after_sale_due.label("after_sale_due"), win_back_due.label("win_back_due")
        )
        rows = [
            row
            for row in s.connection().execute(
                cards.where(or_(C.id.in_(bought), C.last_visit.between(win_first, win_last)))
            )
            if row.id not in special and row.tier
        ]
        # The last two calls about each reason, for "no answer twice in a row moves her to SMS".
        tries: dict[tuple[int, str], list[str]] = {}
        ids = {row.id for row in rows}
        for cid, outcome, reasons in s.connection().execute(
            select(K.customer_id, K.outcome, K.reasons)
            .where(
                K.day <= day,
                K.day >= win_first,
                or_(K.reasons.contains(Reason.AFTER_SALE.value), K.reasons.contains(Reason.WIN_BACK.value)),
            )
            .order_by(K.at)
        ):
            if cid in ids:
                for reason in (Reason.AFTER_SALE.value, Reason.WIN_BACK.value):
                    if reason in reasons.split(";"):
                        tries.setdefault((cid, reason), []).append(outcome)

        def unanswered(cid: int, reason: Reason) -> bool:
            last_two = tries.get((cid, reason.value), [])[-2:]
            return len(last_two) == 2 and all(o == Outcome.NO_ANSWER.value for o in last_two)

        return [
            (
                row,
                BulkFlags(
                    bool(row.after_sale_due),
                    bool(row.win_back_due),
                    unanswered(row.id, Reason.AFTER_SALE),
                    unanswered(row.id, Reason.WIN_BACK),
                ),
            )
            for row in rows
        ]

    def _unfinished(self, s: Session, day: dt.date) -> dict[int, tuple[Reason, ...]]:
        """Entries of earlier lists with no contact logged since that day: they carry over, overdue."""
        E, C = models.CallListEntry, models.ContactLog
        contacted = select(C.id).where(C.customer_id == E.customer_id, C.day >= E.day, C.day <= day).exists()
        rows = s.connection().execute(
            select(E.customer_id, E.reasons)
            .where(E.day < day, E.day >= day - dt.timedelta(days=CARRY_DAYS), ~contacted)
            .order_by(E.day)
        )
        carried: dict[int, tuple[Reason, ...]] = {}
        for cid, reasons in rows:
            carried[cid] = tuple(
                dict.fromkeys((*carried.get(cid, ()), *(Reason(r) for r in reasons.split(";") if r)))
            )
        return carried

    def _last_contacts(
        self, s: Session, day: dt.date, customer_ids: set[int]
    ) -> dict[int, tuple[dt.date, str]]:
        """Her last contact up to ``day`` and its outcome."""
        C = models.ContactLog
        found: dict[int, tuple[dt.date, str]] = {}
        for cid, c_day, outcome in s.connection().execute(
            select(C.customer_id, C.day, C.outcome)
            .where(C.customer_id.in_(customer_ids), C.day <= day)
            .order_by(C.at)
        ):
            found[cid] = (c_day, outcome)
        return found

    def _events(self, s: Session, day: dt.date, customer_ids: set[int]) -> dict[int, str]:
        """Worth mentioning: family birthdays this week, life events of the last 90 days."""
        notes: dict[int, list[str]] = {}
        F, L = models.FamilyMember, models.LifeEvent
        for cid, relation, name, birthday in s.connection().execute(
            select(F.customer_id, F.relation, F.name, F.birthday).where(
                F.birthday.is_not(None), F.customer_id.in_(customer_ids)
            )
        ):
            if cid not in customer_ids or birthday is None:
                continue
            try:
                this_year = birthday.replace(year=day.year)
            except ValueError:  # 29 February
                this_year = dt.date(day.year, 2, 28)
            if 0 <= (this_year - day).days <= 7:
                notes.setdefault(cid, []).append(f"{relation}{name} {this_year.strftime('%m-%d')}")
        for cid, when, kind, note in s.connection().execute(
            select(L.customer_id, L.date, L.kind, L.note).where(
                L.date.between(day - dt.timedelta(days=90), day), L.customer_id.in_(customer_ids)
            )
        ):
            if cid in customer_ids:
                notes.setdefault(cid, []).append(
                    f"{kind} {when.isoformat()}" + (f"（{note}）" if note else "")
                )
        return {cid: "；".join(items) for cid, items in notes.items()}

    def _keep(self, day: dt.date, calls: list[CallRow]) -> None:
        """Keep the day's rows so that unfinished ones carry over, overdue. Not the deferred rows whose only
        reason is win-back: she stays on every day's list by the rule itself until she comes back or a year
        has passed, and thousands of such rows a day would swamp the table."""
        E = models.CallListEntry
        calls = [r for r in calls if not r.deferred or r.overdue or r.reasons != (Reason.WIN_BACK,)]
        wanted = {(r.customer_id, ";".join(r.reasons), r.priority, r.deferred) for r in calls}
        with self.db.session() as s:
            kept = s.connection().execute(
                select(E.customer_id, E.reasons, E.priority, E.deferred).where(E.day == day)
            )
            if {tuple(row) for row in kept} == wanted:
                return  # as kept already: opening the list again writes nothing
        with self.db.session() as s, s.begin():
            s.execute(delete(E).where(E.day == day))
            if calls:
                # Core executemany: the ORM's bulk path costs several times more for a long list.
                s.connection().execute(
                    insert(ENTRIES),
                    [
                        {
                            "day": day,
                            "customer_id": r.customer_id,
                            "reasons": ";".join(r.reasons),
                            "priority": r.priority,
                            "deferred": r.deferred,
                        }
                        for r in calls
                    ],
                )
