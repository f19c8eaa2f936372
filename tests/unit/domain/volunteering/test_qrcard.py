"""Volunteer card QR text: round trip, forgiving scanner quirks, refusing forgeries, fuzzed input."""

from __future__ import annotations

import re
import unicodedata
import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.volunteering.qrcard import make_card_text, parse_card_text
from desktop.errors import ValidationError

SECRET = b"station-secret-0123456789abcdef"
OTHER_SECRET = b"another-station-secret-987654321"
VOLUNTEER = "6f1c2a9e-3b4d-4e5f-8a7b-1c2d3e4f5a6b"
CARD = make_card_text(SECRET, VOLUNTEER)


def test_card_text_shape_uses_only_qr_alphanumeric_characters() -> None:
    assert re.fullmatch(r"SDVOL1:[0-9A-F-]{36}:[A-Z2-7]{10}", CARD)
    assert CARD.startswith("SDVOL1:6F1C2A9E-3B4D-4E5F-8A7B-1C2D3E4F5A6B:")
    assert make_card_text(SECRET, uuid.UUID(VOLUNTEER)) == CARD


@pytest.mark.parametrize(
    "scanned",
    [
        CARD,
        CARD + "\r\n",  # the scanner's Enter
        "  " + CARD + "\t",
        CARD.lower(),  # Caps Lock on
        CARD.swapcase(),
        CARD.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789:ABCDEFSVOL-"}),  # full-width IME output
    ],
)
def test_scanner_quirks_are_forgiven(scanned: str) -> None:
    assert parse_card_text(SECRET, scanned) == VOLUNTEER


def flip(text: str, index: int) -> str:
    replacement = "B" if text[index] != "B" else "C"
    return text[:index] + replacement + text[index + 1 :]


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("", "empty"),
        (VOLUNTEER, "a bare id typed by hand"),
        (f"SDVOL1:{VOLUNTEER.upper()}", "no check code"),
        (f"SDVOL1:{VOLUNTEER.upper()}:AAAAAAAAAA", "forged check code"),
        (flip(CARD, 10), "one character of the id changed"),
        (flip(CARD, len(CARD) - 1), "one character of the check changed"),
        (CARD[:-1], "truncated"),
        (CARD + "A", "too long"),
        ("SDVOL2" + CARD[6:], "unknown format version"),
        (make_card_text(OTHER_SECRET, VOLUNTEER), "card from another station"),
        (CARD.replace(":", ";"), "wrong separator"),
        (f"SDVOL1:{{{VOLUNTEER[:34]}}}:" + CARD[-10:], "braced uuid form"),
        ("x" * 10_000, "huge input"),
    ],
)
def test_invalid_cards_are_refused(text: str, why: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_card_text(SECRET, text)
    assert info.value.code == "kiosk.card_invalid", why


@given(st.uuids())
def test_every_card_round_trips(volunteer: uuid.UUID) -> None:
    card = make_card_text(SECRET, volunteer)
    assert parse_card_text(SECRET, card) == str(volunteer)
    with pytest.raises(ValidationError):
        parse_card_text(OTHER_SECRET, card)


@given(st.text(max_size=120) | st.from_regex(r"SDVOL1:[0-9A-Fa-f-]{36}:[A-Z2-7]{10}", fullmatch=True))
def test_arbitrary_text_only_ever_raises_validation_error(text: str) -> None:
    try:
        volunteer = parse_card_text(SECRET, text)
    except ValidationError as error:
        assert error.code == "kiosk.card_invalid"
    else:  # only a genuine card may pass
        assert make_card_text(SECRET, volunteer) == unicodedata.normalize("NFKC", text).strip().upper()


def test_bad_volunteer_id_and_bad_secret() -> None:
    with pytest.raises(ValidationError) as info:
        make_card_text(SECRET, "not-a-uuid")
    assert info.value.code == "kiosk.volunteer_id"
    with pytest.raises(ValueError, match="secret"):
        make_card_text(b"short", VOLUNTEER)
