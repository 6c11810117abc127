"""Translated names of the codes the program stores (call reasons, outcomes, channels)."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from boutique_vip.domain.file_formats import CUSTOMER_COLUMNS
from boutique_vip.domain.occasions import OCCASION_NAMES
from boutique_vip.domain.rules import RULES

if TYPE_CHECKING:
    from boutique_vip.services.segments import SmsList


def reason_names() -> dict[str, str]:
    return {
        "birthday": QCoreApplication.translate("Calls", "birthday"),
        "holiday": QCoreApplication.translate("Calls", "holiday"),
        "callback": QCoreApplication.translate("Calls", "call back"),
        "after_sale": QCoreApplication.translate("Calls", "after-sale follow-up"),
        "gift_pickup": QCoreApplication.translate("Calls", "gift waiting"),
        "win_back": QCoreApplication.translate("Calls", "win back"),
        "campaign": QCoreApplication.translate("Calls", "new arrivals for her"),
        "points_expiring": QCoreApplication.translate("Calls", "points expire soon"),
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
        "referral": QCoreApplication.translate("Labels", "for bringing a new customer"),
        "expiry": QCoreApplication.translate("Labels", "expired (积分清零)"),
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
        "signing_authority_created": QCoreApplication.translate("Audit", "shop's signing key created"),
        "passphrase_wrong": QCoreApplication.translate("Audit", "wrong shop passphrase"),
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
        "gift_added": QCoreApplication.translate("Audit", "gift added to the catalogue"),
        "occasion_added": QCoreApplication.translate("Audit", "occasion added"),
        "gift_plan_drafted": QCoreApplication.translate("Audit", "gift plan drafted"),
        "gift_line_changed": QCoreApplication.translate("Audit", "gift plan line changed"),
        "adhoc_gift_drafted": QCoreApplication.translate("Audit", "ad-hoc gift proposed"),
        "signature_stored": QCoreApplication.translate("Audit", "signature stored"),
        "group_added": QCoreApplication.translate("Audit", "sales group added"),
        "segment_saved": QCoreApplication.translate("Audit", "targeted list saved"),
        "campaign": QCoreApplication.translate("Audit", "targeted list sent to the call list"),
        "sale_voided": QCoreApplication.translate("Audit", "sale voided"),
        "receipt_attached": QCoreApplication.translate("Audit", "receipt put on her card (补登)"),
        "user_group_set": QCoreApplication.translate("Audit", "sales group of a user set"),
        "pin_reset": QCoreApplication.translate("Audit", "new PIN given"),
        "user_disabled": QCoreApplication.translate("Audit", "user disabled"),
        "cards_merged": QCoreApplication.translate("Audit", "two cards merged"),
        "system": QCoreApplication.translate("Audit", "the program"),
    }


def _audit_detail_names() -> dict[str, str]:
    return {
        "attempts": QCoreApplication.translate("Audit", "attempts"),
        "before_sha256": QCoreApplication.translate(
            "Audit", "the merged card as it was (SHA-256; kept with her card)"
        ),
        "filled": QCoreApplication.translate("Audit", "fields taken from it"),
        "merged": QCoreApplication.translate("Audit", "merged card"),
        "moved": QCoreApplication.translate("Audit", "moved"),
        **moved_row_names(),
        "card_no": QCoreApplication.translate("Audit", "card"),
        "cost": QCoreApplication.translate("Audit", "cost (yuan)"),
        "criteria": QCoreApplication.translate("Audit", "criteria"),
        "customers": QCoreApplication.translate("Audit", "customers"),
        "day": QCoreApplication.translate("Audit", "day"),
        "delivery": QCoreApplication.translate("Audit", "delivery"),
        "executor": QCoreApplication.translate("Audit", "executor"),
        "file": QCoreApplication.translate("Audit", "file"),
        "folder": QCoreApplication.translate("Audit", "folder"),
        "gift": QCoreApplication.translate("Audit", "gift"),
        "group": QCoreApplication.translate("Audit", "sales group"),
        "kind": QCoreApplication.translate("Audit", "what"),
        "line": QCoreApplication.translate("Audit", "plan line"),
        "lines": QCoreApplication.translate("Audit", "lines"),
        "name": QCoreApplication.translate("Audit", "name"),
        "no_consent": QCoreApplication.translate("Audit", "without SMS consent"),
        "no_phone": QCoreApplication.translate("Audit", "without a phone"),
        "points": QCoreApplication.translate("Audit", "points"),
        "reason": QCoreApplication.translate("Audit", "why"),
        "refund": QCoreApplication.translate("Audit", "refund (yuan)"),
        "role": QCoreApplication.translate("Audit", "role"),
        "rows": QCoreApplication.translate("Audit", "rows"),
        "set_aside": QCoreApplication.translate("Audit", "kept aside as"),
        "special": QCoreApplication.translate("Audit", "special customer"),
        "stock": QCoreApplication.translate("Audit", "stock"),
        "summary": QCoreApplication.translate("Audit", "outcome"),
        "tier": QCoreApplication.translate("Audit", "tier"),
    }


def card_field_name(field: str) -> str:
    """A card's field as the card file names it: its Chinese column in Chinese, the English one otherwise."""
    if QLocale().language() == QLocale.Language.Chinese and field in CUSTOMER_COLUMNS:
        return CUSTOMER_COLUMNS[field][0]
    return field.replace("_", " ")


