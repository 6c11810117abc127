"""Reading and writing customer cards: the ORM rows on one side, ``domain.customer.CustomerCard`` on the other."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from typing import Any, cast

from sqlalchemy import Table, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from boutique_vip.domain.birthdays import Birthday, CalendarKind
from boutique_vip.domain.customer import (
    ContactChannel,
    CustomerCard,
    FamilyMember,
    Gender,
    LifeEvent,
    Tier,
    join_list,
)
from boutique_vip.domain.search_key import build_search_key
from boutique_vip.storage import models

CARD_PREFIX = "VIP"
CARD_DIGITS = 5


def next_number(s: Session, name: str, count: int = 1) -> int:
    """The next value of a sequence kept in ``counters``: never reused, also when several tills work at once.
    With ``count``, that many values are taken: the last is returned."""
    bump = (
        update(models.Counter)
        .where(models.Counter.name == name)
        .values(value=models.Counter.value + count)
        .returning(models.Counter.value)
    )
    value = s.scalar(bump)
    if value is None:
        try:
            with s.begin_nested():  # the first number ever; another till may be creating the row right now
                s.add(models.Counter(name=name, value=count))
            return count
        except IntegrityError:
            value = s.scalar(bump) or 0  # it did: take the next numbers from its row
    return int(value)


def phone_digits(text: str) -> str:
    """A phone as it is stored, however it was written (spaces, dashes, China's +86): its digits."""
    digits = "".join(ch for ch in text if ch.isdigit())
    return digits[2:] if text.strip().startswith("+86") else digits


def cards_with_phone(s: Session, phone: str) -> list[Any]:
    """The cards with this phone (digits), oldest first: a family may share one."""
    if not phone:
        return []
    return list(
        s.execute(
            select(models.Customer.id, models.Customer.card_no, models.Customer.name)
            .where(models.Customer.phone == phone)
            .order_by(models.Customer.id)
        )
    )


def next_card_no(s: Session) -> str:
    """VIP00001, VIP00002 …, skipping numbers an imported card file already uses."""
    while True:
        card_no = f"{CARD_PREFIX}{next_number(s, 'card_no'):0{CARD_DIGITS}d}"
        if s.scalar(select(models.Customer.id).where(models.Customer.card_no == card_no)) is None:
            return card_no


def birthday_of(row: models.Customer) -> Birthday | None:
    """Her birthday as the card keeps it, or None."""
    if not (row.birthday_calendar and row.birth_month and row.birth_day):
        return None
    return Birthday(
        CalendarKind(row.birthday_calendar),
        row.birth_month,
        row.birth_day,
        row.birth_year,
        row.birth_leap_month,
    )


def to_card(row: models.Customer) -> CustomerCard:
    birthday = birthday_of(row)
    return CustomerCard(
        id=row.id,
        card_no=row.card_no,
        name=row.name,
        gender=Gender(row.gender),
        phone=row.phone or "",
        birthday=birthday,
        height_cm=row.height_cm,
        waist_cm=row.waist_cm,
        size_top=row.size_top,
        size_bottom=row.size_bottom,
        size_shoe=row.size_shoe,
        address=row.address,
        favourite_colours=_split(row.favourite_colours),
        favourite_cuts=_split(row.favourite_cuts),
        favourite_styles=_split(row.favourite_styles),
        price_min=row.price_min,
        price_max=row.price_max,
        job=row.job,
        interests=row.interests,
        habits=row.habits,
        contact_time=row.contact_time,
        contact_channel=ContactChannel(row.contact_channel),
        sms_opt_in=row.sms_opt_in,
        no_calls=row.no_calls,
        group_id=row.group_id,
        staff_id=row.staff_id,
        referrer=row.referrer,
        registered_on=row.registered_on,
        consent_on=row.consent_on,
        consent_version=row.consent_version,
        version=row.version,
        notes=row.notes,
        special=row.special,
        manual_tier=Tier(row.manual_tier) if row.manual_tier else None,
        tier=Tier(row.tier) if row.tier else None,
        family=[FamilyMember(f.relation, f.name, f.birthday) for f in row.family],
        events=[LifeEvent(e.date, e.kind, e.note) for e in row.events],
    )


def card_columns(card: CustomerCard) -> dict[str, Any]:
    """The row's columns as the card has them (card number, registration date, search key, timestamps, family and
    events are the caller's)."""
    b = card.birthday
    return {
        "name": card.name,
        "gender": card.gender.value,
        "phone": card.phone or None,
        "birthday_calendar": b.calendar.value if b else None,
        "birth_year": b.year if b else None,
        "birth_month": b.month if b else None,
        "birth_day": b.day if b else None,
        "birth_leap_month": b.leap_month if b else False,
        "height_cm": card.height_cm,
        "waist_cm": card.waist_cm,
        "size_top": card.size_top,
        "size_bottom": card.size_bottom,
        "size_shoe": card.size_shoe,
        "address": card.address,
        "favourite_colours": join_list(card.favourite_colours),
        "favourite_cuts": join_list(card.favourite_cuts),
        "favourite_styles": join_list(card.favourite_styles),
        "price_min": card.price_min,
        "price_max": card.price_max,
        "job": card.job,
        "interests": card.interests,
        "habits": card.habits,
        "contact_time": card.contact_time,
        "contact_channel": card.contact_channel.value,
        "sms_opt_in": card.sms_opt_in,
        "no_calls": card.no_calls,
        "group_id": card.group_id,
        "staff_id": card.staff_id,
        "referrer": card.referrer,
        "consent_on": card.consent_on,
        "consent_version": card.consent_version,
        "notes": card.notes,
        "special": card.special,
        "manual_tier": card.manual_tier.value if card.manual_tier else None,
    }


def write_card(row: models.Customer, card: CustomerCard) -> None:
    """Copy the card onto the row (card number, registration date and timestamps are the caller's)."""
    for name, value in card_columns(card).items():
        setattr(row, name, value)
    row.search_key = build_search_key(row.name, row.phone or "", row.card_no)
    row.family = [
        models.FamilyMember(relation=f.relation, name=f.name, birthday=f.birthday) for f in card.family
    ]
    row.events = [models.LifeEvent(date=e.date, kind=e.kind, note=e.note) for e in card.events]


def free_card_numbers(s: Session, count: int, taken: Collection[str]) -> list[str]:
    """``count`` new card numbers at once (an import of thousands of cards without numbers), skipping numbers
    in use or in ``taken`` (the file's own)."""
    found: list[str] = []
    while len(found) < count:
        wanted = count - len(found)
        last = next_number(s, "card_no", wanted)
        numbers = [f"{CARD_PREFIX}{n:0{CARD_DIGITS}d}" for n in range(last - wanted + 1, last + 1)]
        used = set(s.scalars(select(models.Customer.card_no).where(models.Customer.card_no.in_(numbers))))
        found += [n for n in numbers if n not in used and n not in taken]
    return found


def insert_cards(s: Session, cards: Sequence[CustomerCard], now: dt.datetime) -> list[int]:
    """New cards (without family or events) in one statement per few hundred, their ids in the cards' order.
    Each card has a number (``free_card_numbers``) and has been checked as ``CustomerService.save_in`` checks."""
    rows = [
        {
            **card_columns(card),
            "card_no": card.card_no,
            "registered_on": card.registered_on or now.date(),
            "search_key": build_search_key(card.name, card.phone, card.card_no),
            "created_at": now,
            "updated_at": now,
        }
        for card in cards
    ]
    if not rows:
        return []
    table = cast(Table, models.Customer.__table__)
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return [row.id for row in s.connection().execute(statement, rows)]


def _split(text: str) -> list[str]:
    return [p for p in text.split(";") if p]


def referrer_named(s: Session, typed: str, customer_id: int | None) -> list[Any]:
    """The cards a referrer written as a card number or a phone may be (not herself): one, none, or, for a
    phone a family shares, several."""
    by_card = s.execute(
        select(models.Customer.id, models.Customer.card_no).where(models.Customer.card_no == typed.upper())
    ).all()
    found = (
        by_card
        or s.execute(
            select(models.Customer.id, models.Customer.card_no)
            .where(models.Customer.phone == (phone_digits(typed) or typed))
            .order_by(models.Customer.id)
        ).all()
    )
    return [row for row in found if row.id != customer_id]


def link_referrers(s: Session, customer_ids: list[int]) -> None:
    """New cards whose referrer was written as a card number or a phone (an import): linked to that card,
    which also gives the referrer's card number as the text shown. A referrer found nowhere stays text."""
    for ids in (customer_ids[i : i + 500] for i in range(0, len(customer_ids), 500)):
        rows = s.execute(
            select(models.Customer.id, models.Customer.referrer).where(
                models.Customer.id.in_(ids),
                models.Customer.referrer != "",
                models.Customer.referrer_id.is_(None),
            )
        ).all()
        for customer_id, typed in rows:
            found = referrer_named(s, typed.strip(), customer_id)
            if len(found) == 1:
                s.execute(
                    update(models.Customer)
                    .where(models.Customer.id == customer_id)
                    .values(referrer_id=found[0].id, referrer=found[0].card_no)
                )
