"""The shop's own settings: its name, the rules every till shares and the SMS texts."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

from boutique_vip.domain.changes import RETIERED, Topic, changes
from boutique_vip.domain.errors import QT_TRANSLATE_NOOP, FieldError, ValidationFailed
from boutique_vip.domain.permissions import Action, require
from boutique_vip.domain.points_expiry import after_change
from boutique_vip.domain.rules import Rules, check_rules
from boutique_vip.domain.sms_texts import check_sms_texts, sms_texts
from boutique_vip.domain.users import Actor
from boutique_vip.services.audit import AuditService
from boutique_vip.storage import points_expiry as expiry_store
from boutique_vip.storage import tiers as tier_store
from boutique_vip.storage.engine import Database
from boutique_vip.storage.models import Setting

SHOP_NAME = "shop_name"
RULES = "rules"
SMS_TEXTS = "sms_texts"


class ShopService:
    def __init__(self, db: Database, audit: AuditService, now: Callable[[], dt.datetime]) -> None:
        self.db = db
        self.audit = audit
        self.now = now

    def name(self) -> str:
        with self.db.session() as s:
            row = s.get(Setting, SHOP_NAME)
            return row.value if row else ""

    @changes(Topic.RULES)
    def set_name(self, name: str, actor: Actor | None) -> None:
        """``actor`` None: the first run of an empty shop, before there is anyone to ask."""
        require(actor, Action.SETTINGS)
        name = name.strip()
        if not name:
            raise FieldError("shop_name", QT_TRANSLATE_NOOP("Validation", "The shop's name is required."))
        with self.db.session() as s, s.begin():
            s.merge(Setting(key=SHOP_NAME, value=name))
            self.audit.record_in(s, actor, "settings_changed", "shop_name", name=name)

    def rules(self) -> Rules:
        with self.db.session() as s:
            row = s.get(Setting, RULES)
            return Rules.from_json(json.loads(row.value)) if row else Rules()

    @changes(Topic.RULES, Topic.CATALOGUE, *RETIERED)
    def set_rules(self, rules: Rules, actor: Actor | None) -> int:
        """Save the rules, then sort every customer again under them in a second transaction (seconds in a
        large shop: the window runs it off the GUI thread). Returns how many tiers changed."""
        require(actor, Action.SETTINGS)
        errors = check_rules(rules)
        if errors:  # e.g. 0 points per redemption step: every counter keystroke would divide by it
            raise ValidationFailed(errors)
        before = self.rules().to_json()
        after = rules.to_json()
        changed = {
            key: f"{before.get(key)} → {value}" for key, value in after.items() if before.get(key) != value
        }
        now = self.now()
        with self.db.session() as s, s.begin():
            s.merge(Setting(key=RULES, value=json.dumps(after, ensure_ascii=False)))
            if rules.points_expiry_years != before.get("points_expiry_years", 0):
                # Never retroactive: points earned from today follow the new rule, earlier ones their own.
                expiry_store.set_periods(
                    s, after_change(expiry_store.periods(s), now.date(), rules.points_expiry_years)
                )
            if changed:
                self.audit.record_in(s, actor, "settings_changed", "rules", **changed)
            # Until everyone is sorted under the new rules, the tiers kept on the cards are the old rules':
            # what reads them (a month's plan) sees so and evaluates instead.
            tier_store.keep_sorted_under(s, Rules.from_json(before), only_if_unknown=True)
        with self.db.session() as s, s.begin():
            moved = tier_store.apply(s, now.date(), rules, "rules changed", now)
            tier_store.keep_sorted_under(s, rules)
            return moved

    def points_expiry_since(self) -> dt.date | None:
        """The day the points expiry rule in force was set (the points it applies to are earned from then)."""
        with self.db.session() as s:
            kept = expiry_store.periods(s)
        return kept[-1].since if kept and kept[-1].years else None

    def sms_texts(self) -> dict[str, str]:
        """The SMS text for each reason (``domain.sms_texts``): the shop's, else the default."""
        with self.db.session() as s:
            row = s.get(Setting, SMS_TEXTS)
            return sms_texts(json.loads(row.value) if row else None)

    @changes(Topic.RULES)
    def set_sms_texts(self, texts: dict[str, str], actor: Actor | None) -> None:
        require(actor, Action.SETTINGS)
        errors = check_sms_texts(texts)
        if errors:
            raise ValidationFailed(errors)
        before = self.sms_texts()
        after = sms_texts(texts)
        changed = {reason: text for reason, text in after.items() if before.get(reason) != text}
        with self.db.session() as s, s.begin():
            s.merge(Setting(key=SMS_TEXTS, value=json.dumps(after, ensure_ascii=False)))
            if changed:
                self.audit.record_in(s, actor, "settings_changed", "sms_texts", **changed)