def moved_row_names() -> dict[str, str]:
    """What a merge moves to the kept card (``services.merging``), by table."""
    return {
        "receipts": QCoreApplication.translate("Audit", "receipts"),
        "points_ledger": QCoreApplication.translate("Audit", "points ledger rows"),
        "visits": QCoreApplication.translate("Audit", "store visits"),
        "contacts": QCoreApplication.translate("Audit", "calls and messages"),
        "gift_plan_lines": QCoreApplication.translate("Audit", "gift plan lines"),
        "campaign_calls": QCoreApplication.translate("Audit", "targeted-list calls"),
        "tier_changes": QCoreApplication.translate("Audit", "tier changes"),
        "call_list_entries": QCoreApplication.translate("Audit", "days on the call list"),
        "family_members": QCoreApplication.translate("Audit", "family members"),
        "life_events": QCoreApplication.translate("Audit", "life events"),
    }


def _audit_value_names() -> dict[str, str]:
    return {
        "customers": QCoreApplication.translate("Audit", "customers"),
        "purchases": QCoreApplication.translate("Audit", "purchases"),
        "sms": QCoreApplication.translate("Audit", "SMS list"),
        "manager": QCoreApplication.translate("Audit", "manager"),
        "staff": QCoreApplication.translate("Audit", "staff"),
    }


_ISO_MOMENT = re.compile(r"^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2}(\.\d+)?)?$")


def audit_details(details: str) -> str:
    """An audit row's details in words ("rows: 3; what: customers"), not the JSON they are stored as: the
    names of the fields and of the rules they change translated, yes/no as words, moments without the "T"."""
    import json

    try:
        data = json.loads(details) if details else {}
    except ValueError:
        return details
    if not isinstance(data, dict):
        return details
    names, values = _audit_detail_names(), _audit_value_names()
    rules = {spec.name: QCoreApplication.translate("Rules", spec.title) for spec in RULES}

    def word(value: object) -> str:
        if isinstance(value, bool):
            return (
                QCoreApplication.translate("Audit", "yes")
                if value
                else QCoreApplication.translate("Audit", "no")
            )
        if value is None or value == "" or value == []:
            return "—"
        if isinstance(value, dict):  # a before-image or counts: what it holds, empty fields left out
            return QCoreApplication.translate("Audit", ", ").join(
                f"{names.get(key) or card_field_name(key)} {word(inner)}"
                for key, inner in value.items()
                if inner not in (None, "", [], {})
            )
        if isinstance(value, list):
            return "、".join(word(item) for item in value)
        text = str(value)
        moment = _ISO_MOMENT.match(text)
        if moment:
            return f"{moment.group(1)} {moment.group(2)}"
        return values.get(text, text)

    pair = QCoreApplication.translate("Audit", "{name}: {value}")
    separator = QCoreApplication.translate("Audit", "; ")
    return separator.join(
        pair.format(name=names.get(key) or rules.get(key) or key, value=word(value))
        for key, value in data.items()
    )


def _holiday_names() -> dict[str, str]:
    return {
        code.value: QCoreApplication.translate("Occasions", name) for code, name in OCCASION_NAMES.items()
    }


def _patterns() -> list[tuple[re.Pattern[str], str]]:
    # Built once per language (a card's ledger has hundreds of rows); the marker changes when it is switched.
    return _patterns_in(QCoreApplication.translate("Stored", "receipt {no}"))


