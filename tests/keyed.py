"""`sqlite3.connect` for tests that read or damage a station's file directly: keyed when encrypted.

The key comes from this process's sign-ins and fixtures (desktop/db/cipher.py); a file whose
folder has no known key (a bare database a test made itself) opens as plain SQLite, as before.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.db import cipher


def connect(target: str | Path, *, uri: bool = False, isolation_level: str | None = "", **_: Any) -> Any:
    """Takes sqlite3.connect's forms used here: a path, or `file:PATH?mode=ro` with uri=True."""
    text, read_only = str(target), False
    if uri and text.startswith("file:"):
        text, _sep, query = text[len("file:") :].partition("?")
        read_only = "mode=ro" in query
    path = Path(text)
    key = cipher.key_for(path)
    if key is None and path.is_file() and not cipher.is_plain(path):
        # A copy outside its station's folder (a backup written with --out): one of the keys this
        # process has learnt opens it.
        key = next((k for k in cipher._keys.values() if _opens(path, k)), None)
    connection = cipher.connect(path, key, read_only=read_only)
    if isolation_level is None:
        connection.isolation_level = None
    return connection


def _opens(path: Path, key: bytes) -> bool:
    try:
        connection = cipher.connect(path, key, read_only=True)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
        return True
    except cipher.errors():
        return False


def unlock(data_dir: Path, username: str, password: str) -> None:
    """Learn the key of a station a subprocess made, as its user would sign in."""
    from desktop.services.station_key import unlock as unwrap

    unwrap(data_dir, username, password)


def plain_copy(database: Path, target: Path) -> Path:
    """An unencrypted copy of a station's database (as a station made before encryption had)."""
    cipher.export_plain(database, target)
    return target


_PAGE = 4096  # SQLCipher 4's default page size, which desktop/db/cipher.py keeps
_RESERVE = 80  # per page: a 16-byte IV, then a 64-byte HMAC-SHA512
_SALT = 16  # page 1 begins with the file's salt, in clear


def plaintext(database: Path) -> bytes:
    """Every page of a station's database file and of its WAL, decrypted — free, deleted and
    overwritten pages too — so a test can tell whether personal data is still anywhere in the
    files, as someone holding the key could. A plain file is returned as it is."""
    files = [database, database.with_name(database.name + "-wal")]
    key = cipher.key_for(database)
    if key is None:
        return b"".join(path.read_bytes() for path in files if path.exists())
    main = database.read_bytes()
    pages = [_decrypted(key, main[start : start + _PAGE], start == 0) for start in range(0, len(main), _PAGE)]
    if files[1].exists():
        wal = files[1].read_bytes()
        for start in range(32, len(wal) - _PAGE + 1, 24 + _PAGE):  # 32-byte WAL header, 24-byte frame headers
            number = int.from_bytes(wal[start : start + 4], "big")
            pages.append(_decrypted(key, wal[start + 24 : start + 24 + _PAGE], number == 1))
    return b"".join(pages)


def _decrypted(key: bytes, page: bytes, first: bool) -> bytes:
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    iv = page[_PAGE - _RESERVE : _PAGE - _RESERVE + 16]
    body = page[_SALT if first else 0 : _PAGE - _RESERVE]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()
