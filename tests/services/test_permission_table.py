"""The table of every public method of every service: which action (and so which roles) it needs, or why it
needs none. A new method fails ``test_every_service_method_is_in_the_table`` until someone decides.

Each method with an action is called as a user whose role the table forbids (the action's roles emptied for
the test): it must refuse with PermissionDenied and record nothing. So the check lives in the service itself,
whoever calls it: the window, the command line or a script."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import boutique_vip.services as services_package
from boutique_vip.domain import permissions
from boutique_vip.domain.call_list import Outcome
from boutique_vip.domain.customer import Tier, card_from_form
from boutique_vip.domain.errors import PermissionDenied
from boutique_vip.domain.gift_plan import Delivery
from boutique_vip.domain.permissions import Action
from boutique_vip.domain.rules import Rules
from boutique_vip.domain.sales import Sale, SaleLine
from boutique_vip.domain.segments import Segment
from boutique_vip.domain.users import Actor, Role
from boutique_vip.services import Services
from tests.services.helpers import at, customer

READS = "reads only"
PROGRAM = "the program's own upkeep: derived data or its own files, no one's decision"
PIN = "the acting manager is named and proves it with her own PIN"
IN_TRANSACTION = "writes inside the caller's transaction; the calling use case checked the role"

TABLE: dict[str, Action | str] = {
    # audit
    "AuditService.count": READS,
    "AuditService.check_anchors": READS,
    "AuditService.entries": Action.VIEW_AUDIT,
    "AuditService.head": READS,
    "AuditService.record": IN_TRANSACTION,
    "AuditService.record_in": IN_TRANSACTION,
    "AuditService.verify": READS,
    # backups
    "BackupService.backup_now": Action.BACKUP,
    "BackupService.backups": READS,
    "BackupService.check": READS,
    "BackupService.newest_sound": READS,
    "BackupService.daily_if_due": PROGRAM,
    "BackupService.prune": PROGRAM,
    "BackupService.restore": Action.RESTORE,
    # calls
    "CallService.call_list": READS,  # keeps the day's list so unfinished calls carry over: derived
    "CallService.export_sms": Action.EXPORT,
    "CallService.history": READS,
    "CallService.log_outcome": Action.LOG_CALL,
    # customers
    "CustomerService.by_card_no": READS,
    # merging
    "MergeService.duplicates": READS,
    "MergeService.preview": READS,
    "MergeService.merge": Action.MERGE_CARDS,
    "CustomerService.id_of_card": READS,
    "CustomerService.referrals": READS,
    "ShopService.points_expiry_since": READS,
    # member cards: printing her card shows what the card already says
    "MemberCardService.card": READS,
    "MemberCardService.new_members": READS,
    "MemberCardService.sheet": READS,
    "CustomerService.count": READS,
    "CustomerService.erase": Action.ERASE_CUSTOMER,
    "CustomerService.export_personal_data": Action.EXPORT,
    "CustomerService.get": READS,
    "CustomerService.save": Action.EDIT_CARD,  # and MANUAL_TIER when the special mark or manual tier changes
    "CustomerService.save_in": IN_TRANSACTION,
    "CustomerService.search": READS,
    # desk
    "DeskService.figures": READS,
    "DeskService.monthly_report": Action.REPORTS,
    "DeskService.top_customers": Action.REPORTS,
    # gifts
    "GiftService.add_category": Action.GIFT_CATALOGUE,
    "GiftService.add_occasion": Action.GIFT_CATALOGUE,
    "GiftService.adhoc_gifts": READS,
    "GiftService.approval_deadline": READS,
    "GiftService.approve": PIN,
    "GiftService.approve_month": PIN,
    "GiftService.catalogue": READS,
    "GiftService.check_sheets": READS,
    "GiftService.create_adhoc": Action.GIFT_PLAN,
    "GiftService.create_draft": Action.GIFT_PLAN,
    "GiftService.current": READS,
    "GiftService.custom_occasions": READS,
    "GiftService.edit_line": Action.GIFT_PLAN,
    "GiftService.has_authority": READS,
    "GiftService.issue_certificate": PIN,
    "GiftService.lines_on": READS,
    "GiftService.proposed_lines": READS,
    "GiftService.record_announced": Action.GIFT_DELIVERY,
    "GiftService.record_card_mailed": Action.GIFT_DELIVERY,
    "GiftService.record_delivery": Action.GIFT_DELIVERY,
    "GiftService.revisions": READS,
    "GiftService.set_signature": Action.APPROVE_GIFT_PLAN,  # and only her own
    "GiftService.sheet": READS,
    "GiftService.signature_problem": READS,
    "GiftService.stored_sheets": READS,
    "GiftService.waiting_for_pickup": READS,
    # import and export
    "ImportService.export_customers": Action.EXPORT,
    "ImportService.export_purchases": Action.EXPORT,
    "ImportService.import_customers": Action.IMPORT,
    "ImportService.import_purchases": Action.IMPORT,
    # KPIs
    "KpiService.month": Action.REPORTS,
    "KpiService.set_till_count": Action.RECORD_SALE,
    "KpiService.till_count": READS,
    # profiles
    "ProfileService.derived": READS,
    # sales
    "SalesService.attach_receipt": Action.RECORD_SALE,
    "SalesService.points_expiring": READS,
    "SalesService.expire_points": PROGRAM,  # the rule the manager set, applied on its day
    "SalesService.correct_points": Action.POINT_CORRECTION,
    "SalesService.history": READS,
    "SalesService.last_sold": READS,
    "SalesService.ledger": READS,
    "SalesService.log_visit": Action.RECORD_SALE,
    "SalesService.quote": READS,
    "SalesService.quote_return": READS,
    "SalesService.receipts": READS,
    "SalesService.record_return": Action.RECORD_SALE,
    "SalesService.record_sale": Action.RECORD_SALE,
    "SalesService.returnable_lines": READS,
    "SalesService.returnable_lines_in": READS,
    "SalesService.void_sale": Action.VOID_SALE,
    # targeted lists
    "SegmentService.count": READS,
    "SegmentService.export_sms": Action.EXPORT,
    "SegmentService.run": READS,
    "SegmentService.save": Action.REPORTS,
    "SegmentService.saved": READS,
    "SegmentService.send_to_call_list": Action.LOG_CALL,
    # the shop
    "ShopService.name": READS,
    "ShopService.rules": READS,
    "ShopService.set_name": Action.SETTINGS,
    "ShopService.set_rules": Action.SETTINGS,
    "ShopService.set_sms_texts": Action.SETTINGS,
    "ShopService.sms_texts": READS,
    # tiers
    "TierService.changes": READS,
    "TierService.evaluate": READS,
    "TierService.lost_customers": READS,
    "TierService.of": READS,
    "TierService.recompute_all": PROGRAM,
    "TierService.recompute_if_new_day": PROGRAM,
    "TierService.set_manual": Action.MANUAL_TIER,
    "TierService.set_special": Action.MANUAL_TIER,
    # users
    "UserService.active_users": READS,
    "UserService.add": Action.USER_ADMIN,  # actor None: the first manager of an empty shop
    "UserService.add_group": Action.USER_ADMIN,
    "UserService.disable": Action.USER_ADMIN,
    "UserService.find_active": READS,
    "UserService.groups": READS,
    "UserService.has_users": READS,
    "UserService.has_manager": READS,
    "UserService.listing": READS,
    "UserService.reset_pin": Action.USER_ADMIN,
    "UserService.set_group": Action.USER_ADMIN,
    "UserService.sign_in": PIN,
    "UserService.staff": READS,
    "UserService.unlock": Action.USER_ADMIN,
}


def service_methods() -> dict[str, Callable[..., Any]]:
    """Every public method of every ``…Service`` class in the services package."""
    found: dict[str, Callable[..., Any]] = {}
    for module_info in pkgutil.iter_modules(services_package.__path__):
        module = importlib.import_module(f"{services_package.__name__}.{module_info.name}")
        for class_name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__ or not class_name.endswith("Service"):
                continue
            for name, method in inspect.getmembers(cls, inspect.isfunction):
                if not name.startswith("_"):
                    found[f"{class_name}.{name}"] = method
    return found


def test_every_service_method_is_in_the_table() -> None:
    methods = set(service_methods())
    assert not methods - set(TABLE), "new service methods: say which action they need (or why none)"
    assert not set(TABLE) - methods, "methods in the table that no longer exist"


def _actor_parameter(method: Callable[..., Any]) -> str | None:
    for name, parameter in inspect.signature(method).parameters.items():
        if "Actor" in str(parameter.annotation):
            return name
    return None


def test_every_checked_method_takes_the_acting_user() -> None:
    methods = service_methods()
    missing = [
        name
        for name, rule in TABLE.items()
        if isinstance(rule, Action) and not _actor_parameter(methods[name])
    ]
    assert missing == []


class Samples:
    """An argument for each parameter type the services take (the check comes before anything is read)."""

    def __init__(self, services: Services, tmp: Path, customer_id: int) -> None:
        self.values: dict[str, Callable[[], object]] = {
            "int": lambda: customer_id,
            "int | None": lambda: customer_id,
            "str": lambda: "2026-12",
            "bytes": lambda: b"png",
            "bool": lambda: False,
            "Decimal": lambda: Decimal(25),
            "dt.date": lambda: at(0).date(),
            "dt.date | None": lambda: at(0).date(),
            "Path": lambda: tmp / "file.csv",
            "Path | None": lambda: tmp,
            "Rules": lambda: Rules(calls_per_hour=25),
            "CustomerCard": lambda: card_from_form({"name": "新顾客"}),
            "Sale": lambda: Sale(customer_id, at(0), [SaleLine(qty=1, unit_price=Decimal(100))]),
            "Mapping[int, int]": lambda: {},
            "Mapping[str, str]": lambda: services.shop.sms_texts(),
            "dict[str, str]": lambda: services.shop.sms_texts(),
            "Outcome": lambda: Outcome.REACHED,
            "Tier": lambda: Tier.A,
            "Tier | None": lambda: Tier.A,
            "Role": lambda: Role.STAFF,
            "Delivery": lambda: Delivery.PICKUP,
            "Segment": lambda: Segment(),
            "list[int]": lambda: [customer_id],
            "list[SegmentRow]": lambda: services.segments.run(Segment()),
            "CallList": lambda: services.calls.call_list(),
        }

    def arguments(self, method: Callable[..., Any], actor: Actor) -> dict[str, object]:
        arguments: dict[str, object] = {}
        for name, parameter in inspect.signature(method).parameters.items():
            annotation = str(parameter.annotation)
            if "Actor" in annotation:
                arguments[name] = actor
            elif parameter.default is inspect.Parameter.empty:
                if annotation not in self.values:
                    raise AssertionError(f"{method.__qualname__}: add a sample {annotation} to Samples")
                arguments[name] = self.values[annotation]()
        return arguments


def _service(services: Services, method_name: str) -> object:
    class_name = method_name.split(".")[0]
    return next(v for v in vars(services).values() if type(v).__name__ == class_name)


CHECKED = sorted(name for name, rule in TABLE.items() if isinstance(rule, Action))


@pytest.mark.parametrize("method_name", CHECKED)
def test_each_checked_method_refuses_a_role_the_table_forbids(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, method_name: str
) -> None:
    """The action's roles are emptied, so the manager herself is now a role the table forbids."""
    manager = services.users.add("王芳", Role.MANAGER, "888888")
    cid = customer(services, "张晓燕", phone="13800000001")
    action = TABLE[method_name]
    assert isinstance(action, Action)
    monkeypatch.setitem(permissions.ALLOWED, action, frozenset())
    method = getattr(_service(services, method_name), method_name.split(".")[1])
    arguments = Samples(services, tmp_path, cid).arguments(method, manager)
    before = services.audit.count()
    with pytest.raises(PermissionDenied):
        method(**arguments)
    assert services.audit.count() == before  # refused before anything happened


