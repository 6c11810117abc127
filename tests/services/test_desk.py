"""KPIs on a small hand-built shop, targeted lists and the campaign on the call list."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from boutique_vip import clock
from boutique_vip.domain.call_list import Outcome, Reason
from boutique_vip.domain.customer import card_from_form
from boutique_vip.domain.errors import PermissionDenied
from boutique_vip.domain.sales import Sale, SaleLine
from boutique_vip.domain.segments import segment_from_form
from boutique_vip.domain.users import Actor, Role
from boutique_vip.services import Services
from boutique_vip.services.kpis import SHOP_ROW

NOV = dt.datetime(2026, 11, 30, 18, 0)


def card(services: Services, name: str, phone: str, group: int | None, registered: str, **form: str) -> int:
    cid = services.customers.save(
        card_from_form({"name": name, "phone": phone, "registered_on": registered, **form, "group_id": group})
    ).id
    assert cid is not None
    return cid


def sell(services: Services, cid: int | None, day: dt.date, group: int | None, *lines: SaleLine) -> None:
    """A sale; its receipt counts for the customer's sales group (an anonymous one only for the shop)."""
    sale = Sale(
        cid, dt.datetime.combine(day, dt.time(11)), list(lines) or [SaleLine(qty=1, unit_price=Decimal(300))]
    )
    services.sales.record_sale(sale, None)


@pytest.fixture
def shop(services: Services) -> tuple[Services, Actor, int, int]:
    clock.freeze(NOV)
    manager = services.users.add("王芳", Role.MANAGER, "888888")
    one, two = services.users.add_group("一组"), services.users.add_group("二组")
    return services, manager, one, two


def test_kpis_per_group_and_for_the_shop(shop: tuple[Services, Actor, int, int]) -> None:
    services, manager, one, two = shop
    a = card(services, "张晓燕", "13800000001", one, "2026-11-03")
    b = card(services, "李娜", "13800000002", one, "2026-11-05")
    c = card(services, "王敏", "13800000003", two, "2025-01-01")
    sell(services, a, dt.date(2026, 11, 3), one)
    sell(services, a, dt.date(2026, 11, 20), one)
    sell(services, b, dt.date(2026, 11, 5), one)
    sell(services, None, dt.date(2026, 11, 6), None)  # anonymous: lowers the shop's registration rate
    sell(services, c, dt.date(2026, 11, 10), two)
    clock.freeze(dt.datetime(2026, 11, 9, 15, 0))
    services.calls.log_outcome(
        a, Outcome.REACHED, "满意", manager, (Reason.AFTER_SALE,)
    )  # a's follow-up done
    clock.freeze(NOV)
    services.kpis.set_till_count(dt.date(2026, 11, 6), 8, manager)  # the till printed more that day
    rows = {r.group: r for r in services.kpis.month("2026-11", manager)}
    assert list(rows) == ["一组", "二组", "shop"]
    g1, g2, shop_row = rows["一组"], rows["二组"], rows["shop"]
    assert (g1.counts.receipts, g1.counts.registered_receipts) == (3, 3)
    assert g1.registration_rate == 1 and g1.registration_met
    assert g1.new_customers == 2 and g1.new_customer_target == 30 and not g1.new_customers_met
    assert (g1.counts.after_sale_due, g1.counts.after_sale_done) == (3, 1)  # a's second sale: no call yet
    assert g1.spend_per_customer == Decimal("450.00")  # 900 over two customers
    assert g2.new_customers == 0 and g2.spend_per_customer == Decimal("300.00")
    assert shop_row.counts.receipts == 8  # the till's count is the larger denominator
    assert shop_row.registration_rate == Decimal("0.5000") and shop_row.registration_met is False
    assert shop_row.new_customer_target == 60
    assert g1.repurchase_rate == Decimal("0.5000")  # a bought twice in the quarter, b once
    with pytest.raises(PermissionDenied):
        services.kpis.month("2026-11", services.users.add("李丽", Role.STAFF, "1111"))


