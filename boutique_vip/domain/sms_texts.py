"""The SMS sent for each reason a customer is on the day's SMS list: a birthday greeting is not a win-back
message. The shop sets each text (Rules of the shop → SMS texts); {name}, {size} and {gift} are filled in.
A customer with several reasons gets the text of the most urgent one."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from boutique_vip.domain.call_list import PRIORITY, Reason
from boutique_vip.domain.errors import QT_TRANSLATE_NOOP, FieldError

DEFAULT_SMS_TEXTS: dict[str, str] = {
    Reason.BIRTHDAY: "{name}您好，祝您生日快乐！店里为您准备了生日礼物，欢迎来店领取。",
    Reason.HOLIDAY: "{name}您好，节日快乐！店里为您准备了节日礼物，欢迎来店领取。",
    Reason.CALLBACK: "{name}您好，刚才没能联系上您，方便时请回电，谢谢。",
    Reason.AFTER_SALE: "{name}您好，上次选的衣服穿着合身吗？有任何问题欢迎随时联系我们。",
    Reason.GIFT_PICKUP: "{name}您好，您的礼物{gift}还在店里等您，欢迎来店领取。",
    Reason.WIN_BACK: "{name}您好，好久不见！新款已到店，您常穿的{size}码有货，欢迎回来看看。",
    Reason.CAMPAIGN: "{name}您好，新款已到店，您常穿的{size}码有货，欢迎来店试穿。",
    Reason.POINTS_EXPIRING: "{name}您好，您的部分积分将于12月31日到期清零，欢迎来店兑换使用。",
}

# The order the texts are shown in the rules (the reasons' own order of urgency).
SMS_REASONS: tuple[Reason, ...] = PRIORITY

MAX_LENGTH = 300  # characters: longer messages are split and billed as several by SMS platforms


def sms_texts(stored: Mapping[str, Any] | None) -> dict[str, str]:
    """The shop's texts over the defaults (a reason the shop never set keeps the default)."""
    texts = dict(DEFAULT_SMS_TEXTS)
    for reason, text in (stored or {}).items():
        if reason in texts and isinstance(text, str) and text.strip():
            texts[reason] = text.strip()
    return texts


def check_sms_texts(texts: Mapping[str, str]) -> list[FieldError]:
    errors = []
    for reason, text in texts.items():
        if not text.strip():
            errors.append(
                FieldError(
                    f"sms_{reason}", QT_TRANSLATE_NOOP("Validation", "Write the message for this reason.")
                )
            )
        elif len(text) > MAX_LENGTH:
            errors.append(
                FieldError(
                    f"sms_{reason}",
                    QT_TRANSLATE_NOOP("Validation", "A message may have at most {n} characters."),
                    n=MAX_LENGTH,
                )
            )
    return errors


def text_for(reasons: Iterable[str], texts: Mapping[str, str]) -> str:
    """The text of her most urgent reason."""
    given = set(reasons)
    reason = next((r for r in PRIORITY if r in given), Reason.CAMPAIGN)
    return texts.get(reason) or DEFAULT_SMS_TEXTS[reason]
