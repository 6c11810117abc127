"""What the program stores in English for the record is shown in the window's language."""

from __future__ import annotations

from boutique_vip.gui.labels import stored_text


def test_ledger_reasons_and_causes_are_shown_in_chinese(chinese: None) -> None:
    assert (
        stored_text("receipt S00000012 ×2 holiday national_day") == "小票 S00000012：十一2倍积分"
    )  # the occasion named once, as on the sheets
    assert stored_text("receipt S00000012: 20.00 yuan off") == "小票 S00000012：抵扣20.00元"
    assert stored_text("return R00000003 of S00000012") == "退货 R00000003（原小票 S00000012）"
    assert stored_text("manual A by 王芳: 老顾客") == "王芳手动设为A级：老顾客"
    assert stored_text("daily") == "每日评估"
    assert stored_text("something else") == "something else"  # unknown texts are shown as stored
