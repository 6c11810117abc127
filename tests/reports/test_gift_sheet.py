"""The printed, signed sheet as independent tools see it: pdftotext, pdffonts, pdfsig."""

import datetime as dt
from decimal import Decimal
from pathlib import Path

from boutique_vip import clock
from boutique_vip.domain.customer import card_from_form
from boutique_vip.domain.sales import Sale, SaleLine
from boutique_vip.domain.users import Role
from boutique_vip.reports.gift_sheet import GiftSheet, SheetLine, build_gift_sheet
from boutique_vip.services import Services
from tests.pdf_tools import poppler


def text_of(pdf: Path) -> str:
    return poppler("pdftotext", "-layout", str(pdf), "-")


def sheet(lines: int) -> GiftSheet:
    rows = [
        SheetLine(
            f"VIP{i:05d}",
            "曾小贤",
            "A",
            "birthday",
            dt.date(2027, 2, 2),
            dt.date(2027, 1, 29),
            "丝巾礼盒（128）",
            "pickup",
            "李丽",
        )
        for i in range(lines)
    ]
    return GiftSheet("衣尚精品", "2027-02", 1, rows, "王芳", dt.datetime(2027, 1, 20, 15, 30))


def test_chinese_sheet_is_real_text_with_the_manuals_columns(tmp_path: Path) -> None:
    path = tmp_path / "plan.pdf"
    path.write_bytes(build_gift_sheet(sheet(80)))
    text = text_of(path)
    assert "礼品赠送情况计划与执行一览表" in text
    for column in (
        "客户编号",
        "客户名",
        "赠送事宜",
        "礼品类别",
        "执行人",
        "店长签名",
        "客户签名",
        "经理",
        "审核人",
    ):
        assert column in text
    assert text.count("客户编号") >= 2  # the header repeats on the next page
    assert "第2页" in text.replace(" ", "") and "王芳" in text
    fonts = poppler("pdffonts", str(path))
    assert any("WenQuanYi" in line and " yes " in line for line in fonts.splitlines())  # embedded


def test_english_sheet(tmp_path: Path) -> None:
    path = tmp_path / "plan.pdf"
    path.write_bytes(build_gift_sheet(sheet(3), "en"))
    text = text_of(path)
    assert "Gift plan and delivery sheet" in text and "Birthday" in text and "Manager" in text


def test_approved_sheet_is_signed_and_a_tampered_copy_fails(services: Services, tmp_path: Path) -> None:
    clock.freeze(dt.datetime(2027, 1, 31, 12))
    services.shop.set_name("衣尚精品", None)
    services.gifts.add_category("丝巾礼盒", Decimal(128), None)
    manager = services.users.add("王芳", Role.MANAGER, "888888")
    card = services.customers.save(
        card_from_form({"name": "林雪", "birthday": "1985-02-02", "registered_on": "2025-01-01"})
    )
    services.sales.record_sale(
        Sale(card.id, dt.datetime(2027, 1, 10, 11), [SaleLine(qty=1, unit_price=Decimal(6000))]), None
    )
    plan = services.gifts.create_draft("2027-02", manager)
    signed = tmp_path / "signed.pdf"
    signed.write_bytes(services.gifts.approve(plan.id or 0, manager.id, "888888", "a long passphrase"))
    report = poppler("pdfsig", str(signed), check=False)
    assert "Signature is Valid" in report and "王芳" in report
    assert "林雪" in text_of(signed)
    assert services.gifts.sheet("2027-02") == signed.read_bytes()  # reprints are the signed file itself
    tampered = tmp_path / "tampered.pdf"
    data = bytearray(signed.read_bytes())
    index = data.find(b"/Title")
    data[index + 10] ^= 0x01
    tampered.write_bytes(bytes(data))
    report = poppler("pdfsig", str(tampered), check=False)
    assert "Signature is Valid" not in report


def test_the_reason_for_a_gift_outside_the_standard_is_printed(tmp_path: Path) -> None:
    plain = sheet(1).lines[0]
    special = SheetLine(
        "VIP00009",
        "单丽华",
        "B",
        "birthday",
        plain.occasion_date,
        plain.card_mail_date,
        "羊绒围巾（380）",
        "pickup",
        "李丽",
        "十年老顾客 & 刚升职",
    )
    path = tmp_path / "plan.pdf"
    path.write_bytes(build_gift_sheet(GiftSheet("衣尚精品", "2027-02", 1, [plain, special])))
    text = text_of(path).replace(" ", "")
    assert "原因：十年老顾客&" in text and "刚升职" in text and text.count("原因：") == 1  # wraps in its cell
