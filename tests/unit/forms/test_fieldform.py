"""The blank visit form's QR text: round trip, scanner quirks forgiven, anything else refused."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.fieldform import FieldFormRef, make_field_form_text, parse_field_form_text
from desktop.errors import ValidationError

CLIENT = "6f1c2a4e-8d1b-4c7e-9a55-0d3b9e2f7a10"
stations = st.from_regex(r"[A-Z0-9][A-Z0-9_-]{1,31}", fullmatch=True)
days = st.dates(min_value=date(1900, 1, 1), max_value=date(9999, 12, 31))


def test_text_carries_ids_and_date_only() -> None:
    text = make_field_form_text("xh-test", CLIENT, date(2026, 11, 24))
    assert text.startswith("SDVISIT1:XH-TEST:6F1C2A4E-8D1B-4C7E-9A55-0D3B9E2F7A10:20261124:")
    assert parse_field_form_text(text) == FieldFormRef("XH-TEST", CLIENT, date(2026, 11, 24))


@given(station=stations, client=st.uuids(), day=days)
def test_round_trip(station: str, client: uuid.UUID, day: date) -> None:
    ref = parse_field_form_text(make_field_form_text(station, str(client), day))
    assert ref == FieldFormRef(station, str(client), day)


@given(client=st.uuids(), day=days, pad=st.sampled_from(["", " ", "\n", "\t ", "\r\n"]))
def test_scanner_quirks_are_forgiven(client: uuid.UUID, day: date, pad: str) -> None:
    text = make_field_form_text("XH01", str(client), day)
    full_width = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)
    for variant in (text.lower(), full_width, pad + text + pad):
        assert parse_field_form_text(variant).client_id == str(client)


@settings(max_examples=300)
@given(client=st.uuids(), day=days, position=st.integers(min_value=0), replacement=st.characters())
def test_any_changed_character_is_refused(client: uuid.UUID, day: date, position: int, replacement: str) -> None:
    text = make_field_form_text("XH01", str(client), day)
    index = position % len(text)
    changed = text[:index] + replacement + text[index + 1 :]
    if changed.strip().upper() == text or changed.upper() == text:
        return
    try:
        ref = parse_field_form_text(changed)
    except ValidationError as error:
        assert error.code == "fieldform.invalid"
    else:  # only a case or width variant of the same character may still parse, to the same thing
        assert ref == parse_field_form_text(text)


@settings(max_examples=500)
@given(st.text(max_size=200))
def test_arbitrary_text_only_ever_raises_validation_error(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_field_form_text(text)
    assert caught.value.code == "fieldform.invalid"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "SDVOL1:6F1C2A4E-8D1B-4C7E-9A55-0D3B9E2F7A10:ABCDEFGHIJ",
        "SDVISIT1:XH01:6F1C2A4E-8D1B-4C7E-9A55-0D3B9E2F7A10:20261124",
        "SDVISIT1:XH01:6F1C2A4E8D1B4C7E9A550D3B9E2F7A10XXXX:20261124:AAAAAA",
        "SDVISIT2:XH01:6F1C2A4E-8D1B-4C7E-9A55-0D3B9E2F7A10:20261124:AAAAAA",
        None,
        12345,
    ],
)
def test_other_texts_are_refused(text: object) -> None:
    with pytest.raises(ValidationError):
        parse_field_form_text(text)  # type: ignore[arg-type]


def test_invalid_date_with_a_valid_check_is_refused() -> None:
    import base64
    import hashlib

    body = f"SDVISIT1:XH01:{CLIENT.upper()}:20261331"
    check = base64.b32encode(hashlib.sha256(body.encode()).digest()).decode()[:6]
    with pytest.raises(ValidationError):
        parse_field_form_text(f"{body}:{check}")


@pytest.mark.parametrize("station, client", [("", CLIENT), ("站点", CLIENT), ("XH01", "not-a-uuid")])
def test_make_refuses_bad_identifiers(station: str, client: str) -> None:
    with pytest.raises(ValidationError):
        make_field_form_text(station, client, date(2026, 1, 1))
