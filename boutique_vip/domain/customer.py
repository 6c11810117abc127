"""The customer card (顾客档案): what staff type about a VIP, and the checks it must pass."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from enum import Enum, StrEnum
from typing import Any, TypeVar

from boutique_vip.domain.birthdays import Birthday, CalendarKind, parse_birthday
from boutique_vip.domain.errors import QT_TRANSLATE_NOOP, FieldError, ValidationFailed
from boutique_vip.domain.text import control_character_error

# Plausible human measurements; outside them the number was almost certainly mistyped.
HEIGHT_RANGE_CM = (100, 220)
WAIST_RANGE_CM = (40, 150)
MAX_PRICE_YUAN = Decimal("1000000")


class Gender(StrEnum):
    FEMALE = "F"
    MALE = "M"
    UNKNOWN = ""


class ContactChannel(StrEnum):
    PHONE = "phone"
    SMS = "sms"
    VISIT = "visit"


class Tier(StrEnum):
    A = "A"
    B = "B"
    C = "C"


@dataclass
class FamilyMember:
    relation: str
    name: str = ""
    birthday: dt.date | None = None


@dataclass
class LifeEvent:
    date: dt.date
    kind: str
    note: str = ""


@dataclass
class CustomerCard:
    id: int | None = None
    card_no: str = ""
    name: str = ""
    gender: Gender = Gender.UNKNOWN
    phone: str = ""
    birthday: Birthday | None = None
    height_cm: int | None = None
    waist_cm: int | None = None
    size_top: str = ""
    size_bottom: str = ""
    size_shoe: str = ""
    address: str = ""
    favourite_colours: list[str] = field(default_factory=list)
    favourite_cuts: list[str] = field(default_factory=list)
    favourite_styles: list[str] = field(default_factory=list)
    price_min: Decimal | None = None
    price_max: Decimal | None = None
    job: str = ""
    interests: str = ""
    habits: str = ""
    contact_time: str = ""
    contact_channel: ContactChannel = ContactChannel.PHONE
    sms_opt_in: bool = False
    no_calls: bool = False
    group_id: int | None = None
    staff_id: int | None = None
    referrer: str = ""
    registered_on: dt.date | None = None
    consent_on: dt.date | None = None
    consent_version: str = ""
    notes: str = ""
    special: bool = False
    manual_tier: Tier | None = None
    tier: Tier | None = None
    family: list[FamilyMember] = field(default_factory=list)
    events: list[LifeEvent] = field(default_factory=list)
    version: int = 0  # of the stored card this was read from (0: a new card)


#: The version of the consent text (同意书) shown to a customer when she agrees to her data being kept;
#: the card records it with the date. Change it whenever the text below changes.
CONSENT_TEXT_VERSION = "2026-1"
CONSENT_TEXT = (
    "本店为提供会员服务（积分、生日及节日关怀、新品通知），保存您的姓名、电话、生日、尺码与喜好及消费记录。"
    "不收集身份证号码。您可随时要求查阅、导出或删除您的资料。"
)


# --- reading what was typed -------------------------------------------------------------------

_LIST_SEPARATORS = re.compile(r"[;；、,，]")


def split_list(text: str) -> list[str]:
    """Favourite colours etc. are typed as ``红;黑`` or ``红、黑``."""
    return [part.strip() for part in _LIST_SEPARATORS.split(text) if part.strip()]


def join_list(items: list[str]) -> str:
    return ";".join(items)


def parse_date(text: str, field_name: str) -> dt.date | None:
    text = text.strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text.replace("/", "-"))
    except ValueError:
        raise FieldError(
            field_name,
            QT_TRANSLATE_NOOP(
                "Validation", "{value} is not a date: write YYYY-MM-DD, for example 2024-03-08."
            ),
            value=text,
        ) from None


def parse_whole_number(text: str, field_name: str, low: int, high: int, unit: str) -> int | None:
    text = text.strip()
    if not text:
        return None
    try:
        value = int(Decimal(text))
    except (InvalidOperation, ValueError):
        value = None
    if value is None or not low <= value <= high:
        raise FieldError(
            field_name,
            QT_TRANSLATE_NOOP("Validation", "Enter a number between {low} and {high} {unit}."),
            low=low,
            high=high,
            unit=unit,
        )
    return value


def parse_money(text: str, field_name: str) -> Decimal | None:
    text = text.strip().replace("¥", "").replace("￥", "").replace(",", "")
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        value = None
    if (
        value is None
        or not value.is_finite()
        or value < 0
        or value > MAX_PRICE_YUAN
        or value != value.quantize(Decimal("0.01"))
    ):
        raise FieldError(
            field_name,
            QT_TRANSLATE_NOOP("Validation", "{value} is not an amount in yuan (for example 299 or 299.50)."),
            value=text,
        )
    return value.quantize(Decimal("0.01"))


def normalize_phone(text: str, field_name: str = "phone") -> str:
    """Digits only. A mobile has 11 digits starting with 1; a landline starts with its area code (0…)."""
    cleaned = re.sub(r"[\s\-()（）]", "", text)
    if cleaned.startswith("+86"):
        cleaned = cleaned[3:]
    if not cleaned:
        return ""
    ok = cleaned.isdigit() and (
        (cleaned.startswith("1") and len(cleaned) == 11)
        or (cleaned.startswith("0") and 10 <= len(cleaned) <= 12)
    )
    if not ok:
        raise FieldError(
            field_name,
            QT_TRANSLATE_NOOP(
                "Validation",
                "A mobile number has 11 digits starting with 1; a landline starts with its area code (0571-88881234).",
            ),
        )
    return cleaned


T = TypeVar("T")


class FormReader:
    """Collects every field error instead of stopping at the first, so the user sees them all."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def read(self, parse: Callable[[], T], fallback: T) -> T:
        try:
            return parse()
        except FieldError as exc:
            self.errors.append(exc)
            return fallback


