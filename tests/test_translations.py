"""Every string the program shows has its Chinese translation."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_FILES = sorted((ROOT / "resources" / "i18n").glob("*.ts"))


def unfinished(ts: Path) -> list[str]:
    tree = ET.parse(ts)
    missing = []
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            empty = not (translation.text or "").strip() and not any(
                (n.text or "").strip() for n in translation
            )
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or empty:
                missing.append(f"{context.findtext('name')}: {message.findtext('source')}")
    return missing


def test_there_are_translation_files() -> None:
    assert [p.name for p in TS_FILES] == ["boutique_vip_zh_CN.ts"]


def test_no_unfinished_translations() -> None:
    for ts in TS_FILES:
        assert unfinished(ts) == [], f"{ts.name}: translate these (make update-translations, then edit)"


def test_every_string_in_the_code_is_in_the_ts_file(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "boutique_vip").rglob("*.py"))
    for ts in TS_FILES:
        copy = tmp_path / ts.name
        shutil.copy(ts, copy)
        subprocess.run([str(lupdate), "-silent", "-no-obsolete", *sources, "-ts", str(copy)], check=True)
        assert unfinished(copy) == [], (
            "new strings in the code: run make update-translations and translate them"
        )
