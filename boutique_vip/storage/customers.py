"""Reading and writing customer cards: the ORM rows on one side, ``domain.customer.CustomerCard`` on the other."""

from __future__ import annotations

from sqlalchemy import select, update
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


def next_number(s: Session, name: str) -> int:
    """The next value of a sequence kept in ``counters``: never reused, also when several tills work at once."""
    bump = (
        update(models.Counter)
        .where(models.Counter.name == name)
        .values(value=models.Counter.value + 1)
        .returning(models.Counter.value)
    )
    value = s.scalar(bump)
    if value is None:
        try:
            with s.begin_nested():  # the first number ever; another till may be creating the row right now
                s.add(models.Counter(name=name, value=1))
            return 1
        except IntegrityError:
            value = s.scalar(bump) or 0  # it did: take the next number from its row
    return int(value)


def next_card_no(s: Session) -> str:
    """VIP00001, VIP00002 …, skipping numbers an imported card file already uses."""
    while True:
        card_no = f"{CARD_PREFIX}{next_number(s, 'card_no'):0{CARD_DIGITS}d}"
        if s.scalar(select(models.Customer.id).where(models.Customer.card_no == card_no)) is None:
            return card_no


def to_card(row: models.Customer) -> CustomerCard:
    birthday = None
    if row.birthday_calendar and row.birth_month and row.birth_day:
        birthday = Birthday(
            CalendarKind(row.birthday_calendar),
            row.birth_month,
            row.birth_day,
            row.birth_year,
            row.birth_leap_month,
        )
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


def write_card(row: models.Customer, card: CustomerCard) -> None:
    """Copy the card onto the row (card number, registration date and timestamps are the caller's)."""
    b = card.birthday
    row.name = card.name
    row.gender = card.gender.value
    row.phone = card.phone or None
    row.birthday_calendar = b.calendar.value if b else None
    row.birth_year = b.year if b else None
    row.birth_month = b.month if b else None
    row.birth_day = b.day if b else None
    row.birth_leap_month = b.leap_month if b else False
    row.height_cm = card.height_cm
    row.waist_cm = card.waist_cm
    row.size_top = card.size_top
    row.size_bottom = card.size_bottom
    row.size_shoe = card.size_shoe
    row.address = card.address
    row.favourite_colours = join_list(card.favourite_colours)
    row.favourite_cuts = join_list(card.favourite_cuts)
    row.favourite_styles = join_list(card.favourite_styles)
    row.price_min = card.price_min
    row.price_max = card.price_max
    row.job = card.job
    row.interests = card.interests
    row.habits = card.habits
    row.contact_time = card.contact_time
    row.contact_channel = card.contact_channel.value
    row.sms_opt_in = card.sms_opt_in
    row.no_calls = card.no_calls
    row.group_id = card.group_id
    row.staff_id = card.staff_id
    row.referrer = card.referrer
    row.consent_on = card.consent_on
    row.consent_version = card.consent_version
    row.notes = card.notes
    row.special = card.special
    row.manual_tier = card.manual_tier.value if card.manual_tier else None
    row.search_key = build_search_key(row.name, row.phone or "", row.card_no)
    row.family = [
        models.FamilyMember(relation=f.relation, name=f.name, birthday=f.birthday) for f in card.family
    ]
    row.events = [models.LifeEvent(date=e.date, kind=e.kind, note=e.note) for e in card.events]


def _split(text: str) -> list[str]:
    return [p for p in text.split(";") if p]
