"""The text in the QR code on a volunteer's card, read at the check-in kiosk.

The kiosk's USB scanner acts as a keyboard: it "types" the card text into a field and presses
Enter. The text is

    SDVOL1:<VOLUNTEER UUID>:<CHECK>

where CHECK is the first 10 base32 characters (50 bits) of HMAC-SHA256(station secret,
"SDVOL1:<uuid>"). Without the station secret nobody can make a card for an arbitrary id, and a
hand-typed or mistyped id fails the check. `SDVOL1` names the format so a later layout can be told
apart. The card text is all upper case: QR alphanumeric mode covers exactly 0–9, A–Z and `-:`, which
makes a smaller, easier-to-scan code.

Scanner input is messy, so parsing forgives what a keyboard wedge can do to a valid card — upper/
lower case swapped by Caps Lock, full-width characters from a Chinese input method, a trailing
Enter/Tab or spaces — and refuses everything else with ValidationError `kiosk.card_invalid` (and
never any other exception). The kiosk service must still check that the volunteer exists and is
active: a valid card says who, not whether they may serve today.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import unicodedata
import uuid

from desktop.errors import ValidationError

PREFIX = "SDVOL1"
CHECK_LENGTH = 10
MIN_SECRET_BYTES = 16
# Longest text worth looking at: prefix + uuid + check + separators, with room for stray whitespace.
_MAX_INPUT = 128
_CARD_LENGTH = len(PREFIX) + 1 + 36 + 1 + CHECK_LENGTH


def make_card_text(secret: bytes, volunteer_id: str | uuid.UUID) -> str:
    """The string to encode in the QR code on the volunteer's card."""
    _check_secret(secret)
    try:
        canonical = str(volunteer_id if isinstance(volunteer_id, uuid.UUID) else uuid.UUID(str(volunteer_id)))
    except ValueError:
        raise ValidationError("kiosk.volunteer_id", "志愿者编号格式不正确。", field="volunteer_id") from None
    return f"{PREFIX}:{canonical.upper()}:{_check_code(secret, canonical)}"


def parse_card_text(secret: bytes, text: str) -> str:
    """The volunteer id (canonical lower-case UUID) on a scanned card, or ValidationError `kiosk.card_invalid`."""
    _check_secret(secret)
    if not isinstance(text, str) or len(text) > _MAX_INPUT:
        raise _invalid()
    # NFKC folds full-width letters, digits and colons from an input method into ASCII.
    cleaned = unicodedata.normalize("NFKC", text).strip().upper()
    if len(cleaned) != _CARD_LENGTH or not cleaned.isascii():
        raise _invalid()
    prefix, _, rest = cleaned.partition(":")
    raw_id, _, check = rest.partition(":")
    if prefix != PREFIX or len(raw_id) != 36 or len(check) != CHECK_LENGTH:
        raise _invalid()
    try:
        parsed = uuid.UUID(raw_id)
    except ValueError:
        raise _invalid() from None
    canonical = str(parsed)
    # uuid.UUID also accepts braces/urn forms; only the plain hyphenated form is a card.
    if canonical != raw_id.lower():
        raise _invalid()
    if not hmac.compare_digest(check.encode("ascii"), _check_code(secret, canonical).encode("ascii")):
        raise _invalid()
    return canonical


def _check_code(secret: bytes, canonical_id: str) -> str:
    digest = hmac.new(secret, f"{PREFIX}:{canonical_id}".encode("ascii"), hashlib.sha256).digest()
    return base64.b32encode(digest).decode("ascii")[:CHECK_LENGTH]


def _check_secret(secret: bytes) -> None:
    # A missing or short secret is a setup bug, not bad user input: fail loudly, not as a "bad card".
    if not isinstance(secret, bytes) or len(secret) < MIN_SECRET_BYTES:
        raise ValueError(f"station card secret must be at least {MIN_SECRET_BYTES} bytes")


def _invalid() -> ValidationError:
    return ValidationError("kiosk.card_invalid", "无法识别这张志愿者卡，请重新扫描或改用手机尾号签到。", field="card")
