"""Reading `*.sdbundle` files: the clear manifest, the file hash, and verified opening.

`open_bundle` (everything in memory) and `stream_bundle` (records one by one, for very large
bundles) run the same checks in the same order — structure/format/truncation → newer format →
sender known → signature → recipient is me → payload hash → decrypt → decompress → JSON →
counts — and raise one documented `BundleError` subclass at the first failure. Records are only
produced after the signature and the payload hash have been checked; the last checks (counts,
end marker, the file not changed between passes) complete when the records are exhausted.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from desktop.sync import container, envelope
from desktop.sync.errors import (
    BadSignature,
    BundleTampered,
    BundleUnreadable,
    UnknownSender,
    WrongKey,
    WrongKind,
    WrongRecipient,
    payload_error,
)
from desktop.sync.keys import KeyPair, PublicIdentity
from desktop.sync.manifest import Manifest
from desktop.sync.payload import PayloadCorrupt, iter_record_blocks

_BLOCK = 1024 * 1024
Source = str | os.PathLike[str] | BinaryIO


@dataclass(frozen=True)
class OpenedBundle:
    """A verified, decrypted bundle: the manifest and every table's records in file order."""

    manifest: Manifest
    tables: dict[str, list[dict[str, Any]]]
    bundle_hash: str


def _unreadable(exc: OSError) -> BundleUnreadable:
    return BundleUnreadable(detail=exc.strerror or type(exc).__name__)


@contextmanager
def _opened(source: Source) -> Iterator[BinaryIO]:
    """A binary stream for a path (opened and closed here) or an already open, seekable file."""
    if not isinstance(source, str | os.PathLike):
        yield source
        return
    try:
        stream = open(source, "rb")  # noqa: SIM115 — closed below; a `with` cannot wrap the yield's errors
    except OSError as exc:
        raise _unreadable(exc) from exc
    try:
        yield stream
    finally:
        stream.close()


def read_manifest(source: Source) -> Manifest:
    """The clear manifest, for showing what a file is. Structural checks only: NOT verified."""
    with _opened(source) as stream:
        try:
            return container.read_header(stream).manifest
        except OSError as exc:
            raise _unreadable(exc) from exc


def bundle_hash(source: Source) -> str:
    """SHA-256 (hex) of the whole file: the link in each sender's chain of `previous_hash`."""
    digest = hashlib.sha256()
    with _opened(source) as stream:
        try:
            stream.seek(0)
            while block := stream.read(_BLOCK):
                digest.update(block)
        except OSError as exc:
            raise _unreadable(exc) from exc
    return digest.hexdigest()


def _blocks(stream: BinaryIO, offset: int, size: int) -> Iterator[bytes]:
    stream.seek(offset)
    while data := stream.read(size):
        yield data


def _verify(
    stream: BinaryIO, me: KeyPair, trusted: Mapping[str, PublicIdentity], expect_kind: str | None
) -> container.Header:
    """Every check that comes before decryption; returns the header of a file that passed them."""
    header = container.read_header(stream)
    manifest = header.manifest
    peer = trusted.get(manifest.sender)
    if peer is None or peer.station_code != manifest.sender:
        raise UnknownSender(sender=manifest.sender)
    signed = container.signature_input(header.prefix, header.manifest_bytes, manifest.payload.sha256)
    try:
        Ed25519PublicKey.from_public_bytes(peer.signing_key).verify(header.signature, signed)
    except InvalidSignature:
        raise BadSignature(sender=manifest.sender) from None
    if manifest.recipient != me.identity.station_code:
        raise WrongRecipient(recipient=manifest.recipient, me=me.identity.station_code)
    if expect_kind is not None and manifest.kind != expect_kind:
        raise WrongKind(found=manifest.kind, expected=expect_kind)
    if header.file_size - header.payload_offset != manifest.payload.size:
        raise BundleTampered()  # bytes appended after the payload
    digest = hashlib.sha256()
    for block in _blocks(stream, header.payload_offset, _BLOCK):
        digest.update(block)
    if not hmac.compare_digest(digest.hexdigest(), manifest.payload.sha256):
        raise BundleTampered()
    if manifest.payload.recipient_key != envelope.recipient_key_id(me.identity.encryption_key):
        raise WrongKey()
    return header


