"""An installation's key material: signing and encryption keys, the keystore and fingerprints.

Each installation (a station or the district office) has an Ed25519 key that signs the bundles
it sends and an X25519 key that bundles sent to it are encrypted to. The private keys only ever
reach the disk inside a keystore blob, encrypted with a key derived from a passphrase (argon2id)
and AES-256-GCM. The public half — station code, mode and both public keys — is the
`PublicIdentity` exchanged through enrollment files (see `desktop.sync.enrollment`) and confirmed
by a 24-digit fingerprint read aloud over the phone.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import unicodedata
from dataclasses import dataclass
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.sync.encoding import (
    MODES,
    b64decode,
    b64encode,
    canonical_json,
    check_station_code,
    load_object,
    require_int,
    require_station_code,
    require_str,
)
from desktop.sync.errors import FingerprintMismatch, KeystoreInvalid, WrongPassphrase

KEYSTORE_FORMAT = "stationdesk-keystore"
KEYSTORE_VERSION = 1
_RAW = serialization.Encoding.Raw


@dataclass(frozen=True)
class PublicIdentity:
    """What a peer knows about an installation: who it is and its two public keys (raw 32 bytes)."""

    station_code: str
    mode: str  # "station" | "district"
    signing_key: bytes  # Ed25519 public key
    encryption_key: bytes  # X25519 public key

    def __post_init__(self) -> None:
        check_station_code(self.station_code)
        if self.mode not in MODES:
            raise ValueError(f"invalid mode {self.mode!r}")
        if len(self.signing_key) != 32 or len(self.encryption_key) != 32:
            raise ValueError("public keys must be 32 raw bytes")


@dataclass(frozen=True)
class KeyPair:
    """This installation's private keys together with its public identity."""

    identity: PublicIdentity
    signing_private: Ed25519PrivateKey
    encryption_private: X25519PrivateKey

    def __repr__(self) -> str:  # never print key material into a log or traceback
        return f"KeyPair({self.identity.station_code!r}, {self.identity.mode!r})"


@dataclass(frozen=True)
class KdfParams:
    """argon2id cost; the defaults are the RFC 9106 'low memory' profile (≈0.1–0.2 s)."""

    time_cost: int = 3
    memory_cost: int = 65536  # KiB
    parallelism: int = 4


DEFAULT_KDF = KdfParams()
# A keystore read from disk must not make us allocate gigabytes or spin for minutes.
_MAX_MEMORY_COST = 1024 * 1024
_MAX_TIME_COST = 16


def generate_keypair(station_code: str, mode: str) -> KeyPair:
    """Fresh keys for a new installation (normally only called through `create_keystore`)."""
    signing = Ed25519PrivateKey.generate()
    encryption = X25519PrivateKey.generate()
    return _keypair(station_code, mode, signing, encryption)


def _keypair(station_code: str, mode: str, signing: Ed25519PrivateKey, encryption: X25519PrivateKey) -> KeyPair:
    identity = PublicIdentity(
        station_code=station_code,
        mode=mode,
        signing_key=signing.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw),
        encryption_key=encryption.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw),
    )
    return KeyPair(identity, signing, encryption)


