"""Open an installation's database: migrate it (backup first) and load its identity."""

from __future__ import annotations

from desktop.db.migrate import migrate
from desktop.db.session import Database
from desktop.paths import AppPaths


def open_database(paths: AppPaths) -> Database:
    paths.ensure()
    database = Database(paths.database)
    try:
        migrate(database.engine, paths.database, paths.backups)
        database.load_identity()
    except BaseException:
        database.dispose()
        raise
    return database
