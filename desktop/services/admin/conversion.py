"""Upgrade of a plain (unencrypted) station database and its backups to SQLCipher.

At the first start or command after the upgrade: a new key; the database exported into a new
encrypted file; the copy checked to read identically, table by table, before it replaces the
plain file; each plain backup converted the same way (a backup that does not convert cleanly is
removed: a plain copy of the register must not stay behind). Every active user gets a wrap made
from their stored argon2id password hash, so everybody signs in as before with no password
known to the program (desktop/db/keyring.py). There is no recovery key yet: the lead makes one
and prints it (`stationdesk recovery-sheet`), and the start reminds them until then.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from desktop.db import cipher, keyring
from desktop.db.backup import list_backups
from desktop.db.pages import table_digests
from desktop.errors import StorageError
from desktop.paths import AppPaths
from desktop.services.station_key import is_encrypted, tighten

log = logging.getLogger("stationdesk.encryption")


def needs_conversion(paths: AppPaths) -> bool:
    return paths.database.is_file() and not is_encrypted(paths.data_dir) and cipher.is_plain(paths.database)


def encrypt_file(source: Path, destination: Path, key: bytes) -> None:
    """Write an encrypted copy of the plain database `source`, checked to read identically."""
    temporary = destination.with_name(destination.name + ".encrypting")
    temporary.unlink(missing_ok=True)
    plain = cipher.open_plain_for_export(source)
    try:
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        expected = table_digests(plain)
        cipher.export(plain, temporary, key)
    finally:
        plain.close()
    converted = cipher.connect(temporary, key, read_only=True)
    try:
        same = table_digests(converted) == expected
    finally:
        converted.close()
    if not same:
        temporary.unlink(missing_ok=True)
        raise StorageError("encryption.mismatch", "加密后的数据库副本与原文件不一致，原文件未改动。")
    os.replace(temporary, destination)


def _user_hashes(database: Path) -> dict[str, str]:
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        return dict(connection.execute("SELECT username, password_hash FROM users WHERE active"))
    except sqlite3.Error:
        return {}
    finally:
        connection.close()


def _station_name(database: Path) -> str:
    from desktop.db.peek import station_ready

    return station_ready(database) or ""


def convert_if_plain(paths: AppPaths) -> bool:
    """Convert a plain set-up database and its backups; False when there is nothing to convert.

    A database with no users yet (a first run before the wizard) is left to the set-up, which
    encrypts it.
    """
    if not needs_conversion(paths):
        return False
    hashes = _user_hashes(paths.database)
    if not hashes:
        return False
    key = cipher.new_key()
    name = _station_name(paths.database)
    ring = keyring.Keyring(keyring.keyring_path(paths.data_dir), public={"station_name": name} if name else {})
    for username, password_hash in hashes.items():
        made = keyring.wrap_from_hash(key, password_hash, username)
        if made is not None:  # an older hash form: that user needs a password reset by the administrator
            ring.wraps[username] = made
    encrypt_file(paths.database, paths.database.with_name(paths.database.name + ".converted"), key)
    # The keyring first: a crash between the two leaves an encrypted file and its key, never the reverse.
    ring.save()
    for suffix in ("-wal", "-shm"):
        paths.database.with_name(paths.database.name + suffix).unlink(missing_ok=True)
    os.replace(paths.database.with_name(paths.database.name + ".converted"), paths.database)
    cipher.remember(paths.data_dir, key)
    _convert_backups(paths, key)
    tighten(paths)
    log.info("converted the plain database and its backups to SQLCipher")
    return True


def _convert_backups(paths: AppPaths, key: bytes) -> None:
    for backup in list_backups(paths.backups):
        if not cipher.is_plain(backup.path):
            continue
        try:
            encrypt_file(backup.path, backup.path, key)
        except (StorageError, *cipher.errors()):
            log.warning("a plain backup could not be converted and was removed: %s", backup.path.name)
            backup.path.unlink(missing_ok=True)
        for suffix in ("-wal", "-shm"):
            backup.path.with_name(backup.path.name + suffix).unlink(missing_ok=True)
