"""The manager's desk as plain data: a month's chart figures, the top customers, the monthly report. The
services fill them in; the charts and the printed sheets (reports.desk_sheets) only read them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from boutique_vip.domain.kpi import Kpi


@dataclass(frozen=True)
class MonthFigures:
    """One month of the charts."""

    month: str
    tier_mix: dict[str, int]  # active customers per tier at the month's end, as the history says
    spend_by_tier: dict[str, Decimal]  # registered customers' net spend, by their tier now
    new_by_group: dict[str, int]
    new_target_per_group: int
    lost: int  # active the day before the month, lost at its end (the churn KPI's count)
    points_outstanding: int = 0  # every customer's points balance at the month's end
    points_liability: Decimal = Decimal(0)  # what they are worth redeemed (yuan): the shop owes it in goods


@dataclass(frozen=True)
class TopCustomer:
    rank: int
    card_no: str
    name: str
    lifetime_spend: Decimal
    sizes: str
    colours: str
    styles: str
    price_band: str
    birthday: str
    family: str


@dataclass
class MonthlyReport:
    shop: str
    month: str
    kpis: list[Kpi]
    figures: list[MonthFigures]
    lost_customers: list[tuple[str, str, str]]  # card_no, name, last receipt
    next_month: str
    next_occasions: list[tuple[str, int]] = field(default_factory=list)  # occasion, lines
    next_deadline: dt.date | None = None
    next_status: str = ""  # proposed | draft | approved
    occasion_names: dict[str, str] = field(default_factory=dict)  # the shop's own occasions: code → name
