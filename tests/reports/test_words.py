"""The sheets take their words from the window's translation catalogue: one .ts file holds every word."""

from __future__ import annotations

from typing import Any

import pytest

from boutique_vip.reports import call_sheet, desk_sheets, gift_sheet
from boutique_vip.reports.words import occasion_names, sheet_labels


def strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in strings(item)]
    return [s for item in value for s in strings(item)]


@pytest.mark.parametrize(
    "sheet", [call_sheet, gift_sheet, desk_sheets], ids=lambda m: m.__name__.split(".")[-1]
)
def test_every_word_of_a_sheet_is_translated(sheet: Any) -> None:
    english = strings(sheet.ENGLISH)
    chinese = strings(sheet_labels(sheet.ENGLISH, "zh_CN"))
    assert [e for e, z in zip(english, chinese, strict=True) if e == z] == []
    assert strings(sheet_labels(sheet.ENGLISH, "en")) == english


def test_occasions_are_named_once_for_the_window_and_the_sheets() -> None:
    assert occasion_names("zh_CN") == {
        "birthday": "生日",
        "spring_festival": "春节",
        "labour_day": "五一",
        "national_day": "十一",
    }
    assert occasion_names("en")["national_day"] == "National Day"