@cache
def _patterns_in(_language_marker: str) -> list[tuple[re.Pattern[str], str]]:
    """What the program stores in English (ledger reasons, causes of tier changes), as templates to show."""
    return [
        (
            re.compile(r"^receipt (?P<no>\S+?): (?P<yuan>[\d.]+) yuan off$"),
            QCoreApplication.translate("Stored", "receipt {no}: {yuan} yuan off"),
        ),
        (
            re.compile(r"^receipt (?P<no>\S+) ×(?P<x>\d+) birthday$"),
            QCoreApplication.translate("Stored", "receipt {no} ×{x} birthday"),
        ),
        (
            re.compile(r"^receipt (?P<no>\S+) ×(?P<x>\d+) holiday (?P<holiday>\S+)$"),
            QCoreApplication.translate("Stored", "receipt {no} ×{x} {holiday}"),
        ),
        (re.compile(r"^receipt (?P<no>\S+)$"), QCoreApplication.translate("Stored", "receipt {no}")),
        (
            re.compile(r"^referral (?P<card>\S+)$"),
            QCoreApplication.translate("Stored", "brought {card}, first purchase"),
        ),
        (
            re.compile(r"^referral (?P<card>\S+): sale (?P<no>\S+) voided$"),
            QCoreApplication.translate("Stored", "brought {card}: her first purchase {no} voided"),
        ),
        (
            re.compile(r"^return (?P<no>\S+) of (?P<of>\S+)$"),
            QCoreApplication.translate("Stored", "return {no} of {of}"),
        ),
        (
            re.compile(
                r"^return (?P<no>\S+) of (?P<of>\S+): (?P<n>\d+) points short, (?P<yuan>[\d.]+) yuan kept from the refund$"
            ),
            QCoreApplication.translate(
                "Stored", "return {no} of {of}: {n} points short, {yuan} yuan kept from the refund"
            ),
        ),
        (
            re.compile(r"^opening balance (?P<n>-?\d+) from the old system$"),
            QCoreApplication.translate("Stored", "opening balance {n} from the old system"),
        ),
        (re.compile(r"^sale (?P<no>\S+)$"), QCoreApplication.translate("Stored", "sale {no}")),
        (re.compile(r"^return (?P<no>\S+)$"), QCoreApplication.translate("Stored", "return {no}")),
        (re.compile(r"^import (?P<file>.+)$"), QCoreApplication.translate("Stored", "import {file}")),
        (re.compile(r"^daily$"), QCoreApplication.translate("Stored", "daily evaluation")),
        (re.compile(r"^active$"), QCoreApplication.translate("Stored", "active")),
        (re.compile(r"^lost$"), QCoreApplication.translate("Stored", "lost")),
        (re.compile(r"^demo data$"), QCoreApplication.translate("Stored", "demo data")),
        (re.compile(r"^card saved$"), QCoreApplication.translate("Stored", "card saved")),
        (re.compile(r"^cards merged$"), QCoreApplication.translate("Stored", "two cards merged")),
        (
            re.compile(r"^points expiring on (?P<day>\S+)$"),
            QCoreApplication.translate("Stored", "points that expired on {day}"),
        ),
        (re.compile(r"^visit$"), QCoreApplication.translate("Stored", "store visit")),
        (
            re.compile(r"^manual (?P<tier>[ABC]) by (?P<name>[^:]+): (?P<reason>.*)$"),
            QCoreApplication.translate("Stored", "set to {tier} by {name}: {reason}"),
        ),
        (
            re.compile(r"^manual tier cleared by (?P<name>[^:]+):.*$"),
            QCoreApplication.translate("Stored", "tier by hand cleared by {name}"),
        ),
        (
            re.compile(r"^special by (?P<name>.+)$"),
            QCoreApplication.translate("Stored", "made special by {name}"),
        ),
        (
            re.compile(r"^no longer special by (?P<name>.+)$"),
            QCoreApplication.translate("Stored", "no longer special, by {name}"),
        ),
    ]


def stored_text(text: str) -> str:
    """A reason or cause the program stored (in English, for the record), in the window's language."""
    for pattern, template in _patterns():
        match = pattern.match(text)
        if match:
            values = match.groupdict()
            if "holiday" in values:
                values["holiday"] = _holiday_names().get(values["holiday"], values["holiday"])
            return template.format(**values)
    return text


def sms_summary(sms: SmsList) -> str:
    """How many messages went into the file, and who was left out and why (consent comes first)."""
    text = QCoreApplication.translate("Calls", "{n} messages written.").format(n=len(sms.messages))
    if sms.left_out:
        text += " " + QCoreApplication.translate(
            "Calls", "Left out: {no_consent} without SMS consent, {no_phone} without a phone number."
        ).format(no_consent=sms.no_consent, no_phone=sms.no_phone)
    return text
