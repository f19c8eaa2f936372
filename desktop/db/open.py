"""Open an installation's database: migrate it (backup first) and load its identity."""

from __future__ import annotations

from desktop.db import cipher
from desktop.db.keyring import keyring_path
from desktop.db.migrate import migrate
from desktop.db.session import Database
from desktop.errors import AuthenticationError
from desktop.paths import AppPaths


def open_database(paths: AppPaths) -> Database:
    paths.ensure()
    if keyring_path(paths.data_dir).exists() and cipher.key_for(paths.database) is None:
        # An encrypted station opens only after a sign-in has unwrapped its key.
        raise AuthenticationError("auth.required", "请先登录。")
    database = Database(paths.database)
    try:
        migrate(database.engine, paths.database, paths.backups)
        database.load_identity()
    except BaseException:
        database.dispose()
        raise
    return database
