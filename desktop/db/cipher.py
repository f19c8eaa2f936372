"""SQLCipher: the station's database key in this process, keyed connections, encrypted copies.

The database, its WAL and every backup are SQLCipher 4 files under one random 256-bit key, given
as a raw key (`PRAGMA key = "x'…'"`), so no KDF runs per connection (docs/security.md). The key
is known to this process only after a sign-in has unwrapped it (desktop/db/keyring.py) and is
kept here per data folder: the engine, the checks, backups and restores of that folder find it
without every caller passing it along. A folder with no key known is a plain (not yet converted,
or not yet set-up) database and is opened with the standard sqlite3 module.

Files are written with 16 KiB pages (`PAGE_SIZE`): each page carries its own IV and HMAC, and with
4 KiB pages that per-page work made bulk writes some 40 % slower than plain SQLite. Files from
before (4 KiB pages, SQLCipher's default) still open: SQLCipher cannot tell the page size from the
file, so `page_size_of` tries ours, then the old one (docs/security.md).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

KEY_BYTES = 32
PAGE_SIZE = 16384
LEGACY_PAGE_SIZE = 4096  # SQLCipher 4's default, which every file before 16 KiB pages has
PLAIN_HEADER = b"SQLite format 3\x00"
_keys: dict[Path, bytes] = {}


def new_key() -> bytes:
    return os.urandom(KEY_BYTES)


def _folder(path: Path) -> Path:
    return path.resolve()


def remember(data_dir: Path, key: bytes) -> None:
    """`key` opens the database and backups of `data_dir` for the rest of this process."""
    if len(key) != KEY_BYTES:
        raise ValueError("a database key is 32 bytes")
    _keys[_folder(data_dir)] = key


def forget(data_dir: Path) -> None:
    _keys.pop(_folder(data_dir), None)


def key_for(path: Path) -> bytes | None:
    """The key of the data folder holding `path` (the database, or a file in its backups folder)."""
    folder = _folder(path.parent)
    return _keys.get(folder) or _keys.get(folder.parent)


def pragma_value(key: bytes) -> str:
    """The raw-key form SQLCipher takes without running its KDF."""
    return f"x'{key.hex()}'"


def is_plain(path: Path) -> bool:
    """The file starts with the plain SQLite header (an encrypted file's first bytes are its salt)."""
    try:
        with path.open("rb") as handle:
            return handle.read(16) == PLAIN_HEADER
    except OSError:
        return False


def _driver() -> Any:
    import sqlcipher3

    return sqlcipher3


def errors() -> tuple[type[Exception], ...]:
    """The exception bases of both drivers (sqlcipher3's are not sqlite3's)."""
    return (sqlite3.Error, _driver().Error)


def connect(
    path: Path, key: bytes | None = None, *, read_only: bool = False, timeout: float = 5.0, page_size: int | None = None
) -> Any:
    """A DB-API connection to `path`: keyed with `key` (or its folder's), else plain sqlite3.

    `page_size`: the file's SQLCipher page size when the caller knows it; else the one that opens it."""
    key = key or key_for(path)
    if key is None:
        return sqlite3.connect(_target(path, read_only), uri=read_only, timeout=timeout)
    return _keyed(path, key, page_size or page_size_of(path, key), read_only=read_only, timeout=timeout)


def _target(path: Path, read_only: bool) -> str:
    # As a URI the path is percent-encoded: a folder name with "?", "#" or "%" still opens.
    return f"{path.resolve().as_uri()}?mode=ro" if read_only else str(path)


def _keyed(path: Path, key: bytes, page_size: int, *, read_only: bool, timeout: float) -> Any:
    connection = _driver().connect(_target(path, read_only), uri=read_only, timeout=timeout, check_same_thread=False)
    unlock(connection, key, page_size)
    return connection


def page_size_of(path: Path, key: bytes) -> int:
    """The page size `path` was encrypted with: ours, or the old default for a file made before.

    A file that is missing or empty will be written with ours; one that opens with neither (a
    wrong key, a damaged first page) gets ours too, and its own error when it is read."""
    if not path.is_file() or (path.stat().st_size == 0 and not path.with_name(path.name + "-wal").is_file()):
        return PAGE_SIZE
    for size in (PAGE_SIZE, LEGACY_PAGE_SIZE):
        try:
            connection = _keyed(path, key, size, read_only=True, timeout=5.0)
        except errors():
            return PAGE_SIZE
        try:
            # A wrong page size fails page 1's HMAC at once; nothing is written (read-only).
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return size
        except errors():
            continue
        finally:
            connection.close()
    return PAGE_SIZE


def unlock(connection: Any, key: bytes, page_size: int = PAGE_SIZE) -> None:
    """Key a fresh sqlcipher3 connection (SQLCipher's own error log is silenced: errors are raised).

    The page size must follow the key, before the first read; it is the file's for an existing one."""
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(f'PRAGMA key = "{pragma_value(key)}"')
    connection.execute(f"PRAGMA cipher_page_size = {int(page_size)}")


def export(connection: Any, destination: Path, key: bytes) -> None:
    """Write the whole database of `connection` into the new file `destination`, encrypted with `key`.

    `sqlcipher_export` copies schema, rows and the schema version into an attached database; the
    source may be plain (opened without a key) or keyed, with either page size; the copy has
    `PAGE_SIZE` pages. `destination` must not exist yet.
    """
    connection.execute(f'ATTACH DATABASE ? AS export KEY "{pragma_value(key)}"', (str(destination),))
    try:
        connection.execute(f"PRAGMA export.cipher_page_size = {PAGE_SIZE}")
        connection.execute("SELECT sqlcipher_export('export')")
    finally:
        connection.execute("DETACH DATABASE export")


def export_plain(path: Path, destination: Path) -> None:
    """An unencrypted copy of the keyed database at `path` in the new file `destination` (the bench's
    unencrypted twin, and tests that need a station as it was before encryption)."""
    connection = connect(path)
    try:
        connection.execute("ATTACH DATABASE ? AS plain KEY ''", (str(destination),))
        try:
            connection.execute("SELECT sqlcipher_export('plain')")
        finally:
            connection.execute("DETACH DATABASE plain")
    finally:
        connection.close()


def open_plain_for_export(path: Path) -> Any:
    """A plain database opened with the SQLCipher driver (no key), as the source of an `export`."""
    connection = _driver().connect(str(path), check_same_thread=False)
    connection.execute("PRAGMA cipher_log_level = NONE")
    return connection
