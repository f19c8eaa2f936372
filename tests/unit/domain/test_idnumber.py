"""ID number rules (docs/domain.md §6.1): vectors, error codes, derivations, and properties."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.idnumber import (
    age_on,
    check_character,
    convert_15_to_18,
    id_lookup_hash,
    mismatch_warnings,
    normalise_id_text,
    parse_id,
)
from desktop.domain.notices import codes_of
from desktop.errors import ValidationError

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("first17", "check"),
    [
        ("11010519491231002", "X"),  # the standard's own example
        ("44052418800101001", "4"),  # docs/domain.md §6.1
        ("31010419800101123", "9"),  # worked by hand: S = 146, 146 mod 11 = 3 -> '9'
        ("31010819750615002", "4"),
        ("31023019620301051", "6"),
        ("81000019900101001", "9"),
        ("91015619900101001", "X"),
    ],
)
def test_check_character_vectors(first17: str, check: str) -> None:
    assert check_character(first17) == check


def test_standard_example_parses_as_female_born_1949() -> None:
    parsed = parse_id("11010519491231002x", today=TODAY)
    assert parsed.normalised == "11010519491231002X"
    assert parsed.original == "11010519491231002x"
    assert parsed.birth_date == date(1949, 12, 31)
    assert parsed.sex == 2
    assert parsed.warnings == ()


def test_domain_vector_born_1880_is_outside_the_sensible_range() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_id("440524188001010014", today=TODAY)
    assert caught.value.code == "id.birth_date"


def test_full_width_and_spaces_are_normalised() -> None:
    parsed = parse_id(" ３１０１０４ １９８００１０１ １２３９ ", today=TODAY)
    assert parsed.normalised == "310104198001011239"
    assert parsed.sex == 1
    assert parsed.birth_date == date(1980, 1, 1)


def test_fifteen_digit_number_is_converted_and_original_kept() -> None:
    assert convert_15_to_18("310104800101123") == "310104198001011239"
    parsed = parse_id("310104800101123", today=TODAY)
    assert parsed.normalised == "310104198001011239"
    assert parsed.original == "310104800101123"
    assert parsed.sex == 1
    assert codes_of(parsed.warnings) == ("id.converted_15",)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "id.empty"),
        ("   ", "id.empty"),
        ("31010419800101123", "id.length"),
        ("3101041980010112399", "id.length"),
        ("31010419800101123A", "id.characters"),
        ("3101041980010112X9", "id.characters"),
        ("31010480010112X", "id.characters"),
        ("310104198002301238", "id.birth_date"),  # 30 February
        ("310104203001011232", "id.birth_date"),  # in the future
        ("310104198001011238", "id.checksum"),
        ("11010519491231002Y", "id.characters"),
    ],
)
def test_invalid_id_cards(text: str, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_id(text, today=TODAY)
    assert caught.value.code == code
    assert caught.value.field == "id_number"
    if len(text.strip()) >= 6:
        assert text.strip()[:6] not in caught.value.user_message()


@pytest.mark.parametrize(
    ("number", "warning"),
    [
        ("310104198001011239", None),  # 徐汇区, current
        ("310108197506150024", "id.address_abolished"),  # 闸北区
        ("310230196203010516", "id.address_abolished"),  # 崇明县
        ("110105194912310021", None),  # Beijing: province known, county not checked
    ],
)
def test_address_codes_only_warn(number: str, warning: str | None) -> None:
    first17 = number[:17]
    parsed = parse_id(first17 + check_character(first17), today=TODAY)
    assert codes_of(parsed.warnings) == ((warning,) if warning else ())


@pytest.mark.parametrize("prefix", ["310199", "990000", "000000"])
def test_unknown_address_code_warns(prefix: str) -> None:
    first17 = prefix + "19800101123"
    parsed = parse_id(first17 + check_character(first17), today=TODAY)
    assert codes_of(parsed.warnings) == ("id.address_unknown",)


def test_checksum_applies_to_residence_permits_too() -> None:
    assert parse_id("810000199001010019", "hmt_residence", today=TODAY).sex == 1
    assert parse_id("91015619900101001X", "foreign_permanent", today=TODAY).birth_date == date(1990, 1, 1)
    with pytest.raises(ValidationError) as caught:
        parse_id("810000199001010018", "hmt_residence", today=TODAY)
    assert caught.value.code == "id.checksum"
    assert codes_of(parse_id("310104198001011239", "foreign_permanent", today=TODAY).warnings) == ("id.foreign_prefix",)


@pytest.mark.parametrize(
    ("text", "id_type", "normalised", "warnings"),
    [
        ("e12345678", "passport", "E12345678", ()),
        ("H12345678", "hk_macao_permit", "H12345678", ()),
        ("12345678", "hk_macao_permit", "12345678", ("id.unusual_format",)),
        ("12345678", "taiwan_permit", "12345678", ()),
        ("ab-12", "other", None, None),
    ],
)
def test_loose_types(text: str, id_type: str, normalised: str | None, warnings: tuple[str, ...] | None) -> None:
    if normalised is None:
        with pytest.raises(ValidationError) as caught:
            parse_id(text, id_type)
        assert caught.value.code == "id.characters"
        return
    parsed = parse_id(text, id_type)
    assert (parsed.normalised, parsed.birth_date, parsed.sex) == (normalised, None, None)
    assert codes_of(parsed.warnings) == warnings


def test_notices_do_not_name_the_place_of_registration() -> None:
    (notice,) = parse_id("310108197506150024", today=TODAY).warnings
    assert "闸北" not in notice.message
    assert notice.user_message() == notice.message  # Chinese is the source language


def test_unknown_id_type_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_id("310104198001011239", "library_card")
    assert caught.value.code == "id.type"


def test_mismatch_warnings() -> None:
    parsed = parse_id("11010519491231002X", today=TODAY)
    assert mismatch_warnings(parsed, sex=2, birth_date=date(1949, 12, 31)) == ()
    assert mismatch_warnings(parsed) == ()
    assert codes_of(mismatch_warnings(parsed, sex=1, birth_date=date(1949, 12, 30))) == (
        "id.sex_mismatch",
        "id.birth_mismatch",
    )
    assert mismatch_warnings(parsed, sex=9) == ()  # 未说明 is not a contradiction


@pytest.mark.parametrize(
    ("birth", "on", "age"),
    [
        (date(1980, 1, 1), date(2026, 1, 1), 46),
        (date(1980, 1, 2), date(2026, 1, 1), 45),
        (date(2000, 2, 29), date(2025, 2, 28), 24),
        (date(2000, 2, 29), date(2025, 3, 1), 25),
    ],
)
def test_age_on(birth: date, on: date, age: int) -> None:
    assert age_on(birth, on) == age


def test_lookup_hash_is_keyed_and_normalising() -> None:
    digest = id_lookup_hash(b"station-secret", "11010519491231002X")
    assert len(digest) == 64
    assert "11010519491231002X" not in digest
    assert digest == id_lookup_hash(b"station-secret", "11010519491231002x")
    assert digest != id_lookup_hash(b"other-secret", "11010519491231002X")
    assert digest == id_lookup_hash(b"station-secret", " 11010519491231002X ")
    # Known answer (python -c "hmac.new(b'station-secret', b'11010519491231002X', sha256)"): stored
    # hashes must survive upgrades, so the scheme may never change silently.
    assert digest == "89dc11b091a1eab6cad6bcb4f859d3f17c81874c2ed59927963e66417674e049"
    with pytest.raises(ValueError):
        id_lookup_hash(b"", "11010519491231002X")


# --- properties -------------------------------------------------------------------------------

digits = st.text(alphabet="0123456789", min_size=1, max_size=1)
first17s = st.builds(
    lambda area, born, seq: area + born.strftime("%Y%m%d") + seq,
    st.text(alphabet="0123456789", min_size=6, max_size=6),
    st.dates(min_value=date(1900, 1, 1), max_value=TODAY),
    st.text(alphabet="0123456789", min_size=3, max_size=3),
)


@given(first17s)
def test_any_17_digits_plus_check_character_validate(first17: str) -> None:
    parsed = parse_id(first17 + check_character(first17), today=TODAY)
    assert parsed.normalised == first17 + check_character(first17)
    assert parsed.sex == (1 if int(first17[16]) % 2 else 2)
    assert parsed.birth_date is not None
    assert parsed.birth_date.strftime("%Y%m%d") == first17[6:14]


@given(first17s, st.sampled_from("0123456789X"))
def test_any_other_last_character_fails(first17: str, last: str) -> None:
    if last == check_character(first17):
        return
    with pytest.raises(ValidationError) as caught:
        parse_id(first17 + last, today=TODAY)
    assert caught.value.code == "id.checksum"


@given(st.text())
def test_normalise_is_idempotent(text: str) -> None:
    once = normalise_id_text(text)
    assert normalise_id_text(once) == once


@given(st.text(max_size=40), st.sampled_from(["id_card", "hmt_residence", "foreign_permanent", "passport", "other"]))
def test_arbitrary_text_only_raises_validation_error(text: str, id_type: str) -> None:
    try:
        parsed = parse_id(text, id_type, today=TODAY)
    except ValidationError as error:
        assert error.code.startswith("id.")
    else:
        assert parsed.normalised.isascii()


@given(st.text(alphabet="0123456789xX０１２３４５６７８９ｘ 　", max_size=20))
def test_digit_like_text_only_raises_validation_error(text: str) -> None:
    try:
        parse_id(text, today=TODAY)
    except ValidationError as error:
        assert error.code in {"id.empty", "id.length", "id.characters", "id.birth_date", "id.checksum"}