class StreamedBundle:
    """A bundle whose checks before decryption have passed; `records()` decrypts as it goes.

    Iterate `records()` once, to the end, inside one transaction: a `BundleError` raised before
    the end means the whole bundle must be discarded. `bundle_hash` is known after the end.
    """

    def __init__(self, stream: BinaryIO, header: container.Header, me: KeyPair) -> None:
        self.manifest: Manifest = header.manifest
        self._stream, self._header, self._me = stream, header, me
        self._hash: str | None = None
        self._started = False

    @property
    def bundle_hash(self) -> str:
        if self._hash is None:
            raise RuntimeError("bundle_hash is known only after records() was read to the end")
        return self._hash

    def compressed_chunks(self) -> Iterator[bytes]:
        """The decrypted, still zlib-compressed payload in chunks, for a decoder elsewhere.

        Same checks as `records()` up to decryption (a wrong key or damage raises `WrongKey`, a
        swapped file `BundleTampered` at the end); the caller runs `payload.iter_records` on the
        chunks (possibly in another process) for the checks of the plaintext. `bundle_hash` is
        known once this iterator is exhausted.
        """
        if self._started:
            raise RuntimeError("the payload can be read only once")
        self._started = True
        manifest, header = self.manifest, self._header
        # Second pass over the payload: hash again while decrypting, so a file swapped after the
        # first pass is caught (AEAD already ties every chunk to the signed ephemeral key).
        rehash = hashlib.sha256()
        whole = hashlib.sha256(header.head_bytes)

        def sealed() -> Iterator[bytes]:
            for chunk in _blocks(self._stream, header.payload_offset, manifest.payload.chunk_size + envelope.TAG_SIZE):
                rehash.update(chunk)
                whole.update(chunk)
                yield chunk

        plain = envelope.open_chunks(
            self._me.encryption_private,
            manifest.payload.ephemeral_key,
            uuid.UUID(manifest.bundle_id).bytes,
            manifest.payload.chunk_size,
            sealed(),
        )
        try:
            yield from plain
        except envelope.DecryptionFailed:
            raise WrongKey() from None
        except OSError as exc:
            raise _unreadable(exc) from exc
        if not hmac.compare_digest(rehash.hexdigest(), manifest.payload.sha256):
            raise BundleTampered()
        self._hash = whole.hexdigest()

    def records(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """(table, record) pairs in file order; raises a `BundleError` subclass on any damage."""
        for table, records in self.record_blocks():
            for record in records:
                yield table, record

    def record_blocks(self) -> Iterator[tuple[str, list[dict[str, Any]]]]:
        """`records` by the list: consecutive records of one table (`payload.iter_record_blocks`)."""
        try:
            yield from iter_record_blocks(self.compressed_chunks(), self.manifest.counts)
        except PayloadCorrupt as exc:
            raise payload_error(exc.kind, exc.detail) from None


@contextmanager
def stream_bundle(
    source: Source, *, me: KeyPair, trusted: Mapping[str, PublicIdentity], expect_kind: str | None = None
) -> Iterator[StreamedBundle]:
    """Verify a bundle for `me` and stream its records: `with stream_bundle(...) as b: b.records()`.

    Same checks and errors as `open_bundle`, but memory stays flat however large the bundle.
    """
    with _opened(source) as stream:
        try:
            header = _verify(stream, me, trusted, expect_kind)
        except OSError as exc:
            raise _unreadable(exc) from exc
        yield StreamedBundle(stream, header, me)


def open_bundle(
    source: Source, *, me: KeyPair, trusted: Mapping[str, PublicIdentity], expect_kind: str | None = None
) -> OpenedBundle:
    """Verify and decrypt a bundle addressed to `me` from one of the `trusted` peers.

    Checks, in order: structure/format/truncation → newer format → sender known → signature →
    recipient is me → payload hash → decrypt → decompress → JSON → counts. Each failure raises
    its own `BundleError` subclass (codes in `docs/bundle-format.md`); nothing is returned unless
    every check passed. With `expect_kind` ("data" or "receipt"), a signed bundle of the other
    kind raises `WrongKind` before anything is decrypted.
    """
    with stream_bundle(source, me=me, trusted=trusted, expect_kind=expect_kind) as streamed:
        tables: dict[str, list[dict[str, Any]]] = {name: [] for name in streamed.manifest.counts}
        for table, record in streamed.records():
            tables[table].append(record)
        return OpenedBundle(manifest=streamed.manifest, tables=tables, bundle_hash=streamed.bundle_hash)
