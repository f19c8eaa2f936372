"""The text in the QR code of a blank visit form taken into the field (docs/domain.md §5.2: ids only).

A printed blank form says which client is to be visited on which day; when the caseworker
enters the visit back at the station, scanning the code (a USB scanner "types" it) or pasting
its text starts the entry for that client and date. The text is

    SDVISIT1:<STATION CODE>:<CLIENT UUID>:<YYYYMMDD>:<CHECK>

* `SDVISIT1` names the format and its version, so a later layout can be told apart;
* station code and client UUID are identifiers, the date is the planned visit day: no name,
  ID number, address or anything else personal is in clear on the paper;
* CHECK is the first 6 base32 characters of SHA-256 over the text before it. It is not a
  secret — the form carries nothing worth forging, and the visit service still checks the
  client and the caller's rights — it only catches a damaged scan or a mistyped character.

Everything is upper case so the code fits QR alphanumeric mode. Parsing forgives what a keyboard
wedge does to a valid text (Caps Lock, full-width characters from a Chinese input method,
surrounding whitespace) and refuses anything else with ValidationError `fieldform.invalid` —
never any other exception.
"""

from __future__ import annotations

import base64
import hashlib
import re
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import date

from desktop.errors import ValidationError

PREFIX = "SDVISIT1"
CHECK_LENGTH = 6
_MAX_INPUT = 160
_STATION = re.compile(r"[A-Z0-9][A-Z0-9_-]{1,31}")
_TEXT = re.compile(
    r"(?P<body>SDVISIT1:(?P<station>[A-Z0-9][A-Z0-9_-]{1,31}):(?P<client>[0-9A-F-]{36}):(?P<day>[0-9]{8})):"
    r"(?P<check>[A-Z2-7]{6})"
)


@dataclass(frozen=True)
class FieldFormRef:
    """What a blank form's QR code identifies: station, client and planned visit day."""

    station_code: str  # upper case, as printed
    client_id: str  # canonical lower-case UUID, as stored
    planned_date: date


def make_field_form_text(station_code: str, client_id: str, planned_date: date) -> str:
    """The QR text of a blank visit form; ValidationError `fieldform.make` for bad identifiers."""
    station = station_code.strip().upper() if isinstance(station_code, str) else ""
    if not _STATION.fullmatch(station):
        raise ValidationError("fieldform.make", "站点代码不能用于现场表二维码。", field="station_code")
    try:
        canonical = str(uuid.UUID(str(client_id)))
    except ValueError:
        raise ValidationError("fieldform.make", "服务对象编号格式不正确。", field="client_id") from None
    if not isinstance(planned_date, date) or not 1 <= planned_date.year <= 9999:
        raise ValidationError("fieldform.make", "计划随访日期不正确。", field="planned_date")
    body = f"{PREFIX}:{station}:{canonical.upper()}:{planned_date:%Y%m%d}"
    return f"{body}:{_check(body)}"


def parse_field_form_text(text: str) -> FieldFormRef:
    """Station, client and planned date of a scanned or pasted QR text (see module docstring)."""
    if not isinstance(text, str) or len(text) > _MAX_INPUT:
        raise _invalid()
    cleaned = unicodedata.normalize("NFKC", text).strip().upper()
    match = _TEXT.fullmatch(cleaned) if cleaned.isascii() else None
    if match is None or match["check"] != _check(match["body"]):
        raise _invalid()
    try:
        client = uuid.UUID(match["client"])
        day = date(int(match["day"][:4]), int(match["day"][4:6]), int(match["day"][6:]))
    except ValueError:
        raise _invalid() from None
    if str(client).upper() != match["client"]:  # only the plain hyphenated spelling was ever printed
        raise _invalid()
    return FieldFormRef(match["station"], str(client), day)


def _check(body: str) -> str:
    digest = hashlib.sha256(body.encode("ascii")).digest()
    return base64.b32encode(digest).decode("ascii")[:CHECK_LENGTH]


def _invalid() -> ValidationError:
    return ValidationError(
        "fieldform.invalid", "无法识别该现场访视表二维码，请重新扫描或手动选择服务对象。", field="qr"
    )
