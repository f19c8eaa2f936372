"""Encryption of a bundle payload to the recipient's X25519 key, in authenticated chunks.

Scheme `x25519-hkdf-sha256-aes256gcm-stream` (version 1):
- the sender makes a one-off X25519 key pair; the shared secret with the recipient's public key
  goes through HKDF-SHA256 (salt = ephemeral public ‖ recipient public, info = context ‖ bundle
  id) to a fresh AES-256 key used for this one bundle only;
- the plaintext is cut into chunks of `chunk_size` bytes (the last one shorter, possibly empty
  only when the whole plaintext is) and each chunk is sealed with AES-256-GCM; the 12-byte nonce
  is an 11-byte big-endian chunk counter plus a final-chunk flag byte — the STREAM construction
  that age uses — so chunks cannot be reordered, dropped or the stream cut short unnoticed;
- the ephemeral public key travels in the signed manifest, which binds the payload to the sender.
Only `cryptography` primitives are used; this module only arranges them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

CHUNK_SIZE = 1024 * 1024
TAG_SIZE = 16
_INFO = b"StationDesk bundle payload v1\x00"
_MAX_COUNTER = 2**88 - 1


class DecryptionFailed(Exception):
    """Internal: the payload cannot be opened with this key; the reader raises `bundle.wrong_key`."""


def recipient_key_id(public_key: bytes) -> str:
    """A short public id of an X25519 key, so a reader can tell 'not my current key' before decrypting."""
    return hashlib.sha256(b"StationDesk x25519 key id\x00" + public_key).hexdigest()[:32]


def _derive_key(shared: bytes, ephemeral_public: bytes, recipient_public: bytes, bundle_id: bytes) -> AESGCM:
    key = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=ephemeral_public + recipient_public,
        info=_INFO + bundle_id,
    ).derive(shared)
    return AESGCM(key)


def _nonce(counter: int, last: bool) -> bytes:
    if counter > _MAX_COUNTER:
        raise OverflowError("too many chunks")
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


class Sealer:
    """Encrypts a stream for one recipient: `feed()` bytes in, ciphertext out; then `finish()`."""

    def __init__(self, recipient_public: bytes, bundle_id: bytes, chunk_size: int = CHUNK_SIZE) -> None:
        ephemeral = X25519PrivateKey.generate()
        self.ephemeral_public = ephemeral.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
        self._aead = _derive_key(shared, self.ephemeral_public, recipient_public, bundle_id)
        self.chunk_size = chunk_size
        self._buffer = bytearray()
        self._counter = 0

    def feed(self, data: bytes) -> bytes:
        """Add plaintext; return whatever whole chunks are ready (maybe b"")."""
        self._buffer += data
        out = []
        # Keep at least one byte back: only finish() knows which chunk is the last.
        while len(self._buffer) > self.chunk_size:
            chunk = bytes(self._buffer[: self.chunk_size])
            del self._buffer[: self.chunk_size]
            out.append(self._aead.encrypt(_nonce(self._counter, False), chunk, None))
            self._counter += 1
        return b"".join(out)

    def finish(self) -> bytes:
        """Seal the final chunk (flagged as last)."""
        sealed = self._aead.encrypt(_nonce(self._counter, True), bytes(self._buffer), None)
        self._buffer.clear()
        return sealed


def open_chunks(
    my_private: X25519PrivateKey,
    ephemeral_public: bytes,
    bundle_id: bytes,
    chunk_size: int,
    ciphertext: Iterator[bytes],
) -> Iterator[bytes]:
    """Decrypt the chunked stream; `ciphertext` yields the sealed chunks (chunk_size + 16 bytes each,
    the last one shorter or equal). Raises `DecryptionFailed` for a wrong key or any damage."""
    my_public = my_private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    try:
        shared = my_private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    except ValueError as exc:  # a low-order point gives an all-zero secret, which cryptography refuses
        raise DecryptionFailed() from exc
    aead = _derive_key(shared, ephemeral_public, my_public, bundle_id)
    counter = 0
    pending: bytes | None = None
    for piece in ciphertext:
        # Decrypt one chunk behind, so we know whether the current one is the final chunk.
        if pending is not None:
            yield _open_one(aead, counter, pending, last=False, chunk_size=chunk_size)
            counter += 1
        pending = piece
    if pending is None:
        raise DecryptionFailed()
    yield _open_one(aead, counter, pending, last=True, chunk_size=chunk_size)


def _open_one(aead: AESGCM, counter: int, sealed: bytes, *, last: bool, chunk_size: int) -> bytes:
    if len(sealed) < TAG_SIZE or len(sealed) > chunk_size + TAG_SIZE:
        raise DecryptionFailed()
    try:
        plain = aead.decrypt(_nonce(counter, last), sealed, None)
    except (InvalidTag, OverflowError) as exc:
        raise DecryptionFailed() from exc
    if not last and len(plain) != chunk_size:
        raise DecryptionFailed()
    return plain
