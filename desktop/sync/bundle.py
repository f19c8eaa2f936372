"""Writing and opening `*.sdbundle` files: the public API of the sync file layer.

`write_bundle` streams records into a compressed, encrypted, signed file and publishes it
atomically. `open_bundle` verifies a file step by step — structure, format version, sender,
signature, recipient, payload hash, decryption, decompression, JSON, counts — and raises one
documented `BundleError` subclass at the first failure, so a bad file never yields any records.
`read_manifest` shows what a file is without keys (and without verifying it). The layout is in
`container.py`, the encryption in `envelope.py`, the plaintext in `payload.py`; the reference is
`docs/bundle-format.md`. Nothing here touches the database: records are plain dicts.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import uuid
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from desktop import __version__
from desktop.sync import container, envelope
from desktop.sync.errors import (
    BadSignature,
    BundleTampered,
    BundleUnreadable,
    BundleWriteFailed,
    CorruptPayload,
    UnknownSender,
    WrongKey,
    WrongKind,
    WrongRecipient,
)
from desktop.sync.keys import KeyPair, PublicIdentity
from desktop.sync.manifest import KIND_DATA, Manifest, PayloadInfo, utc_timestamp
from desktop.sync.payload import PayloadCorrupt, decode_tables, encode_tables

_COPY_BLOCK = 1024 * 1024
Source = str | os.PathLike[str] | BinaryIO


@dataclass(frozen=True)
class BundleInfo:
    """What `write_bundle` produced; `bundle_hash` is the next bundle's `previous_hash`."""

    path: Path
    manifest: Manifest
    bundle_hash: str
    size: int


@dataclass(frozen=True)
class OpenedBundle:
    """A verified, decrypted bundle: the manifest and every table's records in file order."""

    manifest: Manifest
    tables: dict[str, list[dict[str, Any]]]
    bundle_hash: str


def write_bundle(
    path: str | os.PathLike[str],
    *,
    sender: KeyPair,
    recipient: PublicIdentity,
    sequence: int,
    previous_hash: str | None,
    tables: Mapping[str, Iterable[dict[str, Any]]],
    schema_version: int | str,
    full: bool,
    created_at: datetime | None = None,
) -> BundleInfo:
    """Write a data bundle from `sender` to `recipient` at `path`, atomically.

    `tables` maps table names (`[a-z][a-z0-9_]*`) to iterables of record dicts; they are consumed
    once, in order. On any failure — including an exception from an iterator — no file is left
    at `path` (an existing file there is untouched) and no temporary file remains.
    """
    return write_container(
        path,
        kind=KIND_DATA,
        sender=sender,
        recipient=recipient,
        sequence=sequence,
        previous_hash=previous_hash,
        tables=tables,
        schema_version=schema_version,
        full=full,
        created_at=created_at,
    )


def write_container(
    path: str | os.PathLike[str],
    *,
    kind: str,
    sender: KeyPair,
    recipient: PublicIdentity,
    sequence: int,
    previous_hash: str | None,
    tables: Mapping[str, Iterable[dict[str, Any]]],
    schema_version: int | str,
    full: bool,
    created_at: datetime | None = None,
) -> BundleInfo:
    """Shared writer for data bundles and receipts (see `write_bundle`)."""
    target = Path(path)
    bundle_id = uuid.uuid4()
    created = utc_timestamp(created_at)
    payload_tmp = target.with_name(f".{target.name}.{bundle_id.hex}.payload.tmp")
    final_tmp = target.with_name(f".{target.name}.{bundle_id.hex}.tmp")
    try:
        sealer = envelope.Sealer(recipient.encryption_key, bundle_id.bytes)
        payload_hash = hashlib.sha256()
        with open(payload_tmp, "wb") as out:

            def sink(data: bytes) -> None:
                sealed = sealer.feed(data)
                payload_hash.update(sealed)
                out.write(sealed)

            counts = encode_tables(tables, sink)
            last = sealer.finish()
            payload_hash.update(last)
            out.write(last)
            payload_size = out.tell()
        manifest = Manifest(
            kind=kind,
            bundle_id=str(bundle_id),
            sender=sender.identity.station_code,
            sender_mode=sender.identity.mode,
            recipient=recipient.station_code,
            created_at=created,
            sequence=sequence,
            previous_hash=previous_hash,
            full=full,
            counts=counts,
            app_version=__version__,
            schema_version=schema_version,
            payload=PayloadInfo(
                size=payload_size,
                sha256=payload_hash.hexdigest(),
                ephemeral_key=sealer.ephemeral_public,
                recipient_key=envelope.recipient_key_id(recipient.encryption_key),
                chunk_size=sealer.chunk_size,
            ),
        )
        manifest.validate()
        manifest_bytes = manifest.to_json()
        prefix = container.pack_prefix(manifest_bytes)
        signature = sender.signing_private.sign(
            container.signature_input(prefix, manifest_bytes, manifest.payload.sha256)
        )
        whole = hashlib.sha256()
        with open(final_tmp, "wb") as out, open(payload_tmp, "rb") as payload:
            head = prefix + manifest_bytes + signature
            whole.update(head)
            out.write(head)
            while block := payload.read(_COPY_BLOCK):
                whole.update(block)
                out.write(block)
            out.flush()
            os.fsync(out.fileno())
            size = out.tell()
        os.replace(final_tmp, target)
        _fsync_directory(target.parent)
    except OSError as exc:
        raise BundleWriteFailed(detail=exc.strerror or type(exc).__name__) from exc
    finally:
        for leftover in (payload_tmp, final_tmp):
            leftover.unlink(missing_ok=True)
    return BundleInfo(path=target, manifest=manifest, bundle_hash=whole.hexdigest(), size=size)


