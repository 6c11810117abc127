"""Member cards as a scanner and a phone camera read them: zbarimg decodes the Code128 barcode and the QR
code to exactly the card number; the sheet has eight cards to an A4 page."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from boutique_vip.reports.member_card import MemberCard, build_card_sheet, build_member_card
from tests.pdf_tools import poppler


def decoded(pdf: bytes, tmp_path: Path) -> list[str]:
    assert shutil.which("zbarimg"), "zbarimg is missing: install zbar-tools (apt-get install zbar-tools)"
    path = tmp_path / "card.pdf"
    path.write_bytes(pdf)
    poppler("pdftoppm", "-png", "-r", "300", "-f", "1", "-l", "1", str(path), str(tmp_path / "page"))
    image = next(tmp_path.glob("page*.png"))
    found = subprocess.run(["zbarimg", "-q", str(image)], capture_output=True, text=True).stdout
    return sorted(found.split())


def test_a_card_scans_as_her_card_number(tmp_path: Path) -> None:
    pdf = build_member_card("衣尚精品", MemberCard("VIP00123", "曾小贤", "A"))
    assert decoded(pdf, tmp_path) == ["CODE-128:VIP00123", "QR-Code:VIP00123"]
    (tmp_path / "c.pdf").write_bytes(pdf)
    info = poppler("pdfinfo", str(tmp_path / "c.pdf"))
    assert "242.646 x 153.071 pts" in info  # 85.6 × 54 mm, a bank card's size
    text = poppler("pdftotext", str(tmp_path / "c.pdf"), "-")
    assert "衣尚精品" in text and "曾小贤" in text and "贵宾会员 A" in text.replace("  ", " ")


def test_the_months_cards_come_eight_to_a_page(tmp_path: Path) -> None:
    cards = [MemberCard(f"VIP{n:05d}", "张晓燕", "B") for n in range(1, 12)]
    path = tmp_path / "sheet.pdf"
    path.write_bytes(build_card_sheet("衣尚精品", cards))
    assert re.search(r"Pages:\s+2\n", poppler("pdfinfo", str(path)))
    first = poppler("pdftotext", "-f", "1", "-l", "1", str(path), "-")
    assert first.count("张晓燕") == 8 and "VIP00008" in first and "VIP00009" not in first
