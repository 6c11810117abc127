import datetime as dt

import pytest

from boutique_vip.domain.call_list import (
    CallFacts,
    Contact,
    Outcome,
    Reason,
    call_hour,
    reasons_for,
    split_by_capacity,
)
from boutique_vip.domain.customer import Tier
from boutique_vip.domain.rules import Rules

D = dt.date(2026, 11, 23)
RULES = Rules()


def ago(days: int) -> dt.date:
    return D - dt.timedelta(days=days)


def facts(**kw: object) -> CallFacts:
    base: dict[str, object] = {
        "customer_id": 1,
        "tier": Tier.A,
        "lost": False,
        "no_calls": False,
        "sms_opt_in": True,
        "last_visit": ago(1),
    }
    base.update(kw)
    return CallFacts(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(("days", "due"), [(2, False), (3, True), (10, True), (11, False)])
def test_after_sale_3_to_10_days_after_the_receipt(days: int, due: bool) -> None:
    assert (Reason.AFTER_SALE in reasons_for(facts(receipts=[ago(days)]), D, RULES).call) is due


def test_after_sale_is_done_once_a_follow_up_is_logged() -> None:
    called = facts(receipts=[ago(5)], contacts=[Contact(ago(2), Outcome.REACHED)])
    assert reasons_for(called, D, RULES).call == ()


@pytest.mark.parametrize(("gone", "due"), [(89, False), (90, True), (365, True), (366, False)])
def test_win_back_90_to_365_days_after_the_last_visit(gone: int, due: bool) -> None:
    assert (Reason.WIN_BACK in reasons_for(facts(last_visit=ago(gone)), D, RULES).call) is due


def test_win_back_waits_30_days_after_a_contact() -> None:
    assert (
        reasons_for(facts(last_visit=ago(120), contacts=[Contact(ago(30), Outcome.BUSY)]), D, RULES).call
        == ()
    )
    assert reasons_for(
        facts(last_visit=ago(120), contacts=[Contact(ago(31), Outcome.BUSY)]), D, RULES
    ).call == (Reason.WIN_BACK,)


def test_lost_and_no_calls_customers_are_never_phoned() -> None:
    assert reasons_for(facts(lost=True, plan_occasions=["birthday"]), D, RULES).call == ()
    no_calls = reasons_for(facts(no_calls=True, plan_occasions=["birthday"]), D, RULES)
    assert (no_calls.call, no_calls.sms) == ((), (Reason.BIRTHDAY,))


def test_c_customers_only_about_a_waiting_gift_and_after_sale_goes_by_sms() -> None:
    c = reasons_for(facts(tier=Tier.C, receipts=[ago(4)], gift_announced_on=ago(8)), D, RULES)
    assert (c.call, c.sms) == ((Reason.GIFT_PICKUP,), (Reason.AFTER_SALE,))
    assert (
        reasons_for(facts(tier=Tier.C, gift_announced_on=ago(7)), D, RULES).call == ()
    )  # announced 7 days ago: not yet


def test_every_reason_on_one_row_in_priority_order() -> None:
    everything = facts(
        plan_occasions=["birthday", "national_day"],
        receipts=[ago(4)],
        gift_announced_on=ago(9),
        last_visit=ago(100),
        contacts=[Contact(ago(40), Outcome.CALL_BACK, (), D)],
    )
    result = reasons_for(everything, D, RULES)
    assert result.call == (
        Reason.BIRTHDAY,
        Reason.HOLIDAY,
        Reason.CALLBACK,
        Reason.AFTER_SALE,
        Reason.GIFT_PICKUP,
        Reason.WIN_BACK,
    )
    assert result.priority == 1


def test_no_answer_twice_moves_the_reason_to_sms() -> None:
    tries = [
        Contact(ago(2), Outcome.NO_ANSWER, (Reason.AFTER_SALE,)),
        Contact(ago(1), Outcome.NO_ANSWER, (Reason.AFTER_SALE,)),
    ]
    # The tries were before the receipt's follow-up window closed but count as contacts: use a receipt after them.
    result = reasons_for(
        facts(receipts=[ago(3)], contacts=tries, carried_over=(Reason.AFTER_SALE,)), D, RULES
    )
    assert (result.call, result.sms) == ((), (Reason.AFTER_SALE,))


def test_carried_over_calls_are_overdue() -> None:
    result = reasons_for(facts(carried_over=(Reason.BIRTHDAY,)), D, RULES)
    assert result.call == (Reason.BIRTHDAY,) and result.overdue


@pytest.mark.parametrize(
    ("time", "phase"), [((14, 59), "before"), ((15, 0), "during"), ((15, 59), "during"), ((16, 0), "after")]
)
def test_the_call_hour_edges(time: tuple[int, int], phase: str) -> None:
    assert call_hour(dt.datetime.combine(D, dt.time(*time)), RULES) == phase


def test_capacity_overflow_goes_to_tomorrow_in_order() -> None:
    assert split_by_capacity(list(range(25)), 20) == (list(range(20)), list(range(20, 25)))


def test_an_sms_template_is_filled_with_her_name_size_and_gift() -> None:
    from boutique_vip.services.segments import fill_template

    message = fill_template("{name}您好，{size}码新款到店；{gift}已为您备好。", "张晓燕", "M/28", "护手霜")
    assert message == "张晓燕您好，M/28码新款到店；护手霜已为您备好。"


def test_a_c_customer_with_a_plan_line_today_is_phoned() -> None:
    """Planned as A or B, demoted to C since: the card is in the mail, she is called with wishes."""
    demoted = reasons_for(facts(tier=Tier.C, plan_occasions=["birthday"], receipts=[ago(4)]), D, RULES)
    assert (demoted.call, demoted.sms) == ((Reason.BIRTHDAY,), (Reason.AFTER_SALE,))
    holiday = reasons_for(facts(tier=Tier.C, plan_occasions=["national_day"]), D, RULES)
    assert holiday.call == (Reason.HOLIDAY,)
