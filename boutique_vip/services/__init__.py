"""Use cases, each in its own transaction. The GUI and the command line call these, nothing deeper."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from boutique_vip.services.calls import CallService
from boutique_vip.services.customers import CustomerService
from boutique_vip.services.gifts import GiftService
from boutique_vip.services.importing import ImportService
from boutique_vip.services.profiles import ProfileService
from boutique_vip.services.sales import SalesService
from boutique_vip.services.shop import ShopService
from boutique_vip.services.tiers import TierService
from boutique_vip.services.users import UserService
from boutique_vip.storage.engine import Database


@dataclass
class Services:
    db: Database
    customers: CustomerService
    users: UserService
    shop: ShopService
    sales: SalesService
    tiers: TierService
    profiles: ProfileService
    imports: ImportService
    gifts: GiftService
    calls: CallService

    @classmethod
    def create(cls, db: Database, now: Callable[[], dt.datetime]) -> Services:
        shop = ShopService(db)
        customers = CustomerService(db, now, shop.rules)
        sales = SalesService(db, now, shop.rules)
        users = UserService(db, now)
        gifts = GiftService(db, now, shop.rules, shop, users)
        return cls(
            db=db,
            customers=customers,
            users=users,
            shop=shop,
            sales=sales,
            tiers=TierService(db, now, shop.rules),
            profiles=ProfileService(db, now),
            imports=ImportService(db, now, shop.rules, customers, sales),
            gifts=gifts,
            calls=CallService(db, now, shop.rules, gifts),
        )
