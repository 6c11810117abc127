"""The monthly gift plan: which lines, the standards, revisions and approval, execution."""

import datetime as dt
from decimal import Decimal

import pytest

from boutique_vip import clock
from boutique_vip.domain import gift_plan as plan_rules
from boutique_vip.domain.customer import card_from_form
from boutique_vip.domain.errors import (
    BoutiqueError,
    PermissionDenied,
    ValidationFailed,
    WrongPassphrase,
    WrongPin,
)
from boutique_vip.domain.gift_plan import Delivery
from boutique_vip.domain.sales import Sale, SaleLine
from boutique_vip.domain.users import Role
from boutique_vip.services import Services

# Plans for February 2027: Spring Festival 2027 is on 6 February; tiers are taken as of 31 January 2027.
TIER_DAY = dt.datetime(2027, 1, 31, 12)


@pytest.fixture
def shop(services: Services) -> Services:
    services.shop.set_name("衣尚精品", None)
    for name, cost in (("护手霜", "22"), ("香薰蜡烛", "25"), ("画册+代金券", "100"), ("丝巾礼盒", "128")):
        services.gifts.add_category(name, Decimal(cost), None)
    return services


def customer(
    services: Services, name: str, phone: str, birthday: str = "", calendar: str = "solar", **form: str
) -> int:
    card = services.customers.save(
        card_from_form(
            {
                "name": name,
                "phone": phone,
                "birthday": birthday,
                "birthday_calendar": calendar,
                "registered_on": "2025-01-01",
                **form,
            }
        )
    )
    assert card.id is not None
    return card.id


def spend(services: Services, cid: int, when: dt.datetime, amount: str) -> None:
    services.sales.record_sale(Sale(cid, when, [SaleLine(qty=1, unit_price=Decimal(amount))]), None)


def a_tier(services: Services, cid: int) -> None:
    spend(services, cid, dt.datetime(2027, 1, 10, 11), "6000")


def b_tier(services: Services, cid: int) -> None:
    spend(services, cid, dt.datetime(2027, 1, 5, 11), "100")
    spend(services, cid, dt.datetime(2027, 1, 10, 11), "100")


def lines_of(services: Services, month: str = "2027-02") -> dict[tuple[str, str], tuple[str, str, str, str]]:
    view = services.gifts.current(month)
    return {
        (ln.name, ln.occasion): (
            ln.tier,
            ln.occasion_date.isoformat(),
            ln.card_mail_date.isoformat(),
            ln.gift,
        )
        for ln in view.lines
    }


def test_plan_lines_for_a_month_with_spring_festival(shop: Services) -> None:
    clock.freeze(TIER_DAY)
    lin = customer(
        shop, "林雪", "13500000001", "1985-02-02"
    )  # A, birthday on the 2nd: card mailed in January
    zhou = customer(shop, "周敏", "13500000002", "1990-01-01", "lunar")  # B, lunar 1/1 = Spring Festival day
    wu = customer(shop, "吴倩", "13500000003", "1988-02-29")  # A, 29 Feb → 28 Feb in 2027
    c_only = customer(shop, "郑洁", "13500000004", "1980-02-10")  # C: one receipt only
    lost = customer(shop, "王丽", "13500000005", "1980-02-11", registered_on="2024-01-01")  # lost
    a_tier(shop, lin)
    b_tier(shop, zhou)
    a_tier(shop, wu)
    spend(shop, c_only, dt.datetime(2027, 1, 10), "100")
    spend(shop, lost, dt.datetime(2025, 6, 1), "9000")
    lines = lines_of(shop)
    assert lines[("林雪", "birthday")] == ("A", "2027-02-02", "2027-01-29", "丝巾礼盒")
    assert lines[("林雪", "spring_festival")] == ("A", "2027-02-06", "2027-02-02", "香薰蜡烛")
    assert lines[("周敏", "birthday")] == ("B", "2027-02-06", "2027-02-02", "香薰蜡烛")
    assert lines[("周敏", "spring_festival")] == ("B", "2027-02-06", "2027-02-02", "画册+代金券")
    assert lines[("吴倩", "birthday")] == ("A", "2027-02-28", "2027-02-24", "丝巾礼盒")
    assert not [k for k in lines if k[0] in ("郑洁", "王丽")]  # C and lost customers get no gifts
    plan = shop.gifts.current("2027-02")
    assert plan.deadline == dt.date(2027, 1, 29)  # the plan must be approved in January