@pytest.mark.parametrize("method_name", CHECKED)
def test_each_checked_method_lets_the_roles_of_its_action_through(
    services: Services, tmp_path: Path, method_name: str
) -> None:
    action = TABLE[method_name]
    assert isinstance(action, Action)
    manager = services.users.add("王芳", Role.MANAGER, "888888")
    staff = services.users.add("李丽", Role.STAFF, "1111", actor=manager)
    cid = customer(services, "张晓燕", phone="13800000001")
    for actor in (manager, staff):
        method = getattr(_service(services, method_name), method_name.split(".")[1])
        arguments = Samples(services, tmp_path, cid).arguments(method, actor)
        try:
            method(**arguments)
        except PermissionDenied:
            assert not permissions.allowed(actor.role, action), f"{actor.role} may {action}"
        except Exception:  # past the check: these sample arguments need not make sense
            pass
        else:
            assert permissions.allowed(actor.role, action), f"{actor.role} may not {action}"


def test_staff_cannot_make_a_customer_special_or_set_a_manual_tier_by_saving_her_card(
    services: Services,
) -> None:
    """Finding 2: ``CustomerService.save`` wrote ``special`` and ``manual_tier`` for anyone, unaudited."""
    manager = services.users.add("王芳", Role.MANAGER, "888888")
    staff = services.users.add("李丽", Role.STAFF, "1111", actor=manager)
    cid = customer(services, "张晓燕", phone="13800000001")
    card = services.customers.get(cid)
    for change in ({"special": True}, {"manual_tier": "A"}):
        with pytest.raises(PermissionDenied):
            services.customers.save(card_from_form(change, card), staff)
        assert (services.customers.get(cid).special, services.customers.get(cid).manual_tier) == (False, None)
    with pytest.raises(PermissionDenied):  # a new card made special at once
        services.customers.save(card_from_form({"name": "新顾客", "special": True}), staff)
    services.customers.save(card_from_form({"notes": "喜欢丝巾"}, card), staff)  # the rest of the card: fine
    card = services.customers.get(cid)
    services.customers.save(card_from_form({"special": True, "manual_tier": "B"}, card), manager)
    saved = services.customers.get(cid)
    assert saved.special and saved.manual_tier is Tier.B
    recorded = {e.action: e for e in services.audit.entries(manager)}
    assert recorded["special_customer"].user == "王芳"
    assert recorded["manual_tier"].subject == saved.card_no


