"""One customer, one card: duplicates found, two cards merged with nothing lost."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from boutique_vip import clock
from boutique_vip.domain.call_list import Outcome
from boutique_vip.domain.customer import FamilyMember, LifeEvent, card_from_form
from boutique_vip.domain.duplicates import Likeness
from boutique_vip.domain.errors import BoutiqueError, NotFound, PermissionDenied
from boutique_vip.domain.users import Role
from boutique_vip.services import Services
from boutique_vip.storage.engine import Database
from boutique_vip.storage.models import ContactLog, MergedCard, PointsEntry, Receipt
from tests.services.helpers import buy, customer


def test_duplicates_by_phone_name_and_birthday_and_pinyin(services: Services) -> None:
    mother = customer(services, "张晓燕", phone="13800138000", birthday="1985-03-02")
    daughter = services.customers.save(
        card_from_form({"name": "张小美", "phone": "13800138000"}), share_phone=True
    )
    same_name = customer(services, "张晓燕", birthday="1985-03-02")
    same_reading = customer(services, "张小燕", birthday="1985-03-02")
    customer(services, "张小燕", birthday="1986-03-02")  # another birthday: another person
    customer(services, "李娜")
    found = [(d.first.id, d.second.id, d.likeness) for d in services.merging.duplicates()]
    assert found == [
        (mother, daughter.id, Likeness.PHONE),
        (mother, same_name, Likeness.NAME_AND_BIRTHDAY),
        (mother, same_reading, Likeness.PINYIN_AND_BIRTHDAY),
        (same_name, same_reading, Likeness.PINYIN_AND_BIRTHDAY),
    ]


def test_merging_moves_everything_to_the_kept_card(services: Services) -> None:
    manager = services.users.add("王芳", Role.MANAGER, "888888")
    kept = customer(services, "张晓燕", phone="13800138000", size_top="M")
    merged_card = services.customers.save(
        card_from_form({"name": "张晓燕", "birthday": "1985-03-02", "size_top": "L", "notes": "喜欢真丝"})
    )
    merged = merged_card.id or 0
    merged_card.family = [FamilyMember("女儿", "小美", dt.date(2015, 6, 1))]
    merged_card.events = [LifeEvent(dt.date(2025, 3, 2), "搬家", "")]
    services.customers.save(merged_card)
    brought = customer(services, "李娜", referrer=services.customers.get(merged).card_no)
    buy(services, kept, 40, "1000")
    buy(services, merged, 30, "2500")
    buy(services, merged, 20, "1600")
    services.calls.log_outcome(merged, Outcome.REACHED, "问候", None)
    balance = services.tiers.of(kept).balance + services.tiers.of(merged).balance  # type: ignore[union-attr]

    preview = services.merging.preview(kept, merged)
    assert (preview.moved["receipts"], preview.moved["contacts"], preview.moved["family_members"]) == (
        2,
        1,
        1,
    )
    assert preview.referrals == 1 and preview.points == services.tiers.of(merged).balance  # type: ignore[union-attr]
    assert "birthday" in preview.filled and "size_top" not in preview.filled
    assert services.customers.get(merged).name == "张晓燕"  # a preview changes nothing

    services.merging.merge(kept, merged, manager)
    card = services.customers.get(kept)
    assert (card.size_top, card.birthday and card.birthday.month, card.notes) == ("M", 3, "喜欢真丝")
    assert [m.name for m in card.family] == ["小美"] and [e.kind for e in card.events] == ["搬家"]
    assert services.tiers.of(kept).balance == balance  # type: ignore[union-attr]
    assert len(services.sales.history(kept)) == 3
    assert [c[-1] for c in services.calls.history(kept)] == ["问候"]
    assert services.customers.get(brought).referrer == card.card_no
    assert services.tiers.of(kept).tier == "A"  # type: ignore[union-attr]  # 5,100 points together
    with pytest.raises(NotFound):
        services.customers.get(merged)
    entry = services.audit.entries(manager, action="cards_merged")[0]
    details = json.loads(entry.details)
    assert entry.subject == card.card_no and details["merged"] == "VIP00002"
    assert details["moved"]["receipts"] == 2
    # The merged card as it was: with her card (her data export reads it), its hash in the audit log.
    merged_cards = services.customers.export_personal_data(kept, manager)["merged_cards"]
    assert [(m["card_no"], m["card"]["name"], m["card"]["size_top"]) for m in merged_cards] == [
        ("VIP00002", "张晓燕", "L")
    ]
    with services.db.session() as s:
        image = s.scalars(select(MergedCard.image)).one()
    assert details["before_sha256"] == hashlib.sha256(image.encode()).hexdigest()
    assert "张晓燕" not in entry.details  # no personal data in the append-only log


def test_erasing_her_erases_the_cards_merged_into_hers(services: Services) -> None:
    """Review finding: the before-image in the audit log outlived her erasure."""
    manager = services.users.add("王芳", Role.MANAGER, "888888")
    kept = customer(services, "张晓燕")
    merged = customer(services, "张晓燕", phone="13812345678", address="文三路 1 号")
    services.merging.merge(kept, merged, manager)
    services.customers.erase(kept, manager)
    with services.db.session() as s:
        assert s.scalars(select(MergedCard)).all() == []
    if services.db.sqlite_path is not None:  # the file itself (PostgreSQL: the row is gone, above)
        assert b"13812345678" not in services.db.sqlite_path.read_bytes()


def test_merging_is_refused_to_staff_and_for_one_card(services: Services) -> None:
    manager = services.users.add("王芳", Role.MANAGER, "888888")
    staff = services.users.add("李丽", Role.STAFF, "1111", actor=manager)
    first, second = customer(services, "张晓燕"), customer(services, "张小燕")
    with pytest.raises(PermissionDenied):
        services.merging.merge(first, second, staff)
    with pytest.raises(BoutiqueError, match="cannot be merged into itself"):
        services.merging.merge(first, first, manager)
    services.customers.erase(second, manager)
    with pytest.raises(BoutiqueError, match="was erased"):
        services.merging.merge(first, second, manager)
    assert services.customers.count() == 2


def test_a_card_that_named_the_merged_card_as_referrer_does_not_bring_herself(services: Services) -> None:
    first = customer(services, "张晓燕")
    second = customer(services, "张小燕", referrer=services.customers.get(first).card_no)
    services.merging.merge(first, second, None)
    assert services.customers.get(first).referrer == ""
    services.customers.save(services.customers.get(first))  # the kept card saves again as any other


def _totals(db: Database) -> tuple[int, Decimal, int, int]:
    with db.session() as s:
        receipts, amount = s.execute(select(func.count(), func.coalesce(func.sum(Receipt.total), 0))).one()
        points = s.scalar(select(func.coalesce(func.sum(PointsEntry.points), 0)))
        contacts = s.scalar(select(func.count()).select_from(ContactLog))
    return int(receipts), Decimal(amount), int(points or 0), int(contacts or 0)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    sales=st.lists(
        st.tuples(
            st.booleans(), st.integers(1, 300), st.sampled_from(["99", "300", "1280.50"]), st.booleans()
        ),
        max_size=6,
    ),
    calls=st.lists(st.booleans(), max_size=4),
)
def test_a_merge_keeps_the_shops_totals_of_receipts_points_and_contacts(
    tmp_path_factory: pytest.TempPathFactory,
    new_database: Callable[[Path], Database],
    sales: list[tuple[bool, int, str, bool]],
    calls: list[bool],
) -> None:
    """Whatever the two cards hold, the shop's totals and the kept card's sums are those of before."""
    db = new_database(tmp_path_factory.mktemp("merge") / "shop.sqlite")
    services = Services.create(db, clock.now)
    kept, merged = customer(services, "张晓燕"), customer(services, "张小燕")
    for on_merged, days, amount, give_back in sales:
        receipt_no = buy(services, merged if on_merged else kept, days, amount)
        if give_back:
            line = services.sales.returnable_lines(receipt_no)[0]
            services.sales.record_return(receipt_no, {line.line_id: 1}, None)
    for on_merged in calls:
        services.calls.log_outcome(merged if on_merged else kept, Outcome.NO_ANSWER, "", None)
    before = _totals(db)
    balance = sum(services.tiers.of(c).balance for c in (kept, merged))  # type: ignore[union-attr]
    history = len(services.sales.history(kept)) + len(services.sales.history(merged))
    contacts = len(services.calls.history(kept)) + len(services.calls.history(merged))
    services.merging.merge(kept, merged, None)
    assert _totals(db) == before
    assert services.tiers.of(kept).balance == balance  # type: ignore[union-attr]
    assert len(services.sales.history(kept)) == history
    assert len(services.calls.history(kept)) == contacts
    db.close()


def test_a_card_her_referrer_merged_into_her_keeps_no_link_to_itself(services: Services) -> None:
    """Review finding: the kept card brought by the merged one made the merge fail on the foreign key."""
    old = customer(services, "张晓燕", phone="13800138000")
    new = customer(services, "张晓燕", referrer="13800138000")
    services.merging.merge(new, old, None)
    card = services.customers.get(new)
    assert (card.referrer, card.phone) == ("", "13800138000")
    with pytest.raises(NotFound):
        services.customers.get(old)


def test_a_signed_gift_sheet_still_matches_after_a_merge(services: Services) -> None:
    """Review finding: moving a line of an approved plan broke the signed sheet's check. Its line stays on
    the merged card's row, kept blank; a draft's lines move."""
    from tests.services.test_signed_plans import PASSPHRASE, february_draft

    manager, plan_id = february_draft(services)
    lin = services.customers.by_card_no("VIP00001")
    services.gifts.approve(plan_id, manager.id, "888888", PASSPHRASE)
    kept = customer(services, "林雪", registered_days_before=10)
    preview = services.merging.preview(kept, lin.id or 0)
    assert preview.moved["gift_plan_lines"] == 0
    services.merging.merge(kept, lin.id or 0, manager)
    assert services.gifts.check_sheets() == []
    left = services.customers.get(lin.id or 0)  # kept as an erased card would be: no personal data
    assert (left.name != "林雪", left.phone, left.notes) == (True, "", "merged into VIP00003")
    assert services.tiers.of(kept).lifetime_points == 6000  # type: ignore[union-attr]


def test_a_merge_keeps_what_she_asked_for_on_either_card(services: Services) -> None:
    kept = customer(services, "张晓燕", sms_opt_in="yes", consent_on="2026-01-05")
    merged = customer(services, "张晓燕", no_calls="yes", consent_on="2026-02-01")
    services.merging.merge(kept, merged, None)
    card = services.customers.get(kept)
    assert (card.no_calls, card.sms_opt_in) == (True, False)
