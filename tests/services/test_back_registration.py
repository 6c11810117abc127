"""补登: an anonymous receipt put on her card afterwards, within the rule's days; points as of its day."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from boutique_vip import clock
from boutique_vip.domain.errors import BoutiqueError
from boutique_vip.domain.sales import Sale, SaleLine
from boutique_vip.domain.users import Role
from boutique_vip.services import Services
from boutique_vip.services.sales import ReceiptFilter
from tests.services.helpers import customer


def anonymous(services: Services, day: dt.date, amount: int = 500) -> str:
    sale = Sale(None, dt.datetime.combine(day, dt.time(11)), [SaleLine(qty=1, unit_price=Decimal(amount))])
    return services.sales.record_sale(sale, None).receipt_no


def test_a_receipt_bought_without_her_card_goes_on_it_with_the_points_of_its_day(services: Services) -> None:
    staff = services.users.add("李丽", Role.STAFF, "1111")
    today = clock.today()
    her = customer(services, "林雪", birthday=(today - dt.timedelta(days=10)).strftime("1990-%m-%d"))
    on_her_birthday = anonymous(services, today - dt.timedelta(days=10))  # ×2 points that day
    assert services.sales.attach_receipt(on_her_birthday, her, staff) == 1000
    assert services.sales.quote(her, []).balance == 1000
    mine = services.sales.receipts(ReceiptFilter(customer_id=her))
    assert [r.receipt_no for r in mine] == [on_her_birthday]
    assert services.tiers.of(her).lifetime_points == 1000  # type: ignore[union-attr]
    with pytest.raises(BoutiqueError, match="already on card"):
        services.sales.attach_receipt(on_her_birthday, her, staff)
    entry = services.audit.entries(services.users.add("王芳", Role.MANAGER, "888888"), limit=5)
    assert any(e.action == "receipt_attached" and e.subject == on_her_birthday for e in entry)


def test_only_within_the_rules_days_and_not_once_returned(services: Services) -> None:
    today = clock.today()
    her = customer(services, "林雪")
    old = anonymous(services, today - dt.timedelta(days=31))
    with pytest.raises(BoutiqueError, match="31 days old"):
        services.sales.attach_receipt(old, her, None)
    recent = anonymous(services, today - dt.timedelta(days=3))
    line = services.sales.returnable_lines(recent)[0]
    services.sales.record_return(recent, {line.line_id: 1}, None)
    with pytest.raises(BoutiqueError, match="was returned"):
        services.sales.attach_receipt(recent, her, None)


def test_the_registration_rate_counts_it_as_registered(services: Services) -> None:
    manager = services.users.add("王芳", Role.MANAGER, "888888")
    her = customer(services, "林雪")
    day = clock.today() - dt.timedelta(days=2)
    receipt = anonymous(services, day)
    month = day.strftime("%Y-%m")

    def registered() -> int:
        return next(
            k for k in services.kpis.month(month, manager) if k.group == "shop"
        ).counts.registered_receipts

    before = registered()
    services.sales.attach_receipt(receipt, her, manager)
    assert registered() == before + 1


def test_a_closed_months_desk_figures_follow_a_receipt_put_on_a_card(services: Services) -> None:
    """The kept month figures are worked out again when a receipt of that month goes on a card."""
    manager = services.users.add("王芳", Role.MANAGER, "888888")
    clock.freeze(dt.datetime(2026, 11, 3, 10))
    her = customer(services, "林雪", registered_days_before=400)
    receipt = anonymous(services, dt.date(2026, 10, 20), amount=9000)  # enough for tier A
    before = {f.month: f for f in services.desk.figures("2026-11")}["2026-10"]
    services.sales.attach_receipt(receipt, her, manager)
    after = {f.month: f for f in services.desk.figures("2026-11")}["2026-10"]
    assert after.tier_mix != before.tier_mix and after.tier_mix["A"] == before.tier_mix["A"] + 1
