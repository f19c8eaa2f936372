"""The clear manifest of a bundle: what the file is, from whom, to whom — and no personal data.

The manifest is canonical JSON stored in clear at the start of a `*.sdbundle` file so that any
installation (or a person with a text viewer) can see what a file is without keys. It holds
codes, counts, versions and hashes only. `Manifest.from_json` reads untrusted bytes and raises
only `ValueError`; the bundle reader turns that into `bundle.corrupt_manifest`. The field list
is documented in `docs/bundle-format.md`; changing it means a new format version.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from desktop.sync.encoding import (
    MODES,
    b64decode,
    b64encode,
    canonical_json,
    load_object,
    require_int,
    require_station_code,
    require_str,
)

FORMAT_VERSION = 1
KIND_DATA = "data"
KIND_RECEIPT = "receipt"
KINDS = (KIND_DATA, KIND_RECEIPT)
COMPRESSION = "zlib"
ENCRYPTION = "x25519-hkdf-sha256-aes256gcm-stream"

TABLE_NAME_RE = re.compile(r"[a-z][a-z0-9_]{0,62}")
_HEX64_RE = re.compile(r"[0-9a-f]{64}")
_HEX32_RE = re.compile(r"[0-9a-f]{32}")
_TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
_TIME_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")
MAX_TABLES = 1000
# The most records one bundle may carry (docs/bundle-format.md §6a), checked by the exporter while
# it writes and by the importer from the signed manifest before decrypting. It is what the
# district's import is measured to fit in memory (under 500 MB): 1.3 times the largest station the
# benchmark builds (100,000 clients, a million visits), itself far beyond a real station.
MAX_BUNDLE_RECORDS = 2_000_000


def utc_timestamp(moment: datetime | None = None) -> str:
    """`2026-11-23T18:45:00Z` — the manifest's time format (UTC, whole seconds)."""
    moment = moment or datetime.now(UTC)
    if moment.tzinfo is None:
        raise ValueError("created_at must be timezone-aware")
    return moment.astimezone(UTC).strftime(_TIME_FORMAT)


@dataclass(frozen=True)
class PayloadInfo:
    """How the payload that follows the manifest is packed, and its SHA-256 (of the encrypted bytes)."""

    size: int
    sha256: str  # hex of SHA-256 over the encrypted payload exactly as stored
    ephemeral_key: bytes  # sender's one-off X25519 public key
    recipient_key: str  # hex id of the recipient's X25519 key the payload is encrypted to
    chunk_size: int  # plaintext bytes per AEAD chunk
    compression: str = COMPRESSION
    encryption: str = ENCRYPTION

    def to_dict(self) -> dict[str, Any]:
        return {
            "size": self.size,
            "sha256": self.sha256,
            "ephemeral_key": b64encode(self.ephemeral_key),
            "recipient_key": self.recipient_key,
            "chunk_size": self.chunk_size,
            "compression": self.compression,
            "encryption": self.encryption,
        }

    @classmethod
    def from_dict(cls, obj: Any) -> PayloadInfo:
        if not isinstance(obj, dict):
            raise ValueError("payload is not an object")
        info = cls(
            size=require_int(obj, "size", minimum=16),
            sha256=require_str(obj, "sha256"),
            ephemeral_key=b64decode(require_str(obj, "ephemeral_key"), length=32),
            recipient_key=require_str(obj, "recipient_key"),
            chunk_size=require_int(obj, "chunk_size", minimum=1024, maximum=64 * 1024 * 1024),
            compression=require_str(obj, "compression"),
            encryption=require_str(obj, "encryption"),
        )
        if not _HEX64_RE.fullmatch(info.sha256) or not _HEX32_RE.fullmatch(info.recipient_key):
            raise ValueError("bad payload hash or key id")
        if info.compression != COMPRESSION or info.encryption != ENCRYPTION:
            raise ValueError("unknown compression or encryption")
        return info


