"""Test helpers that build bundles byte by byte, to produce files `write_bundle` never would.

They reuse the format's own building blocks (container, envelope, manifest) so that a test can
change exactly one thing — a count, a recipient key id, the signer, the plaintext — and check
that `open_bundle` refuses the result with the right error code.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import uuid
import zlib
from collections.abc import Callable
from datetime import UTC, datetime

from desktop.sync import container, envelope
from desktop.sync.keys import KeyPair, PublicIdentity
from desktop.sync.manifest import KIND_DATA, Manifest, PayloadInfo, utc_timestamp

ManifestEdit = Callable[[Manifest], Manifest]


def jsonl(*lines: bytes) -> bytes:
    """A compressed plaintext payload made of the given lines."""
    return zlib.compress(b"".join(line + b"\n" for line in lines))


def craft(
    sender: KeyPair,
    recipient: PublicIdentity,
    plaintext: bytes,
    *,
    counts: dict[str, int],
    kind: str = KIND_DATA,
    edit: ManifestEdit | None = None,
    chunk_size: int = envelope.CHUNK_SIZE,
) -> bytes:
    """A correctly signed and encrypted bundle around an arbitrary (already compressed) plaintext."""
    bundle_id = uuid.uuid4()
    sealer = envelope.Sealer(recipient.encryption_key, bundle_id.bytes, chunk_size)
    payload = sealer.feed(plaintext) + sealer.finish()
    manifest = Manifest(
        kind=kind,
        bundle_id=str(bundle_id),
        sender=sender.identity.station_code,
        sender_mode=sender.identity.mode,
        recipient=recipient.station_code,
        created_at=utc_timestamp(datetime(2026, 11, 23, 9, 30, tzinfo=UTC)),
        sequence=1,
        previous_hash=None,
        full=True,
        counts=counts,
        app_version="test",
        schema_version=1,
        payload=PayloadInfo(
            size=len(payload),
            sha256=hashlib.sha256(payload).hexdigest(),
            ephemeral_key=sealer.ephemeral_public,
            recipient_key=envelope.recipient_key_id(recipient.encryption_key),
            chunk_size=sealer.chunk_size,
        ),
    )
    return assemble(manifest if edit is None else edit(manifest), payload, sender)


def assemble(manifest: Manifest, payload: bytes, signer: KeyPair) -> bytes:
    manifest_bytes = manifest.to_json()
    prefix = container.pack_prefix(manifest_bytes)
    signature = signer.signing_private.sign(container.signature_input(prefix, manifest_bytes, manifest.payload.sha256))
    return prefix + manifest_bytes + signature + payload


def split(data: bytes) -> tuple[Manifest, bytes]:
    """The manifest and the payload of well-formed bundle bytes."""
    header = container.read_header(io.BytesIO(data))
    return header.manifest, data[header.payload_offset :]


def resign(data: bytes, signer: KeyPair, edit: ManifestEdit | None = None, payload: bytes | None = None) -> bytes:
    """Re-sign `data` with `signer` after editing the manifest and/or swapping the payload."""
    manifest, old_payload = split(data)
    if payload is not None:
        info = dataclasses.replace(manifest.payload, size=len(payload), sha256=hashlib.sha256(payload).hexdigest())
        manifest = dataclasses.replace(manifest, payload=info)
    else:
        payload = old_payload
    if edit is not None:
        manifest = edit(manifest)
    return assemble(manifest, payload, signer)
