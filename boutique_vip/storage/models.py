"""Tables. Changing one means a new Alembic revision in ``storage/alembic/versions``."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, MetaData, String, Text
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


class Customer(Base):
    __tablename__ = "customers"
    id: Mapped[int] = mapped_column(primary_key=True)
    card_no: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(40))
    gender: Mapped[str] = mapped_column(String(1), default="")
    # Digits only; one card per number (NULL when she gave none).
    phone: Mapped[str | None] = mapped_column(String(20), unique=True)
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
    referrer: Mapped[str] = mapped_column(String(100), default="")
    registered_on: Mapped[dt.date] = mapped_column(Date)
    consent_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    special: Mapped[bool] = mapped_column(Boolean, default=False)
    manual_tier: Mapped[str | None] = mapped_column(String(1))
    tier: Mapped[str | None] = mapped_column(String(1))
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


Index("ix_customers_birthday", Customer.birth_month, Customer.birth_day)
Index("ix_customers_group_staff", Customer.group_id, Customer.staff_id)
