"""Tables. Changing one means a new Alembic revision in ``storage/alembic/versions``."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from boutique_vip.storage.types import Money

# Explicit constraint names keep Alembic batch migrations (SQLite) and PostgreSQL in step.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Setting(Base):
    """Shop-wide values: the shop's name, the rules (JSON)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Counter(Base):
    """Number sequences that must never repeat, such as card numbers."""

    __tablename__ = "counters"
    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(Integer)


class SalesGroup(Base):
    __tablename__ = "sales_groups"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    role: Mapped[str] = mapped_column(String(16))  # staff | manager
    pin_hash: Mapped[str] = mapped_column(String(200))
    group_id: Mapped[int | None] = mapped_column(ForeignKey("sales_groups.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    # The drawn signature (PNG) printed on approved sheets, and the certificate the PDF is signed with;
    # the private key is encrypted with a key derived from the PIN (services.signing_keys).
    signature_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    certificate_pem: Mapped[bytes | None] = mapped_column(LargeBinary)
    private_key_sealed: Mapped[bytes | None] = mapped_column(LargeBinary)
    # Wrong PINs in a row: from the fifth a growing wait, at the tenth locked until a manager unlocks.
    failed_pins: Mapped[int] = mapped_column(Integer, default=0)
    last_failed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)


class Customer(Base):
    __tablename__ = "customers"
    id: Mapped[int] = mapped_column(primary_key=True)
    card_no: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(40))
    gender: Mapped[str] = mapped_column(String(1), default="")
    # Digits only (NULL when she gave none). A family may share one: saving a second card with it asks first.
    phone: Mapped[str | None] = mapped_column(String(20), index=True)
    birthday_calendar: Mapped[str | None] = mapped_column(String(5))  # solar | lunar
    birth_year: Mapped[int | None] = mapped_column(Integer)
    birth_month: Mapped[int | None] = mapped_column(Integer)
    birth_day: Mapped[int | None] = mapped_column(Integer)
    birth_leap_month: Mapped[bool] = mapped_column(Boolean, default=False)
    height_cm: Mapped[int | None] = mapped_column(Integer)
    waist_cm: Mapped[int | None] = mapped_column(Integer)
    size_top: Mapped[str] = mapped_column(String(16), default="")
    size_bottom: Mapped[str] = mapped_column(String(16), default="")
    size_shoe: Mapped[str] = mapped_column(String(16), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    favourite_colours: Mapped[str] = mapped_column(String(200), default="")  # ';'-separated
    favourite_cuts: Mapped[str] = mapped_column(String(200), default="")
    favourite_styles: Mapped[str] = mapped_column(String(200), default="")
    price_min: Mapped[Decimal | None] = mapped_column(Money)
    price_max: Mapped[Decimal | None] = mapped_column(Money)
    job: Mapped[str] = mapped_column(String(100), default="")
    interests: Mapped[str] = mapped_column(Text, default="")
    habits: Mapped[str] = mapped_column(Text, default="")
    contact_time: Mapped[str] = mapped_column(String(100), default="")
    contact_channel: Mapped[str] = mapped_column(String(8), default="phone")
    sms_opt_in: Mapped[bool] = mapped_column(Boolean, default=False)
    no_calls: Mapped[bool] = mapped_column(Boolean, default=False)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("sales_groups.id"))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    referrer: Mapped[str] = mapped_column(String(100), default="")  # her referrer's card number
    referrer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    registered_on: Mapped[dt.date] = mapped_column(Date)
    consent_on: Mapped[dt.date | None] = mapped_column(Date)
    consent_version: Mapped[str] = mapped_column(String(20), default="")  # of the consent text she was shown
    # Erased on her request (PIPL): the row stays, blank, so receipts and signed plans keep their numbers.
    erased_on: Mapped[dt.date | None] = mapped_column(Date)
    # Optimistic concurrency: a save of the card from a till that loaded an older version is refused, never
    # applied over (services.customers). Derived columns (tier, last visit) do not count as a change of the card.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    notes: Mapped[str] = mapped_column(Text, default="")
    special: Mapped[bool] = mapped_column(Boolean, default=False)
    manual_tier: Mapped[str | None] = mapped_column(String(1))
    manual_tier_reason: Mapped[str] = mapped_column(Text, default="")
    manual_tier_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    manual_tier_on: Mapped[dt.date | None] = mapped_column(Date)
    # Kept up to date by storage.tiers after every sale or return and once a day for everyone.
    tier: Mapped[str | None] = mapped_column(String(1))
    base_tier: Mapped[str | None] = mapped_column(String(1))
    status: Mapped[str] = mapped_column(String(8), default="active", index=True)
    # Also kept by storage.tiers: the call list finds win-back customers by these without re-evaluating everyone.
    last_receipt: Mapped[dt.date | None] = mapped_column(Date)
    last_visit: Mapped[dt.date | None] = mapped_column(Date)
    # Name, every pinyin reading, initials, phone digits and card number (domain.search_key).
    search_key: Mapped[str] = mapped_column(String(400), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)

    family: Mapped[list[FamilyMember]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="FamilyMember.id"
    )
    events: Mapped[list[LifeEvent]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="LifeEvent.date"
    )


