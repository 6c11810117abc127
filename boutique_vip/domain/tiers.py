"""A/B/C tiers (客户分类), demotion and lost customers, evaluated for a day D.

This is the reference statement of the rules. The database evaluates every customer at once with the
same rules written as SQL (``storage.tiers``); a test checks that the two always agree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from boutique_vip.domain.customer import Tier
from boutique_vip.domain.errors import QT_TRANSLATE_NOOP
from boutique_vip.domain.rules import Rules


class Status(StrEnum):
    ACTIVE = "active"
    LOST = "lost"


class BaseRule(StrEnum):
    """Which rule gave the base tier."""

    SPECIAL = "special"
    POINTS = "points"
    RECENT = "recent"
    REPEAT = "repeat"
    OTHER = "other"


BASE_TIER = {
    BaseRule.SPECIAL: Tier.A,
    BaseRule.POINTS: Tier.A,
    BaseRule.RECENT: Tier.A,
    BaseRule.REPEAT: Tier.B,
    BaseRule.OTHER: Tier.C,
}
ONE_LOWER = {Tier.A: Tier.B, Tier.B: Tier.C, Tier.C: Tier.C}


@dataclass(frozen=True)
class TierFacts:
    """What the rules look at, all as of D. Receipts count only when their net amount is positive."""

    registered_on: dt.date
    special: bool = False
    manual_tier: Tier | None = None
    lifetime_points: int = 0
    receipts: int = 0
    recent_receipts: int = 0  # in the window D-60 … D
    last_receipt: dt.date | None = None
    last_visit: dt.date | None = None  # a receipt or a logged visit


@dataclass(frozen=True)
class TierResult:
    tier: Tier
    status: Status
    base_tier: Tier
    base_rule: BaseRule
    demoted: bool


def base_rule(facts: TierFacts, rules: Rules) -> BaseRule:
    if facts.special:
        return BaseRule.SPECIAL
    if facts.lifetime_points >= rules.tier_a_lifetime_points:
        return BaseRule.POINTS
    if facts.recent_receipts >= rules.tier_a_recent_receipts:
        return BaseRule.RECENT
    if facts.receipts >= rules.tier_b_receipts:
        return BaseRule.REPEAT
    return BaseRule.OTHER


def evaluate(facts: TierFacts, day: dt.date, rules: Rules) -> TierResult:
    rule = base_rule(facts, rules)
    base = BASE_TIER[rule]
    held = facts.manual_tier or base
    demoted = facts.last_visit is None or (day - facts.last_visit).days > rules.demotion_after_days
    tier = ONE_LOWER[held] if demoted else held
    reference = facts.last_receipt or facts.registered_on
    status = Status.LOST if (day - reference).days >= rules.lost_after_days else Status.ACTIVE
    return TierResult(tier, status, base, rule, demoted)


def recent_window_start(day: dt.date, rules: Rules) -> dt.date:
    """First day of the 'last two months' window: D-60 for the default 61 days."""
    return day - dt.timedelta(days=rules.tier_a_recent_window_days - 1)


# --- why: the reason shown on the card and in `tiers` ------------------------------------------

REASONS = {
    BaseRule.SPECIAL: QT_TRANSLATE_NOOP("Tiers", "{base}: special customer designated by the manager"),
    BaseRule.POINTS: QT_TRANSLATE_NOOP(
        "Tiers", "{base}: {lifetime_points} lifetime points (A from {threshold})"
    ),
    BaseRule.RECENT: QT_TRANSLATE_NOOP("Tiers", "{base}: {recent} receipts in the last {window} days"),
    BaseRule.REPEAT: QT_TRANSLATE_NOOP("Tiers", "{base}: {receipts} receipts, a repeat buyer"),
    BaseRule.OTHER: QT_TRANSLATE_NOOP("Tiers", "{base}: {receipts} receipt(s) so far"),
}
MANUAL = QT_TRANSLATE_NOOP("Tiers", "set by hand to {manual}")
DEMOTED_NEVER = QT_TRANSLATE_NOOP("Tiers", "one level lower: no visit yet")
DEMOTED_SINCE = QT_TRANSLATE_NOOP("Tiers", "one level lower: last visit {days} days ago (more than {limit})")
LOST_RECEIPT = QT_TRANSLATE_NOOP("Tiers", "lost: last receipt {days} days ago")
LOST_NEVER = QT_TRANSLATE_NOOP("Tiers", "lost: registered {days} days ago and never bought")


def reason_parts(
    facts: TierFacts, result: TierResult, day: dt.date, rules: Rules
) -> list[tuple[str, dict[str, object]]]:
    """The explanation as (template, values) pairs, for the GUI to translate and the CLI to print."""
    parts: list[tuple[str, dict[str, object]]] = [
        (
            REASONS[result.base_rule],
            {
                "base": result.base_tier.value,
                "lifetime_points": facts.lifetime_points,
                "threshold": rules.tier_a_lifetime_points,
                "recent": facts.recent_receipts,
                "window": rules.tier_a_recent_window_days,
                "receipts": facts.receipts,
            },
        )
    ]
    if facts.manual_tier:
        parts.append((MANUAL, {"manual": facts.manual_tier.value}))
    if result.demoted:
        if facts.last_visit is None:
            parts.append((DEMOTED_NEVER, {}))
        else:
            parts.append(
                (DEMOTED_SINCE, {"days": (day - facts.last_visit).days, "limit": rules.demotion_after_days})
            )
    if result.status is Status.LOST:
        if facts.last_receipt is None:
            parts.append((LOST_NEVER, {"days": (day - facts.registered_on).days}))
        else:
            parts.append((LOST_RECEIPT, {"days": (day - facts.last_receipt).days}))
    return parts


def reason_text(parts: list[tuple[str, dict[str, object]]]) -> str:
    return "; ".join(template.format(**values) for template, values in parts)
