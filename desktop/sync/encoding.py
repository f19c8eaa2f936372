"""Small shared helpers for the sync file formats: canonical JSON, base64, field checks.

Every signed or authenticated JSON document (bundle manifests, keystore headers) is written as
canonical JSON — sorted keys, no spaces, UTF-8 — so that the same content always gives the same
bytes. The `require_*` helpers read untrusted JSON without ever raising anything but
`ValueError`, which each caller turns into its own documented AppError.
"""

from __future__ import annotations

import base64
import binascii
import re
from typing import Any

import orjson

# Station codes go into manifests, file names and messages; keep them short and plain.
STATION_CODE_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,31}")
MODES = ("station", "district")


def canonical_json(value: Any) -> bytes:
    """Deterministic JSON bytes (sorted keys, compact) for anything that is signed or hashed."""
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS)


def b64encode(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64decode(text: str, *, length: int | None = None) -> bytes:
    """Strict base64 decode; `ValueError` on bad alphabet, padding or length."""
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise ValueError("bad base64") from exc
    if length is not None and len(data) != length:
        raise ValueError("bad length")
    return data


def load_object(data: bytes) -> dict[str, Any]:
    """Parse JSON that must be an object; `ValueError` otherwise."""
    try:
        value = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise ValueError("not JSON") from exc
    if not isinstance(value, dict):
        raise ValueError("not a JSON object")
    return value


def require_str(obj: dict[str, Any], key: str) -> str:
    value = obj.get(key)
    if not isinstance(value, str):
        raise ValueError(f"field {key} missing or not text")
    return value


def require_int(obj: dict[str, Any], key: str, *, minimum: int = 0, maximum: int = 2**63 - 1) -> int:
    value = obj.get(key)
    # bool is an int subclass; a JSON true must not pass as 1.
    if not isinstance(value, int) or isinstance(value, bool) or not minimum <= value <= maximum:
        raise ValueError(f"field {key} missing or out of range")
    return value


def require_station_code(obj: dict[str, Any], key: str) -> str:
    value = require_str(obj, key)
    if not STATION_CODE_RE.fullmatch(value):
        raise ValueError(f"field {key} is not a station code")
    return value


def check_station_code(code: str) -> str:
    """Validate a station code given by the program itself (a bug if wrong, hence ValueError)."""
    if not isinstance(code, str) or not STATION_CODE_RE.fullmatch(code):
        raise ValueError(f"invalid station code {code!r}")
    return code
