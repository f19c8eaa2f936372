"""Unencrypted twins for the bench: the database lines measured again without encryption in the
same run, so each prints its ratio to the same line on a plain database (issue 17 acceptance).

A twin is a copy of an installation whose database is exported with an empty key (SQLCipher's
`sqlcipher_export`, the same rows and schema) and whose keyring is removed: every layer then opens
it as a plain SQLite file, as a station made before encryption was. Bench folders only.
"""

from __future__ import annotations

import os
from pathlib import Path

from desktop.bench.database import copy_installation
from desktop.db import cipher
from desktop.db.keyring import keyring_path
from desktop.paths import AppPaths


def decrypt_in_place(paths: AppPaths) -> AppPaths:
    """Make the installation at `paths` unencrypted (no connection to it may be open)."""
    if cipher.key_for(paths.database) is None:
        return paths
    temporary = paths.database.with_name(paths.database.name + ".plain-part")
    temporary.unlink(missing_ok=True)
    cipher.export_plain(paths.database, temporary)  # committed pages, those still in the WAL too
    for suffix in ("-wal", "-shm"):
        paths.database.with_name(paths.database.name + suffix).unlink(missing_ok=True)
    os.replace(temporary, paths.database)
    keyring_path(paths.data_dir).unlink(missing_ok=True)
    cipher.forget(paths.data_dir)
    return paths


def plain_installation(source: AppPaths, target: Path) -> AppPaths:
    """An unencrypted copy of the installation `source` in `target` (emptied first)."""
    return decrypt_in_place(copy_installation(source, target))


def vs_plain(encrypted: float, plain: float) -> float:
    """The encrypted line's value over the same line's value without encryption."""
    return round(encrypted / plain, 2) if plain else 0.0
