"""The customer card file: find, open, create and change cards."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from sqlalchemy import BindParameter, ColumnElement, Select, bindparam, func, select, update
from sqlalchemy.orm import Session, aliased, selectinload

from boutique_vip.domain.changes import EVERYTHING, Topic, changes
from boutique_vip.domain.customer import CONSENT_TEXT_VERSION, CustomerCard, Tier, check_card
from boutique_vip.domain.errors import (
    QT_TRANSLATE_NOOP,
    BoutiqueError,
    ChangedElsewhere,
    DuplicatePhone,
    FieldError,
    NotFound,
    ValidationFailed,
)
from boutique_vip.domain.permissions import Action, require
from boutique_vip.domain.points import LedgerKind
from boutique_vip.domain.rules import Rules
from boutique_vip.domain.search_key import normalize_query
from boutique_vip.domain.users import Actor
from boutique_vip.services.audit import AuditService
from boutique_vip.storage import search_index
from boutique_vip.storage import tiers as tier_store
from boutique_vip.storage.customers import cards_with_phone, next_card_no, referrer_named, to_card, write_card
from boutique_vip.storage.engine import Database
from boutique_vip.storage.models import Customer, PointsEntry, SalesGroup, User
from boutique_vip.storage.privacy import card_as_dict, erase_personal_data, personal_data


@dataclass(slots=True)  # 200 a keystroke: not frozen, whose fields are set more slowly
class CustomerRow:
    """One line of the card list (and of ``customers find``)."""

    id: int
    card_no: str
    name: str
    phone: str
    tier: str
    size_top: str
    size_bottom: str
    group: str
    staff: str
    registered_on: dt.date | None  # None: a row kept in place for a card that no longer matches


CHANGED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Errors",
    "This card was changed on another till since you opened it. Nothing was overwritten: the card now shows "
    "the saved values; make your change again.",
)


@cache
def _page_statement(shape: str, until: bool) -> Select[*tuple[Any, ...]]:
    """A page of the card list, built once per shape (a keystroke builds none): only the listed columns, not
    whole cards; the term, bounds and size are parameters."""
    staff = aliased(User)
    pattern: BindParameter[str] = bindparam("pattern")
    matching = {
        "all": [],
        "scan": [Customer.search_key.like(pattern)],
        "trigram": [Customer.id.in_(search_index.ids_matching(pattern))],
        "key index": [Customer.id.in_(select(Customer.id).where(Customer.search_key.like(pattern)))],
    }[shape]
    stmt = (
        select(
            Customer.id,
            Customer.card_no,
            Customer.name,
            Customer.phone,
            Customer.tier,
            Customer.size_top,
            Customer.size_bottom,
            SalesGroup.name,
            staff.name,
            Customer.registered_on,
        )
        .outerjoin(SalesGroup, Customer.group_id == SalesGroup.id)
        .outerjoin(staff, Customer.staff_id == staff.id)
        .where(Customer.id > bindparam("after_id"), *matching)
    )
    if until:
        stmt = stmt.where(Customer.id <= bindparam("until_id"))
    return stmt.order_by(Customer.id).limit(bindparam("limit"))


class CustomerService:
    def __init__(
        self, db: Database, now: Callable[[], dt.datetime], rules: Callable[[], Rules], audit: AuditService
    ) -> None:
        self.audit = audit
        self.db = db
        self.now = now
        self.rules = rules

    # --- finding ---------------------------------------------------------------------------

    @staticmethod
    def _matching(query: str) -> list[ColumnElement[bool]]:
        term = normalize_query(query)
        # The key holds only lower-case letters, digits and Chinese characters, and so does the term:
        # no LIKE wildcards can sneak in.
        return [Customer.search_key.like(f"%{term}%")] if term else []

    def count(self, query: str = "") -> int:
        term = normalize_query(query)
        with self.db.session() as s:
            if self.db.is_sqlite and len(term) >= search_index.SHORTEST:
                return s.scalar(search_index.count_matching(f"%{term}%")) or 0
            return s.scalar(select(func.count(Customer.id)).where(*self._matching(query))) or 0

    def search(
        self, query: str = "", after_id: int = 0, limit: int = 200, until_id: int | None = None
    ) -> list[CustomerRow]:
        """One page of matching cards in card order, starting after ``after_id`` (keyset paging) and, when
        given, ending at ``until_id`` (a page read again).

        A term of three or more characters is looked up in the search index (``storage.search_index``; on a
        PostgreSQL server without pg_trgm, the narrow search-key index is scanned for it). A shorter term
        matches many cards: the scan in card order stops after the first page."""
        term = normalize_query(query)
        if not term:
            shape = "all"
        elif len(term) < search_index.SHORTEST:
            shape = "scan"
        else:
            shape = "trigram" if self.db.is_sqlite else "key index"
        params = {"after_id": after_id, "until_id": until_id, "limit": limit, "pattern": f"%{term}%"}
        with self.db.engine.connect() as conn:  # one read: no session needed
            return [
                CustomerRow(
                    cid,
                    card_no,
                    name,
                    phone or "",
                    tier or "",
                    top,
                    bottom,
                    group or "",
                    staff_name or "",
                    registered,
                )
                for cid, card_no, name, phone, tier, top, bottom, group, staff_name, registered in conn.execute(
                    _page_statement(shape, until_id is not None), params
                )
            ]

    def get(self, customer_id: int) -> CustomerCard:
        with self.db.session() as s:
            row = s.get(
                Customer, customer_id, options=[selectinload(Customer.family), selectinload(Customer.events)]
            )
            if row is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This customer's card no longer exists."))
            return to_card(row)

    def id_of_card(self, card_no: str) -> int | None:
        """The customer whose card number this is exactly (a scanned card, a QR code on her phone)."""
        with self.db.session() as s:
            found = s.scalar(select(Customer.id).where(Customer.card_no == card_no.strip().upper()))
            return int(found) if found is not None else None

    def by_card_no(self, card_no: str) -> CustomerCard:
        with self.db.session() as s:
            customer_id = s.scalar(select(Customer.id).where(Customer.card_no == card_no.strip().upper()))
        if customer_id is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no card {card_no}."), card_no=card_no)
        return self.get(customer_id)

    # --- saving ----------------------------------------------------------------------------

    @changes(Topic.CUSTOMERS, Topic.TIERS, Topic.CALLS, Topic.PLANS)
    def save(self, card: CustomerCard, actor: Actor | None = None, share_phone: bool = False) -> CustomerCard:
        """Create (no id) or update a card. Checks everything again: a service never trusts its caller.
        A phone already on another card is refused (``DuplicatePhone``) unless ``share_phone``: a family's."""
        require(actor, Action.EDIT_CARD)
        now = self.now()
        with self.db.session() as s, s.begin():
            special, manual_tier = self._tier_marks(s, card)
            if (card.special, card.manual_tier) != (special, manual_tier):
                # Special (always A) and a manual tier are the manager's decisions, whoever opened the card.
                require(actor, Action.MANUAL_TIER)
            row = self.save_in(s, card, now, share_phone)
            if card.special != special:
                self.audit.record_in(s, actor, "special_customer", row.card_no, special=card.special)
            if card.manual_tier != manual_tier:
                row.manual_tier_by = actor.id if actor and card.manual_tier else None
                row.manual_tier_on = now.date() if card.manual_tier else None
                if card.manual_tier is None:
                    row.manual_tier_reason = ""
                self.audit.record_in(
                    s,
                    actor,
                    "manual_tier",
                    row.card_no,
                    tier=card.manual_tier.value if card.manual_tier else "",
                    reason="card saved",
                )
            # A new card gets its tier at once; a changed one may have changed what the rules see.
            tier_store.apply(s, now.date(), self.rules(), "card saved", now, [row.id])
            return to_card(row)

    @staticmethod
    def _tier_marks(s: Session, card: CustomerCard) -> tuple[bool, Tier | None]:
        """The stored special mark and manual tier (a new card has neither). A card changed on another till
        since it was opened is refused as such first, not taken for a change of the marks."""
        if card.id is None:
            return False, None
        found = s.execute(
            select(Customer.special, Customer.manual_tier, Customer.version).where(Customer.id == card.id)
        ).first()
        if found is None:
            return False, None
        if card.version and card.version != found.version:
            raise ChangedElsewhere(CHANGED_ELSEWHERE)
        return bool(found.special), Tier(found.manual_tier) if found.manual_tier else None

    def save_in(
        self, s: Session, card: CustomerCard, now: dt.datetime, share_phone: bool = False
    ) -> Customer:
        """Write a card inside the caller's transaction (the import saves many in one)."""
        errors = check_card(card)
        if errors:
            raise ValidationFailed(errors)
        referrer_id, referrer = self._referrer(s, card)  # read before a new row is added (no autoflush)
        if not share_phone and card.phone and card.phone != self._stored_phone(s, card.id):
            # Asked once, when the phone is given: a card whose family phone is kept saves as any other.
            others = [row for row in cards_with_phone(s, card.phone) if row.id != card.id]
            if others:
                raise ValidationFailed([DuplicatePhone(others[0].id, others[0].card_no, others[0].name)])
        if card.id is None:
            if (
                card.card_no
                and s.scalar(select(Customer.id).where(Customer.card_no == card.card_no)) is not None
            ):
                raise ValidationFailed(
                    [
                        FieldError(
                            "card_no",
                            QT_TRANSLATE_NOOP("Validation", "Card {card_no} already exists."),
                            card_no=card.card_no,
                        )
                    ]
                )
            row = Customer(
                card_no=card.card_no or next_card_no(s),
                registered_on=card.registered_on or now.date(),
                created_at=now,
            )
            s.add(row)
        else:
            found = s.get(Customer, card.id)
            if found is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This customer's card no longer exists."))
            row = found
            if row.erased_on is not None:
                raise BoutiqueError(
                    QT_TRANSLATE_NOOP("Errors", "This customer's data was erased on {day}."),
                    day=row.erased_on.isoformat(),
                )
            # One statement both checks and claims the version: on PostgreSQL a second till saving the same card
            # at the same moment waits for the first, then finds the version moved on.
            claimed = s.execute(
                update(Customer)
                .where(Customer.id == row.id, Customer.version == (card.version or row.version))
                .values(version=Customer.version + 1)
                .execution_options(synchronize_session=False)
            )
            if claimed.rowcount != 1:  # type: ignore[attr-defined]
                raise ChangedElsewhere(CHANGED_ELSEWHERE)
            s.refresh(row, ["version"])
            if card.registered_on:
                row.registered_on = card.registered_on
        if card.consent_on and not card.consent_version:
            card = replace(card, consent_version=CONSENT_TEXT_VERSION)
        write_card(row, replace(card, referrer=referrer))
        row.referrer_id = referrer_id
        row.updated_at = now
        s.flush()
        return row

    @staticmethod
    def _stored_phone(s: Session, customer_id: int | None) -> str | None:
        if customer_id is None:
            return None
        return s.scalar(select(Customer.phone).where(Customer.id == customer_id))

    @staticmethod
    def _referrer(s: Session, card: CustomerCard) -> tuple[int | None, str]:
        """The customer who brought her, named by card number or phone: a link to that card (its number is
        what the card shows). Nobody found, or herself, is refused beside the field."""
        typed = card.referrer.strip()
        if not typed:
            return None, ""
        if card.id is not None:
            stored = s.execute(
                select(Customer.referrer, Customer.referrer_id).where(Customer.id == card.id)
            ).first()
            if stored is not None and stored.referrer == typed:
                # Unchanged: kept as it is, a link or (written before referrers were cards) a name.
                return stored.referrer_id, typed
        named = referrer_named(s, typed, None)
        candidates = [row for row in named if row.id != card.id]  # her own phone may be her mother's too
        if len(candidates) > 1:
            raise ValidationFailed(
                [
                    FieldError(
                        "referrer",
                        QT_TRANSLATE_NOOP(
                            "Validation",
                            "The phone “{value}” is on {count} cards ({cards}): give her card number.",
                        ),
                        value=typed,
                        count=len(candidates),
                        cards=", ".join(row.card_no for row in candidates),
                    )
                ]
            )
        if named and not candidates:
            raise ValidationFailed(
                [
                    FieldError(
                        "referrer", QT_TRANSLATE_NOOP("Validation", "A customer cannot have brought herself.")
                    )
                ]
            )
        if not candidates:
            raise ValidationFailed(
                [
                    FieldError(
                        "referrer",
                        QT_TRANSLATE_NOOP("Validation", "No card has the number or phone “{value}”."),
                        value=typed,
                    )
                ]
            )
        found = candidates[0]
        return int(found.id), str(found.card_no)

    def referrals(self, customer_id: int) -> tuple[list[tuple[str, str]], int]:
        """Whom she brought to the shop (card number, name) and the referral points she earned for them."""
        with self.db.session() as s:
            brought = [
                (str(no), str(name))
                for no, name in s.execute(
                    select(Customer.card_no, Customer.name)
                    .where(Customer.referrer_id == customer_id, Customer.erased_on.is_(None))
                    .order_by(Customer.card_no)
                )
            ]
            earned = s.scalar(
                select(func.coalesce(func.sum(PointsEntry.points), 0)).where(
                    PointsEntry.customer_id == customer_id, PointsEntry.kind == LedgerKind.REFERRAL.value
                )
            )
            return brought, int(earned or 0)

    # --- privacy (PIPL) --------------------------------------------------------------------

    @changes()
    def export_personal_data(self, customer_id: int, manager: Actor | None) -> dict[str, Any]:
        """Everything the shop holds about her, for her request to see it (saved as JSON by the caller)."""
        require(manager, Action.EXPORT)
        card = self.get(customer_id)
        with self.db.session() as s, s.begin():
            data = personal_data(s, customer_id)
            self.audit.record_in(s, manager, "customer_data_exported", card.card_no)
        return {"card": card_as_dict(card), **data}

    @changes(*EVERYTHING)
    def erase(self, customer_id: int, manager: Actor | None) -> str:
        """Erase her on request: the card is blanked (the row and its card number stay, so receipts and signed
        gift sheets keep their references), her family, events, visits and contact notes are deleted, and the
        database file is checkpointed so that her phone number is in neither the file nor its WAL."""
        require(manager, Action.ERASE_CUSTOMER)
        today = self.now().date()
        with self.db.session() as s, s.begin():
            row = s.get(Customer, customer_id)
            if row is None or row.erased_on is not None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This customer's card no longer exists."))
            card_no = row.card_no
            erase_personal_data(s, row, today)
            if self.db.is_sqlite:
                search_index.purge_deleted(s.connection())  # her name's and phone's trigrams too
            self.audit.record_in(s, manager, "customer_erased", card_no)
        self.db.checkpoint()
        return card_no
