"""Who may do what. The services check this table, so a role holds whether the GUI, the command line or a
script calls them. ``actor=None`` is the program itself or the command line run at the shop PC by whoever can
open its data folder (they could read the file anyway); every such action is still audited."""

from __future__ import annotations

from enum import StrEnum

from boutique_vip.domain.errors import QT_TRANSLATE_NOOP, PermissionDenied
from boutique_vip.domain.users import Actor, Role


class Action(StrEnum):
    RECORD_SALE = "record_sale"
    VOID_SALE = "void_sale"  # take back a sale just recorded, in full
    EDIT_CARD = "edit_card"
    LOG_CALL = "log_call"
    BACKUP = "backup"
    IMPORT = "import"
    APPROVE_GIFT_PLAN = "approve_gift_plan"
    MANUAL_TIER = "manual_tier"
    POINT_CORRECTION = "point_correction"
    EXPORT = "export"
    ERASE_CUSTOMER = "erase_customer"
    MERGE_CARDS = "merge_cards"  # two cards of one customer become one
    RESTORE = "restore"
    SETTINGS = "settings"
    USER_ADMIN = "user_admin"
    VIEW_AUDIT = "view_audit"
    REPORTS = "reports"  # the manager's desk: KPIs, targeted lists, the top-20 sheet, the monthly report
    GIFT_CATALOGUE = "gift_catalogue"  # gifts and their costs, custom occasions
    GIFT_PLAN = "gift_plan"  # drafting the month's plan, changing its lines, proposing an ad-hoc gift
    GIFT_DELIVERY = (
        "gift_delivery"  # the executor records the card mailed, the call made, the gift handed over
    )


_EVERYONE = frozenset({Role.STAFF, Role.MANAGER})
_MANAGERS = frozenset({Role.MANAGER})

ALLOWED: dict[Action, frozenset[Role]] = {
    Action.RECORD_SALE: _EVERYONE,
    Action.VOID_SALE: _MANAGERS,
    Action.EDIT_CARD: _EVERYONE,
    Action.LOG_CALL: _EVERYONE,
    Action.BACKUP: _EVERYONE,
    Action.IMPORT: _MANAGERS,
    Action.APPROVE_GIFT_PLAN: _MANAGERS,
    Action.MANUAL_TIER: _MANAGERS,
    Action.POINT_CORRECTION: _MANAGERS,
    Action.EXPORT: _MANAGERS,  # a file of customers' personal data leaves the program
    Action.ERASE_CUSTOMER: _MANAGERS,
    Action.MERGE_CARDS: _MANAGERS,
    Action.RESTORE: _MANAGERS,
    Action.SETTINGS: _MANAGERS,
    Action.USER_ADMIN: _MANAGERS,
    Action.VIEW_AUDIT: _MANAGERS,
    Action.REPORTS: _MANAGERS,
    # The catalogue's costs and the plan decide what the shop spends: the manager's, as the approval is.
    Action.GIFT_CATALOGUE: _MANAGERS,
    Action.GIFT_PLAN: _MANAGERS,
    Action.GIFT_DELIVERY: _EVERYONE,  # the executor is usually counter staff
}

_DENIED = {
    Action.IMPORT: QT_TRANSLATE_NOOP("Errors", "Only a manager can import files."),
    Action.APPROVE_GIFT_PLAN: QT_TRANSLATE_NOOP("Errors", "Only a manager can approve a gift plan."),
    Action.MANUAL_TIER: QT_TRANSLATE_NOOP("Errors", "Only a manager can set a tier by hand."),
    Action.POINT_CORRECTION: QT_TRANSLATE_NOOP("Errors", "Only a manager can correct points."),
    Action.EXPORT: QT_TRANSLATE_NOOP("Errors", "Only a manager can export customers' data."),
    Action.ERASE_CUSTOMER: QT_TRANSLATE_NOOP("Errors", "Only a manager can erase a customer."),
    Action.MERGE_CARDS: QT_TRANSLATE_NOOP("Errors", "Only a manager can merge two cards."),
    Action.RESTORE: QT_TRANSLATE_NOOP("Errors", "Only a manager can restore a backup."),
    Action.SETTINGS: QT_TRANSLATE_NOOP("Errors", "Only a manager can change the rules."),
    Action.USER_ADMIN: QT_TRANSLATE_NOOP("Errors", "Only a manager can manage users."),
    Action.VIEW_AUDIT: QT_TRANSLATE_NOOP("Errors", "Only a manager can read the audit log."),
    Action.REPORTS: QT_TRANSLATE_NOOP("Errors", "Only a manager can open the manager's desk."),
    Action.GIFT_CATALOGUE: QT_TRANSLATE_NOOP("Errors", "Only a manager can change the gift catalogue."),
    Action.GIFT_PLAN: QT_TRANSLATE_NOOP("Errors", "Only a manager can draft or change a gift plan."),
}


def allowed(role: Role, action: Action) -> bool:
    return role in ALLOWED[action]


def require(actor: Actor | None, action: Action) -> None:
    """Raise a translated PermissionDenied unless ``actor`` may do ``action``."""
    if actor is None or allowed(actor.role, action):
        return
    raise PermissionDenied(
        _DENIED.get(action, QT_TRANSLATE_NOOP("Errors", "You are not allowed to do this."))
    )
