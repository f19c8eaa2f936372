"""The raw look at the database that decides whether the quick start applies."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.db.peek import station_ready
from desktop.paths import AppPaths
from tests import keyed


def test_a_set_up_current_database_gives_the_station_name(installation: AppPaths) -> None:
    assert station_ready(installation.database) == "测试街道精神健康社工站"


def test_no_file_or_a_folder_takes_the_careful_path(tmp_path: Path) -> None:
    assert station_ready(tmp_path / "missing.sqlite3") is None
    assert station_ready(tmp_path) is None


def test_an_encrypted_station_is_named_by_its_keyring_without_opening_it(installation: AppPaths) -> None:
    (installation.data_dir / "keyring.json").unlink()
    assert station_ready(installation.database) is None  # no keyring: read as plain, and it is not


def _plain(installation: AppPaths, tmp_path: Path) -> Path:
    """A station database from before encryption (the schema checks apply to plain files)."""
    folder = tmp_path / "plain"
    folder.mkdir()
    return keyed.plain_copy(installation.database, folder / "stationdesk.sqlite3")


def test_an_older_schema_takes_the_careful_path(installation: AppPaths, tmp_path: Path) -> None:
    plain = _plain(installation, tmp_path)
    assert station_ready(plain) == "测试街道精神健康社工站"
    with keyed.connect(plain) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0006_sync'")
    assert station_ready(plain) is None


def test_a_station_without_users_or_code_takes_the_careful_path(installation: AppPaths, tmp_path: Path) -> None:
    plain = _plain(installation, tmp_path)
    copy = tmp_path / "copy.sqlite3"
    copy.write_bytes(plain.read_bytes())
    with keyed.connect(copy) as connection:
        connection.execute("DELETE FROM settings WHERE key = 'station_code'")
    assert station_ready(copy) is None
    with keyed.connect(plain) as connection:
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute("DELETE FROM users")
    assert station_ready(plain) is None


def test_the_look_changes_nothing(installation: AppPaths) -> None:
    before = installation.database.read_bytes()
    station_ready(installation.database)
    assert installation.database.read_bytes() == before


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.binary(max_size=4096))
def test_any_other_file_answers_none_and_never_raises(tmp_path: Path, content: bytes) -> None:
    target = tmp_path / "stationdesk.sqlite3"
    target.write_bytes(content)
    assert station_ready(target) is None