class FamilyMember(Base):
    __tablename__ = "family_members"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    relation: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(40), default="")
    birthday: Mapped[dt.date | None] = mapped_column(Date)
    customer: Mapped[Customer] = relationship(back_populates="family")


class LifeEvent(Base):
    __tablename__ = "life_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    date: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(40))
    note: Mapped[str] = mapped_column(Text, default="")
    customer: Mapped[Customer] = relationship(back_populates="events")


class Receipt(Base):
    """One till transaction: a sale, or a return against an earlier sale (negative amounts)."""

    __tablename__ = "receipts"
    id: Mapped[int] = mapped_column(primary_key=True)
    receipt_no: Mapped[str] = mapped_column(String(40), unique=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))  # NULL: anonymous sale
    day: Mapped[dt.date] = mapped_column(Date)  # indexed with the kind and the buyer, below
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(8))  # sale | return
    return_of_id: Mapped[int | None] = mapped_column(ForeignKey("receipts.id"), index=True)
    total: Mapped[Decimal] = mapped_column(Money)  # sum of the line amounts; negative for a return
    points_redeemed: Mapped[int] = mapped_column(Integer, default=0)
    redeemed_value: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    refund_deduction: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    group_id: Mapped[int | None] = mapped_column(ForeignKey("sales_groups.id"))
    source: Mapped[str] = mapped_column(String(10))  # counter | import | demo
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    lines: Mapped[list[ReceiptLine]] = relationship(
        cascade="all, delete-orphan", order_by="ReceiptLine.line_no"
    )


class ReceiptLine(Base):
    __tablename__ = "receipt_lines"
    id: Mapped[int] = mapped_column(primary_key=True)
    receipt_id: Mapped[int] = mapped_column(ForeignKey("receipts.id", ondelete="CASCADE"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    sku: Mapped[str] = mapped_column(String(40), default="")
    description: Mapped[str] = mapped_column(String(100), default="")
    category: Mapped[str] = mapped_column(String(20), default="")
    size: Mapped[str] = mapped_column(String(16), default="")
    colour: Mapped[str] = mapped_column(String(20), default="")
    style: Mapped[str] = mapped_column(String(20), default="")
    qty: Mapped[int] = mapped_column(Integer)  # negative on a return
    unit_price: Mapped[Decimal] = mapped_column(Money)
    discount: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))  # yuan off the line
    amount: Mapped[Decimal] = mapped_column(Money)  # paid for the line; negative on a return
    on_sale: Mapped[bool] = mapped_column(Boolean, default=False)
    points: Mapped[int] = mapped_column(Integer, default=0)  # earned (sale) or taken back (return, negative)
    # The line's share of the receipt's redemption: paid with points, not cash (negative on a return: given
    # back as points). What the customer paid in money for the line is ``amount - redeemed_value``.
    redeemed_value: Mapped[Decimal] = mapped_column(Money, default=Decimal(0), server_default="0")
    redeemed_points: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    return_of_line_id: Mapped[int | None] = mapped_column(ForeignKey("receipt_lines.id"), index=True)


