"""The bulk-write tuning: changed inside the block, exactly the previous settings back after it.

On a real SQLite file, starting from settings that are not SQLite's defaults, so a restore to the
defaults (instead of to what was there) would fail these tests.
"""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import func, select

from desktop.db.bulk import BULK_CACHE_KIB, bulk_write_tuning
from desktop.db.open import open_database
from desktop.models import Client
from desktop.paths import AppPaths

_BEFORE = {"cache_size": -3000, "temp_store": 1, "threads": 1}
# `threads` stays as it was: SQLite sorts in memory without helper threads whatever it says.
_INSIDE = {"cache_size": -BULK_CACHE_KIB, "temp_store": 2, "threads": 1}


def _settings(connection: sqlite3.Connection) -> dict[str, int]:
    return {name: connection.execute(f"PRAGMA {name}").fetchone()[0] for name in _BEFORE}


@pytest.fixture
def connection(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    db = sqlite3.connect(tmp_path / "bulk.sqlite3", isolation_level=None)
    db.execute("CREATE TABLE t (x)")
    for name, value in _BEFORE.items():
        db.execute(f"PRAGMA {name} = {value}")
    assert _settings(db) == _BEFORE
    yield db
    db.close()


@pytest.fixture
def collecting() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


@pytest.mark.usefixtures("collecting")
def test_settings_are_changed_inside_and_restored_after(connection: sqlite3.Connection) -> None:
    with bulk_write_tuning(connection):
        assert _settings(connection) == _INSIDE
        assert not gc.isenabled()
        connection.execute("INSERT INTO t VALUES (1)")
    assert _settings(connection) == _BEFORE
    assert gc.isenabled()
    assert connection.execute("SELECT x FROM t").fetchall() == [(1,)]


@pytest.mark.usefixtures("collecting")
def test_settings_are_restored_when_the_block_raises(connection: sqlite3.Connection) -> None:
    with pytest.raises(ZeroDivisionError), bulk_write_tuning(connection, cache_kib=1024):
        assert _settings(connection) == {**_INSIDE, "cache_size": -1024}
        _ = 1 / 0
    assert _settings(connection) == _BEFORE
    assert gc.isenabled()


def test_a_collector_switched_off_before_stays_off(connection: sqlite3.Connection) -> None:
    was = gc.isenabled()
    gc.disable()  # as on the GUI, where a timer collects instead
    try:
        with bulk_write_tuning(connection):
            pass
        assert not gc.isenabled()
    finally:
        if was:
            gc.enable()


def test_a_unit_of_work_on_a_tuned_connection_commits_and_the_settings_come_back_after(
    installation: AppPaths,
) -> None:
    db = open_database(installation)
    with db.engine.connect() as checked_out:
        raw = checked_out.connection.driver_connection
        assert isinstance(raw, sqlite3.Connection | sqlcipher3.Connection)  # the station is encrypted
        before = _settings(raw)
        with bulk_write_tuning(raw):
            with db.write(checked_out) as session:
                assert session.connection() is checked_out
                session.add(Client(station_code="XH-TEST", name="甲"))
                # Temporary storage open inside the transaction: temp_store could not be reset here.
                session.connection().exec_driver_sql("CREATE TEMP TABLE scratch (x)")
            assert not checked_out.in_transaction()
        assert _settings(raw) == before
    with db.read() as session:
        assert session.scalar(select(func.count(Client.id)).where(Client.name == "甲")) == 1
    db.dispose()
