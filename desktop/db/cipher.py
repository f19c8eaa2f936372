"""SQLCipher: the station's database key in this process, keyed connections, encrypted copies.

The database, its WAL and every backup are SQLCipher 4 files under one random 256-bit key, given
as a raw key (`PRAGMA key = "x'…'"`), so no KDF runs per connection (docs/security.md). The key
is known to this process only after a sign-in has unwrapped it (desktop/db/keyring.py) and is
kept here per data folder: the engine, the checks, backups and restores of that folder find it
without every caller passing it along. A folder with no key known is a plain (not yet converted,
or not yet set-up) database and is opened with the standard sqlite3 module.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

KEY_BYTES = 32
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


def connect(path: Path, key: bytes | None = None, *, read_only: bool = False, timeout: float = 5.0) -> Any:
    """A DB-API connection to `path`: keyed with `key` (or its folder's), else plain sqlite3."""
    key = key or key_for(path)
    # As a URI the path is percent-encoded: a folder name with "?", "#" or "%" still opens.
    target = f"{path.resolve().as_uri()}?mode=ro" if read_only else str(path)
    if key is None:
        return sqlite3.connect(target, uri=read_only, timeout=timeout)
    connection = _driver().connect(target, uri=read_only, timeout=timeout, check_same_thread=False)
    unlock(connection, key)
    return connection


def unlock(connection: Any, key: bytes) -> None:
    """Key a fresh sqlcipher3 connection (SQLCipher's own error log is silenced: errors are raised)."""
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(f'PRAGMA key = "{pragma_value(key)}"')


def export(connection: Any, destination: Path, key: bytes) -> None:
    """Write the whole database of `connection` into the new file `destination`, encrypted with `key`.

    `sqlcipher_export` copies schema, rows and the schema version into an attached database; the
    source may be plain (opened without a key) or keyed. `destination` must not exist yet.
    """
    connection.execute(f'ATTACH DATABASE ? AS export KEY "{pragma_value(key)}"', (str(destination),))
    try:
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