def card_from_form(form: Mapping[str, Any], base: CustomerCard | None = None) -> CustomerCard:
    """Build a card from the editor's (or an import row's) text values and check it.

    ``form`` maps card field names to what was typed: text for text fields, ``bool`` for check boxes,
    lists for family members and life events. Fields not in ``form`` keep ``base``'s values.
    Raises :class:`ValidationFailed` listing every wrong field.
    """
    card = replace(base) if base else CustomerCard()
    r = FormReader()
    text_fields = (
        "name",
        "size_top",
        "size_bottom",
        "size_shoe",
        "address",
        "job",
        "interests",
        "habits",
        "contact_time",
        "referrer",
        "notes",
    )
    for name in text_fields:
        if name in form:
            setattr(card, name, str(form[name]).strip())
    for name in ("sms_opt_in", "no_calls", "special"):
        if name in form:
            setattr(card, name, bool(form[name]))
    for name in ("favourite_colours", "favourite_cuts", "favourite_styles"):
        if name in form:
            value = form[name]
            setattr(card, name, split_list(value) if isinstance(value, str) else list(value))
    for name in ("group_id", "staff_id"):
        if name in form:
            setattr(card, name, form[name])
    if "gender" in form:
        card.gender = r.read(lambda: _choice(Gender, form["gender"], "gender"), Gender.UNKNOWN)
    if "contact_channel" in form:
        card.contact_channel = r.read(
            lambda: _choice(
                ContactChannel, form["contact_channel"] or ContactChannel.PHONE, "contact_channel"
            ),
            ContactChannel.PHONE,
        )
    if "manual_tier" in form:
        card.manual_tier = r.read(
            lambda: _choice(Tier, form["manual_tier"], "manual_tier") if form["manual_tier"] else None, None
        )
    if "phone" in form:
        card.phone = r.read(lambda: normalize_phone(str(form["phone"])), str(form["phone"]))
    if "birthday" in form:
        text = str(form["birthday"]).strip()
        calendar = r.read(
            lambda: _choice(CalendarKind, form.get("birthday_calendar") or CalendarKind.SOLAR, "birthday"),
            CalendarKind.SOLAR,
        )
        leap = bool(form.get("birthday_leap_month", False))
        card.birthday = r.read(lambda: parse_birthday(text, calendar, leap) if text else None, None)
    if "height_cm" in form:
        card.height_cm = r.read(
            lambda: parse_whole_number(str(form["height_cm"]), "height_cm", *HEIGHT_RANGE_CM, "cm"), None
        )
    if "waist_cm" in form:
        card.waist_cm = r.read(
            lambda: parse_whole_number(str(form["waist_cm"]), "waist_cm", *WAIST_RANGE_CM, "cm"), None
        )
    for name in ("price_min", "price_max"):
        if name in form:
            setattr(card, name, r.read(lambda name=name: parse_money(str(form[name]), name), None))  # type: ignore[misc]
    for name in ("registered_on", "consent_on"):
        if name in form:
            setattr(card, name, r.read(lambda name=name: parse_date(str(form[name]), name), None))  # type: ignore[misc]
    if "family" in form:
        card.family = [_family_member(r, i, row) for i, row in enumerate(form["family"], start=1)]
    if "events" in form:
        card.events = [e for i, row in enumerate(form["events"], start=1) if (e := _life_event(r, i, row))]
    r.errors.extend(check_card(card, already_failed={e.field for e in r.errors}))
    if r.errors:
        raise ValidationFailed(r.errors)
    return card


E = TypeVar("E", bound=Enum)


def _choice(kind: type[E], value: object, field_name: str) -> E:
    """One of the fixed choices (a combo box in the window; free text in an imported file)."""
    try:
        return kind(value)
    except ValueError:
        raise FieldError(
            field_name,
            QT_TRANSLATE_NOOP("Validation", "{value} is not one of: {choices}."),
            value=value,
            choices=", ".join(str(m.value) for m in kind if m.value),
        ) from None