@dataclass(frozen=True)
class Manifest:
    """The clear, signed description of a bundle. `counts` must be treated as read-only."""

    kind: str
    bundle_id: str
    sender: str
    sender_mode: str
    recipient: str
    created_at: str
    sequence: int
    previous_hash: str | None
    full: bool
    counts: dict[str, int]
    app_version: str
    schema_version: int | str
    payload: PayloadInfo
    format: int = FORMAT_VERSION
    extra: dict[str, Any] = field(default_factory=dict)  # fields a later minor revision may add

    @property
    def created(self) -> datetime:
        return datetime.strptime(self.created_at, _TIME_FORMAT).replace(tzinfo=UTC)

    @property
    def total_records(self) -> int:
        return sum(self.counts.values())

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.extra,
            "format": self.format,
            "kind": self.kind,
            "bundle_id": self.bundle_id,
            "sender": self.sender,
            "sender_mode": self.sender_mode,
            "recipient": self.recipient,
            "created_at": self.created_at,
            "sequence": self.sequence,
            "previous_hash": self.previous_hash,
            "full": self.full,
            "counts": dict(self.counts),
            "app_version": self.app_version,
            "schema_version": self.schema_version,
            "payload": self.payload.to_dict(),
        }

    def to_json(self) -> bytes:
        return canonical_json(self.to_dict())

    @classmethod
    def from_json(cls, data: bytes) -> Manifest:
        """Parse and validate manifest bytes; `ValueError` for anything malformed."""
        obj = load_object(data)
        known = {
            "format", "kind", "bundle_id", "sender", "sender_mode", "recipient", "created_at",
            "sequence", "previous_hash", "full", "counts", "app_version", "schema_version", "payload",
        }  # fmt: skip
        manifest = cls(
            format=require_int(obj, "format", minimum=1),
            kind=require_str(obj, "kind"),
            bundle_id=require_str(obj, "bundle_id"),
            sender=require_station_code(obj, "sender"),
            sender_mode=require_str(obj, "sender_mode"),
            recipient=require_station_code(obj, "recipient"),
            created_at=require_str(obj, "created_at"),
            sequence=require_int(obj, "sequence"),
            previous_hash=obj.get("previous_hash"),
            full=obj.get("full"),  # type: ignore[arg-type]  # checked below
            counts=_counts(obj.get("counts")),
            app_version=require_str(obj, "app_version"),
            schema_version=obj.get("schema_version"),  # type: ignore[arg-type]  # checked below
            payload=PayloadInfo.from_dict(obj.get("payload")),
            extra={k: v for k, v in obj.items() if k not in known},
        )
        manifest.validate()
        return manifest

    def validate(self) -> None:
        """`ValueError` unless every field has an allowed value (used on write and on read)."""
        if self.kind not in KINDS or self.sender_mode not in MODES:
            raise ValueError("unknown kind or sender mode")
        try:
            if str(uuid.UUID(self.bundle_id)) != self.bundle_id:
                raise ValueError("bundle id not in canonical form")
        except (ValueError, TypeError, AttributeError) as exc:
            raise ValueError("bad bundle id") from exc
        if not isinstance(self.created_at, str) or not _TIME_RE.fullmatch(self.created_at):
            raise ValueError("bad created_at")
        datetime.strptime(self.created_at, _TIME_FORMAT)  # ValueError for an impossible date (month 13)
        if self.previous_hash is not None and not (
            isinstance(self.previous_hash, str) and _HEX64_RE.fullmatch(self.previous_hash)
        ):
            raise ValueError("bad previous_hash")
        if not isinstance(self.full, bool):
            raise ValueError("bad full flag")
        if isinstance(self.schema_version, bool) or not isinstance(self.schema_version, int | str):
            raise ValueError("bad schema_version")
        if isinstance(self.schema_version, int) and not -(2**63) <= self.schema_version < 2**63:
            raise ValueError("schema_version out of range")
        if not isinstance(self.app_version, str):
            raise ValueError("bad app_version")
        if isinstance(self.sequence, bool) or not isinstance(self.sequence, int) or not 0 <= self.sequence < 2**63:
            raise ValueError("bad sequence")
        if self.kind == KIND_DATA and self.sequence < 1:
            raise ValueError("data bundles are numbered from 1")


def _counts(value: Any) -> dict[str, int]:
    if not isinstance(value, dict) or len(value) > MAX_TABLES:
        raise ValueError("counts is not an object")
    for name in value:
        if not TABLE_NAME_RE.fullmatch(name):
            raise ValueError("bad table name")
        require_int(value, name)
    return dict(value)