def test_tiers_are_taken_as_of_the_last_day_of_the_month_before(shop: Services) -> None:
    clock.freeze(dt.datetime(2027, 2, 3, 12))
    cid = customer(shop, "林雪", "13500000001", "1985-02-20")
    b_tier(shop, cid)
    spend(shop, cid, dt.datetime(2027, 2, 1, 11), "6000")  # A from 1 February: too late for February's plan
    lines = lines_of(shop)
    assert lines[("林雪", "birthday")][0] == "B"


def test_birthdays_on_the_first_to_fourth_are_mailed_in_the_month_before(shop: Services) -> None:
    clock.freeze(TIER_DAY)
    for day in (1, 2, 3, 4, 5):
        cid = customer(shop, f"顾客{day}", f"1350000001{day}", f"1980-03-0{day}")
        a_tier(shop, cid)
    mailed = {ln.occasion_date.day: ln.card_mail_date for ln in shop.gifts.current("2027-03").lines}
    assert [mailed[d].month for d in (1, 2, 3, 4, 5)] == [2, 2, 2, 2, 3]


def test_approval_freezes_and_a_change_makes_a_new_revision(shop: Services) -> None:
    clock.freeze(TIER_DAY)
    manager = shop.users.add("王芳", Role.MANAGER, "888888")
    staff = shop.users.add("李丽", Role.STAFF, "1111")
    a_tier(shop, customer(shop, "林雪", "13500000001", "1985-02-02"))
    draft = shop.gifts.create_draft("2027-02", manager)
    assert (draft.revision, draft.status) == (1, "draft")
    line = draft.lines[0]
    scarf = next(g for g in shop.gifts.catalogue() if g.name == "丝巾礼盒")
    cream = next(g for g in shop.gifts.catalogue() if g.name == "护手霜")
    with pytest.raises(ValidationFailed) as failure:
        shop.gifts.edit_line(
            line.id or 0, manager, gift_category_id=cream.id, executor_id=staff.id, delivery=Delivery.PICKUP
        )
    assert "outside the care standard" in failure.value.errors[0].message
    shop.gifts.edit_line(
        line.id or 0,
        manager,
        gift_category_id=cream.id,
        executor_id=staff.id,
        delivery=Delivery.PICKUP,
        reason="她只要护手霜",
    )
    with pytest.raises(PermissionDenied):
        shop.gifts.approve(draft.id or 0, staff.id, "1111", "a long passphrase")
    with pytest.raises(WrongPin):
        shop.gifts.approve(draft.id or 0, manager.id, "123456", "a long passphrase")
    pdf = shop.gifts.approve(draft.id or 0, manager.id, "888888", "a long passphrase")
    assert pdf.startswith(b"%PDF")
    approved = shop.gifts.current("2027-02")
    assert (approved.status, approved.approved_by, approved.lines[0].gift) == ("approved", "王芳", "护手霜")
    with pytest.raises(BoutiqueError, match="already approved"):
        shop.gifts.approve(draft.id or 0, manager.id, "888888", "a long passphrase")
    revised = shop.gifts.edit_line(
        approved.lines[0].id or 0,
        manager,
        gift_category_id=scarf.id,
        executor_id=staff.id,
        delivery=Delivery.HOME_DELIVERY,
    )
    assert (revised.revision, revised.status) == (2, "draft")
    assert [r.status for r in shop.gifts.revisions("2027-02")] == ["approved", "draft"]
    assert shop.gifts.sheet("2027-02") != pdf  # the draft is shown, not the approved one
    shop.gifts.approve(revised.id or 0, manager.id, "888888", "a long passphrase")
    assert [r.status for r in shop.gifts.revisions("2027-02")] == ["superseded", "approved"]
    # The page lists them each time it draws the plan: their headings, not thousands of lines each.
    assert [(r.revision, r.approved_by, r.lines) for r in shop.gifts.revisions("2027-02")] == [
        (1, "王芳", []),
        (2, "王芳", []),
    ]


