"""Today's tiers, worked out once a day per database by whatever asks for them first.

The call list, the SMS list, targeted lists, the KPIs and the desk read the tiers kept on the cards. Those are
today's only once the day's run has happened: a scheduled ``call-list`` print, a second till or a command
with ``--date`` may be the first to look on a new day, before any window has started.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import select

from boutique_vip.domain.changes import RETIERED, Topic, changes
from boutique_vip.domain.rules import Rules
from boutique_vip.storage import points_expiry as expiry_store
from boutique_vip.storage import tiers as tier_store
from boutique_vip.storage.daily import claim_day
from boutique_vip.storage.engine import Database
from boutique_vip.storage.models import Setting

LAST_DAILY_RUN = tier_store.EVALUATED_ON


class TodaysTiers:
    def __init__(self, db: Database, now: Callable[[], dt.datetime], rules: Callable[[], Rules]) -> None:
        self.db = db
        self.now = now
        self.rules = rules

    @changes(*RETIERED, Topic.RECEIPTS)
    def ensure(self) -> int | None:
        """Bring the cards' tiers to today's; how many changed, or None when today's run had happened.

        A plain read answers the common case (the run is done) without taking the write lock. Several tills
        may find it missing at once: the first to claim the day does the run, in the same transaction as the
        claim, so the others wait for it and then find the day taken. A database opened read-only (another
        program holds it) keeps what that program last worked out.
        """
        today = self.now().date()
        with self.db.session() as s:
            if s.scalar(select(Setting.value).where(Setting.key == LAST_DAILY_RUN)) == today.isoformat():
                return None
        if self.db.read_only:
            return None
        with self.db.session() as s, s.begin():
            last = s.scalar(select(Setting.value).where(Setting.key == LAST_DAILY_RUN))
            if not claim_day(s, LAST_DAILY_RUN, today):
                return None
            # The day's other upkeep of the cards: points whose 31 December has come expire (积分清零).
            expiry_store.expire_due(s, today, self.now())
            # Only the customers the days since the last run can have moved (all of them on the first run).
            rules = self.rules()
            since = dt.date.fromisoformat(last) if last else None
            due = tier_store.due_since(s, since, today, rules)
            return tier_store.apply(s, today, rules, "daily", self.now(), due)
