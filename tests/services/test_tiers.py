"""The tier rules as the database evaluates them (set-based SQL), at every boundary of DOMAIN.md."""

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from boutique_vip.domain.customer import Tier
from boutique_vip.domain.errors import BoutiqueError, PermissionDenied
from boutique_vip.domain.points import earn_rule, line_points
from boutique_vip.domain.rules import Rules
from boutique_vip.domain.tiers import TierFacts, evaluate
from boutique_vip.domain.users import Actor, Role
from boutique_vip.services import Services
from boutique_vip.storage.engine import Database

from .helpers import D, at, buy, customer


def tier_of(services: Services, cid: int, day: dt.date = D) -> tuple[str, str, str]:
    row = next(r for r in services.tiers.evaluate(day) if r.customer_id == cid)
    return row.tier.value, row.status.value, row.reason


@pytest.mark.parametrize(("amount", "tier"), [("4999", "C"), ("5000", "A")])
def test_lifetime_points_4999_and_5000(services: Services, amount: str, tier: str) -> None:
    cid = customer(services)
    buy(services, cid, 3, amount)
    assert tier_of(services, cid)[0] == tier


def test_opening_points_count_as_lifetime_points(services: Services, tmp_path: object) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "cards.csv"
    path.write_text(
        "name,phone,registered_on,opening_points\n林雪,13511112222,2024-01-05,4900\n", encoding="utf-8"
    )
    services.imports.import_customers(path)
    cid = services.customers.search("林雪")[0].id
    buy(services, cid, 2, "100")
    assert tier_of(services, cid)[:2] == ("A", "active")


@pytest.mark.parametrize(("oldest", "tier"), [(60, "A"), (61, "B")])
def test_six_receipts_in_61_days_including_day_60_but_not_61(
    services: Services, oldest: int, tier: str
) -> None:
    cid = customer(services)
    for days in (oldest, 50, 40, 30, 20, 10):
        buy(services, cid, days, "10")
    assert tier_of(services, cid)[0] == tier


def test_five_receipts_in_61_days_is_b(services: Services) -> None:
    cid = customer(services)
    for days in (50, 40, 30, 20, 10):
        buy(services, cid, days, "10")
    assert tier_of(services, cid)[0] == "B"


@pytest.mark.parametrize(("last", "tier"), [(182, "B"), (183, "C")])
def test_demotion_when_the_last_visit_is_more_than_182_days_ago(
    services: Services, last: int, tier: str
) -> None:
    cid = customer(services)
    buy(services, cid, 300, "10")
    buy(services, cid, last, "10")
    assert tier_of(services, cid)[0] == tier


@pytest.mark.parametrize(("last", "status"), [(364, "active"), (365, "lost")])
def test_lost_when_the_last_receipt_is_365_days_ago(services: Services, last: int, status: str) -> None:
    cid = customer(services)
    buy(services, cid, last, "10")
    assert tier_of(services, cid)[1] == status


def test_a_fully_returned_receipt_does_not_count(services: Services) -> None:
    cid = customer(services)
    buy(services, cid, 40, "10")
    returned = buy(services, cid, 30, "10")
    assert tier_of(services, cid)[0] == "B"
    line = services.sales.returnable_lines(returned)[0]
    services.sales.record_return(returned, {line.line_id: 1}, None, at=at(20))
    assert tier_of(services, cid)[0] == "C"
    # As of a day before the return, it still counted.
    assert tier_of(services, cid, D - dt.timedelta(days=25))[0] == "B"


def test_a_lost_customer_comes_back_with_her_next_purchase(services: Services) -> None:
    cid = customer(services)
    buy(services, cid, 400, "10")
    services.tiers.recompute_all()
    assert [r.card_no for r in services.tiers.lost_customers()] == ["VIP00001"]
    buy(services, cid, 0, "10")
    assert services.tiers.lost_customers() == []
    changes = services.tiers.changes(cid)
    assert (changes[0].old_status, changes[0].new_status) == ("lost", "active")


def test_tier_as_of_a_day_uses_only_what_happened_up_to_that_day(services: Services) -> None:
    cid = customer(services)
    buy(services, cid, 10, "6000")
    assert tier_of(services, cid, D - dt.timedelta(days=11))[0] == "C"
    assert tier_of(services, cid, D - dt.timedelta(days=10))[0] == "A"
    assert cid not in [
        r.customer_id for r in services.tiers.evaluate(dt.date(2020, 1, 1))
    ]  # not registered yet


