"""The sheets' words come from the same Qt translation catalogue as the window's (context "Sheets"; occasion
names "Occasions"), so one .ts file holds every word the shop sees. A sheet is built for a language, whatever
the window speaks: the catalogue is loaded for that language, not taken from the application."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QTranslator

from boutique_vip import paths
from boutique_vip.domain.occasions import OCCASION_NAMES

T = TypeVar("T")


@functools.cache
def _catalogue(language: str) -> QTranslator | None:
    if language == "en":
        return None
    translator = QTranslator()
    return translator if translator.load(str(paths.resource("i18n", f"boutique_vip_{language}.qm"))) else None


def translator(language: str) -> Callable[[str, str], str]:
    """``(context, English) -> words in language``; English (and any word not translated) as written."""
    catalogue = _catalogue(language)
    if catalogue is None:
        return lambda _context, text: text
    return lambda context, text: catalogue.translate(context, text) or text


def sheet_labels(english: T, language: str) -> T:
    """A sheet's labels (strings, tuples, lists and dicts of them, as written in English) in ``language``."""
    say = translator(language)

    def words(value: Any) -> Any:
        if isinstance(value, str):
            return say("Sheets", value)
        if isinstance(value, dict):
            return {key: words(item) for key, item in value.items()}
        if isinstance(value, (list, tuple)):
            return type(value)(words(item) for item in value)
        return value

    return words(english)  # type: ignore[no-any-return]


def occasion_names(language: str) -> dict[str, str]:
    """The gift holidays' and birthdays' printed names (the shop's own occasions carry their own)."""
    say = translator(language)
    return {code.value: say("Occasions", name) for code, name in OCCASION_NAMES.items()}
