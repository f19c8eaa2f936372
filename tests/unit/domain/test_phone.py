"""Phone number rules (docs/domain.md §6.2): table of accepted forms, refusals, and fuzzing."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.notices import codes_of
from desktop.domain.phone import PhoneKind, normalise_phone_query, parse_phone
from desktop.errors import ValidationError


@pytest.mark.parametrize(
    ("text", "normalised", "kind", "tail", "extension"),
    [
        ("13812345678", "+8613812345678", PhoneKind.MOBILE, "5678", None),
        ("138 1234 5678", "+8613812345678", PhoneKind.MOBILE, "5678", None),
        ("138-1234-5678", "+8613812345678", PhoneKind.MOBILE, "5678", None),
        ("(138)12345678", "+8613812345678", PhoneKind.MOBILE, "5678", None),
        ("+86 138 1234 5678", "+8613812345678", PhoneKind.MOBILE, "5678", None),
        ("0086-13812345678", "+8613812345678", PhoneKind.MOBILE, "5678", None),
        ("8613812345678", "+8613812345678", PhoneKind.MOBILE, "5678", None),
        ("１３８１２３４５６７８", "+8613812345678", PhoneKind.MOBILE, "5678", None),
        ("19912340000", "+8619912340000", PhoneKind.MOBILE, "0000", None),
        ("021-64381234", "+862164381234", PhoneKind.LANDLINE, "1234", None),
        ("02164381234", "+862164381234", PhoneKind.LANDLINE, "1234", None),
        ("21-64381234", "+862164381234", PhoneKind.LANDLINE, "1234", None),
        ("（021）6438 1234", "+862164381234", PhoneKind.LANDLINE, "1234", None),
        ("+86 21 6438 1234", "+862164381234", PhoneKind.LANDLINE, "1234", None),
        ("021-64381234-123", "+862164381234;ext=123", PhoneKind.LANDLINE, "1234", "123"),
        ("021-6438-1234 转 88", "+862164381234;ext=88", PhoneKind.LANDLINE, "1234", "88"),
        ("021 64381234 ext. 5", "+862164381234;ext=5", PhoneKind.LANDLINE, "1234", "5"),
        ("64381234", "+862164381234", PhoneKind.LANDLINE, "1234", None),
        # every area code (issue 18 item 7): a guardian in 杭州, a hospital in 北京
        ("0571-88881234", "+8657188881234", PhoneKind.LANDLINE, "1234", None),
        ("057188881234", "+8657188881234", PhoneKind.LANDLINE, "1234", None),
        ("010-62345678", "+861062345678", PhoneKind.LANDLINE, "5678", None),
        ("0898-6234567", "+868986234567", PhoneKind.LANDLINE, "4567", None),  # 7-digit subscriber
        ("(020)83456789", "+862083456789", PhoneKind.LANDLINE, "6789", None),
        ("+86 571 8888 1234", "+8657188881234", PhoneKind.LANDLINE, "1234", None),
        ("0571-8888-1234-66", "+8657188881234;ext=66", PhoneKind.LANDLINE, "1234", "66"),
    ],
)
def test_accepted_forms(text: str, normalised: str, kind: PhoneKind, tail: str, extension: str | None) -> None:
    phone = parse_phone(text)
    assert (phone.normalised, phone.kind, phone.tail, phone.extension) == (normalised, kind, tail, extension)
    assert phone.original == text


@pytest.mark.parametrize(
    ("text", "warnings"),
    [
        ("13812345678", ()),
        ("15412345678", ("phone.unusual_segment",)),  # 154 is not allocated
        ("14012345678", ("phone.unusual_segment",)),  # IoT range
        ("16112345678", ("phone.unusual_segment",)),
        ("16612345678", ()),
        ("64381234", ("phone.area_assumed",)),
    ],
)
def test_warnings(text: str, warnings: tuple[str, ...]) -> None:
    assert codes_of(parse_phone(text).warnings) == warnings


@pytest.mark.parametrize(
    "text",
    [
        "1381234567",  # 10 digits
        "138123456789",  # 12 digits
        "12812345678",  # second digit must be 3–9
        "1440123456789",  # 13-digit IoT number
        "0512-12345678",  # a subscriber number cannot start with 1
        "0512-623456",  # 6-digit subscriber
        "57188881234",  # another area without its trunk 0 (only Shanghai's 21 may drop it)
        "021-0438123",  # subscriber cannot start with 0 and needs 8 digits
        "+1 415 555 0100",
        "13812345678转12",  # mobiles have no extension
        "abc",
        "138一二三四五六七八",
    ],
)
def test_refused(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_phone(text)
    assert caught.value.code == "phone.invalid"
    assert caught.value.field == "phone"
    assert "1234" not in caught.value.user_message()


@pytest.mark.parametrize("text", ["", "  ", None])
def test_empty(text: str | None) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_phone(text)
    assert caught.value.code == "phone.empty"


@pytest.mark.parametrize(
    "text", ["13812345678", "021-64381234", "021-64381234-123", "64381234", "0571-88881234", "0898-6234567"]
)
def test_normalised_form_parses_to_itself(text: str) -> None:
    normalised = parse_phone(text).normalised
    assert parse_phone(normalised).normalised == normalised


def test_national_form() -> None:
    assert parse_phone("+8613812345678").national == "13812345678"
    assert parse_phone("021-64381234-9").national == "021-64381234"
    assert parse_phone("057188881234").national == "0571-88881234"
    assert parse_phone("01062345678").national == "010-62345678"


@given(
    st.sampled_from(["10", "20", "21", "22", "25", "28", "311", "512", "571", "898", "991"]),
    st.from_regex(r"[2-9][0-9]{6,7}", fullmatch=True),
    st.sampled_from(["-", "", " ", ")"]),
)
def test_every_area_code_round_trips(area: str, subscriber: str, separator: str) -> None:
    text = f"(0{area}{separator}{subscriber}" if separator == ")" else f"0{area}{separator}{subscriber}"
    phone = parse_phone(text)
    assert phone.kind is PhoneKind.LANDLINE and phone.normalised == f"+86{area}{subscriber}"
    assert phone.national == f"0{area}-{subscriber}" and phone.tail == subscriber[-4:]
    assert parse_phone(phone.normalised).normalised == phone.normalised


def test_query_normalisation() -> None:
    assert normalise_phone_query(" ５６７８ ") == "5678"
    assert normalise_phone_query("138-1234") == "1381234"


@given(st.text(max_size=30))
def test_arbitrary_text_only_raises_validation_error(text: str) -> None:
    try:
        phone = parse_phone(text)
    except ValidationError as error:
        assert error.code in {"phone.invalid", "phone.empty"}
    else:
        assert phone.normalised.startswith("+86")
        assert len(phone.tail) == 4


@given(st.text(alphabet="0123456789+-() 转xX#　１８６", max_size=24))
def test_phone_like_text_only_raises_validation_error(text: str) -> None:
    try:
        phone = parse_phone(text)
    except ValidationError as error:
        assert error.code in {"phone.invalid", "phone.empty"}
    else:
        assert phone.normalised.split(";")[0][1:].isdigit()
        assert phone.normalised.startswith(("+861", "+8621"))


@given(st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True), st.sampled_from(["", "+86", "0086", "86", "+86 "]))
def test_every_mobile_round_trips(mobile: str, prefix: str) -> None:
    phone = parse_phone(prefix + mobile[:3] + " " + mobile[3:7] + "-" + mobile[7:])
    assert phone.normalised == "+86" + mobile
    assert phone.tail == mobile[-4:]
    assert parse_phone(phone.normalised).normalised == phone.normalised