class Visit(Base):
    """A store visit without a purchase (a purchase is a visit by itself)."""

    __tablename__ = "visits"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    day: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class PointsEntry(Base):
    """The points ledger: rows are only ever added; a correction is a new row."""

    __tablename__ = "points_ledger"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    day: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(16))  # domain.points.LedgerKind
    points: Mapped[int] = mapped_column(Integer)
    receipt_id: Mapped[int | None] = mapped_column(ForeignKey("receipts.id"), index=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class TierChange(Base):
    """Each change of a customer's tier or status, with its day and cause."""

    __tablename__ = "tier_changes"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    day: Mapped[dt.date] = mapped_column(Date)
    old_tier: Mapped[str | None] = mapped_column(String(1))
    new_tier: Mapped[str | None] = mapped_column(String(1))
    old_status: Mapped[str | None] = mapped_column(String(8))
    new_status: Mapped[str] = mapped_column(String(8))
    cause: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class GiftCategory(Base):
    __tablename__ = "gift_categories"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    cost: Mapped[Decimal] = mapped_column(Money)
    stock: Mapped[int | None] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class CustomOccasion(Base):
    """Observances the manager adds beside the gift holidays (Mother's Day, Teachers' Day…)."""

    __tablename__ = "occasions"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    name: Mapped[str] = mapped_column(String(60))
    month: Mapped[int] = mapped_column(Integer)
    day: Mapped[int] = mapped_column(Integer)


class GiftPlan(Base):
    """One revision of a month's plan. Approved revisions are frozen; a change makes a new revision."""

    __tablename__ = "gift_plans"
    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[str] = mapped_column(String(16))  # YYYY-MM, or adhoc-NNNN for an ad-hoc gift
    revision: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(12))  # domain.gift_plan.PlanStatus
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    approved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    pdf_sha256: Mapped[str] = mapped_column(String(64), default="")
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary)  # the signed sheet, as approved
    lines: Mapped[list[GiftPlanLine]] = relationship(cascade="all, delete-orphan", order_by="GiftPlanLine.id")
    # Optimistic concurrency: an UPDATE that finds another till's newer version fails instead of overwriting.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's own declaration


class GiftPlanLine(Base):
    __tablename__ = "gift_plan_lines"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("gift_plans.id", ondelete="CASCADE"), index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    tier: Mapped[str] = mapped_column(String(1))
    occasion: Mapped[str] = mapped_column(String(30))
    occasion_date: Mapped[dt.date] = mapped_column(Date)
    card_mail_date: Mapped[dt.date] = mapped_column(Date)
    gift_category_id: Mapped[int | None] = mapped_column(ForeignKey("gift_categories.id"))
    min_cost: Mapped[Decimal | None] = mapped_column(Money)
    max_cost: Mapped[Decimal | None] = mapped_column(Money)
    delivery: Mapped[str] = mapped_column(String(16))
    executor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str] = mapped_column(Text, default="")
    card_mailed_on: Mapped[dt.date | None] = mapped_column(Date)
    announced_on: Mapped[dt.date | None] = mapped_column(Date)  # she was told the gift is waiting
    delivered_on: Mapped[dt.date | None] = mapped_column(Date)
    delivered_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's own declaration


