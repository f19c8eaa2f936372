"""Schema migrations: Alembic scripts shipped inside the package, run at start-up.

Decision (docs/architecture.md §4.7): a full Alembic script directory in
`desktop/db/migrations`, run programmatically on an open connection. Before any migration of an
existing database a backup copy is written; a database whose revision this code does not know
(made by a newer StationDesk) is refused and left untouched. Alembic is imported only when a
migration is actually needed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from desktop.db import cipher
from desktop.db.backup import checked_backup, rotate, unique_path
from desktop.db.schema import SCHEMA_HEAD
from desktop.errors import DatabaseTooNew, StorageError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def current_revision(path: Path) -> str | None:
    """The database's Alembic revision, or None for a new/empty file."""
    if not path.exists():
        return None
    try:
        connection = cipher.connect(path, read_only=True)
    except cipher.errors() as exc:
        raise StorageError(detail=type(exc).__name__) from exc
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except cipher.errors() as exc:
        if type(exc).__name__ == "OperationalError":  # no such table: a new, empty file
            return None
        raise StorageError(detail=type(exc).__name__) from exc
    finally:
        connection.close()


def _has_tables(path: Path) -> bool:
    connection = cipher.connect(path)
    try:
        return connection.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0] > 0
    finally:
        connection.close()


def _alembic_config():  # type: ignore[no-untyped-def]
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(_alembic_config()).walk_revisions()}


def script_head() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def migrate(engine: Engine, path: Path, backups: Path) -> MigrationResult:
    """Bring the database at `path` to SCHEMA_HEAD, backing it up first if it holds data."""
    found = current_revision(path)
    if found == SCHEMA_HEAD:
        return MigrationResult(found, SCHEMA_HEAD, None)
    if found is not None and found not in known_revisions():
        raise DatabaseTooNew(found=found, known=SCHEMA_HEAD)
    backup = None
    if path.exists() and _has_tables(path):
        # Checked first: a damaged file is refused here rather than migrated and backed up.
        backup = checked_backup(path, unique_path(backups, f"pre-migrate-{found or 'none'}"))
        rotate(backups)
    from alembic import command

    config = _alembic_config()
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        connection.commit()
    return MigrationResult(found, SCHEMA_HEAD, backup)
