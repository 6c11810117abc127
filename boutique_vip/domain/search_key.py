"""The text a customer is found by: name, every pinyin reading, initials, phone digits, card number.

Stored with the customer (``customers.search_key``) so the list filters with one indexed column
instead of loading cards into Python. Every reading of a heteronym counts: 单 is found by ``dan``,
``shan`` and ``chan``; 曾 by ``ceng`` and ``zeng``.
"""

from __future__ import annotations

import itertools
import re

#: Names with many heteronyms would multiply readings; beyond this many we keep the most common ones.
MAX_READINGS = 16

_NON_ALNUM = re.compile(r"[^0-9a-z\u3400-\u9fff]+")


def _readings(name: str, initials: bool) -> list[str]:
    # pypinyin loads its large dictionaries on import: only when a card is saved, not at every start.
    from pypinyin import Style, pinyin

    style = Style.FIRST_LETTER if initials else Style.NORMAL
    per_char = pinyin(name, style=style, heteronym=True, errors="default")
    per_char = [[s.lower() for s in dict.fromkeys(options)] for options in per_char]
    combos = itertools.islice(itertools.product(*per_char), MAX_READINGS)
    return ["".join(c) for c in combos]


def build_search_key(name: str, phone: str, card_no: str) -> str:
    """Space-separated terms; a query matches when it is part of any term."""
    compact_name = "".join(name.split())
    terms = [
        compact_name.lower(),
        *_readings(compact_name, initials=False),
        *_readings(compact_name, initials=True),
    ]
    terms += [_digits(phone), card_no.lower()]
    return " ".join(dict.fromkeys(t for t in terms if t))


def normalize_query(text: str) -> str:
    """What is typed, reduced to the alphabet of the key: lower case, no spaces or dashes."""
    return _NON_ALNUM.sub("", text.strip().lower())


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def name_reading(name: str) -> str:
    """A name's usual pinyin without tones, e.g. 张晓燕 and 张小燕 both ``zhangxiaoyan`` (duplicate cards)."""
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin("".join(name.split()))).lower()
