from decimal import Decimal

import pytest
from sqlalchemy import text

from boutique_vip.domain.customer import CustomerCard
from boutique_vip.services import Services


def test_money_is_stored_as_whole_fen(services: Services) -> None:
    card = services.customers.save(
        CustomerCard(name="张晓燕", price_min=Decimal("299.90"), price_max=Decimal("1200"))
    )
    with services.db.engine.connect() as conn:
        stored = conn.execute(text("SELECT price_min, price_max FROM customers")).one()
    assert tuple(stored) == (29990, 120000)
    assert services.customers.get(card.id or 0).price_min == Decimal("299.90")


def test_a_fraction_of_a_fen_is_refused(services: Services) -> None:
    with pytest.raises(Exception, match="fraction of a fen"):
        services.customers.save(CustomerCard(name="张晓燕", price_min=Decimal("1.001")))