def test_manual_tier_needs_a_manager_and_a_reason_and_is_explained(services: Services) -> None:
    manager = services.users.add("王芳", Role.MANAGER, "888888")
    staff = Actor(99, "李丽", Role.STAFF)
    cid = customer(services)
    buy(services, cid, 1, "10")
    with pytest.raises(PermissionDenied):
        services.tiers.set_manual(cid, Tier.A, "大客户的母亲", staff)
    with pytest.raises(BoutiqueError, match="Say why"):
        services.tiers.set_manual(cid, Tier.A, " ", manager)
    services.tiers.set_manual(cid, Tier.A, "大客户的母亲", manager)
    tier, _, reason = tier_of(services, cid)
    assert tier == "A" and "set by hand to A" in reason
    assert services.tiers.changes(cid)[0].cause.startswith("manual A by 王芳")
    services.tiers.set_manual(cid, None, "", manager)
    assert tier_of(services, cid)[0] == "C"


def test_special_customer(services: Services) -> None:
    manager = services.users.add("王芳", Role.MANAGER, "888888")
    cid = customer(services)
    buy(services, cid, 1, "10")
    services.tiers.set_special(cid, True, manager)
    assert tier_of(services, cid)[:1] == ("A",)
    assert "special customer" in tier_of(services, cid)[2]


def test_daily_recompute_runs_once_a_day(services: Services) -> None:
    customer(services)
    assert services.tiers.recompute_if_new_day() is not None
    assert services.tiers.recompute_if_new_day() is None


