import datetime as dt

import pytest

from boutique_vip.domain.customer import CustomerCard, FamilyMember, LifeEvent, card_from_form
from boutique_vip.domain.errors import DuplicatePhone, NotFound, ValidationFailed
from boutique_vip.services import Services


def add(services: Services, name: str, phone: str = "") -> CustomerCard:
    return services.customers.save(card_from_form({"name": name, "phone": phone}))


def test_new_cards_get_the_next_card_number_and_today_as_registration(services: Services) -> None:
    first = add(services, "张晓燕")
    second = add(services, "曾小贤")
    assert (first.card_no, second.card_no) == ("VIP00001", "VIP00002")
    assert first.registered_on == dt.date(2026, 11, 23)


def test_a_phone_number_belongs_to_one_customer(services: Services) -> None:
    owner = add(services, "张晓燕", "13800138000")
    with pytest.raises(ValidationFailed) as failure:
        add(services, "曾小贤", "138 0013 8000")
    duplicate = failure.value.errors[0]
    assert isinstance(duplicate, DuplicatePhone)
    assert (duplicate.other_id, duplicate.other_card_no) == (owner.id, "VIP00001")
    assert services.customers.count() == 1
    # Saving her own card again with her own number is fine.
    services.customers.save(owner)


def test_a_family_may_share_one_phone_when_the_saver_says_so(services: Services) -> None:
    mother = add(services, "张晓燕", "13800138000")
    daughter = services.customers.save(
        card_from_form({"name": "张小美", "phone": "138-0013-8000"}), share_phone=True
    )
    assert (daughter.card_no, daughter.phone) == ("VIP00002", "13800138000")
    assert sorted(row.name for row in services.customers.search("13800138000")) == ["张小美", "张晓燕"]
    services.customers.save(services.customers.get(mother.id or 0))  # each saves as before
    # A referrer named by the shared phone is not one card: her card number is asked for.
    with pytest.raises(ValidationFailed) as failure:
        services.customers.save(card_from_form({"name": "李娜", "referrer": "13800138000"}))
    assert str(failure.value.errors[0]) == (
        "The phone “13800138000” is on 2 cards (VIP00001, VIP00002): give her card number."
    )
    # The daughter naming her mother's phone as her referrer means her mother.
    daughter = services.customers.get(daughter.id or 0)
    daughter.referrer = "13800138000"
    assert services.customers.save(daughter).referrer == "VIP00001"


def test_editing_keeps_the_card_number_and_replaces_family_and_events(services: Services) -> None:
    card = add(services, "张晓燕")
    card.waist_cm = 70
    card.family = [FamilyMember("女儿", "小美", dt.date(2015, 6, 1))]
    card.events = [LifeEvent(dt.date(2025, 3, 2), "住院", "")]
    services.customers.save(card)
    again = services.customers.get(card.id or 0)
    assert (again.card_no, again.waist_cm) == ("VIP00001", 70)
    assert [f.name for f in again.family] == ["小美"]
    again.family = []
    services.customers.save(again)
    assert services.customers.get(card.id or 0).family == []


def test_search_by_pinyin_initials_heteronym_phone_and_card(services: Services) -> None:
    add(services, "曾小贤", "13912345678")
    add(services, "张晓燕", "13800138000")
    add(services, "单丽华", "0571-88881234")
    names = lambda q: [r.name for r in services.customers.search(q)]  # noqa: E731
    assert names("zxx") == ["曾小贤"]
    assert names("cengxiaoxian") == ["曾小贤"]
    assert names("zxy") == ["张晓燕"]
    assert names("shan") == ["单丽华"]
    assert names("dan") == ["单丽华"]
    assert names("8888") == ["单丽华"]
    assert names("vip00002") == ["张晓燕"]
    assert names("") == ["曾小贤", "张晓燕", "单丽华"]
    assert services.customers.count("xiao") == 2  # 曾小贤 and 张晓燕


def test_search_pages_by_keyset(services: Services) -> None:
    for i in range(5):
        add(services, f"顾客{i}")
    first = services.customers.search("", limit=2)
    rest = services.customers.search("", after_id=first[-1].id, limit=10)
    assert [r.card_no for r in first + rest] == [f"VIP0000{i}" for i in range(1, 6)]


def test_the_service_checks_the_card_again(services: Services) -> None:
    with pytest.raises(ValidationFailed):
        services.customers.save(CustomerCard(name=""))


def test_unknown_card_number(services: Services) -> None:
    with pytest.raises(NotFound):
        services.customers.by_card_no("VIP09999")
