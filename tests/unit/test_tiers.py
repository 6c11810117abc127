import datetime as dt

import pytest

from boutique_vip.domain.customer import Tier
from boutique_vip.domain.rules import Rules
from boutique_vip.domain.tiers import BaseRule, Status, TierFacts, evaluate, reason_parts, reason_text

D = dt.date(2026, 11, 23)
RULES = Rules()


def days_ago(n: int) -> dt.date:
    return D - dt.timedelta(days=n)


def facts(**kw: object) -> TierFacts:
    base: dict[str, object] = {
        "registered_on": days_ago(400),
        "receipts": 1,
        "last_receipt": days_ago(1),
        "last_visit": days_ago(1),
    }
    base.update(kw)
    return TierFacts(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("case", "kw", "tier", "rule"),
    [
        ("4,999 points", {"lifetime_points": 4999}, Tier.C, BaseRule.OTHER),
        ("5,000 points", {"lifetime_points": 5000}, Tier.A, BaseRule.POINTS),
        ("5 receipts in 61 days", {"receipts": 5, "recent_receipts": 5}, Tier.B, BaseRule.REPEAT),
        ("6 receipts in 61 days", {"receipts": 6, "recent_receipts": 6}, Tier.A, BaseRule.RECENT),
        ("one receipt", {"receipts": 1}, Tier.C, BaseRule.OTHER),
        ("two receipts ever", {"receipts": 2}, Tier.B, BaseRule.REPEAT),
        ("special", {"special": True, "receipts": 0}, Tier.A, BaseRule.SPECIAL),
        (
            "manual C over computed A",
            {"lifetime_points": 9000, "manual_tier": Tier.C},
            Tier.C,
            BaseRule.POINTS,
        ),
        ("manual A over computed C", {"manual_tier": Tier.A}, Tier.A, BaseRule.OTHER),
    ],
)
def test_base_tier(case: str, kw: dict[str, object], tier: Tier, rule: BaseRule) -> None:
    result = evaluate(facts(**kw), D, RULES)
    assert (result.tier, result.base_rule) == (tier, rule), case


@pytest.mark.parametrize(
    ("last_visit", "demoted"),
    [(182, False), (183, True), (None, True), (0, False)],
)
def test_demotion_after_182_days_without_a_visit(last_visit: int | None, demoted: bool) -> None:
    visit = days_ago(last_visit) if last_visit is not None else None
    result = evaluate(facts(lifetime_points=6000, last_visit=visit), D, RULES)
    assert result.demoted is demoted
    assert result.tier is (Tier.B if demoted else Tier.A)


def test_demotion_goes_one_level_and_c_stays_c() -> None:
    old = days_ago(200)
    assert evaluate(facts(receipts=2, last_visit=old), D, RULES).tier is Tier.C
    assert evaluate(facts(receipts=1, last_visit=old), D, RULES).tier is Tier.C


@pytest.mark.parametrize(("last_receipt", "status"), [(364, Status.ACTIVE), (365, Status.LOST)])
def test_lost_after_365_days_without_a_receipt(last_receipt: int, status: Status) -> None:
    result = evaluate(facts(last_receipt=days_ago(last_receipt), last_visit=days_ago(last_receipt)), D, RULES)
    assert result.status is status


@pytest.mark.parametrize(("registered", "status"), [(364, Status.ACTIVE), (365, Status.LOST)])
def test_someone_who_never_bought_is_lost_a_year_after_registering(registered: int, status: Status) -> None:
    result = evaluate(TierFacts(registered_on=days_ago(registered)), D, RULES)
    assert result.status is status


def test_the_reason_names_the_rule_and_its_figures() -> None:
    f = facts(receipts=6, recent_receipts=6)
    result = evaluate(f, D, RULES)
    assert reason_text(reason_parts(f, result, D, RULES)) == "A: 6 receipts in the last 61 days"
    f = facts(lifetime_points=6000, last_visit=days_ago(200), manual_tier=Tier.B)
    text = reason_text(reason_parts(f, evaluate(f, D, RULES), D, RULES))
    assert (
        text
        == "A: 6000 lifetime points (A from 5000); set by hand to B; one level lower: last visit 200 days ago (more than 182)"
    )


def test_thresholds_are_settings() -> None:
    rules = Rules(tier_a_lifetime_points=3000)
    assert evaluate(facts(lifetime_points=3000), D, rules).tier is Tier.A