def _family_member(r: FormReader, row_no: int, row: Mapping[str, str]) -> FamilyMember:
    relation = row.get("relation", "").strip()
    if not relation:
        r.errors.append(
            FieldError(
                "family",
                QT_TRANSLATE_NOOP("Validation", "Family row {row}: say who it is (daughter, husband…)."),
                row=row_no,
            )
        )
    birthday = r.read(lambda: parse_date(row.get("birthday", ""), "family"), None)
    return FamilyMember(relation, row.get("name", "").strip(), birthday)


def _life_event(r: FormReader, row_no: int, row: Mapping[str, str]) -> LifeEvent | None:
    if not any(str(v).strip() for v in row.values()):
        return None
    day = r.read(lambda: parse_date(row.get("date", ""), "events"), None)
    kind = row.get("kind", "").strip()
    if day is None or not kind:
        r.errors.append(
            FieldError(
                "events",
                QT_TRANSLATE_NOOP("Validation", "Life event row {row} needs a date and what happened."),
                row=row_no,
            )
        )
        return None
    return LifeEvent(day, kind, row.get("note", "").strip())


#: The longest text each field of the card holds (the database's column widths; a test keeps them equal).
TEXT_LIMITS = {
    "card_no": 20,
    "name": 40,
    "size_top": 16,
    "size_bottom": 16,
    "size_shoe": 16,
    "address": 200,
    "favourite_colours": 200,
    "favourite_cuts": 200,
    "favourite_styles": 200,
    "job": 100,
    "contact_time": 100,
    "referrer": 100,
}
#: No card or receipt is older than the shop's records can be.
EARLIEST_RECORD_DAY = dt.date(1990, 1, 1)


def check_card(card: CustomerCard, already_failed: Collection[str] = ()) -> list[FieldError]:
    """Rules across fields, for a card already parsed."""
    errors: list[FieldError] = _check_bounds(card, already_failed)
    errors += [e for e in _control_characters(card) if e.field not in already_failed]
    if not card.name:
        errors.append(FieldError("name", QT_TRANSLATE_NOOP("Validation", "The customer's name is required.")))
    if (
        "price_min" not in already_failed
        and "price_max" not in already_failed
        and card.price_min is not None
        and card.price_max is not None
        and card.price_min > card.price_max
    ):
        errors.append(
            FieldError(
                "price_max",
                QT_TRANSLATE_NOOP("Validation", "The highest price must not be below the lowest price."),
            )
        )
    return errors


def _check_bounds(card: CustomerCard, already_failed: Collection[str]) -> list[FieldError]:
    """Texts that fit their fields and dates a shop's records can hold (birthdays are checked when read)."""
    errors: list[FieldError] = []
    for name, limit in TEXT_LIMITS.items():
        value = getattr(card, name)
        text = join_list(value) if isinstance(value, list) else str(value or "")
        if len(text) > limit and name not in already_failed:
            errors.append(
                FieldError(
                    name,
                    QT_TRANSLATE_NOOP("Validation", "{column}: at most {limit} characters ({length} given)."),
                    column=name,
                    limit=limit,
                    length=len(text),
                )
            )
    for name in ("registered_on", "consent_on"):
        day = getattr(card, name)
        if day is not None and day < EARLIEST_RECORD_DAY and name not in already_failed:
            errors.append(
                FieldError(
                    name,
                    QT_TRANSLATE_NOOP("Validation", "{column}: a date from {earliest} on."),
                    column=name,
                    earliest=EARLIEST_RECORD_DAY.isoformat(),
                )
            )
    return errors


# Fields typed in a box of several lines (a line break is fine there).
MULTI_LINE_FIELDS = ("address", "habits", "notes")  # an address may keep its lines (Alt+Enter in Excel)


def _control_characters(card: CustomerCard) -> list[FieldError]:
    """Invisible control characters are refused in every text of the card (``domain.text``)."""
    texts: list[tuple[str, str]] = [
        (name, getattr(card, name))
        for name in (
            "card_no",
            "name",
            "phone",
            "size_top",
            "size_bottom",
            "size_shoe",
            "address",
            "job",
            "interests",
            "habits",
            "contact_time",
            "referrer",
            "consent_version",
            "notes",
        )
    ]
    for name in ("favourite_colours", "favourite_cuts", "favourite_styles"):
        texts += [(name, item) for item in getattr(card, name)]
    texts += [("family", text) for member in card.family for text in (member.relation, member.name)]
    texts += [("events", text) for event in card.events for text in (event.kind, event.note)]
    errors: dict[str, FieldError] = {}
    for name, text in texts:
        error = control_character_error(name, text, name in MULTI_LINE_FIELDS)
        if error is not None:
            errors.setdefault(name, error)  # one message per field
    return list(errors.values())