def test_gift_catalogue_plan_drafts_and_signatures_check_the_acting_user(services: Services) -> None:
    """Finding 3: catalogue changes and plan drafts had no check; ``set_signature`` had no actor at all."""
    manager = services.users.add("王芳", Role.MANAGER, "888888")
    staff = services.users.add("李丽", Role.STAFF, "1111", actor=manager)
    with pytest.raises(PermissionDenied):
        services.gifts.add_category("丝巾礼盒", Decimal(128), staff)
    with pytest.raises(PermissionDenied):
        services.gifts.add_occasion("teachers_day", "教师节", 9, 10, staff)
    with pytest.raises(PermissionDenied):
        services.gifts.create_draft("2026-12", staff)
    with pytest.raises(PermissionDenied):
        services.gifts.set_signature(staff.id, b"png", staff)
    with pytest.raises(PermissionDenied):  # a manager stores only her own signature
        other = services.users.add("赵敏", Role.MANAGER, "777777", actor=manager)
        services.gifts.set_signature(other.id, b"png", manager)
    assert services.gifts.catalogue() == []
    services.gifts.add_category("丝巾礼盒", Decimal(128), manager)
    services.gifts.set_signature(manager.id, b"png", manager)
    plan = services.gifts.create_draft("2026-12", manager)
    actions = [e.action for e in services.audit.entries(manager)]
    assert {"gift_added", "signature_stored", "gift_plan_drafted"} <= set(actions)
    assert plan.status == "draft"


def test_the_table_is_the_one_the_readme_states() -> None:
    """README's users section lists what staff may do; keep the two in step."""
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    staff_may = sorted(a.value for a in Action if permissions.allowed(Role.STAFF, a))
    for action in staff_may:
        assert f"`{action}`" in readme, f"README does not say staff may {action}"
