"""Enrollment files: the public identity a station and its district exchange once, by file.

The file is small, versioned JSON with the station code, mode and both public keys (nothing
secret, nothing personal). It also carries the fingerprint as a convenience for the person
reading it; the reader recomputes it and refuses a file whose stated fingerprint disagrees. Trust
is only established when the fingerprint read aloud by the peer matches (`verify_fingerprint`).
"""

from __future__ import annotations

from desktop import __version__
from desktop.sync.encoding import (
    b64decode,
    b64encode,
    canonical_json,
    load_object,
    require_int,
    require_station_code,
    require_str,
)
from desktop.sync.errors import EnrollmentInvalid, EnrollmentTooNew
from desktop.sync.keys import PublicIdentity, fingerprint

ENROLLMENT_FORMAT = "stationdesk-enrollment"
ENROLLMENT_VERSION = 1
# An enrollment file is a few hundred bytes; anything much larger is not one.
_MAX_SIZE = 64 * 1024


def write_enrollment(identity: PublicIdentity) -> bytes:
    """The enrollment file's bytes for `identity` (UTF-8 JSON, one line plus a newline)."""
    document = {
        "format": ENROLLMENT_FORMAT,
        "version": ENROLLMENT_VERSION,
        "station_code": identity.station_code,
        "mode": identity.mode,
        "signing_key": b64encode(identity.signing_key),
        "encryption_key": b64encode(identity.encryption_key),
        "fingerprint": fingerprint(identity),
        "app_version": __version__,
    }
    return canonical_json(document) + b"\n"


def read_enrollment(data: bytes) -> PublicIdentity:
    """Parse an enrollment file; `EnrollmentInvalid` (enrollment.invalid) if it is malformed."""
    if len(data) > _MAX_SIZE:
        raise EnrollmentInvalid(detail="文件过大")
    try:
        obj = load_object(data.removeprefix(b"\xef\xbb\xbf"))  # tolerate a BOM added by Notepad
    except ValueError:
        raise EnrollmentInvalid(detail="不是登记文件") from None
    if obj.get("format") != ENROLLMENT_FORMAT:
        raise EnrollmentInvalid(detail="不是登记文件")
    try:
        version = require_int(obj, "version", minimum=1)
    except ValueError:
        raise EnrollmentInvalid(detail="版本号无效") from None
    if version > ENROLLMENT_VERSION:
        raise EnrollmentTooNew(found=version, known=ENROLLMENT_VERSION)
    try:
        identity = PublicIdentity(
            station_code=require_station_code(obj, "station_code"),
            mode=require_str(obj, "mode"),
            signing_key=b64decode(require_str(obj, "signing_key"), length=32),
            encryption_key=b64decode(require_str(obj, "encryption_key"), length=32),
        )
    except ValueError:
        raise EnrollmentInvalid(detail="字段缺失或无效") from None
    stated = obj.get("fingerprint")
    if stated is not None and stated != fingerprint(identity):
        raise EnrollmentInvalid(detail="指纹与密钥不符")
    return identity
