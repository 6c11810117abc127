"""The card list keeps the ids of every row it has fetched but the rows of only a few pages: scrolled far, the
early rows are read again when looked at, with what the cards hold now."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex

from boutique_vip.domain.customer import card_from_form
from boutique_vip.gui.models import customer_table
from boutique_vip.gui.models.customer_table import CustomerTableModel
from boutique_vip.services import Services


@pytest.fixture
def model(services: Services, monkeypatch: pytest.MonkeyPatch) -> CustomerTableModel:
    monkeypatch.setattr(customer_table, "PAGE_SIZE", 5)
    monkeypatch.setattr(customer_table, "PAGES_KEPT", 2)
    for n in range(23):
        services.customers.save(card_from_form({"name": f"顾客{n:02d}", "phone": f"1390000{n:04d}"}))
    table = CustomerTableModel(services.customers)
    table.set_query("")
    return table


def names(model: CustomerTableModel) -> list[str]:
    return [model.index(r, 1).data() for r in range(model.rowCount())]


def scroll_to_the_end(model: CustomerTableModel) -> None:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())


def test_scrolled_end_to_end_every_row_shows_and_only_a_few_pages_are_kept(model: CustomerTableModel) -> None:
    assert model.rowCount() == 5 and model.total == 23
    scroll_to_the_end(model)
    assert model.rowCount() == 23
    assert len(model._pages) == 2  # the last two pages fetched
    assert names(model) == [f"顾客{n:02d}" for n in range(23)]  # the early pages read again by their ids
    assert len(model._pages) == 2


def test_a_page_read_again_shows_the_card_as_it_is_now(services: Services, model: CustomerTableModel) -> None:
    scroll_to_the_end(model)
    first = model.row_at(0)
    scroll_to_the_end(model)
    model.row_at(22), model.row_at(12)  # the first page is dropped
    assert 0 not in model._pages
    services.customers.save(card_from_form({"name": "顾客零号"}, services.customers.get(first.id)))
    assert model.row_at(0).name == "顾客零号"
    assert model.row_of(first.id) == 0
    assert model.row_of(model.row_at(17).id) == 17
    assert model.row_of(10_000) is None


def test_a_search_pages_through_its_matches_only(model: CustomerTableModel) -> None:
    model.set_query("顾客1")
    scroll_to_the_end(model)
    assert names(model) == [f"顾客{n}" for n in range(10, 20)]
    model.row_at(9), model.row_at(0), model.row_at(5)
    assert names(model) == [f"顾客{n}" for n in range(10, 20)]