def test_many_customers_are_evaluated_in_slices(services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    """An import of 50,000 cards re-evaluates them all: too many ids for one SQLite statement."""
    from boutique_vip.storage import tiers as tier_store

    ids = [customer(services) for _ in range(5)]
    for cid in ids[:3]:
        buy(services, cid, 10, "6000")
    monkeypatch.setattr(tier_store, "IDS_PER_QUERY", 2)
    with services.db.session() as s, s.begin():
        s.execute(text("UPDATE customers SET tier = NULL"))
        changed = tier_store.apply(s, D, Rules(), "test", dt.datetime.combine(D, dt.time(9)), ids)
    assert changed == 5
    assert [services.tiers.of(cid).tier.value for cid in ids] == ["A", "A", "A", "C", "C"]  # type: ignore[union-attr]


def test_a_plan_evaluating_many_candidates_does_so_in_slices(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A birthdays-only month of a large shop has thousands of candidates: evaluated on the eve (no daily
    run today to read from), they go in slices too, or SQLite refuses "too many SQL variables"."""
    from boutique_vip.storage import tiers as tier_store

    ids = [customer(services) for _ in range(5)]
    for cid in ids[:3]:
        buy(services, cid, 10, "6000")
    evaluation = tier_store.evaluation

    def at_most_two(day: dt.date, rules: Rules, customer_ids: list[int] | None = None) -> object:
        assert customer_ids is None or len(customer_ids) <= 2, "one statement for too many customers"
        return evaluation(day, rules, customer_ids)

    monkeypatch.setattr(tier_store, "IDS_PER_QUERY", 2)
    monkeypatch.setattr(tier_store, "EVALUATED_DIRECTLY", 0)
    monkeypatch.setattr(tier_store, "evaluation", at_most_two)
    with services.db.session() as s:
        planned = tier_store.planned_on(s, D, Rules(), None, ids)
    assert planned == {cid: "A" for cid in ids[:3]}


# --- the SQL and the reference rules always agree ----------------------------------------------

# Days before D include the gift holidays' first days (double points) within the range.
history = st.lists(
    st.tuples(st.integers(0, 500), st.sampled_from(["10", "800", "2600"]), st.booleans()),
    min_size=0,
    max_size=9,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    purchases=history,
    visit=st.one_of(st.none(), st.integers(0, 400)),
    registered=st.integers(0, 600),
    special=st.booleans(),
)
def test_sql_agrees_with_the_reference_rules(
    tmp_path_factory: pytest.TempPathFactory, new_database: Callable[[Path], Database],
    purchases: list[tuple[int, str, bool]], visit: int | None,
    registered: int, special: bool,
) -> None:  # fmt: skip
    db = new_database(tmp_path_factory.mktemp("h") / "h.sqlite")
    services = Services.create(db, lambda: dt.datetime.combine(D, dt.time(18)))
    cid = customer(services, registered_days_before=max([registered, *(p[0] for p in purchases)]))
    if special:
        services.tiers.set_special(cid, True, services.users.add("王芳", Role.MANAGER, "888888"))
    kept: list[tuple[dt.date, int]] = []
    for days, amount, returned in purchases:
        receipt_no = buy(services, cid, days, amount)
        if returned:
            line = services.sales.returnable_lines(receipt_no)[0]
            services.sales.record_return(receipt_no, {line.line_id: 1}, None, at=at(days, hour=12))
        else:
            day = D - dt.timedelta(days=days)
            kept.append((day, line_points(Decimal(amount), earn_rule(day, None, Rules()), Rules())))
    if visit is not None:
        services.sales.log_visit(cid, D - dt.timedelta(days=visit), "", None)
    row = services.tiers.evaluate(D)[0]
    days = [d for d, _ in kept]
    visits = days + ([D - dt.timedelta(days=visit)] if visit is not None else [])
    facts = TierFacts(
        registered_on=row.facts.registered_on,
        special=special,
        lifetime_points=sum(points for _, points in kept),
        receipts=len(kept),
        recent_receipts=sum(1 for d in days if (D - d).days <= 60),
        last_receipt=max(days, default=None),
        last_visit=max(visits, default=None),
    )
    expected = evaluate(facts, D, Rules())
    assert (row.tier, row.status, row.base_tier) == (expected.tier, expected.status, expected.base_tier)
    assert row.balance >= 0
    db.close()


# --- the daily run evaluates only whom the days can move, and agrees with evaluating everyone ----------

shop_history = st.lists(
    st.tuples(
        st.integers(0, 700),  # registered, days before D
        st.lists(st.tuples(st.integers(0, 500), st.sampled_from(["300", "2600"])), max_size=7),
        st.one_of(st.none(), st.integers(0, 400)),  # a visit without a purchase
    ),
    min_size=1,
    max_size=5,
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    shop=shop_history,
    runs=st.lists(st.integers(1, 400), min_size=1, max_size=3),  # days between daily runs
    later=st.lists(st.tuples(st.integers(0, 4), st.integers(1, 400), st.booleans()), max_size=4),
)
def test_the_daily_run_equals_evaluating_everyone(
    tmp_path_factory: pytest.TempPathFactory,
    new_database: Callable[[Path], Database],
    shop: list[tuple[int, list[tuple[int, str]], int | None]],
    runs: list[int],
    later: list[tuple[int, int, bool]],
) -> None:
    """Whatever the shop's history, after each daily run (every few days, or after a long closure) the tiers
    kept on the cards are those of evaluating every customer that day; sales and visits in between are
    evaluated when they happen, as at the counter."""
    from sqlalchemy import select

    from boutique_vip.domain.sales import Sale, SaleLine
    from boutique_vip.storage import tiers as tier_store
    from boutique_vip.storage.models import Customer

    moment = [dt.datetime.combine(D, dt.time(18))]
    db = new_database(tmp_path_factory.mktemp("daily") / "d.sqlite")
    services = Services.create(db, lambda: moment[0])
    ids = []
    for registered, purchases, visit in shop:
        cid = customer(services, registered_days_before=max([registered, *(p[0] for p in purchases)]))
        ids.append(cid)
        for days, amount in purchases:
            buy(services, cid, days, amount)
        if visit is not None:
            services.sales.log_visit(cid, D - dt.timedelta(days=visit), "", None)
    assert services.tiers.recompute_if_new_day() is not None  # the first run: everyone
    day = D
    for gap in runs:
        for who, offset, bought in sorted(later, key=lambda e: min(e[1], gap)):  # the counter, in time order
            when = day + dt.timedelta(days=min(offset, gap))
            moment[0] = dt.datetime.combine(when, dt.time(11))
            cid = ids[who % len(ids)]
            if bought:
                sale = Sale(cid, moment[0], [SaleLine(qty=1, unit_price=Decimal(500))])
                services.sales.record_sale(sale, None)
            else:
                services.sales.log_visit(cid, when, "", None)
        day += dt.timedelta(days=gap)
        moment[0] = dt.datetime.combine(day, dt.time(9))
        assert services.tiers.recompute_if_new_day() is not None
        with db.session() as s:
            kept = {
                r.id: (r.tier, r.status, r.base_tier, r.last_receipt, r.last_visit)
                for r in s.execute(
                    select(
                        Customer.id,
                        Customer.tier,
                        Customer.status,
                        Customer.base_tier,
                        Customer.last_receipt,
                        Customer.last_visit,
                    )
                )
            }
            full = {
                r.customer_id: (r.tier, r.status, r.base_tier, r.last_receipt, r.last_visit)
                for r in s.execute(tier_store.evaluation(day, services.shop.rules()))
            }
        assert kept == full, f"after the run of {day}"
        with db.session() as s:  # the churn KPI's statuses alone agree with the whole evaluation
            alone = {
                r.customer_id: r.status for r in s.execute(tier_store.statuses(day, services.shop.rules()))
            }
        assert alone == {cid: row[1] for cid, row in full.items()}
    db.close()


def test_the_daily_run_reads_only_the_customers_the_days_can_move(services: Services) -> None:
    """A shop whose customers all bought yesterday: the next day's run evaluates none of them."""
    from boutique_vip.storage import tiers as tier_store

    for _ in range(3):
        buy(services, customer(services), 1)
    quiet = customer(services, registered_days_before=364)  # reaches the lost days tomorrow
    with services.db.session() as s:
        assert tier_store.due_since(s, D, D + dt.timedelta(days=1), Rules()) == [quiet]
        assert tier_store.due_since(s, None, D, Rules()) is None  # the first run: everyone
        assert tier_store.due_since(s, D, D - dt.timedelta(days=1), Rules()) is None  # the clock went back


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    shop=shop_history,
    returned=st.lists(st.booleans(), max_size=5),
    eves=st.lists(st.integers(-120, 60), min_size=1, max_size=4),  # the eve's days after D (negative: before)
)
def test_a_plan_read_from_the_kept_tiers_equals_evaluating_everyone_on_its_eve(
    tmp_path_factory: pytest.TempPathFactory,
    new_database: Callable[[Path], Database],
    shop: list[tuple[int, list[tuple[int, str]], int | None]],
    returned: list[bool],
    eves: list[int],
) -> None:
    """A month's plan reads the tiers kept on the cards (today's) and evaluates anew only the customers the
    days between its eve and today can have moved (sales, returns and visits since, boundaries crossed):
    whatever the shop's history, the A and B customers it finds are those of evaluating everyone on the eve,
    a past eve or a coming one, for the whole shop or for a day's birthday candidates."""
    from boutique_vip.storage import tiers as tier_store

    db = new_database(tmp_path_factory.mktemp("plan") / "p.sqlite")
    services = Services.create(db, lambda: dt.datetime.combine(D, dt.time(18)))
    ids = []
    for n, (registered, purchases, visit) in enumerate(shop):
        cid = customer(services, registered_days_before=max([registered, *(p[0] for p in purchases)]))
        ids.append(cid)
        for days, amount in purchases:
            receipt_no = buy(services, cid, days, amount)
            if n < len(returned) and returned[n]:  # her purchases taken back a few days later
                line = services.sales.returnable_lines(receipt_no)[0]
                services.sales.record_return(receipt_no, {line.line_id: 1}, None, at=at(max(days - 4, 0), 12))
        if visit is not None:
            services.sales.log_visit(cid, D - dt.timedelta(days=visit), "", None)
    assert services.tiers.recompute_if_new_day() is not None  # the cards' tiers are D's
    rules = services.shop.rules()
    with db.session() as s:
        for offset in eves:
            eve = D + dt.timedelta(days=offset)
            everyone = {
                r.customer_id: r.tier
                for r in s.execute(tier_store.evaluation(eve, rules))
                if r.tier in ("A", "B") and r.status == "active"
            }
            assert tier_store.planned_on(s, eve, rules, D) == everyone, f"eve {eve}"
            some = ids[::2]
            assert tier_store.planned_on(s, eve, rules, D, some) == {
                cid: tier for cid, tier in everyone.items() if cid in some
            }, f"eve {eve}, some"
    db.close()


def kept_tier(services: Services, cid: int) -> str | None:
    """Her tier as her card keeps it (what the lists, the desk and a month's plan read)."""
    from sqlalchemy import select

    from boutique_vip.storage.models import Customer

    with services.db.session() as s:
        return s.scalar(select(Customer.tier).where(Customer.id == cid))


def test_a_points_correction_moves_the_tier_kept_on_her_card(services: Services) -> None:
    """A correction counts toward her lifetime points: the card's tier follows at once, not only when a
    date boundary brings her to the daily run."""
    manager = services.users.add("王芳", Role.MANAGER, "888888")
    cid = customer(services)
    buy(services, cid, 30, "300")
    assert kept_tier(services, cid) == "C"
    services.sales.correct_points(cid, 5000, "开业前积分补录", manager)
    assert kept_tier(services, cid) == "A"


def test_changing_the_rules_lets_a_plan_evaluate_until_everyone_is_sorted_again(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rules are saved before everyone is sorted under them (a second transaction, seconds in a large
    shop): meanwhile, or when that step fails, a month's plan does not read the cards' old tiers."""
    from dataclasses import replace

    from boutique_vip.storage import tiers as tier_store

    manager = services.users.add("王芳", Role.MANAGER, "888888")
    cid = customer(services)
    buy(services, cid, 100, "3000")  # no date boundary between today and February's eve moves her
    services.tiers.recompute_if_new_day()
    assert kept_tier(services, cid) == "C"

    def sorting_fails(*args: object, **kwargs: object) -> int:
        raise RuntimeError("the machine went down")

    monkeypatch.setattr(tier_store, "apply", sorting_fails)
    with pytest.raises(RuntimeError):
        services.shop.set_rules(replace(services.shop.rules(), tier_a_lifetime_points=2000), manager)
    monkeypatch.undo()
    assert kept_tier(services, cid) == "C"  # not sorted again yet
    # February 2027 has Spring Festival: every A and B customer as of 31 January has a line.
    lines = services.gifts.proposed_lines(2027, 2)
    assert [ln.tier.value for ln in lines if ln.customer_id == cid] == ["A"]