def test_execution_and_gifts_waiting_for_pickup(shop: Services) -> None:
    clock.freeze(TIER_DAY)
    manager = shop.users.add("王芳", Role.MANAGER, "888888")
    b_tier(shop, customer(shop, "周敏", "13500000002", "1990-02-10"))
    plan = shop.gifts.create_draft("2027-02", manager)
    with pytest.raises(BoutiqueError, match="approved plan"):
        shop.gifts.record_delivery(plan.lines[0].id or 0, dt.date(2027, 2, 10), manager)
    shop.gifts.approve(plan.id or 0, manager.id, "888888", "a long passphrase")
    birthday = next(ln for ln in plan.lines if ln.occasion == "birthday")
    shop.gifts.record_card_mailed(birthday.id or 0, dt.date(2027, 2, 6), manager)
    shop.gifts.record_announced(birthday.id or 0, dt.date(2027, 2, 10), manager)
    assert [ln.name for ln in shop.gifts.waiting_for_pickup()] == ["周敏"]
    shop.gifts.record_delivery(birthday.id or 0, dt.date(2027, 2, 12), manager)
    assert shop.gifts.waiting_for_pickup() == []
    view = shop.gifts.current("2027-02")
    assert view.completion == Decimal(100) * 1 / len(view.lines)


def test_delivery_takes_a_gift_from_stock_and_totals_add_up(services: Services) -> None:
    clock.freeze(TIER_DAY)
    manager = services.users.add("王芳", Role.MANAGER, "888888")
    gift = services.gifts.add_category("丝巾礼盒", Decimal(128), None, stock=3)
    a_tier(services, customer(services, "林雪", "13500000001", "1985-02-02"))
    a_tier(services, customer(services, "周敏", "13500000002", "1985-02-09"))
    plan = services.gifts.create_draft("2027-02", manager)
    assert ("丝巾礼盒", 2, Decimal(256)) in plan.totals()
    services.gifts.approve(plan.id or 0, manager.id, "888888", "a long passphrase")
    birthday = next(ln for ln in plan.lines if ln.gift_category_id == gift)
    services.gifts.record_delivery(birthday.id or 0, dt.date(2027, 2, 2), manager)
    assert next(g for g in services.gifts.catalogue() if g.id == gift).stock == 2


def test_an_adhoc_gift_is_a_one_line_plan_with_the_same_approval(services: Services) -> None:
    clock.freeze(TIER_DAY)
    manager = services.users.add("王芳", Role.MANAGER, "888888")
    staff = services.users.add("李丽", Role.STAFF, "1111")
    scarf = services.gifts.add_category("羊绒围巾", Decimal(168), None)
    cid = customer(services, "林雪", "13500000001")
    with pytest.raises(BoutiqueError, match="why"):
        services.gifts.create_adhoc(
            cid, "乔迁之喜", dt.date(2027, 2, 8), scarf, Delivery.HOME_DELIVERY, staff.id, "", manager
        )
    gift = services.gifts.create_adhoc(
        cid, "乔迁之喜", dt.date(2027, 2, 8), scarf, Delivery.HOME_DELIVERY, staff.id, "老客户搬新家", manager
    )
    assert (gift.month, gift.status, len(gift.lines)) == ("adhoc-0001", "draft", 1)
    with pytest.raises(PermissionDenied):
        services.gifts.approve(gift.id or 0, staff.id, "1111", "a long passphrase")
    pdf = services.gifts.approve(gift.id or 0, manager.id, "888888", "a long passphrase")
    assert pdf.startswith(b"%PDF")
    assert [(g.month, g.status, g.lines[0].gift) for g in services.gifts.adhoc_gifts()] == [
        ("adhoc-0001", "approved", "羊绒围巾")
    ]


def test_lines_on_a_day_match_the_months_plan(services: Services) -> None:
    """The call list asks only for one day's lines; they must be the same as the whole month's."""
    clock.freeze(TIER_DAY)
    services.gifts.add_category("丝巾礼盒", Decimal(128), None)
    birthdays = {
        "林雪": "1985-02-06",
        "周敏": "1990-01-01",
        "吴倩": "1988-02-28",
        "郑洁": "2000-02-29",
        "王丽": "1980-12-30",
    }
    calendars = {"周敏": "lunar", "王丽": "lunar"}
    for i, (name, birthday) in enumerate(birthdays.items()):
        a_tier(services, customer(services, name, f"1350000000{i}", birthday, calendars.get(name, "solar")))
    month = services.gifts.current("2027-02").lines
    for day in (dt.date(2027, 2, d) for d in range(1, 29)):
        expected = sorted((ln.name, ln.occasion) for ln in month if ln.occasion_date == day)
        assert sorted((ln.name, ln.occasion) for ln in services.gifts.lines_on(day)) == expected, day