def _derive(passphrase: str, salt: bytes, kdf: KdfParams) -> bytes:
    return hash_secret_raw(
        secret=passphrase.encode("utf-8"),
        salt=salt,
        time_cost=kdf.time_cost,
        memory_cost=kdf.memory_cost,
        parallelism=kdf.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def seal_keystore(keys: KeyPair, passphrase: str, kdf: KdfParams = DEFAULT_KDF) -> bytes:
    """Encrypt `keys` under `passphrase` into a keystore blob (JSON bytes)."""
    if not passphrase:
        raise ValueError("an empty passphrase would leave the private keys unprotected")
    ident = keys.identity
    salt, nonce = os.urandom(16), os.urandom(12)
    header: dict[str, Any] = {
        "format": KEYSTORE_FORMAT,
        "version": KEYSTORE_VERSION,
        "station_code": ident.station_code,
        "mode": ident.mode,
        "signing_key": b64encode(ident.signing_key),
        "encryption_key": b64encode(ident.encryption_key),
        "kdf": {
            "name": "argon2id",
            "time_cost": kdf.time_cost,
            "memory_cost": kdf.memory_cost,
            "parallelism": kdf.parallelism,
            "salt": b64encode(salt),
        },
        "cipher": {"name": "aes-256-gcm", "nonce": b64encode(nonce)},
    }
    secret = keys.signing_private.private_bytes_raw() + keys.encryption_private.private_bytes_raw()
    # The clear header is the AAD, so nobody can swap the station code or public keys unnoticed.
    sealed = AESGCM(_derive(passphrase, salt, kdf)).encrypt(nonce, secret, canonical_json(header))
    return canonical_json({**header, "ciphertext": b64encode(sealed)})


def create_keystore(
    passphrase: str, *, station_code: str, mode: str, kdf: KdfParams = DEFAULT_KDF
) -> tuple[bytes, PublicIdentity]:
    """Generate this installation's keys; return the protected keystore blob and the public identity."""
    keys = generate_keypair(station_code, mode)
    return seal_keystore(keys, passphrase, kdf), keys.identity


def _parse_keystore(blob: bytes) -> tuple[dict[str, Any], PublicIdentity, KdfParams, bytes, bytes, bytes]:
    try:
        obj = load_object(blob)
        if obj.get("format") != KEYSTORE_FORMAT or require_int(obj, "version") != KEYSTORE_VERSION:
            raise ValueError("not a keystore of a known version")
        identity = PublicIdentity(
            station_code=require_station_code(obj, "station_code"),
            mode=require_str(obj, "mode"),
            signing_key=b64decode(require_str(obj, "signing_key"), length=32),
            encryption_key=b64decode(require_str(obj, "encryption_key"), length=32),
        )
        kdf_obj, cipher_obj = obj.get("kdf"), obj.get("cipher")
        if not isinstance(kdf_obj, dict) or kdf_obj.get("name") != "argon2id":
            raise ValueError("unknown kdf")
        if not isinstance(cipher_obj, dict) or cipher_obj.get("name") != "aes-256-gcm":
            raise ValueError("unknown cipher")
        kdf = KdfParams(
            time_cost=require_int(kdf_obj, "time_cost", minimum=1, maximum=_MAX_TIME_COST),
            memory_cost=require_int(kdf_obj, "memory_cost", minimum=8, maximum=_MAX_MEMORY_COST),
            parallelism=require_int(kdf_obj, "parallelism", minimum=1, maximum=64),
        )
        if kdf.memory_cost < 8 * kdf.parallelism:
            raise ValueError("argon2 memory below its minimum")
        salt = b64decode(require_str(kdf_obj, "salt"), length=16)
        nonce = b64decode(require_str(cipher_obj, "nonce"), length=12)
        sealed = b64decode(require_str(obj, "ciphertext"), length=64 + 16)
    except ValueError as exc:
        raise KeystoreInvalid() from exc
    header = {k: v for k, v in obj.items() if k != "ciphertext"}
    return header, identity, kdf, salt, nonce, sealed


def open_keystore(blob: bytes, passphrase: str) -> KeyPair:
    """Unlock the keystore; `WrongPassphrase` (keys.wrong_passphrase) if the passphrase is wrong."""
    header, identity, kdf, salt, nonce, sealed = _parse_keystore(blob)
    try:
        secret = AESGCM(_derive(passphrase, salt, kdf)).decrypt(nonce, sealed, canonical_json(header))
    except InvalidTag:
        raise WrongPassphrase() from None
    keys = _keypair(
        identity.station_code,
        identity.mode,
        Ed25519PrivateKey.from_private_bytes(secret[:32]),
        X25519PrivateKey.from_private_bytes(secret[32:]),
    )
    if keys.identity != identity:  # authenticated, so only a bug could get here — but never trust it blindly
        raise KeystoreInvalid()
    return keys


def rewrap_keystore(blob: bytes, old: str, new: str, kdf: KdfParams = DEFAULT_KDF) -> bytes:
    """Change the keystore passphrase; the keys (and so the fingerprint) stay the same."""
    return seal_keystore(open_keystore(blob, old), new, kdf)


def keystore_identity(blob: bytes) -> PublicIdentity:
    """The public identity stored in clear in a keystore (no passphrase needed)."""
    return _parse_keystore(blob)[1]


# --- fingerprints ----------------------------------------------------------------------------

FINGERPRINT_GROUPS = 6
_FP_DIGITS = FINGERPRINT_GROUPS * 4
_FP_CONTEXT = b"StationDesk fingerprint v1\x00"
_SEPARATORS = frozenset(" \t\r\n-_.·—–")


def fingerprint_digits(identity: PublicIdentity) -> str:
    """24 decimal digits from SHA-256 over station code, mode and both public keys."""
    code = identity.station_code.encode("utf-8")
    digest = hashlib.sha256(
        _FP_CONTEXT
        + len(code).to_bytes(1, "big")
        + code
        + identity.mode.encode("ascii")
        + b"\x00"
        + identity.signing_key
        + identity.encryption_key
    ).digest()
    # 128 bits reduced mod 10^24: the bias (< 2^-48) is irrelevant; ≈79.7 bits are kept.
    return str(int.from_bytes(digest[:16], "big") % 10**_FP_DIGITS).zfill(_FP_DIGITS)


def fingerprint(identity: PublicIdentity) -> str:
    """The fingerprint to show and read aloud: six groups of four digits, e.g. `0123 4567 …`."""
    digits = fingerprint_digits(identity)
    return " ".join(digits[i : i + 4] for i in range(0, _FP_DIGITS, 4))


def normalise_fingerprint(spoken: str) -> str:
    """Drop spaces and dashes; NFKC folds full-width digits typed with a Chinese input method."""
    text = unicodedata.normalize("NFKC", spoken)
    return "".join(ch for ch in text if ch not in _SEPARATORS and not ch.isspace())


def verify_fingerprint(identity: PublicIdentity, spoken: str) -> None:
    """Raise `FingerprintMismatch` unless `spoken` is exactly the identity's fingerprint."""
    typed = normalise_fingerprint(spoken).encode("utf-8")
    if not hmac.compare_digest(typed, fingerprint_digits(identity).encode("ascii")):
        raise FingerprintMismatch()
