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
    size = page_size(database)
    main = database.read_bytes()
    pages = [_decrypted(key, main[start : start + size], start == 0) for start in range(0, len(main), size)]
    if files[1].exists():
        wal = files[1].read_bytes()
        for start in range(32, len(wal) - size + 1, 24 + size):  # 32-byte WAL header, 24-byte frame headers
            number = int.from_bytes(wal[start : start + 4], "big")
            pages.append(_decrypted(key, wal[start + 24 : start + 24 + size], number == 1))
    return b"".join(pages)


def page_size(database: Path) -> int:
    """The SQLCipher page size of an encrypted file, read off its first page: the one whose
    decryption yields a sound SQLite header (the page size field at offset 16 of the header)."""
    key = cipher.key_for(database)
    assert key is not None, "not an encrypted station's file"
    head = database.read_bytes()[: cipher.PAGE_SIZE]
    for size in (cipher.PAGE_SIZE, cipher.LEGACY_PAGE_SIZE):
        if len(head) < size:
            continue
        # The decrypted first page lacks the 16 bytes the salt takes: its offset 16 is the page
        # size field (2 bytes, big-endian), then the bytes 1, 1 (file format versions) and the
        # reserve, which SQLCipher sets to its IV + HMAC.
        page = _decrypted(key, head[:size], True, size)
        if int.from_bytes(page[0:2], "big") == size and page[4] == _RESERVE:
            return size
    wal = database.with_name(database.name + "-wal")
    if not head and wal.is_file():  # every page still in the WAL: its header names the page size
        return int.from_bytes(wal.read_bytes()[8:12], "big")
    raise AssertionError("the first page decrypts with neither page size")


def _decrypted(key: bytes, page: bytes, first: bool, size: int | None = None) -> bytes:
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    size = size or len(page)
    iv = page[size - _RESERVE : size - _RESERVE + 16]
    body = page[_SALT if first else 0 : size - _RESERVE]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()