def test_a_second_manager_gets_her_certificate_from_a_manager_with_the_shops_passphrase(
    services: Services, tmp_path: object
) -> None:
    clock.freeze(TIER_DAY)
    first = services.users.add("王芳", Role.MANAGER, "888888")
    second = services.users.add("赵敏", Role.MANAGER, "666666")
    staff = services.users.add("李丽", Role.STAFF, "1111")
    a_tier(services, customer(services, "林雪", "13500000001", "1985-02-02"))
    plan = services.gifts.create_draft("2027-02", first)
    with pytest.raises(BoutiqueError, match="at least 10 characters"):
        services.gifts.approve(plan.id or 0, first.id, "888888", "short")
    assert not services.gifts.has_authority()
    # The first approval makes the shop's authority, sealed under the passphrase she chooses.
    services.gifts.approve(plan.id or 0, first.id, "888888", "a long passphrase")
    assert services.gifts.has_authority()
    line = services.gifts.current("2027-02").lines[0]
    revised = services.gifts.edit_line(
        line.id or 0,
        second,
        gift_category_id=None,
        executor_id=None,
        delivery=Delivery.PICKUP,
        reason="换礼品",
    )
    with pytest.raises(BoutiqueError, match="赵敏 has no signing certificate yet"):
        services.gifts.approve(revised.id or 0, second.id, "666666", "a long passphrase")
    with pytest.raises(PermissionDenied):
        services.gifts.issue_certificate(second.id, staff, "a long passphrase")
    with pytest.raises(WrongPassphrase):
        services.gifts.issue_certificate(second.id, first, "not the passphrase")
    services.gifts.issue_certificate(second.id, first, "a long passphrase")
    with pytest.raises(WrongPassphrase):
        services.gifts.approve(revised.id or 0, second.id, "666666", "not the passphrase")
    assert services.gifts.approve(revised.id or 0, second.id, "666666", "a long passphrase").startswith(
        b"%PDF"
    )
    assert services.gifts.current("2027-02").approved_by == "赵敏"
    actions = [e.action for e in services.audit.entries(first)]
    assert {"signing_authority_created", "certificate_issued", "passphrase_wrong"} <= set(actions)
    assert not any("a long passphrase" in e.details for e in services.audit.entries(first))


def test_a_month_without_a_holiday_finds_every_birthday_in_it_solar_and_lunar(shop: Services) -> None:
    """A month with birthdays only reads its customers by their birth month (lunar ones by the lunar months
    its days belong to that year): every birthday that falls in it is planned, whatever the calendar, a
    lunar 30th of a short month and 29 February included, and nobody else's."""
    from boutique_vip.domain.birthdays import Birthday, CalendarKind
    from boutique_vip.domain.occasions import birthday_in_year

    clock.freeze(TIER_DAY)
    birthdays = [("lunar", m, d) for m in range(1, 13) for d in (1, 15, 29, 30)]
    birthdays += [
        ("solar", m, d) for m, d in ((1, 31), (2, 28), (2, 29), (3, 1), (6, 15), (11, 30), (12, 31))
    ]
    born = {}
    for n, (kind, m, d) in enumerate(birthdays):
        cid = customer(shop, f"客{n}", f"135{n:08d}", f"{m:02d}-{d:02d}", kind)
        a_tier(shop, cid)
        born[cid] = Birthday(CalendarKind(kind), m, d)
    for year, month in [(2027, m) for m in range(3, 13)] + [(2028, 1)]:
        if plan_rules.occasions_in_month(year, month, []):
            continue  # a holiday month plans every A and B customer anyway
        planned = {
            ln.customer_id for ln in shop.gifts.proposed_lines(year, month) if ln.occasion == "birthday"
        }
        expected = {cid for cid, b in born.items() if birthday_in_year(b, year).month == month}
        assert planned == expected, (year, month)
