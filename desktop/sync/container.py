"""Byte layout of a `*.sdbundle` file and the structural checks that need no keys.

Format version 1 (all integers big-endian):
    offset 0        8 bytes   magic b"\\x89SDB\\r\\n\\x1a\\n"
    offset 8        2 bytes   format version (uint16) = 1
    offset 10       4 bytes   manifest length M (uint32)
    offset 14       M bytes   manifest, canonical JSON (see `manifest.py`)
    offset 14+M     64 bytes  Ed25519 signature (see `signature_input`)
    offset 78+M     P bytes   encrypted payload, P = manifest.payload.size, to the end of the file
The magic works like PNG's: the high byte catches 7-bit transfers, CR LF catches line-ending
conversion by mail or FTP, and 0x1A stops `type` on Windows. Whatever follows the format field
is only interpreted once the version is known, so a newer format is refused cleanly.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import BinaryIO

from desktop.sync.errors import BundleFormatTooNew, BundleManifestCorrupt, BundleTruncated, NotABundle
from desktop.sync.manifest import FORMAT_VERSION, Manifest

MAGIC = b"\x89SDB\r\n\x1a\n"
_PREFIX = struct.Struct(">8sHI")  # magic, format version, manifest length
PREFIX_SIZE = _PREFIX.size  # 14
SIGNATURE_SIZE = 64
MAX_MANIFEST_SIZE = 1024 * 1024
_SIGNATURE_CONTEXT = b"StationDesk bundle signature v1\x00"


def pack_prefix(manifest_bytes: bytes) -> bytes:
    if len(manifest_bytes) > MAX_MANIFEST_SIZE:
        raise ValueError("manifest too large")
    return _PREFIX.pack(MAGIC, FORMAT_VERSION, len(manifest_bytes))


def signature_input(prefix: bytes, manifest_bytes: bytes, payload_sha256: str) -> bytes:
    """What the sender signs: a context string, the fixed prefix, the manifest bytes exactly as
    stored, and the 32-byte payload hash (already inside the manifest; repeated so the payload
    binding does not depend on a JSON parser)."""
    return _SIGNATURE_CONTEXT + prefix + manifest_bytes + bytes.fromhex(payload_sha256)


@dataclass(frozen=True)
class Header:
    """Everything before the payload, as read from a file that passed the structural checks."""

    prefix: bytes
    manifest_bytes: bytes
    manifest: Manifest
    signature: bytes
    payload_offset: int
    file_size: int

    @property
    def head_bytes(self) -> bytes:
        """The file's bytes before the payload (for the whole-file hash)."""
        return self.prefix + self.manifest_bytes + self.signature


def _read_exact(stream: BinaryIO, size: int) -> bytes:
    data = stream.read(size)
    if len(data) < size:
        raise BundleTruncated()
    return data


def read_header(stream: BinaryIO) -> Header:
    """Check magic, format version and lengths; parse the manifest. No keys needed, nothing verified.

    Raises `NotABundle`, `BundleTruncated`, `BundleFormatTooNew` or `BundleManifestCorrupt`.
    """
    file_size = stream.seek(0, 2)
    stream.seek(0)
    start = stream.read(len(MAGIC))
    if start != MAGIC[: len(start)]:
        raise NotABundle()
    if len(start) < len(MAGIC):  # an empty file or a cut-off magic: a copy that did not finish
        raise BundleTruncated()
    version_bytes = _read_exact(stream, 2)
    version = int.from_bytes(version_bytes, "big")
    if version == 0:
        raise NotABundle()
    # Only the version is read before this check: a newer format may lay out the rest differently.
    if version > FORMAT_VERSION:
        raise BundleFormatTooNew(found=version, known=FORMAT_VERSION)
    prefix = start + version_bytes + _read_exact(stream, 4)
    manifest_size = _PREFIX.unpack(prefix)[2]
    if manifest_size < 2 or manifest_size > MAX_MANIFEST_SIZE:
        raise BundleManifestCorrupt()
    manifest_bytes = _read_exact(stream, manifest_size)
    signature = _read_exact(stream, SIGNATURE_SIZE)
    try:
        manifest = Manifest.from_json(manifest_bytes)
    except ValueError:
        raise BundleManifestCorrupt() from None
    if manifest.format != version:
        raise BundleManifestCorrupt()
    payload_offset = PREFIX_SIZE + manifest_size + SIGNATURE_SIZE
    # A longer file is caught later as tampering (the payload hash covers everything to the end).
    if file_size - payload_offset < manifest.payload.size:
        raise BundleTruncated()
    return Header(prefix, manifest_bytes, manifest, signature, payload_offset, file_size)
