"""Cards that may be the same customer: the list a manager reviews before merging two of them.

Two cards are listed when they have the same phone (stored as digits), the same name and birthday, or names
that read the same in pinyin (张晓燕 and 张小燕) with the same birthday. Each pair is listed once, under the
first of these that holds.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from boutique_vip.domain.customer import CustomerCard


class Likeness(StrEnum):
    PHONE = "phone"
    NAME_AND_BIRTHDAY = "name_birthday"
    PINYIN_AND_BIRTHDAY = "pinyin_birthday"


@dataclass(frozen=True)
class CardFacts:
    """What the comparison needs of a card. ``birthday`` is any value equal for equal birthdays (calendar,
    year, month, day, leap month), or None when she gave none."""

    id: int
    card_no: str
    name: str
    phone: str
    birthday: Hashable | None


@dataclass(frozen=True)
class PossibleDuplicate:
    first: CardFacts
    second: CardFacts
    likeness: Likeness


#: A family (or a shop's test card) may put dozens of cards on one phone; beyond this many, pairs say nothing.
LARGEST_GROUP = 12


def find_duplicates(cards: Iterable[CardFacts], reading: Callable[[str], str]) -> list[PossibleDuplicate]:
    """The pairs to review, oldest card first in each pair and the pairs in card order. ``reading`` gives a
    name's pinyin (without tones); it is asked only about names that share a birthday with another card."""
    cards = list(cards)
    found: dict[tuple[int, int], PossibleDuplicate] = {}

    def pair_up(groups: dict[Hashable, list[CardFacts]], likeness: Likeness) -> None:
        for members in groups.values():
            if len(members) < 2 or len(members) > LARGEST_GROUP:
                continue
            for first, second in itertools.combinations(sorted(members, key=lambda c: c.id), 2):
                found.setdefault((first.id, second.id), PossibleDuplicate(first, second, likeness))

    by_phone: dict[Hashable, list[CardFacts]] = defaultdict(list)
    by_birthday: dict[Hashable, list[CardFacts]] = defaultdict(list)
    for card in cards:
        if card.phone:
            by_phone[card.phone].append(card)
        if card.birthday is not None:
            by_birthday[card.birthday].append(card)
    pair_up(by_phone, Likeness.PHONE)
    shared_birthdays = [members for members in by_birthday.values() if len(members) > 1]
    by_name: dict[Hashable, list[CardFacts]] = defaultdict(list)
    by_reading: dict[Hashable, list[CardFacts]] = defaultdict(list)
    for members in shared_birthdays:
        for card in members:
            name = "".join(card.name.split())
            by_name[(card.birthday, name)].append(card)
            by_reading[(card.birthday, reading(name))].append(card)
    pair_up(by_name, Likeness.NAME_AND_BIRTHDAY)
    pair_up(by_reading, Likeness.PINYIN_AND_BIRTHDAY)
    return [found[key] for key in sorted(found)]


#: Fields the kept card takes from the merged one when she has nothing there herself.
FILLED_WHEN_EMPTY = (
    "phone",
    "birthday",
    "height_cm",
    "waist_cm",
    "size_top",
    "size_bottom",
    "size_shoe",
    "address",
    "favourite_colours",
    "favourite_cuts",
    "favourite_styles",
    "job",
    "interests",
    "habits",
    "contact_time",
    "group_id",
    "staff_id",
)
#: Fields taken together or not at all: a price band, her consent and the version of the text she agreed to.
PAIRS = (("price_min", "price_max"), ("consent_on", "consent_version"))


def combined_card(kept: CustomerCard, merged: CustomerCard) -> tuple[CustomerCard, list[str]]:
    """The kept card with what only the merged card knew: empty fields filled (a price band, consent only
    whole), notes joined, her family and life events added, the earlier registration, the stricter of her
    contact wishes, the manager's marks. Returns the card and the names of the fields it took."""
    taken: dict[str, Any] = {}
    for name in FILLED_WHEN_EMPTY:
        mine, theirs = getattr(kept, name), getattr(merged, name)
        if mine in (None, "", []) and theirs not in (None, "", []):
            taken[name] = theirs
    for pair in PAIRS:
        if all(getattr(kept, name) in (None, "") for name in pair) and any(
            getattr(merged, name) not in (None, "") for name in pair
        ):
            taken.update({name: getattr(merged, name) for name in pair})
    if merged.notes.strip() and merged.notes.strip() not in kept.notes:
        taken["notes"] = "\n".join(text for text in (kept.notes.strip(), merged.notes.strip()) if text)
    family = kept.family + [member for member in merged.family if member not in kept.family]
    events = kept.events + [event for event in merged.events if event not in kept.events]
    if len(family) > len(kept.family):
        taken["family"] = family
    if len(events) > len(kept.events):
        taken["events"] = events
    if merged.registered_on and kept.registered_on and merged.registered_on < kept.registered_on:
        taken["registered_on"] = merged.registered_on
    # What she asked for on either card holds: no calls if she said so on one; SMS only if both agreed.
    if merged.no_calls and not kept.no_calls:
        taken["no_calls"] = True
    if kept.sms_opt_in and not merged.sms_opt_in and merged.consent_on:
        taken["sms_opt_in"] = False
    # The manager's decisions on either card: special stays special; a tier set by hand, if she has none.
    if merged.special and not kept.special:
        taken["special"] = True
    if merged.manual_tier and not kept.manual_tier:
        taken["manual_tier"] = merged.manual_tier
    return replace(kept, **taken), sorted(taken)
