"""The printed gift plan: 礼品赠送情况计划与执行一览表, A4 landscape, with the manual's columns."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from boutique_vip.domain.errors import QT_TRANSLATE_NOOP
from boutique_vip.reports.styles import cjk_font, grid_table
from boutique_vip.reports.words import occasion_names, sheet_labels

# The sheet's words in English; the catalogue (context "Sheets") gives them in the sheet's language.
ENGLISH: dict[str, Any] = {
    "title": QT_TRANSLATE_NOOP("Sheets", "Gift plan and delivery sheet"),
    "subtitle": QT_TRANSLATE_NOOP("Sheets", "{shop}  {month}  revision {revision}"),
    "columns": (
        QT_TRANSLATE_NOOP("Sheets", "Customer no."),
        QT_TRANSLATE_NOOP("Sheets", "Customer"),
        QT_TRANSLATE_NOOP("Sheets", "Tier"),
        QT_TRANSLATE_NOOP("Sheets", "Occasion"),
        QT_TRANSLATE_NOOP("Sheets", "Date"),
        QT_TRANSLATE_NOOP("Sheets", "Card mailed"),
        QT_TRANSLATE_NOOP("Sheets", "Gift"),
        QT_TRANSLATE_NOOP("Sheets", "Delivery"),
        QT_TRANSLATE_NOOP("Sheets", "Executor"),
        QT_TRANSLATE_NOOP("Sheets", "Store manager's signature"),
        QT_TRANSLATE_NOOP("Sheets", "Customer's signature"),
    ),
    "manager": QT_TRANSLATE_NOOP("Sheets", "Manager"),
    "reviewer": QT_TRANSLATE_NOOP("Sheets", "Reviewer"),
    "approved": QT_TRANSLATE_NOOP("Sheets", "{name}  approved {when}"),
    "stamp": QT_TRANSLATE_NOOP(
        "Sheets", "Revision {revision} lines SHA-256 {lines}  audit anchor #{audit_id} {audit_hash}"
    ),
    "draft": QT_TRANSLATE_NOOP("Sheets", "DRAFT: not approved"),
    "why": QT_TRANSLATE_NOOP("Sheets", "Why: {reason}"),
    "page": QT_TRANSLATE_NOOP("Sheets", "Page {page}"),
    "delivery": {
        "pickup": QT_TRANSLATE_NOOP("Sheets", "pickup"),
        "mail": QT_TRANSLATE_NOOP("Sheets", "mail"),
        "home_delivery": QT_TRANSLATE_NOOP("Sheets", "home delivery"),
    },
}


@dataclass(frozen=True)
class SheetLine:
    card_no: str
    name: str
    tier: str
    occasion: str  # a code; custom occasions print their own name
    occasion_date: dt.date
    card_mail_date: dt.date
    gift: str
    delivery: str
    executor: str
    reason: str = ""  # why a gift is outside the tier's standard: printed under the gift


@dataclass(frozen=True)
class GiftSheet:
    shop: str
    month: str
    revision: int
    lines: list[SheetLine]
    approver: str = ""
    approved_at: dt.datetime | None = None
    signature_png: bytes | None = None
    occasion_names: dict[str, str] = field(default_factory=dict)  # custom occasion code → name
    # On an approved sheet: the hash of the plan's lines and the audit chain's head when it was signed. Both
    # are printed and written into the PDF's keywords, so the signature covers them (see SheetStamp).
    lines_sha256: str = ""
    audit_head: tuple[int, str] | None = None


@dataclass(frozen=True)
class SheetStamp:
    """What a signed sheet says about the plan it approves and the audit log at that moment.

    ``check`` compares it with the plan's rows (any later change to the lines shows), ``audit verify`` with
    the log (rows deleted or rewritten before the anchor show)."""

    month: str
    revision: int
    lines_sha256: str
    audit_id: int | None
    audit_hash: str

    def keywords(self) -> str:
        head = f"{self.audit_id}:{self.audit_hash}" if self.audit_id is not None else "none"
        return (
            f"{_STAMP_MARK}; month={self.month}; revision={self.revision}; "
            f"lines-sha256={self.lines_sha256}; audit-head={head}"
        )

    @classmethod
    def parse(cls, keywords: str) -> SheetStamp | None:
        parts = [p.strip() for p in keywords.split(";")]
        if not parts or parts[0] != _STAMP_MARK:
            return None
        fields = dict(p.split("=", 1) for p in parts[1:] if "=" in p)
        try:
            head = fields["audit-head"]
            audit_id, audit_hash = (None, "") if head == "none" else head.split(":", 1)
            return cls(
                fields["month"],
                int(fields["revision"]),
                fields["lines-sha256"],
                None if audit_id is None else int(audit_id),
                audit_hash,
            )
        except (KeyError, ValueError):
            return None


_STAMP_MARK = "boutique-vip-sheet"


def read_stamp(pdf: bytes) -> SheetStamp | None:
    """The stamp in a sheet's keywords (None: not a signed Boutique VIP sheet, or unreadable)."""
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        info = PdfFileReader(io.BytesIO(pdf), strict=False).trailer["/Info"]
        keywords = str(info.get("/Keywords", ""))
    except (PdfError, KeyError, ValueError, TypeError):
        return None
    return SheetStamp.parse(keywords)


