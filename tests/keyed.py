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
    connection = cipher.connect(database)
    try:
        connection.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
        connection.execute("SELECT sqlcipher_export('plain')")
        connection.execute("DETACH DATABASE plain")
    finally:
        connection.close()
    return target
