"""File → Export: the file type chooses Chinese or English column names; the export is logged under the
signed-in user."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from boutique_vip.gui.main_window import MainWindow
from boutique_vip.services.files import read_table


@pytest.mark.parametrize(
    ("kind", "first_header"),
    [("Excel, Chinese column names (*.xlsx)", "卡号"), ("CSV, English column names (*.csv)", "card_no")],
)
def test_export_in_the_chosen_headers_logged_under_her_name(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, kind: str, first_header: str
) -> None:
    path = tmp_path / ("customers.xlsx" if "xlsx" in kind else "customers.csv")
    offered: list[str] = []

    def save_as(_parent: object, _title: str, _name: str, filters: str) -> tuple[str, str]:
        offered.extend(filters.split(";;"))
        return str(path), kind

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    window.export("customers")
    assert len(offered) == 4 and offered[0].startswith("Excel")
    headers, rows = read_table(path)
    assert headers[0] == first_header and len(rows) == 3
    entry = window.services.audit.entries(window.actor, limit=1, action="export")[0]
    assert entry.user == "王芳" and entry.subject == path.name