class ContactLog(Base):
    """Every call, SMS or visit made to a customer, with its outcome: the contact history."""

    __tablename__ = "contacts"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    day: Mapped[dt.date] = mapped_column(Date)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    channel: Mapped[str] = mapped_column(String(8))  # phone | sms | visit
    reasons: Mapped[str] = mapped_column(String(100), default="")  # ';'-separated domain.call_list.Reason
    outcome: Mapped[str] = mapped_column(String(16))  # domain.call_list.Outcome
    callback_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(Text, default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class CallListEntry(Base):
    """The list as it stood for a day, so unfinished calls carry over to the next day."""

    __tablename__ = "call_list_entries"
    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    reasons: Mapped[str] = mapped_column(String(100))
    priority: Mapped[int] = mapped_column(Integer)
    deferred: Mapped[bool] = mapped_column(Boolean, default=False)  # beyond the hour's capacity: for tomorrow


Index("ix_contacts_customer_day", ContactLog.customer_id, ContactLog.day)
Index("ix_contacts_callback", ContactLog.callback_at)
# The call list reads who was contacted in a span of days, and who went unanswered, from these alone.
Index("ix_contacts_day_customer", ContactLog.day, ContactLog.customer_id)
Index("ix_contacts_outcome_day", ContactLog.outcome, ContactLog.day, ContactLog.customer_id)
Index("ix_call_list_entries_day_customer", CallListEntry.day, CallListEntry.customer_id, unique=True)
Index("ix_gift_plans_month_revision", GiftPlan.month, GiftPlan.revision, unique=True)
Index("ix_receipts_customer_day", Receipt.customer_id, Receipt.day)
# Receipts of a span of days; the call list finds who bought in the after-sale days from the index alone.
Index("ix_receipts_day_kind_customer", Receipt.day, Receipt.kind, Receipt.customer_id)
Index("ix_visits_customer_day", Visit.customer_id, Visit.day)
Index("ix_receipt_lines_sku", ReceiptLine.sku)  # the counter fills a line from its SKU's last sale
Index("ix_points_ledger_customer_day", PointsEntry.customer_id, PointsEntry.day)
Index("ix_customers_birthday", Customer.birth_month, Customer.birth_day)
# Win-back candidates with all the list needs of them, read from the index without touching the cards.
Index(
    "ix_customers_call_list",
    Customer.last_visit,
    Customer.tier,
    Customer.status,
    Customer.no_calls,
    Customer.sms_opt_in,
    Customer.card_no,
)
Index("ix_customers_group_staff", Customer.group_id, Customer.staff_id)
# The daily tier run finds who reaches the lost days (storage.tiers.due_since) by these ranges.
Index("ix_customers_last_receipt", Customer.last_receipt)
Index("ix_customers_registered_on", Customer.registered_on)
# A month's plan reads the kept tiers of everyone but who had a visit or a points entry since its eve
# (storage.tiers.moved_between).
Index("ix_visits_day_customer", Visit.day, Visit.customer_id)
Index("ix_points_ledger_day_customer", PointsEntry.day, PointsEntry.customer_id)


class AuditEntry(Base):
    """The audit log: rows are only added, each carrying the hash of the one before (see storage.audit)."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    user_id: Mapped[int | None] = mapped_column(Integer)  # no foreign key: the log outlives users
    user_name: Mapped[str] = mapped_column(String(40), default="")
    action: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str] = mapped_column(String(100), default="")
    details: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class TillCount(Base):
    """How many receipts the till printed on a day (the registration rate's denominator when the till's own
    receipts are not imported)."""

    __tablename__ = "till_counts"
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    receipts: Mapped[int] = mapped_column(Integer)


class Segment(Base):
    """A saved targeted list (its criteria as JSON), to run again."""

    __tablename__ = "segments"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    criteria: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class CampaignCall(Base):
    """A targeted list sent to the call list: she is called (reason ``campaign``) until a contact is logged."""

    __tablename__ = "campaign_calls"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    name: Mapped[str] = mapped_column(String(60))
    added_on: Mapped[dt.date] = mapped_column(Date)


class MergedCard(Base):
    """A card merged into hers, as it was (``services.merging``): kept with her card, so that it can be read
    later (her data export) and goes when she is erased; the audit row holds its hash, never her data."""

    __tablename__ = "merged_cards"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    card_no: Mapped[str] = mapped_column(String(20))
    merged_at: Mapped[dt.datetime] = mapped_column(DateTime)
    image: Mapped[str] = mapped_column(Text)  # the card's fields as JSON (storage.privacy.card_as_dict)


class ImportUndo(Base):
    """How to take back what an unfinished import wrote (see storage.undo_log): on SQLite a large import is
    written in short slices, so the counter never waits long; these rows make it all-or-nothing again. Empty
    whenever no import is running."""

    __tablename__ = "import_undo"
    id: Mapped[int] = mapped_column(primary_key=True)
    batch: Mapped[str] = mapped_column(String(32), index=True)
    statement: Mapped[str] = mapped_column(Text)


class MonthTiers(Base):
    """A closed month's tier figures at its end, worked out from the history (receipts, visits, rules) and
    kept: the desk's twelve months then cost two evaluations, not thirteen. ``fingerprint`` says what the
    figures were worked out from; when history up to the month's end changes (an import of old receipts, new
    rules), it no longer matches and the month is worked out again."""

    __tablename__ = "month_tiers"
    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    tier_a: Mapped[int] = mapped_column(Integer)
    tier_b: Mapped[int] = mapped_column(Integer)
    tier_c: Mapped[int] = mapped_column(Integer)
    lost: Mapped[int] = mapped_column(Integer)  # lost at the month's end
    newly_lost: Mapped[int] = mapped_column(Integer)  # active the day before the month, lost at its end
    fingerprint: Mapped[str] = mapped_column(String(200))
