"""Referrals: the referrer is a card (typed as its number or phone); her first purchase earns the referrer
the referral points (a rule, off by default) as a ledger row naming her; the desk counts referred new
customers; import reads the referrer by card number or phone."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from boutique_vip import clock
from boutique_vip.domain.customer import card_from_form
from boutique_vip.domain.errors import ValidationFailed
from boutique_vip.domain.sales import Sale, SaleLine
from boutique_vip.domain.users import Role
from boutique_vip.services import Services


def sale(services: Services, customer_id: int, amount: int = 200) -> None:
    services.sales.record_sale(
        Sale(customer_id, clock.now(), [SaleLine(qty=1, unit_price=Decimal(amount))]), None
    )


def test_the_referrer_is_a_card_named_by_number_or_phone(services: Services) -> None:
    lin = services.customers.save(card_from_form({"name": "林雪", "phone": "13500000001"}))
    zhou = services.customers.save(card_from_form({"name": "周敏", "referrer": "135 0000 0001"}))
    assert zhou.referrer == lin.card_no  # shown as her card number
    wang = services.customers.save(card_from_form({"name": "王丽", "referrer": lin.card_no.lower()}))
    assert services.customers.referrals(lin.id or 0) == ([(zhou.card_no, "周敏"), (wang.card_no, "王丽")], 0)
    with pytest.raises(ValidationFailed) as failure:
        services.customers.save(card_from_form({"name": "赵燕", "referrer": "VIP99999"}))
    assert "referrer" in failure.value.by_field()
    with pytest.raises(ValidationFailed):
        services.customers.save(card_from_form({"referrer": lin.card_no}, base=lin))  # not herself


def test_her_first_purchase_earns_the_referrer_points_once(services: Services) -> None:
    manager = services.users.add("王芳", Role.MANAGER, "888888")
    lin = services.customers.save(card_from_form({"name": "林雪", "registered_on": "2025-01-01"}))
    zhou = services.customers.save(card_from_form({"name": "周敏", "referrer": lin.card_no}))
    assert lin.id and zhou.id
    sale(services, zhou.id)  # the rule is off (0 points) by default: nothing
    assert services.sales.quote(lin.id, []).balance == 0
    services.shop.set_rules(replace(services.shop.rules(), referral_points=500), manager)
    wang = services.customers.save(card_from_form({"name": "王丽", "referrer": lin.card_no}))
    assert wang.id
    sale(services, wang.id)
    sale(services, wang.id)  # her second purchase: no more
    assert services.sales.quote(lin.id, []).balance == 500
    row = services.tiers.of(lin.id)
    assert row is not None and row.lifetime_points == 500  # referral points count as lifetime points
    ledger = services.sales.ledger(lin.id)
    assert [(r.kind, r.points, r.reason) for r in ledger] == [("referral", 500, f"referral {wang.card_no}")]
    assert services.customers.referrals(lin.id)[1] == 500


def test_the_desk_counts_referred_new_customers(services: Services) -> None:
    manager = services.users.add("王芳", Role.MANAGER, "888888")
    lin = services.customers.save(card_from_form({"name": "林雪", "registered_on": "2025-01-01"}))
    today = clock.today().isoformat()
    services.customers.save(card_from_form({"name": "周敏", "referrer": lin.card_no, "registered_on": today}))
    services.customers.save(card_from_form({"name": "王丽", "registered_on": today}))
    shop = next(k for k in services.kpis.month(clock.today().strftime("%Y-%m"), manager) if k.group == "shop")
    assert (shop.new_customers, shop.counts.referred_new_customers) == (2, 1)


def test_import_reads_the_referrer_by_card_number_or_phone(services: Services, tmp_path: Path) -> None:
    lin = services.customers.save(card_from_form({"name": "林雪", "phone": "13500000001"}))
    path = tmp_path / "cards.csv"
    path.write_text(f"姓名,推荐人\n周敏,13500000001\n王丽,{lin.card_no}\n赵燕,\n", encoding="utf-8")
    report = services.imports.import_customers(path)
    assert (report.added, report.rejected) == (3, [])
    assert sorted(name for _no, name in services.customers.referrals(lin.id or 0)[0]) == ["周敏", "王丽"]
    out = tmp_path / "out.csv"
    services.imports.export_customers(out)
    header, *rows = out.read_text(encoding="utf-8-sig").splitlines()
    assert header.endswith(",notes,referrer")
    assert any(
        r.startswith(services.customers.search("周敏")[0].card_no) and r.endswith(lin.card_no) for r in rows
    )


def test_referral_points_follow_back_registration_and_a_void(services: Services) -> None:
    """补登 of her first purchase pays the referrer; voiding the sale that paid it takes the points back."""
    from boutique_vip.services.sales import ReceiptFilter

    manager = services.users.add("王芳", Role.MANAGER, "888888")
    services.shop.set_rules(replace(services.shop.rules(), referral_points=500), manager)
    lin = services.customers.save(card_from_form({"name": "林雪"}))
    zhou = services.customers.save(card_from_form({"name": "周敏", "referrer": lin.card_no}))
    wang = services.customers.save(card_from_form({"name": "王丽", "referrer": lin.card_no}))
    assert lin.id and zhou.id and wang.id
    anonymous = services.sales.record_sale(
        Sale(None, clock.now(), [SaleLine(qty=1, unit_price=Decimal(300))]), None
    ).receipt_no
    services.sales.attach_receipt(anonymous, zhou.id, manager)
    assert services.sales.quote(lin.id, []).balance == 500
    first = services.sales.record_sale(
        Sale(wang.id, clock.now(), [SaleLine(qty=1, unit_price=Decimal(300))]), None
    ).receipt_no
    assert services.sales.quote(lin.id, []).balance == 1000
    services.sales.void_sale(first, "选错了顾客", manager)
    assert services.sales.quote(lin.id, []).balance == 500
    assert services.tiers.of(lin.id).lifetime_points == 500  # type: ignore[union-attr]
    assert len(services.sales.receipts(ReceiptFilter(customer_id=wang.id, kind="return"))) == 1


def test_a_referrer_written_as_a_name_before_stays_until_changed(services: Services) -> None:
    """Cards from before referrers were cards say "李姐": editing anything else on them still saves."""
    from sqlalchemy import update

    from boutique_vip.storage.models import Customer

    zhou = services.customers.save(card_from_form({"name": "周敏"}))
    with services.db.session() as s, s.begin():
        s.execute(update(Customer).where(Customer.id == zhou.id).values(referrer="李姐"))
    card = services.customers.get(zhou.id or 0)
    saved = services.customers.save(card_from_form({"phone": "13500000009"}, base=card))
    assert (saved.phone, saved.referrer) == ("13500000009", "李姐")
    with pytest.raises(ValidationFailed):
        services.customers.save(card_from_form({"referrer": "王姐"}, base=saved))  # a new one must be a card


def test_an_imported_first_purchase_moves_the_referrers_tier_on_her_card(
    services: Services, tmp_path: Path
) -> None:
    """Referral points earned by an imported receipt count toward the referrer's lifetime points: her
    card's tier follows when the import finishes, as for a sale at the counter."""
    from sqlalchemy import select

    from boutique_vip.storage.models import Customer

    manager = services.users.add("王芳", Role.MANAGER, "888888")
    services.shop.set_rules(replace(services.shop.rules(), referral_points=5000), manager)
    lin = services.customers.save(card_from_form({"name": "林雪", "registered_on": "2025-01-01"}))
    zhou = services.customers.save(card_from_form({"name": "周敏", "referrer": lin.card_no}))
    assert lin.id and zhou.id
    sale(services, lin.id)
    day = clock.now().date().isoformat()
    sheet = tmp_path / "sales.csv"
    sheet.write_text(
        f"receipt_no,date,card_no,qty,unit_price,amount\nT1,{day},{zhou.card_no},1,200,200\n",
        encoding="utf-8",
    )
    report = services.imports.import_purchases(sheet, actor=manager)
    assert (report.added, report.rejected) == (1, [])
    with services.db.session() as s:
        assert s.scalar(select(Customer.tier).where(Customer.id == lin.id)) == "A"
