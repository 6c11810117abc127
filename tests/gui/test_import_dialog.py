from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from boutique_vip.gui.dialogs.import_dialog import ImportDialog
from tests.gui.conftest import WindowParts

CARDS = "卡号,姓名,电话,腰围,怪列\nVIP20001,林雪,13511112222,68,x\nVIP20002,周敏,123,70,y\n"


def previewed(qtbot: QtBot, parts: WindowParts, tmp_path: Path) -> tuple[ImportDialog, list[str]]:
    """The card file chosen and previewed: the dialog and its column headers as shown."""
    path = tmp_path / "cards.csv"
    path.write_text(CARDS, encoding="gb18030")
    dialog = ImportDialog(parts.services, parts.bus, parts.actor, None)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(path))
    dialog.preview()
    return dialog, [
        dialog.mapping.horizontalHeaderItem(i).text() for i in range(dialog.mapping.columnCount())
    ]


def test_import_wizard_previews_checks_and_imports_off_the_gui_thread(
    qtbot: QtBot, parts: WindowParts, tmp_path: Path
) -> None:
    dialog, headers = previewed(qtbot, parts, tmp_path)
    assert headers[:2] == ["卡号\n→ card_no", "姓名\n→ name"]
    assert headers[4] == "怪列\n→ ignored"
    assert dialog.mapping.rowCount() == 2

    dialog.start(dry_run=True)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    text = dialog.report_view.toPlainText()
    assert "would add 1," in text and "(dry run, nothing written)" in text  # a check adds nothing
    assert "row 3: rejected: A mobile number has 11 digits" in text
    assert parts.services.customers.count("林雪") == 0

    dialog.report = None
    dialog.skip_bad.setChecked(True)
    dialog.start(dry_run=False)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    assert "(written)" in dialog.report_view.toPlainText()
    assert parts.services.customers.count("林雪") == 1


def test_import_wizard_explains_a_file_it_cannot_read(
    qtbot: QtBot, parts: WindowParts, tmp_path: Path
) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("", encoding="utf-8")
    dialog = ImportDialog(parts.services, parts.bus, parts.actor, None)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(path))
    dialog.preview()
    assert "is empty" in dialog.error.text()


def test_the_import_report_speaks_chinese_in_the_chinese_window(
    qtbot: QtBot, parts: WindowParts, tmp_path: Path, chinese: None
) -> None:
    """Column mapping, summary and reasons in the shop's words, not "→ card_no" and English reasons."""
    dialog, headers = previewed(qtbot, parts, tmp_path)
    assert headers[:2] == ["卡号\n→ 卡号", "姓名\n→ 姓名"]
    assert headers[4] == "怪列\n→ 忽略"
    dialog.start(dry_run=True)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    text = dialog.report_view.toPlainText()
    assert "将新增 1 条" in text and "（仅检查，未写入）" in text
    assert "第 3 行：被拒：" in text and "11" in text
    assert "row" not in text and "rejected" not in text
