"""Migrations: empty → head equals the models; newer databases are refused untouched; backup first."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from desktop.db.engine import make_engine
from desktop.db.migrate import current_revision, migrate, script_head
from desktop.db.schema import SCHEMA_HEAD
from desktop.errors import DatabaseTooNew
from desktop.models import Base


def test_schema_head_constant_matches_scripts() -> None:
    assert script_head() == SCHEMA_HEAD


def test_empty_database_migrates_to_exactly_the_models(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    engine = make_engine(path)
    result = migrate(engine, path, tmp_path / "backups")
    assert result.to_revision == SCHEMA_HEAD and result.backup is None
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []
    assert current_revision(path) == SCHEMA_HEAD
    engine.dispose()


def test_database_newer_than_code_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    engine = make_engine(path)
    migrate(engine, path, tmp_path / "backups")
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNew) as raised:
        migrate(engine, path, tmp_path / "backups")
    assert "9999_future" in raised.value.user_message()
    assert raised.value.code == "db.too_new"
    engine.dispose()
    assert current_revision(path) == "9999_future"
    assert path.read_bytes()[:100] == before[:100]


def test_migrating_a_database_with_data_backs_it_up_first(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE legacy_notes (id INTEGER PRIMARY KEY, text TEXT)")
        connection.execute("INSERT INTO legacy_notes(text) VALUES ('kept')")
    engine = make_engine(path)
    result = migrate(engine, path, tmp_path / "backups")
    engine.dispose()
    assert result.backup is not None and result.backup.parent == tmp_path / "backups"
    with sqlite3.connect(result.backup) as backup:
        assert backup.execute("SELECT text FROM legacy_notes").fetchone() == ("kept",)
    assert current_revision(path) == SCHEMA_HEAD
