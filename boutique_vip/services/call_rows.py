"""The rows of a day's call and SMS lists.

A large shop's list has thousands of rows (every customer who stopped coming is due a win-back call), while the
manager makes twenty calls an hour. The list is therefore worked out as small ``Due`` entries (who, why, in which
order) and a row's card details (name, phone, sizes, colours) are read when the row is first asked for, a page
at a time: the window shows the first rows at once; the command line and the printed sheet read them all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Generic, NamedTuple, TypeVar, overload

from sqlalchemy import select

from boutique_vip.domain.call_list import Reason
from boutique_vip.storage import models
from boutique_vip.storage.engine import Database

PAGE = 250  # rows whose cards are read together


@dataclass(slots=True)  # a few pages of them are read at a time
class CallRow:
    customer_id: int
    card_no: str
    name: str
    phone: str
    tier: str
    reasons: tuple[Reason, ...]
    priority: int
    preferred_contact: str
    overdue: bool  # carried over from an earlier day
    deferred: bool  # beyond the hour's capacity: marked for tomorrow
    done: bool  # an outcome was logged today
    talking_points: dict[str, str]
    outcome: str = ""  # today's last logged outcome (``Outcome`` value): shown as what it was


@dataclass(frozen=True, slots=True)
class SmsRow:
    customer_id: int
    card_no: str
    name: str
    phone: str
    reasons: tuple[Reason, ...]
    size: str
    gift: str


class Due(NamedTuple):
    """One customer on the day's list before her card's details are read: who, why, where in the order."""

    customer_id: int
    card_no: str
    tier: str
    reasons: tuple[Reason, ...]
    priority: int
    overdue: bool
    done: bool
    last_purchase: dt.date | None  # the receipt an after-sale call is about, when the rules looked at it
    outcome: str = ""  # today's last logged outcome, if any

    def order(self) -> tuple[bool, bool, int, str]:
        """Calls still to make first, overdue ones first among them, then by priority and card number."""
        return (self.done, not self.overdue, self.priority, self.card_no)


class SmsDue(NamedTuple):
    customer_id: int
    card_no: str
    reasons: tuple[Reason, ...]


class _Gone(NamedTuple):
    """What a row shows of a card erased since the list was worked out."""

    name: str = ""
    phone: str = ""
    contact_time: str = ""
    size_top: str = ""
    size_bottom: str = ""
    favourite_colours: str = ""
    last_receipt: dt.date | None = None


def _size(card: Any) -> str:
    top, bottom = card.size_top, card.size_bottom
    return f"{top}/{bottom}" if top and bottom else top or bottom


T = TypeVar("T")


class LazyRows(Sequence[T], Generic[T]):
    """A list whose rows are built a page at a time, when first asked for."""

    def __init__(self, customer_ids: list[int], read_cards: Callable[[list[int]], dict[int, Any]]) -> None:
        self._ids = customer_ids
        self._read_cards = read_cards
        self._rows: list[T | None] = [None] * len(customer_ids)

    def _build(self, index: int, card: Any) -> T:
        raise NotImplementedError

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> list[T]: ...

    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        row = self._rows[index]
        if row is None:
            self._read_page(index // PAGE)
            row = self._rows[index]
        assert row is not None
        return row

    def __iter__(self) -> Iterator[T]:
        return (self[i] for i in range(len(self)))

    def _read_page(self, page: int) -> None:
        span = range(page * PAGE, min((page + 1) * PAGE, len(self)))
        cards = self._read_cards([self._ids[i] for i in span])
        for i in span:
            self._rows[i] = self._build(i, cards.get(self._ids[i], _Gone()))


class CallRows(LazyRows[CallRow]):
    """The day's calls in order. ``deferred`` rows are beyond the hour's capacity: for tomorrow."""

    def __init__(
        self,
        due: list[Due],
        deferred: set[int],
        gifts: dict[int, str],
        extras: dict[int, dict[str, str]],
        read_cards: Callable[[list[int]], dict[int, Any]],
    ) -> None:
        super().__init__([d.customer_id for d in due], read_cards)
        self.due = due
        self._deferred = deferred
        self._gifts = gifts
        self._extras = extras  # her last contact and events, for the calls made today
        self._first_deferred = min(deferred, default=len(due))

    def pending(self) -> int:
        """Calls still to make today: rows before those for tomorrow without an outcome (rows are marked
        done as outcomes are logged)."""
        return sum(1 for row in self[: self._first_deferred] if not row.done)

    def is_deferred(self, index: int) -> bool:
        return index in self._deferred

    def _build(self, index: int, card: Any) -> CallRow:
        due = self.due[index]
        last_purchase = due.last_purchase or card.last_receipt
        points = {
            "size": _size(card),
            "colours": card.favourite_colours.replace(";", "、"),
            "gift": self._gifts.get(due.customer_id, ""),
            "contact_time": card.contact_time,
            "last_purchase": last_purchase.isoformat() if last_purchase else "",
            "last_contact_day": "",
            "last_contact_outcome": "",
            "events": "",
        }
        points.update(self._extras.get(due.customer_id, {}))
        return CallRow(
            due.customer_id,
            due.card_no,
            card.name,
            card.phone or "",
            due.tier,
            due.reasons,
            due.priority,
            card.contact_time,
            due.overdue,
            index in self._deferred,
            due.done,
            points,
            due.outcome,
        )


class SmsRows(LazyRows[SmsRow]):
    def __init__(
        self, due: list[SmsDue], gifts: dict[int, str], read_cards: Callable[[list[int]], dict[int, Any]]
    ) -> None:
        super().__init__([d.customer_id for d in due], read_cards)
        self.due = due
        self._gifts = gifts

    def _build(self, index: int, card: Any) -> SmsRow:
        due = self.due[index]
        return SmsRow(
            due.customer_id,
            due.card_no,
            card.name,
            card.phone or "",
            due.reasons,
            _size(card),
            self._gifts.get(due.customer_id, ""),
        )


def card_reader(db: Database) -> Callable[[list[int]], dict[int, Any]]:
    """Reads what the rows show of the given cards."""
    C = models.Customer
    query = select(
        C.id,
        C.name,
        C.phone,
        C.contact_time,
        C.size_top,
        C.size_bottom,
        C.favourite_colours,
        C.last_receipt,
    )

    def read(customer_ids: list[int]) -> dict[int, Any]:
        with db.session() as s:
            return {row.id: row for row in s.connection().execute(query.where(C.id.in_(customer_ids)))}

    return read