def test_large_jeans_at_600_and_the_campaign_call(
    shop: tuple[Services, Actor, int, int], tmp_path: Path
) -> None:
    services, manager, one, _ = shop
    jeans_xl = SaleLine(qty=1, unit_price=Decimal(580), category="牛仔裤", size="XL")
    jeans_m = SaleLine(qty=1, unit_price=Decimal(580), category="牛仔裤", size="M")
    big = card(
        services,
        "张晓燕",
        "13800000001",
        one,
        "2025-01-01",
        price_min="400",
        price_max="800",
        sms_opt_in=True,  # type: ignore[arg-type]  # a check box's value
    )
    small = card(services, "李娜", "13800000002", one, "2025-01-01", price_min="400", price_max="800")
    cheap = card(services, "王敏", "13800000003", one, "2025-01-01", price_min="100", price_max="300")
    banded = card(services, "赵雪", "13800000004", one, "2025-01-01")  # no band on the card: what she paid
    for cid, line in ((big, jeans_xl), (small, jeans_m), (cheap, jeans_xl), (banded, jeans_xl)):
        sell(services, cid, dt.date(2026, 10, 1), one, line)
        sell(
            services,
            cid,
            dt.date(2026, 10, 20),
            one,
            SaleLine(qty=1, unit_price=Decimal(650), category="衬衫", size="L"),
        )
    segment = segment_from_form({"category": "牛仔裤", "sizes": "XL、xxl", "price": "600"})
    found = services.segments.run(segment)
    assert [r.name for r in found] == ["张晓燕", "赵雪"]  # 赵雪 paid 580–650: 600 is in her band
    assert services.segments.count(segment) == 2
    services.segments.save("大码牛仔裤600", segment, manager)
    assert services.segments.saved()["大码牛仔裤600"] == segment
    assert services.segments.send_to_call_list("大码牛仔裤600", [r.customer_id for r in found], manager) == 2
    calls = {r.name: r.reasons for r in services.calls.call_list().calls}
    assert calls["张晓燕"] == (Reason.CAMPAIGN,)
    services.calls.log_outcome(big, Outcome.REACHED, "周末来试", manager, (Reason.CAMPAIGN,))
    clock.freeze(NOV + dt.timedelta(days=1))
    assert "张晓燕" not in {r.name for r in services.calls.call_list().calls}
    sms = services.segments.export_sms(
        found, "{name}您好，{size}码新款牛仔裤到店", tmp_path / "sms.csv", manager
    )
    assert [m[2][:5] for m in sms.messages] == ["张晓燕您好"]
    assert (sms.no_consent, sms.no_phone) == (1, 0)  # 赵雪 never agreed to SMS


def test_targeted_sms_lists_hold_only_customers_who_agreed(
    shop: tuple[Services, Actor, int, int], tmp_path: Path
) -> None:
    """Finding 8: a card with SMS consent off (and "no calls" on) was in the targeted list's SMS export."""
    services, manager, one, _ = shop
    yes = card(services, "林雪", "13800000011", one, "2025-01-01", sms_opt_in=True)  # type: ignore[arg-type]
    no = card(services, "周敏", "13800000012", one, "2025-01-01", no_calls=True)  # type: ignore[arg-type]
    no_phone = card(services, "吴芳", "", one, "2025-01-01", sms_opt_in=True)  # type: ignore[arg-type]
    for cid in (yes, no, no_phone):
        sell(services, cid, dt.date(2026, 11, 2), one, SaleLine(qty=1, unit_price=Decimal(300), size="L"))
    found = services.segments.run(segment_from_form({"sizes": "L"}))
    assert {r.name for r in found} == {"林雪", "周敏", "吴芳"}
    path = tmp_path / "sms.csv"
    sms = services.segments.export_sms(found, "{name}您好", path, manager)
    assert sms.messages == [(services.customers.get(yes).card_no, "13800000011", "林雪您好")]
    assert (sms.no_consent, sms.no_phone, sms.left_out) == (1, 1, 2)
    assert "13800000012" not in path.read_text(encoding="utf-8-sig")
    # Consent withdrawn after the list was run counts as it is now.
    card_now = services.customers.get(yes)
    services.customers.save(replace(card_now, sms_opt_in=False), manager)
    assert services.segments.export_sms(found, "{name}您好", path, manager).messages == []
    exports = [e for e in services.audit.entries(manager) if e.action == "export"]
    assert "no_consent" in exports[0].details


def test_the_call_lists_sms_export_is_a_managers_and_audited(
    shop: tuple[Services, Actor, int, int], tmp_path: Path
) -> None:
    """Finding 3: the Calls tab exported names and phones with no permission check and no audit row."""
    services, manager, _, _ = shop
    staff = services.users.add("李丽", Role.STAFF, "1111", actor=manager)
    listing = services.calls.call_list()
    with pytest.raises(PermissionDenied):
        services.calls.export_sms(listing, services.shop.sms_texts(), tmp_path / "sms.csv", staff)
    assert not (tmp_path / "sms.csv").exists()
    services.calls.export_sms(listing, services.shop.sms_texts(), tmp_path / "sms.csv", manager)
    assert services.audit.entries(manager, limit=1)[0].action == "export"


def test_top_twenty_and_the_monthly_report(shop: tuple[Services, Actor, int, int]) -> None:
    services, manager, one, _ = shop
    for n in range(22):
        cid = card(
            services,
            f"顾客{n:02d}",
            f"139000000{n:02d}",
            one,
            "2025-01-01",
            size_top="M",
            favourite_colours="红",
        )
        sell(services, cid, dt.date(2026, 11, 2), one, SaleLine(qty=1, unit_price=Decimal(100 + n)))
    top = services.desk.top_customers(manager)
    assert len(top) == 20 and top[0].name == "顾客21" and top[0].lifetime_spend == Decimal("121.00")
    assert top[0].sizes == "M" and top[0].colours == "红"
    report = services.desk.monthly_report("2026-11", manager)
    assert report.next_month == "2026-12" and report.kpis[-1].group == "shop"
    assert report.figures[-1].month == "2026-11" and report.figures[-1].new_by_group["一组"] == 0
    assert len(report.figures) == 12


