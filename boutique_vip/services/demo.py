"""Realistic demo data: a shop with two sales groups, staff, a manager and Chinese VIP customers."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from boutique_vip.domain.errors import QT_TRANSLATE_NOOP, BoutiqueError
from boutique_vip.domain.search_key import build_search_key
from boutique_vip.domain.users import Role
from boutique_vip.services import Services
from boutique_vip.services.demo_purchases import DEMO_SHAPE, HistoryShape, add_demo_purchases
from boutique_vip.storage import models
from boutique_vip.storage.customers import CARD_DIGITS, CARD_PREFIX
from boutique_vip.storage.engine import Database

#: The demo's users and PINs (also in the README).
DEMO_USERS = (
    ("王芳", Role.MANAGER, "888888", None),
    ("李丽", Role.STAFF, "1111", "一组"),
    ("陈静", Role.STAFF, "2222", "二组"),
)
DEMO_SHOP = "衣尚精品女装"
DEMO_GIFTS = (
    ("护手霜", "22"),
    ("香薰蜡烛", "25"),
    ("时尚画册+100元代金券", "100"),
    ("胸针", "35"),
    ("丝巾礼盒", "128"),
    ("羊绒围巾", "168"),
)

# Customers every demo has, so a new user can try the search: 曾 is read ceng or zeng, 单 dan or shan.
FIXED_CUSTOMERS = (("曾小贤", "13912345678"), ("张晓燕", "13800138000"), ("单丽华", "13688886666"))

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤单"
GIVEN = "秀英华玉兰桂芳丽敏静燕娟艳霞红梅琳雪婷慧莉倩颖佳欣怡晓文洁璐丹萍蓉琴蕾薇月春美凤珍云彤悦宁晶"
COLOURS = ("黑", "白", "米色", "驼色", "藏青", "灰", "酒红", "粉", "墨绿", "卡其", "杏色", "蓝")
CUTS = ("修身", "宽松", "A字", "直筒", "高腰", "收腰", "落肩", "阔腿")
STYLES = ("通勤", "休闲", "优雅", "简约", "复古", "甜美", "知性", "运动")
TOP_SIZES = ("S", "M", "M", "L", "L", "XL", "XXL")
# Trousers and skirts are sold in letter sizes, by the waist (cm): the desk's "jeans in XL/XXL" finds them.
BOTTOM_SIZES = ((63, "S"), (68, "M"), (73, "L"), (79, "XL"), (999, "XXL"))
SHOE_SIZES = ("35", "36", "37", "37", "38", "38", "39", "40")
JOBS = ("教师", "医生", "公务员", "会计", "企业主", "销售经理", "护士", "设计师", "银行职员", "退休")
INTERESTS = ("瑜伽", "旅游", "烘焙", "插花", "跑步", "读书", "摄影", "广场舞", "茶艺")
HABITS = (
    "喜欢试穿后再决定",
    "习惯周末来店",
    "注重面料",
    "喜欢听搭配建议",
    "常和女儿一起来",
    "价格敏感，关注特价",
)
CONTACT_TIMES = ("工作日15:00-16:00", "周末上午", "晚上7点后", "中午12点左右", "随时")
STREETS = ("人民路", "解放路", "中山路", "建设路", "文化路", "新华街", "和平路", "滨江大道")
RELATIONS = ("女儿", "儿子", "丈夫", "母亲")
EVENTS = ("住院", "结婚", "孩子上学", "搬家", "升职")


#: A row in ``counters`` saying how far the demo got: each step below is one transaction, and the row is
#: written in the customers' transaction. A demo killed half-way is finished by running it again (the steps
#: already done are found and skipped); a shop without the row that holds customers is a real one.
DEMO_STEP = "demo_step"
_STARTED, _CUSTOMERS_ADDED, _DONE = 1, 2, 3

_REAL_SHOP = QT_TRANSLATE_NOOP(
    "Errors", "This database already has customers; demo data goes into a new one."
)


def _step(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(models.Counter.value).where(models.Counter.name == DEMO_STEP)) or 0


def _mark(s: Session, step: int) -> None:
    s.merge(models.Counter(name=DEMO_STEP, value=step))


def fill_demo(
    services: Services,
    customers: int,
    seed: int,
    today: dt.date,
    progress: Callable[[int], None] | None = None,
    shape: HistoryShape = DEMO_SHAPE,
    years: int = 3,
) -> None:
    """Fill an empty database, or finish a demo that was stopped half-way. Refuses one that already holds
    customers of its own: demo data never mixes with real cards."""
    db = services.db
    step = _step(db)
    if step >= _DONE:
        raise BoutiqueError(_REAL_SHOP)  # the finished demo's customers
    with db.session() as s:
        if step == 0 and s.scalar(select(func.count(models.Customer.id))):
            raise BoutiqueError(_REAL_SHOP)
    if step == 0:
        with db.session() as s, s.begin():
            _mark(s, _STARTED)
    rng = random.Random(seed)
    if not services.shop.name():
        services.shop.set_name(DEMO_SHOP, None)
    group_ids = {name: group_id for group_id, name in services.users.groups()}
    for name in ("一组", "二组"):
        if name not in group_ids:
            group_ids[name] = services.users.add_group(name)
    users = {name: user_id for user_id, name in services.users.staff()}
    staff_by_group: dict[int, int] = {}
    for name, role, pin, group in DEMO_USERS:
        if name not in users:
            users[name] = services.users.add(name, role, pin, group_ids[group] if group else None).id
        if group:
            staff_by_group[group_ids[group]] = users[name]
    if step < _CUSTOMERS_ADDED:
        _add_customers(db, rng, customers, today, years, staff_by_group, progress)
    catalogue = {g.name for g in services.gifts.catalogue()}
    for name, cost in DEMO_GIFTS:
        if name not in catalogue:
            services.gifts.add_category(name, Decimal(cost), None)
    if "teachers_day" not in {o.code for o in services.gifts.custom_occasions()}:
        services.gifts.add_occasion("teachers_day", "教师节", 9, 10, None)
    with db.session() as s:
        has_receipts = (s.scalar(select(func.count(models.Receipt.id))) or 0) > 0
    if not has_receipts:  # the purchases are one transaction: all there or none
        add_demo_purchases(db, services.shop.rules(), seed, today, progress, shape)
    services.tiers.recompute_all("demo data")
    with db.session() as s, s.begin():
        _mark(s, _DONE)
    if progress:
        progress(customers)


def _add_customers(
    db: Database,
    rng: random.Random,
    customers: int,
    today: dt.date,
    years: int,
    staff_by_group: dict[int, int],
    progress: Callable[[int], None] | None,
) -> None:
    """Every demo card in one transaction, with the step row that says they are there."""
    now = dt.datetime.combine(today, dt.time(9, 0))
    phones = {p for _, p in FIXED_CUSTOMERS}
    batch: list[dict[str, Any]] = []
    families: list[tuple[int, dict[str, Any]]] = []
    events: list[tuple[int, dict[str, Any]]] = []
    with db.session() as s, s.begin():
        for number in range(1, customers + 1):
            if number <= len(FIXED_CUSTOMERS):
                name, phone = FIXED_CUSTOMERS[number - 1]
            else:
                name, phone = _name(rng), _phone(rng, phones)
            group_id = rng.choice(list(staff_by_group))
            card_no = f"{CARD_PREFIX}{number:0{CARD_DIGITS}d}"
            row = _customer(rng, today, years, name, phone, card_no, group_id, staff_by_group[group_id], now)
            batch.append(row)
            position = len(batch) - 1
            for _ in range(rng.choice((0, 0, 1, 1, 2))):
                families.append((position, _family(rng, today)))
            if rng.random() < 0.15:
                events.append((position, _event(rng, today)))
            if len(batch) == 2000:
                _flush(s, batch, families, events)
                if progress:
                    progress(number)
        _flush(s, batch, families, events)
        s.merge(models.Counter(name="card_no", value=customers))
        _mark(s, _CUSTOMERS_ADDED)


def _flush(
    s: Any,
    batch: list[dict[str, Any]],
    families: list[tuple[int, dict[str, Any]]],
    events: list[tuple[int, dict[str, Any]]],
) -> None:
    if not batch:
        return
    ids = s.scalars(
        insert(models.Customer).returning(models.Customer.id, sort_by_parameter_order=True), batch
    ).all()
    # Child rows were collected against the position of their customer in the batch.
    if families:
        s.execute(insert(models.FamilyMember), [{**row, "customer_id": ids[i]} for i, row in families])
    if events:
        s.execute(insert(models.LifeEvent), [{**row, "customer_id": ids[i]} for i, row in events])
    batch.clear()
    families.clear()
    events.clear()


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))


def _phone(rng: random.Random, used: set[str]) -> str:
    while True:
        phone = rng.choice(("13", "15", "18", "17")) + f"{rng.randrange(10**9):09d}"
        if phone not in used:
            used.add(phone)
            return phone


def _customer(
    rng: random.Random,
    today: dt.date,
    years: int,
    name: str,
    phone: str,
    card_no: str,
    group_id: int,
    staff_id: int,
    now: dt.datetime,
) -> dict[str, Any]:
    lunar = rng.random() < 0.2
    year = rng.randint(1960, 2002)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28) if not lunar else rng.randint(1, 29)
    low = Decimal(rng.choice((150, 200, 300, 400, 500, 800)))
    registered = today - dt.timedelta(days=rng.randint(0, years * 365))
    height, waist = rng.randint(152, 175), rng.randint(58, 90)
    return {
        "card_no": card_no,
        "name": name,
        "gender": "F" if rng.random() < 0.93 else "M",
        "phone": phone,
        "birthday_calendar": "lunar" if lunar else "solar",
        "birth_year": year,
        "birth_month": month,
        "birth_day": day,
        "birth_leap_month": False,
        "height_cm": height,
        "waist_cm": waist,
        "size_top": rng.choice(TOP_SIZES),
        "size_bottom": next(size for top, size in BOTTOM_SIZES if waist <= top),
        "size_shoe": rng.choice(SHOE_SIZES),
        "address": f"{rng.choice(STREETS)}{rng.randint(1, 300)}号{rng.randint(1, 20)}栋{rng.randint(101, 2605)}室",
        "favourite_colours": ";".join(rng.sample(COLOURS, rng.randint(1, 3))),
        "favourite_cuts": ";".join(rng.sample(CUTS, rng.randint(1, 2))),
        "favourite_styles": ";".join(rng.sample(STYLES, rng.randint(1, 2))),
        "price_min": low,
        "price_max": low * rng.choice((2, 3, 4)),
        "job": rng.choice(JOBS),
        "interests": "、".join(rng.sample(INTERESTS, 2)),
        "habits": rng.choice(HABITS),
        "contact_time": rng.choice(CONTACT_TIMES),
        "contact_channel": rng.choice(("phone", "phone", "phone", "sms", "visit")),
        "sms_opt_in": rng.random() < 0.7,
        "no_calls": rng.random() < 0.03,
        "group_id": group_id,
        "staff_id": staff_id,
        "referrer": "",
        "registered_on": registered,
        "consent_on": registered,
        "notes": "",
        "special": rng.random() < 0.01,
        "manual_tier": None,
        "tier": None,
        "search_key": build_search_key(name, phone, card_no),
        "created_at": now,
        "updated_at": now,
    }


def _family(rng: random.Random, today: dt.date) -> dict[str, Any]:
    relation = rng.choice(RELATIONS)
    age = {"女儿": (3, 30), "儿子": (3, 30), "丈夫": (30, 65), "母亲": (55, 85)}[relation]
    born = today.replace(
        year=today.year - rng.randint(*age), month=rng.randint(1, 12), day=rng.randint(1, 28)
    )
    given = "".join(rng.choice(GIVEN) for _ in range(2))
    return {"relation": relation, "name": given, "birthday": born}


def _event(rng: random.Random, today: dt.date) -> dict[str, Any]:
    return {"date": today - dt.timedelta(days=rng.randint(0, 400)), "kind": rng.choice(EVENTS), "note": ""}
