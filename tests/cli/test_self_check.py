"""`self-check`: what CI runs against the built bundle and a shop runs after installing."""

from __future__ import annotations

from pathlib import Path

import pytest

from boutique_vip import paths

from .helpers import run

# The check makes a Qt application when there is none; in the test run it must be pytest-qt's own.
pytestmark = pytest.mark.usefixtures("qapp")


def test_self_check_passes_on_a_whole_installation(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "self-check")
    assert code == 0, err
    assert "ok translations: boutique_vip_zh_CN.qm (Customers → 顾客)" in out
    assert "ok database:" in out and "at revision" in out
    assert "ok signed sheet:" in out and "Chinese text found" in out
    assert "ok excel: cards.xlsx written and read back" in out
    assert out.rstrip().endswith("self-check passed")


def test_self_check_uses_the_given_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shop = tmp_path / "shop.sqlite"
    code, out, _ = run(capsys, "--db", str(shop), "self-check")
    assert code == 0 and str(shop) in out and shop.exists()


def test_self_check_names_what_is_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(paths, "resource", lambda *parts: tmp_path.joinpath(*parts))  # no translations there
    code, out, err = run(capsys, "self-check")
    assert code == 1 and "FAILED translations: RuntimeError: cannot load" in err
    assert "self-check passed" not in out
