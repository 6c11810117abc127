import pytest

from boutique_vip.domain.search_key import build_search_key, normalize_query


def matches(query: str, name: str, phone: str = "", card_no: str = "VIP00001") -> bool:
    return normalize_query(query) in build_search_key(name, phone, card_no)


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("zxy", "张晓燕"),
        ("zhangxiaoyan", "张晓燕"),
        ("xiaoyan", "张晓燕"),
        ("晓燕", "张晓燕"),
        ("zxx", "曾小贤"),
        ("cxx", "曾小贤"),
        ("zengxiaoxian", "曾小贤"),
        ("cengxiaoxian", "曾小贤"),
        ("danlihua", "单丽华"),
        ("shanlihua", "单丽华"),
        ("slh", "单丽华"),
        ("ZXY", "张晓燕"),
        ("zhang xiao yan", "张晓燕"),
    ],
)
def test_found_by_every_reading(query: str, name: str) -> None:
    assert matches(query, name)


def test_not_found_by_other_names() -> None:
    assert not matches("lxy", "张晓燕")
    assert not matches("wang", "张晓燕")


def test_phone_part_and_card_number() -> None:
    assert matches("0013", "张晓燕", phone="13800138000")
    assert matches("138-0013", "张晓燕", phone="13800138000")
    assert matches("vip00042", "张晓燕", card_no="VIP00042")
    assert not matches("9999", "张晓燕", phone="13800138000")


def test_query_cannot_smuggle_like_wildcards() -> None:
    assert normalize_query("%_ab") == "ab"
