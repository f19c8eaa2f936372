"""The keyring file: the database key wrapped once per user and once by the recovery key.

`keyring.json` lives in the data folder, outside the database (mode 0600). It holds nothing
personal: per user name an AES-256-GCM wrap of the database key under a key derived from the
password (argon2id → HKDF-SHA256), the same for the recovery key, and what the start shows
before anyone signs in (station name, language). A wrong password fails the AEAD tag.

The argon2 parameters are stored with each wrap, so a wrap made with other parameters (older
installations, or a test station, see `fast_kdf`) still opens. A conversion from a plain database
builds each user's wrap from their stored argon2id password hash (`wrap_from_hash`): that hash
*is* argon2id(password, salt), so the user's next sign-in derives the same wrapping key.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.paths import KEYRING_FILE, RECOVERY_SPARE_FILE

log = logging.getLogger(__name__)

RECOVERY = "\x00recovery"  # the recovery key's slot; no user name can be this
_INFO = b"stationdesk database key wrap v1"
# argon2-cffi's defaults, RFC 9106's second recommended option: 64 MiB, 3 passes, 4 lanes.
STRONG = {"t": 3, "m": 65536, "p": 4}
# Test stations only: STATIONDESK_TEST_FAST_KDF=1 makes new wraps cheap (see docs/security.md).
FAST = {"t": 1, "m": 8192, "p": 1}
FAST_KDF_VARIABLE = "STATIONDESK_TEST_FAST_KDF"


def fast_kdf() -> bool:
    return os.environ.get(FAST_KDF_VARIABLE) == "1"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def _stretch(secret: bytes, salt: bytes, params: dict[str, int]) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(secret, salt, params["t"], params["m"], params["p"], 32, Type.ID)


def _wrapping_key(raw: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(hashes.SHA256(), 32, salt=None, info=_INFO).derive(raw)


def _seal(key: bytes, raw: bytes, salt: bytes, params: dict[str, int], slot: str) -> dict[str, Any]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(12)
    sealed = AESGCM(_wrapping_key(raw)).encrypt(nonce, key, slot.encode("utf-8"))
    return {"salt": _b64(salt), "params": dict(params), "nonce": _b64(nonce), "wrapped": _b64(sealed)}


def wrap(key: bytes, secret: str, slot: str) -> dict[str, Any]:
    """The database key sealed under `secret` (a password or the recovery key) for `slot`."""
    salt, params = os.urandom(16), FAST if fast_kdf() else STRONG
    return _seal(key, _stretch(secret.encode("utf-8"), salt, params), salt, params, slot)


def wrap_from_hash(key: bytes, password_hash: str, slot: str) -> dict[str, Any] | None:
    """A wrap from an argon2id PHC hash (`$argon2id$v=19$m=…,t=…,p=…$salt$hash`); None for another form."""
    parts = password_hash.split("$")
    if len(parts) != 6 or parts[1] != "argon2id" or parts[2] != "v=19":
        return None
    params = {name: int(value) for name, value in (item.split("=") for item in parts[3].split(","))}
    salt, raw = (base64.b64decode(part + "=" * (-len(part) % 4)) for part in parts[4:6])
    if len(raw) != 32:
        return None
    # Marked: its wrapping key is the stored hash, which any plain copy from before the conversion
    # holds; the user's first sign-in replaces it by a wrap with a salt of its own.
    return {**_seal(key, raw, salt, params, slot), "from_hash": True}


def unwrap(entry: dict[str, Any], secret: str, slot: str) -> bytes | None:
    """The database key, or None when `secret` is wrong (the AEAD tag does not verify)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    raw = _stretch(secret.encode("utf-8"), _unb64(entry["salt"]), entry["params"])
    try:
        return AESGCM(_wrapping_key(raw)).decrypt(_unb64(entry["nonce"]), _unb64(entry["wrapped"]), slot.encode())
    except InvalidTag:
        return None


def new_recovery_key() -> str:
    """256 random bits as 13 groups of 4 base32 letters: typed from paper without ambiguity."""
    text = base64.b32encode(secrets.token_bytes(32)).decode("ascii").rstrip("=")
    return "-".join(text[n : n + 4] for n in range(0, len(text), 4))


def normalise_recovery_key(text: str) -> str:
    letters = "".join(ch for ch in text.upper() if ch.isalnum())
    return "-".join(letters[n : n + 4] for n in range(0, len(letters), 4))


@dataclass
class Keyring:
    """The parsed file; `save` writes it back atomically with mode 0600."""

    path: Path
    wraps: dict[str, dict[str, Any]] = field(default_factory=dict)
    public: dict[str, str] = field(default_factory=dict)

    def save(self) -> None:
        _write(self.path, {"version": 1, "public": self.public, "wraps": self.wraps})
        self.keep_spare()

    def keep_spare(self) -> None:
        """Write the spare of the recovery wrap (`spare_path`) unless it holds the same already."""
        recovery = self.wraps.get(RECOVERY)
        if recovery is not None:
            _keep_spare(self.path.parent, {"version": 1, "public": self.public, "recovery": recovery})


def _write(path: Path, content: dict[str, Any]) -> None:
    """`content` as JSON, atomically (a new file renamed over the old), mode 0600."""
    temporary = path.with_name(path.name + ".part")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(json.dumps(content, ensure_ascii=False, indent=1))
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


def keyring_path(data_dir: Path) -> Path:
    return data_dir / KEYRING_FILE


def spare_path(data_dir: Path) -> Path:
    """The spare of the recovery wrap, in the backups folder: a keyring.json deleted or damaged
    would otherwise take the database and every backup beside it along, recovery key or not.
    It holds the recovery wrap only, never a user's (a changed password must not keep opening
    the key through an old copy), and it is replaced when the recovery key is (the old sheet
    stops working there too)."""
    return data_dir / "backups" / RECOVERY_SPARE_FILE


def _keep_spare(data_dir: Path, content: dict[str, Any]) -> None:
    spare = spare_path(data_dir)
    try:
        if json.loads(spare.read_text(encoding="utf-8")) == content:
            return
    except (OSError, ValueError):
        pass
    try:
        spare.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        _write(spare, content)
    except OSError as error:  # the keyring itself is written: the spare is a second line only
        log.warning("recovery wrap spare not written: %s", type(error).__name__)


def load_spare(data_dir: Path) -> Keyring | None:
    """A keyring rebuilt from the spare (the recovery wrap only), for `recover` when keyring.json is
    lost; None when there is no readable spare. Saving it writes keyring.json again."""
    try:
        data = json.loads(spare_path(data_dir).read_text(encoding="utf-8"))
        recovery = data["recovery"]
        public = dict(data.get("public", {}))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return Keyring(keyring_path(data_dir), {RECOVERY: dict(recovery)}, public)


def load(data_dir: Path) -> Keyring | None:
    """The data folder's keyring, or None when the station is not encrypted (yet)."""
    path = keyring_path(data_dir)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    return Keyring(path, dict(data.get("wraps", {})), dict(data.get("public", {})))