def _fsync_directory(folder: Path) -> None:
    # Makes the rename itself durable on POSIX; Windows cannot open a directory, and NTFS
    # journals the rename anyway.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class _Opened:
    """Context manager giving a binary stream for a path or an already open file."""

    def __init__(self, source: Source) -> None:
        self._source = source
        self._owned: BinaryIO | None = None

    def __enter__(self) -> BinaryIO:
        if isinstance(self._source, str | os.PathLike):
            try:
                self._owned = open(self._source, "rb")
            except OSError as exc:
                raise BundleUnreadable(detail=exc.strerror or type(exc).__name__) from exc
            return self._owned
        return self._source

    def __exit__(self, *exc: object) -> None:
        if self._owned is not None:
            self._owned.close()


def read_manifest(source: Source) -> Manifest:
    """The clear manifest, for showing what a file is. Structural checks only: NOT verified."""
    with _Opened(source) as stream:
        try:
            return container.read_header(stream).manifest
        except OSError as exc:
            raise BundleUnreadable(detail=exc.strerror or type(exc).__name__) from exc


def bundle_hash(source: Source) -> str:
    """SHA-256 (hex) of the whole file: the link in each sender's chain of `previous_hash`."""
    digest = hashlib.sha256()
    with _Opened(source) as stream:
        try:
            stream.seek(0)
            while block := stream.read(_COPY_BLOCK):
                digest.update(block)
        except OSError as exc:
            raise BundleUnreadable(detail=exc.strerror or type(exc).__name__) from exc
    return digest.hexdigest()


def _payload_blocks(stream: BinaryIO, offset: int, block: int) -> Iterator[bytes]:
    stream.seek(offset)
    while data := stream.read(block):
        yield data


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
    with _Opened(source) as stream:
        try:
            return _open(stream, me, trusted, expect_kind)
        except OSError as exc:
            raise BundleUnreadable(detail=exc.strerror or type(exc).__name__) from exc


def _open(
    stream: BinaryIO, me: KeyPair, trusted: Mapping[str, PublicIdentity], expect_kind: str | None
) -> OpenedBundle:
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
    payload_size = header.file_size - header.payload_offset
    if payload_size != manifest.payload.size or not _hash_matches(stream, header, manifest.payload.sha256):
        raise BundleTampered()
    if manifest.payload.recipient_key != envelope.recipient_key_id(me.identity.encryption_key):
        raise WrongKey()

    # Second pass: decrypt while hashing again, so a file swapped between the passes is caught.
    rehash = hashlib.sha256()
    whole = hashlib.sha256(header.head_bytes)

    def sealed_chunks() -> Iterator[bytes]:
        for chunk in _payload_blocks(stream, header.payload_offset, manifest.payload.chunk_size + envelope.TAG_SIZE):
            rehash.update(chunk)
            whole.update(chunk)
            yield chunk

    plain = envelope.open_chunks(
        me.encryption_private,
        manifest.payload.ephemeral_key,
        uuid.UUID(manifest.bundle_id).bytes,
        manifest.payload.chunk_size,
        sealed_chunks(),
    )
    try:
        tables = decode_tables(plain, manifest.counts)
    except envelope.DecryptionFailed:
        raise WrongKey() from None
    except PayloadCorrupt as exc:
        raise CorruptPayload(detail=exc.detail) from None
    if not hmac.compare_digest(rehash.hexdigest(), manifest.payload.sha256):
        raise BundleTampered()
    return OpenedBundle(manifest=manifest, tables=tables, bundle_hash=whole.hexdigest())


def _hash_matches(stream: BinaryIO, header: container.Header, expected: str) -> bool:
    digest = hashlib.sha256()
    for block in _payload_blocks(stream, header.payload_offset, _COPY_BLOCK):
        digest.update(block)
    return hmac.compare_digest(digest.hexdigest(), expected)
