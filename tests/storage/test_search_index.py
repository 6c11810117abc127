"""The search index behind the card list: terms of three or more characters are looked up in it, so it must
follow every new, changed and erased card, and come back whole when SQLite has copied the customers table."""

from __future__ import annotations

from sqlalchemy import text

from boutique_vip.domain.customer import card_from_form
from boutique_vip.domain.users import Role
from boutique_vip.services import Services
from boutique_vip.storage import search_index
from tests.conftest import sqlite_only


def names(services: Services, query: str) -> list[str]:
    return [row.name for row in services.customers.search(query)]


def test_new_changed_and_erased_cards_are_found_as_they_are_now(services: Services) -> None:
    lin = services.customers.save(card_from_form({"name": "林雪", "phone": "13511112222"}))
    services.customers.save(card_from_form({"name": "张晓燕", "phone": "13800138000"}))
    assert names(services, "linxue") == ["林雪"] and names(services, "1111") == ["林雪"]
    assert names(services, "zxy") == ["张晓燕"] and services.customers.count("zxy") == 1
    services.customers.save(card_from_form({"name": "林雪梅"}, lin))
    assert names(services, "lxm") == ["林雪梅"] and names(services, "linxue") == ["林雪梅"]
    manager = services.users.add("王芳", Role.MANAGER, "888888")
    services.customers.erase(lin.id or 0, manager)
    assert names(services, "lxm") == [] and names(services, "1111") == []
    assert services.customers.count("1111") == 0
    assert names(services, "林雪") == []  # two characters: the scan in card order, the same answer


@sqlite_only
def test_a_copied_customers_table_gets_its_index_back(services: Services) -> None:
    services.customers.save(card_from_form({"name": "林雪"}))
    with services.db.engine.begin() as conn:
        for name in ("customer_search_insert", "customer_search_update", "customer_search_delete"):
            conn.execute(text(f"DROP TRIGGER {name}"))  # as SQLite's table copy in a migration does
        conn.execute(text("UPDATE customers SET search_key = 'zhangxiaoyan zxy', name = '张晓燕'"))
        search_index.keep(conn)
    assert names(services, "zxy") == ["张晓燕"] and names(services, "linxue") == []
    services.customers.save(card_from_form({"name": "周敏"}))
    assert names(services, "zhoumin") == ["周敏"]  # the triggers are back
