"""Writing `*.sdbundle` files, and the one module callers import for the bundle API.

`write_bundle` streams records into a compressed, encrypted, signed file and publishes it
atomically: temporary files in the target folder, fsync, rename — nothing partial is ever left,
whatever fails. Reading (`read_manifest`, `open_bundle`, `stream_bundle`, `bundle_hash`) lives in
`reader.py` and is re-exported here. The layout is in `container.py`, the encryption in
`envelope.py`, the plaintext in `payload.py`; the reference is `docs/bundle-format.md`.
Nothing here touches the database: records are plain dicts.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import os
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.sync import container, envelope
from desktop.sync.errors import BundleWriteFailed
from desktop.sync.files import fsync_directory
from desktop.sync.keys import KeyPair, PublicIdentity
from desktop.sync.manifest import KIND_DATA, MAX_TABLES, TABLE_NAME_RE, Manifest, PayloadInfo, utc_timestamp
from desktop.sync.payload import encode_tables
from desktop.sync.reader import (
    OpenedBundle,
    Source,
    StreamedBundle,
    bundle_hash,
    open_bundle,
    read_manifest,
    stream_bundle,
)

_COPY_BLOCK = 1024 * 1024

__all__ = [
    "BundleInfo",
    "OpenedBundle",
    "Source",
    "StreamedBundle",
    "bundle_hash",
    "open_bundle",
    "read_manifest",
    "stream_bundle",
    "write_bundle",
    "write_container",
]


@dataclass(frozen=True)
class BundleInfo:
    """What `write_bundle` produced; `bundle_hash` is the next bundle's `previous_hash`."""

    path: Path
    manifest: Manifest
    bundle_hash: str
    size: int


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
    extra: Mapping[str, Any] | None = None,
) -> BundleInfo:
    """Write a data bundle from `sender` to `recipient` at `path`, atomically.

    `extra` holds optional manifest fields (docs/bundle-format.md §2a), signed with the rest.

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
        extra=extra,
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
    extra: Mapping[str, Any] | None = None,
) -> BundleInfo:
    """Shared writer for data bundles and receipts (see `write_bundle`)."""
    target = Path(path)
    bundle_id = uuid.uuid4()
    created = utc_timestamp(created_at)
    payload_tmp = target.with_name(f".{target.name}.{bundle_id.hex}.payload.tmp")
    final_tmp = target.with_name(f".{target.name}.{bundle_id.hex}.tmp")
    sealer = envelope.Sealer(recipient.encryption_key, bundle_id.bytes)
    # Check every argument before consuming the record iterators (they may be long queries).
    draft = Manifest(
        kind=kind,
        bundle_id=str(bundle_id),
        sender=sender.identity.station_code,
        sender_mode=sender.identity.mode,
        recipient=recipient.station_code,
        created_at=created,
        sequence=sequence,
        previous_hash=previous_hash,
        full=full,
        counts={},
        app_version=__version__,
        schema_version=schema_version,
        payload=PayloadInfo(
            size=0,
            sha256="",
            ephemeral_key=sealer.ephemeral_public,
            recipient_key=envelope.recipient_key_id(recipient.encryption_key),
            chunk_size=sealer.chunk_size,
        ),
        extra=dict(extra or {}),
    )
    draft.validate()
    bad_names = [name for name in tables if not isinstance(name, str) or not TABLE_NAME_RE.fullmatch(name)]
    if bad_names or len(tables) > MAX_TABLES:
        raise ValueError(f"invalid table names {bad_names!r} or too many tables")
    try:
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
        manifest = dataclasses.replace(
            draft,
            counts=counts,
            payload=dataclasses.replace(draft.payload, size=payload_size, sha256=payload_hash.hexdigest()),
        )
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
        fsync_directory(target.parent)
    except OSError as exc:
        raise BundleWriteFailed(detail=exc.strerror or type(exc).__name__) from exc
    finally:
        for leftover in (payload_tmp, final_tmp):
            with contextlib.suppress(OSError):  # never mask the real error with a cleanup one
                leftover.unlink(missing_ok=True)
    return BundleInfo(path=target, manifest=manifest, bundle_hash=whole.hexdigest(), size=size)
