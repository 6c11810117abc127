"""The shop's files: column names (English or Chinese, any order) and how their values are read."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from boutique_vip.domain.errors import QT_TRANSLATE_NOOP, FieldError

CUSTOMER_COLUMNS: dict[str, tuple[str, ...]] = {
    "card_no": ("卡号", "会员卡号", "会员号"),
    "name": ("姓名", "客户姓名", "顾客姓名", "客户名"),
    "gender": ("性别",),
    "phone": ("电话", "手机", "手机号", "联系电话"),
    "birthday": ("生日", "出生日期"),
    "birthday_calendar": ("历法", "生日历法", "公历/农历"),
    "height_cm": ("身高", "身高cm"),
    "waist_cm": ("腰围", "腰围cm"),
    "size_top": ("上衣尺码",),
    "size_bottom": ("下装尺码", "裤子尺码"),
    "size_shoe": ("鞋码",),
    "address": ("地址", "邮寄地址"),
    "favourite_colours": ("喜欢的颜色", "颜色偏好"),
    "favourite_cuts": ("喜欢的款式", "款式偏好"),
    "favourite_styles": ("喜欢的风格", "风格偏好"),
    "price_min": ("最低价", "价格下限"),
    "price_max": ("最高价", "价格上限"),
    "job": ("职业", "职业/单位"),
    "interests": ("兴趣", "兴趣爱好"),
    "preferred_contact": ("联系方式", "偏好联系方式", "联系时间"),
    "sms_opt_in": ("接收短信", "短信"),
    "no_calls": ("不接电话", "勿电"),
    "group": ("小组", "销售小组"),
    "staff": ("责任人", "营业员"),
    "registered_on": ("登记日期", "入会日期"),
    "special": ("特殊客户",),
    "manual_tier": ("手工分类", "手工等级"),
    "opening_points": ("期初积分", "原积分"),
    "notes": ("备注",),
    "referrer": ("推荐人", "介绍人"),  # her referrer's card number or phone
}

PURCHASE_COLUMNS: dict[str, tuple[str, ...]] = {
    "receipt_no": ("小票号", "单号", "销售单号"),
    "date": ("日期", "销售日期", "购买日期"),
    "card_no": ("卡号", "会员卡号"),
    "phone": ("电话", "手机"),
    "sku": ("货号", "款号"),
    "description": ("品名", "商品名称", "描述"),
    "category": ("类别", "品类"),
    "size": ("尺码",),
    "colour": ("颜色",),
    "style": ("风格", "款式"),
    "qty": ("数量",),
    "unit_price": ("单价",),
    "discount": ("折扣", "优惠"),
    "amount": ("金额", "实收金额", "实付"),
    "on_sale": ("特价",),
    "return_of": ("原小票号", "退货原单"),
}

# Written in Chinese on request: each column's first Chinese name, and these values in the words the shop
# uses; import reads both back (the names are aliases, the words are accepted values).
CHINESE_VALUES: dict[str, dict[str, str]] = {
    "gender": {"F": "女", "M": "男"},
    "birthday_calendar": {"solar": "公历", "lunar": "农历"},
}


def chinese_headers(columns: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    return tuple(aliases[0] for aliases in columns.values())


def in_chinese(fields: tuple[str, ...], row: list[object]) -> list[object]:
    """One exported row with yes/no as 是/否, F/M as 女/男 and solar/lunar as 公历/农历."""
    return [
        ("是" if value else "否")
        if isinstance(value, bool)
        else CHINESE_VALUES.get(field, {}).get(value, value)
        if isinstance(value, str)
        else value
        for field, value in zip(fields, row, strict=True)
    ]


def map_headers(headers: list[str], columns: dict[str, tuple[str, ...]]) -> tuple[dict[int, str], list[str]]:
    """Column index → field for the known headers; and the unknown headers (reported, not fatal)."""
    lookup: dict[str, str] = {}
    for field, aliases in columns.items():
        for name in (field, *aliases):
            lookup[_key(name)] = field
    mapping: dict[int, str] = {}
    unknown: list[str] = []
    for index, header in enumerate(headers):
        known = lookup.get(_key(header))
        if known and known not in mapping.values():
            mapping[index] = known
        elif header.strip():
            unknown.append(header.strip())
    return mapping, unknown


def _key(header: str) -> str:
    return re.sub(r"[\s_()（）]", "", header.strip().lower())


YES = {"yes", "y", "true", "1", "是", "对", "√"}
NO = {"no", "n", "false", "0", "否", "不", "", "×"}


def parse_yes_no(text: str, field: str) -> bool:
    value = text.strip().lower()
    if value in YES:
        return True
    if value in NO:
        return False
    raise FieldError(
        field,
        QT_TRANSLATE_NOOP("Validation", "{column}: write yes or no, not “{value}”."),
        column=field,
        value=text,
    )


def parse_gender(text: str) -> str:
    value = text.strip().lower()
    genders = {"f": "F", "female": "F", "女": "F", "m": "M", "male": "M", "男": "M", "": ""}
    if value not in genders:
        raise FieldError(
            "gender",
            QT_TRANSLATE_NOOP("Validation", "gender: write F or M (女 or 男), not “{value}”."),
            value=text,
        )
    return genders[value]


def parse_calendar(text: str) -> str:
    value = text.strip().lower()
    calendars = {
        "": "solar",
        "solar": "solar",
        "公历": "solar",
        "阳历": "solar",
        "lunar": "lunar",
        "农历": "lunar",
        "阴历": "lunar",
    }
    if value not in calendars:
        raise FieldError(
            "birthday_calendar",
            QT_TRANSLATE_NOOP("Validation", "birthday_calendar: write solar or lunar, not “{value}”."),
            value=text,
        )
    return calendars[value]


def parse_signed_money(text: str, field: str) -> Decimal:
    cleaned = text.strip().replace("¥", "").replace("￥", "").replace(",", "")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        value = None
    if (
        value is None
        or not value.is_finite()
        or value != value.quantize(Decimal("0.01"))
        or abs(value) > Decimal("10000000")
    ):
        raise FieldError(
            field,
            QT_TRANSLATE_NOOP("Validation", "{column}: “{value}” is not an amount in yuan."),
            column=field,
            value=text,
        )
    return value.quantize(Decimal("0.01"))


def parse_whole(text: str, field: str) -> int:
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        value = None
    if value is None or value != value.to_integral_value():
        raise FieldError(
            field,
            QT_TRANSLATE_NOOP("Validation", "{column}: “{value}” is not a whole number."),
            column=field,
            value=text,
        )
    return int(value)


def parse_when(text: str) -> dt.datetime:
    """``YYYY-MM-DD`` or ``YYYY-MM-DD HH:MM`` (a date alone means the start of that day)."""
    value = text.strip().replace("/", "-").replace("T", " ")
    try:
        if len(value) <= 10:
            return dt.datetime.combine(dt.date.fromisoformat(value), dt.time())
        return dt.datetime.fromisoformat(value).replace(second=0, microsecond=0, tzinfo=None)
    except ValueError:
        raise FieldError(
            "date",
            QT_TRANSLATE_NOOP(
                "Validation", "date: “{value}” is not a date (YYYY-MM-DD or YYYY-MM-DD HH:MM)."
            ),
            value=text,
        ) from None