def test_churn_and_gift_plan_completion_per_group(shop: tuple[Services, Actor, int, int]) -> None:
    services, manager, one, _ = shop
    clock.freeze(dt.datetime(2025, 11, 10, 12, 0))
    leaving = card(services, "林雪", "13800000011", one, "2025-01-01")
    sell(services, leaving, dt.date(2025, 11, 10), one)  # her last receipt: lost a year later, on 2026-11-10
    staying = card(services, "周丽", "13800000012", one, "2025-01-01", birthday="1985-11-20")
    for day in (dt.date(2026, 10, 1), dt.date(2026, 10, 15)):
        clock.freeze(dt.datetime.combine(day, dt.time(12)))
        sell(services, staying, day, one)
    clock.freeze(dt.datetime(2026, 10, 31, 18, 0))
    services.users.add("李丽", Role.STAFF, "1111", group_id=one)
    plan = services.gifts.create_draft("2026-11", manager)
    assert plan.id is not None and len(plan.lines) == 1  # 周丽's birthday (B as of 31 October)
    services.gifts.approve(plan.id, manager.id, "888888", "a long passphrase")
    clock.freeze(NOV)
    rows = {r.group: r for r in services.kpis.month("2026-11", manager)}
    assert (rows["一组"].counts.active_at_start, rows["一组"].counts.newly_lost) == (2, 1)
    assert rows["一组"].churn_rate == Decimal("0.5000")
    shop_row = rows["shop"]
    assert (shop_row.counts.gift_lines, shop_row.counts.gift_delivered) == (1, 0)
    line = services.gifts.current("2026-11").lines[0]
    services.gifts.record_delivery(line.id, dt.date(2026, 11, 20), manager)
    assert services.kpis.month("2026-11", manager)[-1].gift_plan_completion == 1


def test_the_report_the_charts_and_the_churn_kpi_count_the_same_lost_customers(
    shop: tuple[Services, Actor, int, int],
) -> None:
    """A month's lost customers are the churn KPI's (active the day before the month, lost at its end),
    in the monthly report's list and in the charts, also where no daily tier run recorded the change (an
    imported or demo history); and the tier mix follows the history month by month."""
    services, manager, one, _ = shop
    leaving = card(services, "林雪", "13800000011", one, "2025-01-01")
    staying = card(services, "周敏", "13800000012", one, "2025-01-01")
    sell(services, leaving, dt.date(2025, 10, 10), one)  # 365 days later, 10 October 2026: lost
    sell(services, staying, dt.date(2025, 10, 10), one)
    sell(services, staying, dt.date(2026, 6, 1), one)
    kpi = next(k for k in services.kpis.month("2026-10", manager) if k.group == SHOP_ROW)
    assert kpi.churn_rate == Decimal("0.5")  # one of the two active on 30 September
    report = services.desk.monthly_report("2026-10", manager)
    assert [(no, name) for no, name, _last in report.lost_customers] == [
        (services.customers.get(leaving).card_no, "林雪")
    ]
    figures = {f.month: f for f in services.desk.figures("2026-11")}
    assert figures["2026-10"].lost == 1 and figures["2026-09"].lost == 0 and figures["2026-11"].lost == 0
    assert sum(figures["2026-09"].tier_mix.values()) == 2 and sum(figures["2026-10"].tier_mix.values()) == 1
    again = {f.month: f for f in services.desk.figures("2026-11")}  # closed months are kept
    assert again["2026-10"] == figures["2026-10"]
    sell(services, leaving, dt.date(2026, 9, 1), one)  # a till's receipt imported late: history changed
    assert services.desk.figures("2026-11")[-2].lost == 0  # October worked out again


def test_the_points_liability_of_each_month(shop: tuple[Services, Actor, int, int]) -> None:
    """Every customer's balance at each month's end, worth the redemption rate (20 yuan per 1,000 points)."""
    services, _manager, one, _two = shop
    lin = card(services, "林雪", "13500000001", one, "2026-01-10")
    zhou = card(services, "周敏", "13500000002", one, "2026-01-10")
    sell(services, lin, dt.date(2026, 9, 15), one, SaleLine(qty=1, unit_price=Decimal(1250)))
    sell(services, zhou, dt.date(2026, 10, 2), one, SaleLine(qty=1, unit_price=Decimal(900)))
    sell(services, lin, dt.date(2026, 11, 20), one, SaleLine(qty=1, unit_price=Decimal(400)))
    services.sales.record_sale(  # 1,000 of her points pay 20 yuan
        Sale(lin, dt.datetime(2026, 11, 21, 11), [SaleLine(qty=1, unit_price=Decimal(100))], 1000), None
    )
    figures = {f.month: f for f in services.desk.figures("2026-11", 4)}
    assert [(m, f.points_outstanding, f.points_liability) for m, f in figures.items()] == [
        ("2026-08", 0, Decimal("0.00")),
        ("2026-09", 1250, Decimal("25.00")),
        ("2026-10", 2150, Decimal("43.00")),
        ("2026-11", 2150 + 400 - 1000 + 80, Decimal("32.60")),
    ]
