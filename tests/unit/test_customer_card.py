from decimal import Decimal

import pytest

from boutique_vip.domain.birthdays import Birthday, CalendarKind, parse_birthday
from boutique_vip.domain.customer import card_from_form, normalize_phone, split_list
from boutique_vip.domain.errors import FieldError, ValidationFailed


def errors_of(form: dict[str, object]) -> dict[str, str]:
    with pytest.raises(ValidationFailed) as failure:
        card_from_form({"name": "张晓燕", **form})
    return {field: e.message for field, e in failure.value.by_field().items()}


def test_a_full_card_reads_every_field() -> None:
    card = card_from_form(
        {
            "name": " 曾小贤 ",
            "gender": "F",
            "phone": "139 1234 5678",
            "birthday": "1990-08-15",
            "birthday_calendar": "lunar",
            "height_cm": "163",
            "waist_cm": "68",
            "favourite_colours": "黑、米色;驼色",
            "price_min": "300",
            "price_max": "1200.50",
            "registered_on": "2024-05-01",
            "sms_opt_in": True,
            "family": [{"relation": "女儿", "name": "小美", "birthday": "2015-06-01"}],
            "events": [
                {"date": "2025-03-02", "kind": "住院", "note": "阑尾炎"},
                {"date": "", "kind": "", "note": ""},
            ],
        }
    )
    assert card.name == "曾小贤"
    assert card.phone == "13912345678"
    assert card.birthday == Birthday(CalendarKind.LUNAR, 8, 15, 1990)
    assert (card.height_cm, card.waist_cm) == (163, 68)
    assert card.favourite_colours == ["黑", "米色", "驼色"]
    assert card.price_max == Decimal("1200.50")
    assert card.family[0].relation == "女儿"
    assert len(card.events) == 1


@pytest.mark.parametrize(
    ("form", "field", "text"),
    [
        ({"birthday": "2027-02-30"}, "birthday", "no day 30 in month 2 of 2027"),
        ({"birthday": "02-30"}, "birthday", "no day 30 in month 2"),
        (
            {"birthday": "2026-12-30", "birthday_calendar": "lunar"},
            "birthday",
            "Lunar month 12 of 2026 has only 29 days",
        ),
        (
            {"birthday": "2026-06-01", "birthday_calendar": "lunar", "birthday_leap_month": True},
            "birthday",
            "no leap month 6",
        ),
        ({"birthday": "soon"}, "birthday", "YYYY-MM-DD or MM-DD"),
        ({"phone": "1380013800"}, "phone", "11 digits"),
        ({"phone": "138001380001"}, "phone", "11 digits"),
        ({"phone": "abc"}, "phone", "11 digits"),
        ({"height_cm": "16"}, "height_cm", "between 100 and 220"),
        ({"height_cm": "tall"}, "height_cm", "between 100 and 220"),
        ({"waist_cm": "200"}, "waist_cm", "between 40 and 150"),
        ({"price_min": "800", "price_max": "300"}, "price_max", "must not be below the lowest"),
        ({"price_min": "12.345"}, "price_min", "not an amount"),
        ({"price_min": "-5"}, "price_min", "not an amount"),
        ({"registered_on": "2024-13-01"}, "registered_on", "not a date"),
        ({"name": "  "}, "name", "name is required"),
        ({"family": [{"relation": "", "name": "小美", "birthday": ""}]}, "family", "say who it is"),
        ({"events": [{"date": "", "kind": "结婚", "note": ""}]}, "events", "needs a date"),
    ],
)
def test_each_bad_value_names_its_field(form: dict[str, object], field: str, text: str) -> None:
    assert text in errors_of(form)[field]


def test_all_errors_are_reported_at_once() -> None:
    assert set(errors_of({"phone": "123", "height_cm": "5", "birthday": "2027-02-30"})) == {
        "phone",
        "height_cm",
        "birthday",
    }


@pytest.mark.parametrize("phone", ["0571-88881234", "010 12345678", "(0755)1234567", "+86 139 1234 5678"])
def test_landlines_with_area_code_and_international_mobiles_are_fine(phone: str) -> None:
    assert normalize_phone(phone).isdigit()


def test_twenty_ninth_of_february_without_a_year_is_a_birthday() -> None:
    assert parse_birthday("02-29", CalendarKind.SOLAR) == Birthday(CalendarKind.SOLAR, 2, 29)
    with pytest.raises(FieldError):
        parse_birthday("2023-02-29", CalendarKind.SOLAR)


def test_leap_month_birthday_in_a_year_that_has_it() -> None:
    assert parse_birthday("2025-06-29", CalendarKind.LUNAR, leap_month=True).leap_month


def test_lists_split_on_chinese_and_ascii_separators() -> None:
    assert split_list("红，黑、白;蓝；") == ["红", "黑", "白", "蓝"]
