"""Use cases, each in its own transaction. The GUI and the command line call these, nothing deeper."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from boutique_vip import clock, paths
from boutique_vip.services.audit import AuditService
from boutique_vip.services.backups import BackupService
from boutique_vip.services.calls import CallService
from boutique_vip.services.cards import MemberCardService
from boutique_vip.services.customers import CustomerService
from boutique_vip.services.desk import DeskService
from boutique_vip.services.gifts import GiftService
from boutique_vip.services.importing import ImportService
from boutique_vip.services.kpis import KpiService
from boutique_vip.services.merging import MergeService
from boutique_vip.services.profiles import ProfileService
from boutique_vip.services.sales import SalesService
from boutique_vip.services.segments import SegmentService
from boutique_vip.services.shop import ShopService
from boutique_vip.services.tiers import TierService
from boutique_vip.services.todays_tiers import TodaysTiers
from boutique_vip.services.users import UserService
from boutique_vip.storage.engine import Database


@dataclass
class Services:
    db: Database
    audit: AuditService
    customers: CustomerService
    users: UserService
    shop: ShopService
    sales: SalesService
    tiers: TierService
    profiles: ProfileService
    imports: ImportService
    gifts: GiftService
    calls: CallService
    backups: BackupService
    kpis: KpiService
    segments: SegmentService
    desk: DeskService
    cards: MemberCardService
    merging: MergeService

    @classmethod
    def create(
        cls,
        db: Database,
        now: Callable[[], dt.datetime],
        backup_folder: Callable[[], Path] | None = None,
        wall: Callable[[], dt.datetime] = clock.wall_now,
    ) -> Services:
        """``backup_folder`` is this PC's setting (default: ``backups`` in the data folder). ``now`` is the
        business clock (``--date`` moves it); ``wall`` the real one, for the audit log and the PIN back-off."""
        audit = AuditService(db, wall)
        shop = ShopService(db, audit, now)
        customers = CustomerService(db, now, shop.rules, audit)
        sales = SalesService(db, now, shop.rules, audit)
        users = UserService(db, now, audit, wall)
        todays = TodaysTiers(db, now, shop.rules)
        gifts = GiftService(db, now, shop.rules, shop, users, audit, todays, wall)
        kpis = KpiService(db, now, shop.rules, audit, todays)
        return cls(
            db=db,
            audit=audit,
            customers=customers,
            users=users,
            shop=shop,
            sales=sales,
            tiers=TierService(db, now, shop.rules, audit, todays),
            profiles=ProfileService(db, now),
            imports=ImportService(db, now, shop.rules, customers, sales, audit),
            gifts=gifts,
            calls=CallService(db, now, shop.rules, gifts, audit, todays),
            backups=BackupService(db, now, audit, backup_folder or paths.backup_dir),
            kpis=kpis,
            segments=SegmentService(db, now, audit, todays),
            desk=DeskService(db, now, shop.rules, kpis, gifts, shop.name, todays),
            cards=MemberCardService(db, shop.name),
            merging=MergeService(db, now, shop.rules, audit),
        )
