"""What a piece of work changed, in the words the pages listen for.

An operation that changes data says which of these topics it touched; every page that shows one of them is
reloaded (at once when it is on screen, otherwise the next time it is shown). Kept coarse on purpose: a page
reloads a little too often rather than showing a figure the counter has already changed."""

from __future__ import annotations

from enum import StrEnum


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
# New rules re-sort every customer: tiers, the plans proposed from them and the calls they bring.
RULES_CHANGED = frozenset({Topic.RULES, Topic.TIERS, Topic.PLANS, Topic.CALLS})
