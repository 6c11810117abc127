"""Translated names of the codes the program stores (call reasons, outcomes, channels)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def reason_names() -> dict[str, str]:
    return {
        "birthday": QCoreApplication.translate("Calls", "birthday"),
        "holiday": QCoreApplication.translate("Calls", "holiday"),
        "callback": QCoreApplication.translate("Calls", "call back"),
        "after_sale": QCoreApplication.translate("Calls", "after-sale follow-up"),
        "gift_pickup": QCoreApplication.translate("Calls", "gift waiting"),
        "win_back": QCoreApplication.translate("Calls", "win back"),
        "campaign": QCoreApplication.translate("Calls", "new arrivals for her"),
    }


def outcome_names() -> dict[str, str]:
    return {
        "reached": QCoreApplication.translate("Calls", "Reached"),
        "no_answer": QCoreApplication.translate("Calls", "No answer"),
        "busy": QCoreApplication.translate("Calls", "Busy"),
        "wrong_number": QCoreApplication.translate("Calls", "Wrong number"),
        "call_back": QCoreApplication.translate("Calls", "Call back on…"),
        "do_not_call": QCoreApplication.translate("Calls", "Do not call again"),
    }


def channel_names() -> dict[str, str]:
    return {
        "phone": QCoreApplication.translate("Calls", "phone"),
        "sms": QCoreApplication.translate("Calls", "SMS"),
        "visit": QCoreApplication.translate("Calls", "visit"),
    }


def receipt_kind_names() -> dict[str, str]:
    return {
        "sale": QCoreApplication.translate("Labels", "sale"),
        "return": QCoreApplication.translate("Labels", "return"),
    }


def ledger_kind_names() -> dict[str, str]:
    return {
        "earn": QCoreApplication.translate("Labels", "earned"),
        "redeem": QCoreApplication.translate("Labels", "redeemed"),
        "return": QCoreApplication.translate("Labels", "taken back (return)"),
        "refund_settled": QCoreApplication.translate("Labels", "kept from the refund"),
        "correction": QCoreApplication.translate("Labels", "correction"),
        "opening": QCoreApplication.translate("Labels", "opening balance"),
    }


def audit_action_names() -> dict[str, str]:
    return {
        "sign_in": QCoreApplication.translate("Audit", "signed in"),
        "sign_in_failed": QCoreApplication.translate("Audit", "wrong PIN"),
        "user_locked": QCoreApplication.translate("Audit", "user locked"),
        "user_unlocked": QCoreApplication.translate("Audit", "user unlocked"),
        "user_added": QCoreApplication.translate("Audit", "user added"),
        "plan_approved": QCoreApplication.translate("Audit", "gift plan approved"),
        "certificate_issued": QCoreApplication.translate("Audit", "signing certificate issued"),
        "manual_tier": QCoreApplication.translate("Audit", "tier set by hand"),
        "special_customer": QCoreApplication.translate("Audit", "special customer"),
        "point_correction": QCoreApplication.translate("Audit", "points corrected"),
        "import": QCoreApplication.translate("Audit", "import"),
        "export": QCoreApplication.translate("Audit", "export"),
        "customer_data_exported": QCoreApplication.translate("Audit", "her data exported"),
        "customer_erased": QCoreApplication.translate("Audit", "customer erased"),
        "backup": QCoreApplication.translate("Audit", "backup"),
        "restore": QCoreApplication.translate("Audit", "backup restored"),
        "settings_changed": QCoreApplication.translate("Audit", "rules changed"),
        "system": QCoreApplication.translate("Audit", "the program"),
    }
