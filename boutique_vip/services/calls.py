"""The daily call list: who to phone today and why, outcomes, carry-over, the SMS list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import Table, and_, delete, exists, false, func, insert, or_, select, true, union_all
from sqlalchemy.orm import Session

from boutique_vip.collector import collector_paused
from boutique_vip.domain.call_list import (
    CallFacts,
    CallReasons,
    Contact,
    Outcome,
    Reason,
    reasons_for,
    split_by_capacity,
    twice_unanswered,
)
from boutique_vip.domain.changes import Topic, changes
from boutique_vip.domain.customer import Tier
from boutique_vip.domain.errors import QT_TRANSLATE_NOOP, FieldError, NotFound
from boutique_vip.domain.permissions import Action, require
from boutique_vip.domain.rules import Rules
from boutique_vip.domain.sms_texts import text_for
from boutique_vip.domain.users import Actor
from boutique_vip.services.audit import AuditService
from boutique_vip.services.call_rows import CallRows, Due, SmsDue, SmsRows, card_reader
from boutique_vip.services.gifts import GiftService
from boutique_vip.services.segments import SmsList, pending_campaigns, write_sms
from boutique_vip.services.todays_tiers import TodaysTiers
from boutique_vip.storage import models
from boutique_vip.storage import points_expiry as expiry_store
from boutique_vip.storage import tiers as tier_store
from boutique_vip.storage.engine import Database
from boutique_vip.storage.tiers import in_slices

ENTRIES = cast(Table, models.CallListEntry.__table__)


@dataclass(frozen=True, slots=True)
class BulkFlags:
    """What the reasons of a customer with nothing particular today depend on (besides her card)."""

    after_sale_due: bool
    win_back_due: bool
    unanswered: frozenset[Reason]  # reasons whose last two calls went unanswered
    carried_over: tuple[Reason, ...]  # unfinished calls from earlier days


def bulk_facts(
    tier: str, status: str, no_calls: bool, sms_opt_in: bool, flags: BulkFlags, day: dt.date
) -> CallFacts:
    """Facts that give the domain's rules exactly these flags: the rules decide, once per combination."""
    old = day - dt.timedelta(days=400)  # calls long before her receipt and before the quiet days
    contacts = [
        Contact(old, Outcome.NO_ANSWER, (reason,)) for reason in sorted(flags.unanswered) for _ in (1, 2)
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
        carried_over=flags.carried_over,
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
    calls: CallRows
    sms: SmsRows


class CallService:
    def __init__(
        self,
        db: Database,
        now: Callable[[], dt.datetime],
        rules: Callable[[], Rules],
        gifts: GiftService,
        audit: AuditService,
        todays: TodaysTiers,
    ) -> None:
        self.db = db
        self.now = now
        self.rules = rules
        self.gifts = gifts
        self.todays = todays
        self.audit = audit

    def call_list(self, day: dt.date | None = None) -> CallList:
        """The list for ``day`` (default today). Lists up to today are kept, so unfinished calls carry over.

        Worked out as small entries; the rows read their cards' details when first shown (``call_rows``).
        """
        with collector_paused():
            return self._call_list(day or self.now().date())

    def _call_list(self, day: dt.date) -> CallList:
        if day == self.now().date():
            self.todays.ensure()  # today's list reads the tiers kept on the cards (another day: worked out)
        rules = self.rules()
        plan_lines = self._plan_lines(day)
        gifts = {cid: gift for cid, (_occasions, gift) in plan_lines.items()}
        calls: list[Due] = []
        sms: list[SmsDue] = []
        with self.db.session() as s:
            # Her last outcome today; a "call back" later today leaves her on today's calls to make.
            outcome_today: dict[int, str] = {}
            done_today: set[int] = set()
            for cid, outcome, callback_at in s.connection().execute(
                select(
                    models.ContactLog.customer_id, models.ContactLog.outcome, models.ContactLog.callback_at
                )
                .where(models.ContactLog.day == day)
                .order_by(models.ContactLog.at, models.ContactLog.id)
            ):
                outcome_today[cid] = outcome
                again_today = outcome == Outcome.CALL_BACK.value and (
                    callback_at is None or callback_at.date() == day
                )
                (done_today.discard if again_today else done_today.add)(cid)
            for cid, card_no, tier, reasons, last_purchase in self._reasons(s, day, rules, plan_lines):
                if reasons.call:
                    calls.append(
                        Due(
                            cid,
                            card_no,
                            tier,
                            reasons.call,
                            reasons.priority,
                            reasons.overdue,
                            cid in done_today,
                            last_purchase,
                            outcome_today.get(cid, ""),
                        )
                    )
                if reasons.sms:
                    sms.append(SmsDue(cid, card_no, reasons.sms))
        calls.sort(key=Due.order)
        sms.sort(key=lambda r: r.card_no)
        pending = [i for i, due in enumerate(calls) if not due.done]
        _, later = split_by_capacity(pending, rules.calls_per_hour)
        deferred = set(later)
        # Her last contact, family and life events only for the calls made today: a few dozen, not every row
        # of a long list.
        today_ids = {due.customer_id for i, due in enumerate(calls) if i not in deferred}
        with self.db.session() as s:
            extras: dict[int, dict[str, str]] = {
                cid: {"events": events} for cid, events in self._events(s, day, today_ids).items()
            }
            for cid, (when, outcome) in self._last_contacts(s, day, today_ids).items():
                extras.setdefault(cid, {}).update(
                    last_contact_day=when.isoformat(), last_contact_outcome=outcome
                )
        if day <= self.now().date():
            self._keep(day, calls, deferred)
        read_cards = card_reader(self.db)
        return CallList(
            day, CallRows(calls, deferred, gifts, extras, read_cards), SmsRows(sms, gifts, read_cards)
        )

    @changes(Topic.CALLS, Topic.CUSTOMERS)
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

    @changes()
    def export_sms(
        self, listing: CallList, texts: Mapping[str, str], path: Path, actor: Actor | None
    ) -> SmsList:
        """The day's SMS list as a file for the SMS platform, each customer the text of her most urgent reason
        (``texts``: the shop's, per reason): names and phone numbers leave the program, as with the desk's
        targeted lists (managers, audited). Consent is read again as the card is now."""
        require(actor, Action.EXPORT)
        sms = write_sms(
            self.db,
            path,
            [
                (r.customer_id, r.card_no, r.name, r.size, r.gift, text_for(r.reasons, texts))
                for r in listing.sms
            ],
        )
        self.audit.record(
            actor,
            "export",
            path.name,
            kind="sms_call_list",
            day=listing.day.isoformat(),
            rows=len(sms.messages),
            no_consent=sms.no_consent,
            no_phone=sms.no_phone,
        )
        return sms

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

    def _reasons(
        self, s: Session, day: dt.date, rules: Rules, plan_lines: dict[int, tuple[list[str], str]]
    ) -> Iterator[tuple[int, str, str, CallReasons, dt.date | None]]:
        """Every customer with a reason on ``day``: id, card number, tier, reasons, the receipt an
        after-sale call is about (when the rules looked at it).

        Most rows of a large shop's list are after-sale and win-back calls and unfinished calls carried over
        (a large shop sells hundreds of receipts a day; many customers stop coming). Today those are worked
        out in SQL (``_bulk``) and the domain's rules applied once per combination of what they depend on;
        the few customers with something particular (a plan line, a gift waiting, a call-back, a campaign)
        get their facts gathered one by one. Another day (``--date``) every customer's facts are gathered as
        of that day, the tiers included.
        """
        today = day == self.now().date()
        carried = self._unfinished(s, day)
        # Customers with something particular: a plan line dated D, a gift waiting, a call-back, a campaign.
        waiting = {
            ln.customer_id: ln.announced_on for ln in self.gifts.waiting_for_pickup() if ln.announced_on
        }
        campaigns = set(pending_campaigns(s, day))
        expiring = self._points_expiring(s, day, rules)
        special = set(plan_lines) | waiting.keys() | campaigns | expiring
        special |= set(s.scalars(select(models.ContactLog.customer_id).where(_callback_on(day))))
        if not today:
            special |= set(carried)
        facts, standing = self._facts(s, day, rules, plan_lines, waiting, campaigns, special, carried, today)
        for cid in expiring & facts.keys():
            facts[cid].points_expiring = True
        for cid, fact in facts.items():
            receipts = fact.receipts
            yield (
                cid,
                standing[cid],
                fact.tier.value,
                reasons_for(fact, day, rules),
                max(receipts) if receipts else None,
            )
        if today:
            yield from self._bulk(s, day, rules, special, carried)

    @staticmethod
    def _points_expiring(s: Session, day: dt.date, rules: Rules) -> set[int]:
        """Customers whose points expire on the 31 December that is the rule's notice days away (one SMS,
        that day: points are valid through their 31 December)."""
        expiring = day + dt.timedelta(days=rules.points_expiring_notice_days)
        if (expiring.month, expiring.day) != (12, 31):
            return set()
        return set(expiry_store.left_expiring(s, expiry_store.periods(s), expiring, day))

    def _facts(
        self,
        s: Session,
        day: dt.date,
        rules: Rules,
        plan_lines: dict[int, tuple[list[str], str]],
        waiting: dict[int, dt.date],
        campaigns: set[int],
        special: set[int],
        carried: dict[int, tuple[Reason, ...]],
        today: bool,
    ) -> tuple[dict[int, CallFacts], dict[int, str]]:
        """The facts of the ``special`` customers (another day: of everyone), and their card numbers."""
        R, Customer = models.Receipt, models.Customer
        # After-sale: receipts 3 to 10 days before D.
        first, last = (
            day - dt.timedelta(days=rules.after_sale_max_days),
            day - dt.timedelta(days=rules.after_sale_min_days),
        )
        receipts = select(R.customer_id, R.day).where(
            R.kind == "sale", R.customer_id.is_not(None), R.day.between(first, last)
        )
        if today:
            receipts = receipts.where(R.customer_id.in_(special))
        receipt_days: dict[int, list[dt.date]] = {}
        for buyer, r_day in s.connection().execute(receipts):
            receipt_days.setdefault(int(buyer or 0), []).append(r_day)
        if today:
            # Today the tiers and last visits kept on the cards (recomputed daily and after every sale) are exact.
            query = select(
                Customer.id, Customer.card_no, Customer.tier, Customer.status, Customer.last_visit
            ).where(Customer.id.in_(special), Customer.tier.is_not(None))
            cards: dict[int, Any] = {row.id: row for row in s.connection().execute(query)}
        else:
            special |= set(receipt_days)
            numbers = {
                cid: card_no for cid, card_no in s.connection().execute(select(Customer.id, Customer.card_no))
            }
            cards = {
                r.customer_id: SimpleNamespace(
                    card_no=numbers[r.customer_id], tier=r.tier, status=r.status, last_visit=r.last_visit
                )
                for r in s.connection().execute(tier_store.evaluation(day, rules))
                if r.tier
            }
            win_first, win_last = (
                day - dt.timedelta(days=rules.win_back_max_days),
                day - dt.timedelta(days=rules.win_back_min_days),
            )
            special |= {
                cid for cid, c in cards.items() if c.last_visit and win_first <= c.last_visit <= win_last
            }
        flags = {
            row.id: (row.no_calls, row.sms_opt_in)
            for ids in in_slices(special & cards.keys())
            for row in s.connection().execute(
                select(Customer.id, Customer.no_calls, Customer.sms_opt_in).where(Customer.id.in_(ids))
            )
        }
        contacts = self._contacts(s, day, rules, flags.keys())
        facts = {}
        for cid, (no_calls, sms_opt_in) in flags.items():
            card = cards[cid]
            facts[cid] = CallFacts(
                cid,
                Tier(card.tier),
                card.status == "lost",
                no_calls,
                sms_opt_in,
                plan_lines.get(cid, ([], ""))[0],
                waiting.get(cid),
                receipt_days.get(cid, []),
                card.last_visit,
                contacts.get(cid, []),
                carried.get(cid, ()),
                cid in campaigns,
            )
        return facts, {cid: cards[cid].card_no for cid in facts}

    @staticmethod
    def _contacts(
        s: Session, day: dt.date, rules: Rules, customer_ids: Iterable[int]
    ) -> dict[int, list[Contact]]:
        """Their contacts, oldest first. The last year is enough for every rule (win-back looks back 30
        days, no-answer at the last two)."""
        C = models.ContactLog
        found: dict[int, list[Contact]] = {}
        for ids in in_slices(customer_ids):
            for cid, c_day, outcome, reasons, callback_at in s.connection().execute(
                select(C.customer_id, C.day, C.outcome, C.reasons, C.callback_at)
                .where(
                    C.customer_id.in_(ids),
                    C.day <= day,
                    C.day >= day - dt.timedelta(days=rules.win_back_max_days),
                )
                .order_by(C.at)
            ):
                found.setdefault(cid, []).append(
                    Contact(
                        c_day,
                        Outcome(outcome),
                        tuple(Reason(r) for r in reasons.split(";") if r),
                        callback_at.date() if callback_at else None,
                    )
                )
        return found

    def _bulk(
        self,
        s: Session,
        day: dt.date,
        rules: Rules,
        special: set[int],
        carried: dict[int, tuple[Reason, ...]],
    ) -> Iterator[tuple[int, str, str, CallReasons, dt.date | None]]:
        """Today's customers due an after-sale or a win-back call or carried over from an earlier day, and
        nothing particular (not ``special``). What their reasons depend on is read from indexes: is a
        follow-up due, is a win-back call due, which reasons went unanswered twice, what carried over."""
        C, K, R = models.Customer, models.ContactLog, models.Receipt
        conn = s.connection()
        first, last = (
            day - dt.timedelta(days=rules.after_sale_max_days),
            day - dt.timedelta(days=rules.after_sale_min_days),
        )
        win_first, win_last = (
            day - dt.timedelta(days=rules.win_back_max_days),
            day - dt.timedelta(days=rules.win_back_min_days),
        )
        quiet_since = day - dt.timedelta(days=rules.win_back_quiet_days)
        # One query reads every candidate with her standing and two flags; the subqueries each run once on
        # their indexes. Win-back: her last visit 90 to 365 days ago (ix_customers_call_list) and no contact
        # in the quiet days (ix_contacts_day_customer). After-sale: a receipt 3 to 10 days ago
        # (ix_receipts_day_kind_customer) with no contact since.
        in_window = C.last_visit.between(win_first, win_last)
        quiet = select(K.customer_id).where(K.day.between(quiet_since, day), K.customer_id.is_not(None))
        followed_up = exists().where(K.customer_id == R.customer_id, K.day > R.day, K.day <= day)
        sold = (
            select(R.customer_id)
            .where(R.day.between(first, last), R.kind == "sale", R.customer_id.is_not(None), ~followed_up)
            .cte("sold")
        )
        after_sale = C.id.in_(select(sold.c.customer_id))
        standing = (C.id, C.card_no, C.tier, C.status, C.no_calls, C.sms_opt_in)
        in_window_query = select(*standing, C.id.not_in(quiet), after_sale).where(
            C.tier.is_not(None), in_window
        )
        outside_window = or_(C.last_visit.is_(None), C.last_visit < win_first, C.last_visit > win_last)
        only_after_sale = select(*standing, false(), true()).where(
            C.tier.is_not(None), after_sale, outside_window
        )
        rows: list[tuple[int, str, str, str, bool, bool, bool, bool]] = list(
            conn.execute(union_all(in_window_query, only_after_sale))
        )
        # Carried-over calls of customers not among them: their standing, no flags.
        listed = {row[0] for row in rows}
        for ids in in_slices(carried.keys() - listed - special):
            rows += [
                (*row, False, False)  # type: ignore[misc]  # the tier is not null in every row
                for row in conn.execute(select(*standing).where(C.id.in_(ids), C.tier.is_not(None)))
            ]
        # No answer twice in a row moves a reason to SMS: only customers with two unanswered calls in the
        # last year (ix_contacts_outcome_day) can have that.
        twice = set(
            conn.scalars(
                select(K.customer_id)
                .where(K.outcome == Outcome.NO_ANSWER.value, K.day.between(win_first, day))
                .group_by(K.customer_id)
                .having(func.count() >= 2)
            )
        )
        unanswered = {
            cid: frozenset(twice_unanswered(contacts))
            for cid, contacts in self._contacts(s, day, rules, twice & (listed | carried.keys())).items()
        }
        nothing: frozenset[Reason] = frozenset()
        decided: dict[tuple[Any, ...], CallReasons] = {}
        for cid, card_no, tier, status, no_calls, sms_opt_in, win_back_due, after_sale_due in rows:
            if cid in special:
                continue
            # A plain tuple as the key: this loop runs for every row of a large shop's list.
            key = (
                tier,
                status,
                no_calls,
                sms_opt_in,
                bool(after_sale_due),
                bool(win_back_due),
                unanswered.get(cid, nothing),
                carried.get(cid, ()),
            )
            reasons = decided.get(key)
            if reasons is None:
                facts = bulk_facts(tier, status, no_calls, sms_opt_in, BulkFlags(*key[4:]), day)
                reasons = decided[key] = reasons_for(facts, day, rules)
            yield cid, card_no, tier, reasons, None

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

    def _keep(self, day: dt.date, calls: list[Due], deferred: set[int]) -> None:
        """Keep the day's rows so that unfinished ones carry over, overdue. Not the deferred rows whose only
        reason is win-back: she stays on every day's list by the rule itself until she comes back or a year
        has passed, and thousands of such rows a day would swamp the table."""
        E = models.CallListEntry
        only_win_back = (Reason.WIN_BACK,)
        joined: dict[tuple[Reason, ...], str] = {}
        wanted = {
            (
                due.customer_id,
                joined.get(due.reasons) or joined.setdefault(due.reasons, ";".join(due.reasons)),
                due.priority,
                i in deferred,
            )
            for i, due in enumerate(calls)
            if i not in deferred or due.overdue or due.reasons != only_win_back
        }
        with self.db.session() as s:
            kept = s.connection().execute(
                select(E.customer_id, E.reasons, E.priority, E.deferred).where(E.day == day)
            )
            if {tuple(row) for row in kept} == wanted:
                return  # as kept already: opening the list again writes nothing
        with self.db.session() as s, s.begin():
            s.execute(delete(E).where(E.day == day))
            if wanted:
                # Core executemany: the ORM's bulk path costs several times more for a long list.
                s.connection().execute(
                    insert(ENTRIES),
                    [
                        {
                            "day": day,
                            "customer_id": cid,
                            "reasons": reasons,
                            "priority": priority,
                            "deferred": later,
                        }
                        for cid, reasons, priority, later in wanted
                    ],
                )
