"""The daily call list (电话回访), made by the store manager between 15:00 and 16:00."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from boutique_vip.domain.customer import Tier
from boutique_vip.domain.rules import Rules


class Reason(StrEnum):
    BIRTHDAY = "birthday"
    HOLIDAY = "holiday"
    CALLBACK = "callback"
    AFTER_SALE = "after_sale"
    GIFT_PICKUP = "gift_pickup"
    WIN_BACK = "win_back"
    CAMPAIGN = "campaign"  # a targeted list the manager sent to the call list
    POINTS_EXPIRING = "points_expiring"  # her points expire soon (积分清零): an SMS, never a call


#: Highest priority first.
PRIORITY = (
    Reason.BIRTHDAY,
    Reason.HOLIDAY,
    Reason.CALLBACK,
    Reason.AFTER_SALE,
    Reason.GIFT_PICKUP,
    Reason.WIN_BACK,
    Reason.CAMPAIGN,
    Reason.POINTS_EXPIRING,
)

#: Reasons that only ever go to the SMS list.
SMS_ONLY = frozenset({Reason.POINTS_EXPIRING})


#: Reasons that involve a gift: a C customer is phoned about these.
GIFT_REASONS = frozenset({Reason.BIRTHDAY, Reason.HOLIDAY, Reason.GIFT_PICKUP})


class Outcome(StrEnum):
    REACHED = "reached"
    NO_ANSWER = "no_answer"
    BUSY = "busy"
    WRONG_NUMBER = "wrong_number"
    CALL_BACK = "call_back"
    DO_NOT_CALL = "do_not_call"


@dataclass(frozen=True, slots=True)
class Contact:
    day: dt.date
    outcome: Outcome
    reasons: tuple[Reason, ...] = ()
    callback_on: dt.date | None = None


@dataclass(slots=True)
class CallFacts:
    """What the rules look at for one customer on day D (all of it up to D)."""

    customer_id: int
    tier: Tier
    lost: bool
    no_calls: bool
    sms_opt_in: bool
    plan_occasions: list[str] = field(default_factory=list)  # occasions of her gift-plan lines dated D
    gift_announced_on: dt.date | None = None  # a gift waits for collection since she was told
    receipts: list[dt.date] = field(default_factory=list)  # days of receipts that count
    last_visit: dt.date | None = None
    contacts: list[Contact] = field(default_factory=list)  # newest last
    carried_over: tuple[Reason, ...] = ()  # unfinished calls from earlier days
    campaign: bool = False  # on a targeted list sent to the call list, not yet contacted
    points_expiring: bool = False  # points of hers expire within the rule's notice days


@dataclass(frozen=True, slots=True)
class CallReasons:
    call: tuple[Reason, ...]
    sms: tuple[Reason, ...]  # reasons that go to the SMS list instead of a call
    overdue: bool
    priority: int = 0  # 1 is the most urgent; 0 when there is nothing to call about (set from ``call``)

    def __post_init__(self) -> None:
        # Worked out once: a large shop's list reads it for thousands of rows.
        object.__setattr__(self, "priority", min((PRIORITY.index(r) + 1 for r in self.call), default=0))


def reasons_for(facts: CallFacts, day: dt.date, rules: Rules) -> CallReasons:
    if facts.lost:  # out of the care file; only the points she would lose are still worth an SMS
        expiring = (Reason.POINTS_EXPIRING,) if facts.points_expiring and facts.sms_opt_in else ()
        return CallReasons((), expiring, False)
    found: set[Reason] = set(facts.carried_over)
    if "birthday" in facts.plan_occasions:
        found.add(Reason.BIRTHDAY)
    if any(o != "birthday" for o in facts.plan_occasions):
        found.add(Reason.HOLIDAY)
    if any(c.outcome is Outcome.CALL_BACK and c.callback_on == day for c in facts.contacts):
        found.add(Reason.CALLBACK)
    if (
        facts.gift_announced_on is not None
        and (day - facts.gift_announced_on).days > rules.gift_pickup_reminder_days
    ):
        found.add(Reason.GIFT_PICKUP)
    if _after_sale_due(facts, day, rules):
        found.add(Reason.AFTER_SALE)
    if _win_back_due(facts, day, rules):
        found.add(Reason.WIN_BACK)
    if facts.campaign:
        found.add(Reason.CAMPAIGN)
    if facts.points_expiring:
        found.add(Reason.POINTS_EXPIRING)
    ordered = tuple(r for r in PRIORITY if r in found)
    # C customers are phoned only when a gift is involved: one waiting for her, or a line of the plan dated
    # today (planned when she was A or B: the card is in the mail whatever her tier now). Their other
    # reasons go by SMS.
    callable_ = ordered if facts.tier is not Tier.C else tuple(r for r in ordered if r in GIFT_REASONS)
    callable_ = tuple(r for r in callable_ if r not in SMS_ONLY)
    sms = tuple(r for r in ordered if r not in callable_)
    unanswered = twice_unanswered(facts.contacts) if facts.contacts else set()
    moved = tuple(r for r in callable_ if r in unanswered)
    callable_ = tuple(r for r in callable_ if r not in moved)
    sms = tuple(r for r in PRIORITY if r in sms or r in moved)
    if facts.no_calls:
        callable_, sms = (), tuple(r for r in PRIORITY if r in ordered)
    if not facts.sms_opt_in:
        sms = ()
    return CallReasons(callable_, sms, bool(facts.carried_over))


def _after_sale_due(facts: CallFacts, day: dt.date, rules: Rules) -> bool:
    for receipt in facts.receipts:
        age = (day - receipt).days
        if rules.after_sale_min_days <= age <= rules.after_sale_max_days and not any(
            receipt < c.day <= day for c in facts.contacts
        ):
            return True
    return False


def _win_back_due(facts: CallFacts, day: dt.date, rules: Rules) -> bool:
    if facts.last_visit is None:
        return False
    gone = (day - facts.last_visit).days
    recently = any(0 <= (day - c.day).days <= rules.win_back_quiet_days for c in facts.contacts)
    return rules.win_back_min_days <= gone <= rules.win_back_max_days and not recently


def twice_unanswered(contacts: list[Contact]) -> set[Reason]:
    """Reasons whose last two calls (of ``contacts``, oldest first) went unanswered: they move to SMS."""
    moved: set[Reason] = set()
    for reason in PRIORITY:
        tries = [c for c in contacts if reason in c.reasons][-2:]
        if len(tries) == 2 and all(c.outcome is Outcome.NO_ANSWER for c in tries):
            moved.add(reason)
    return moved


def call_hour(now: dt.datetime, rules: Rules) -> str:
    """'before', 'during' or 'after' the call hour (15:00 ≤ t < 16:00 by default)."""
    if now.hour < rules.call_hour_start:
        return "before"
    if now.hour < rules.call_hour_end:
        return "during"
    return "after"


def split_by_capacity(rows: list[int], capacity: int) -> tuple[list[int], list[int]]:
    """The first ``capacity`` rows (already in priority order) for today; the rest, in order, for tomorrow."""
    return rows[:capacity], rows[capacity:]
