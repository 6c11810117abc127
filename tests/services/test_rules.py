"""Rules are declared once (title, unit, range, default) and checked by ``ShopService.set_rules`` (issue 19,
finding 9: ``redeem_points_unit=0`` and ``call_hour_start=30`` were saved, and every keystroke at the counter
then divided by zero)."""

from __future__ import annotations

import dataclasses
import json
from decimal import Decimal

import pytest

from boutique_vip.domain.errors import ValidationFailed
from boutique_vip.domain.rules import RULES, RuleOutOfRange, Rules, check_rules
from boutique_vip.domain.users import Role
from boutique_vip.services import Services
from boutique_vip.storage.models import Setting


def test_every_rule_is_declared_with_a_title_unit_and_range_that_holds_its_default() -> None:
    assert [s.name for s in RULES] == [f.name for f in dataclasses.fields(Rules)]
    assert len(RULES) == 37
    for spec in RULES:
        assert spec.title and spec.unit and spec.title != spec.name
        assert spec.low <= spec.default <= spec.high
    assert check_rules(Rules()) == []
    assert len({s.title for s in RULES}) == len(RULES)


def test_set_rules_refuses_values_outside_their_range_naming_rule_and_range(services: Services) -> None:
    manager = services.users.add("王芳", Role.MANAGER, "888888")
    before = services.audit.count()
    with pytest.raises(ValidationFailed) as failure:
        services.shop.set_rules(Rules(redeem_points_unit=0, call_hour_start=30), manager)
    messages = [e.message for e in failure.value.errors]
    assert messages == [
        "Points per redemption step: enter a number from 1 to 100000 (points).",
        "Call hour starts at: enter a number from 0 to 23 (o'clock).",
    ]
    assert all(isinstance(e, RuleOutOfRange) for e in failure.value.errors)
    assert services.shop.rules() == Rules() and services.audit.count() == before
    with pytest.raises(ValidationFailed) as failure:
        services.shop.set_rules(Rules(call_hour_start=16, call_hour_end=15), manager)
    assert [e.message for e in failure.value.errors] == [
        "“Call hour starts at” must come before “Call hour ends at”."
    ]
    with pytest.raises(ValidationFailed):
        services.shop.set_rules(Rules(redeem_value_yuan=Decimal("0.001")), manager)
    with pytest.raises(ValidationFailed):
        services.shop.set_rules(Rules(win_back_min_days=400), manager)
    services.shop.set_rules(Rules(redeem_points_unit=500, call_hour_start=14), manager)
    assert services.shop.rules().redeem_points_unit == 500


def test_rules_stored_before_the_check_fall_back_to_their_defaults(services: Services) -> None:
    with services.db.session() as s, s.begin():
        stored = {**Rules().to_json(), "redeem_points_unit": 0, "call_hour_start": 17, "calls_per_hour": 30}
        s.merge(Setting(key="rules", value=json.dumps(stored)))
    rules = services.shop.rules()
    assert rules.redeem_points_unit == 1000  # out of range: the default
    assert (rules.call_hour_start, rules.call_hour_end) == (15, 16)  # starts after it ends: both defaults
    assert rules.calls_per_hour == 30  # the good values are kept


def test_new_rules_sort_every_customer_again(services: Services) -> None:
    """``set_rules`` saves the rules and then recomputes the stored tiers, as one change to the window."""
    from dataclasses import replace
    from decimal import Decimal

    from boutique_vip import clock
    from boutique_vip.domain.changes import Topic, changed_by
    from boutique_vip.domain.customer import card_from_form
    from boutique_vip.domain.sales import Sale, SaleLine
    from boutique_vip.domain.users import Role

    manager = services.users.add("王芳", Role.MANAGER, "888888")
    card = services.customers.save(card_from_form({"name": "张晓燕", "registered_on": "2025-01-01"}))
    services.sales.record_sale(Sale(card.id, clock.now(), [SaleLine(qty=1, unit_price=Decimal(3000))]), None)
    assert services.customers.search("张晓燕")[0].tier == "C"
    changed = services.shop.set_rules(replace(services.shop.rules(), tier_a_lifetime_points=2000), manager)
    assert changed == 1 and services.customers.search("张晓燕")[0].tier == "A"
    assert {Topic.RULES, Topic.TIERS, Topic.PLANS, Topic.CALLS} <= changed_by(services.shop.set_rules)
