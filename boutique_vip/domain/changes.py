"""What a piece of work changed, in the words the pages listen for.

An operation that changes data says which of these topics it touched; every page that shows one of them is
reloaded (at once when it is on screen, otherwise the next time it is shown). Kept coarse on purpose: a page
reloads a little too often rather than showing a figure the counter has already changed."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import ParamSpec, TypeVar


class Topic(StrEnum):
    CUSTOMERS = "customers"  # cards: added, edited, erased, imported
    RECEIPTS = "receipts"  # sales, returns, visits, points
    TIERS = "tiers"  # the day's A/B/C and lost customers
    PLANS = "plans"  # gift plans, their lines, approvals and deliveries
    CALLS = "calls"  # the call list and its outcomes
    RULES = "rules"  # the manager's settings
    CATALOGUE = "catalogue"  # gifts, their costs, custom occasions
    USERS = "users"


# A sale or a return changes her receipts, her points, her card's figures and, through them, her tier.
SALE = frozenset({Topic.RECEIPTS, Topic.CUSTOMERS, Topic.TIERS})
# A tier run or a manager's tier decision: her tier, the figures on her card, the gifts and calls it brings.
RETIERED = frozenset({Topic.TIERS, Topic.CUSTOMERS, Topic.PLANS, Topic.CALLS})
# An erased card or a restored backup: every page shows something that may be gone.
EVERYTHING = frozenset(Topic)

P = ParamSpec("P")
R = TypeVar("R")


def changes(*topics: Topic) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Declares what a service method changes when it returns: the window's operations publish exactly this
    (``gui/ops.Change``), and a contract test forbids the window from calling such a method any other way.
    An empty declaration says the method writes only what no page shows (an audit row, a file)."""

    def declare(method: Callable[P, R]) -> Callable[P, R]:
        method.__changes__ = frozenset(topics)  # type: ignore[attr-defined]
        return method

    return declare


def changed_by(method: Callable[..., object]) -> frozenset[Topic]:
    """The topics a service method declared; a bound method reads its function's declaration."""
    topics = getattr(method, "__changes__", None)
    if topics is None:
        raise TypeError(f"{getattr(method, '__qualname__', method)} does not declare what it changes")
    return frozenset(topics)