def build_gift_sheet(sheet: GiftSheet, language: str = "zh_CN") -> bytes:
    labels: dict[str, Any] = sheet_labels(ENGLISH, language)
    font = cjk_font()
    small = ParagraphStyle("cell", fontName=font, fontSize=8.5, leading=10.5)
    title = ParagraphStyle("title", fontName=font, fontSize=16, leading=20, alignment=1)
    sub = ParagraphStyle("sub", fontName=font, fontSize=10, leading=13, alignment=1)
    occasions = {**occasion_names(language), **sheet.occasion_names}
    header = [Paragraph(text, small) for text in labels["columns"]]
    rows: list[list[Any]] = [header]
    widths = [
        22 * mm,
        22 * mm,
        12 * mm,
        22 * mm,
        21 * mm,
        21 * mm,
        34 * mm,
        22 * mm,
        20 * mm,
        32 * mm,
        32 * mm,
    ]

    def cell(text: str, column: int) -> Any:
        # Plain strings draw far faster than Paragraphs; only text too wide for its column is wrapped.
        if stringWidth(text, font, 8.5) <= widths[column] - 6:
            return text
        return Paragraph(escape(text), small)

    def gift(line: SheetLine) -> Any:
        """The gift, and under it why it is outside the standard when it is."""
        if not line.reason:
            return cell(line.gift, 6)
        why = labels["why"].format(reason=line.reason)
        return Paragraph(f'{escape(line.gift)}<br/><font size="7">{escape(why)}</font>', small)

    for ln in sheet.lines:
        rows.append(
            [
                ln.card_no,
                cell(ln.name, 1),
                ln.tier,
                cell(occasions.get(ln.occasion, ln.occasion), 3),
                ln.occasion_date.isoformat(),
                ln.card_mail_date.isoformat(),
                gift(ln),
                cell(labels["delivery"].get(ln.delivery, ln.delivery), 7),
                cell(ln.executor, 8),
                "",
                "",
            ]
        )
    # Room on every line for the two signatures written on the printed sheet.
    table = grid_table(
        rows, widths, font, ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white]), row_padding=7
    )
    story: list[Any] = [
        Paragraph(labels["title"], title),
        Paragraph(
            labels["subtitle"].format(shop=sheet.shop, month=sheet.month, revision=sheet.revision), sub
        ),
        Spacer(1, 4 * mm),
        table,
        Spacer(1, 8 * mm),
        _foot(sheet, labels, font, small),
    ]
    if sheet.lines_sha256:
        stamp = _stamp(sheet)
        tiny = ParagraphStyle("stamp", fontName=font, fontSize=6.5, leading=8)
        story += [
            Spacer(1, 3 * mm),
            Paragraph(
                labels["stamp"].format(
                    revision=stamp.revision,
                    lines=stamp.lines_sha256,
                    audit_id=stamp.audit_id if stamp.audit_id is not None else "-",
                    audit_hash=stamp.audit_hash or "-",
                ),
                tiny,
            ),
        ]
    buffer = io.BytesIO()

    def page_number(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.drawRightString(landscape(A4)[0] - 12 * mm, 8 * mm, labels["page"].format(page=doc.page))
        canvas.drawString(12 * mm, 8 * mm, f"{sheet.shop}  {sheet.month}")
        canvas.restoreState()

    doc = SimpleDocTemplate(
        buffer,
        pagesize=landscape(A4),
        leftMargin=10 * mm,
        rightMargin=10 * mm,
        topMargin=12 * mm,
        bottomMargin=15 * mm,
        title=f"{labels['title']} {sheet.month}",
        keywords=_stamp(sheet).keywords() if sheet.lines_sha256 else "",
        author=sheet.shop,
        creator="Boutique VIP",
    )
    doc.build(story, onFirstPage=page_number, onLaterPages=page_number)
    return buffer.getvalue()


def _stamp(sheet: GiftSheet) -> SheetStamp:
    head = sheet.audit_head
    return SheetStamp(
        sheet.month, sheet.revision, sheet.lines_sha256, head[0] if head else None, head[1] if head else ""
    )


def _foot(sheet: GiftSheet, labels: dict[str, Any], font: str, style: ParagraphStyle) -> Table:
    if sheet.approved_at is not None:
        approval = labels["approved"].format(
            name=sheet.approver, when=sheet.approved_at.strftime("%Y-%m-%d %H:%M")
        )
    else:
        approval = labels["draft"]
    signature: Any = ""
    if sheet.signature_png:
        signature = Image(io.BytesIO(sheet.signature_png), width=40 * mm, height=15 * mm, kind="proportional")
    foot = Table(
        [[f"{labels['manager']}：", Paragraph(approval, style), signature, f"{labels['reviewer']}：", ""]],
        colWidths=[18 * mm, 70 * mm, 45 * mm, 20 * mm, 60 * mm],
    )
    foot.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font),
                ("FONTSIZE", (0, 0), (-1, -1), 10),
                ("LINEBELOW", (4, 0), (4, 0), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ]
        )
    )
    return foot
