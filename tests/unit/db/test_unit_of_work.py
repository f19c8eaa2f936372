"""The unit of work: rollback on error, tombstones only, change log per written row."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desktop.db.open import open_database
from desktop.db.session import TombstoneRequired
from desktop.models import ChangeLog, Client
from desktop.paths import AppPaths


def test_an_exception_rolls_the_whole_unit_back(installation: AppPaths) -> None:
    db = open_database(installation)
    with db.read() as session:
        log_before = session.scalar(select(func.count(ChangeLog.seq)))
    with pytest.raises(RuntimeError), db.write() as session:
        session.add(Client(station_code="XH-TEST", name="甲"))
        session.flush()
        raise RuntimeError("crash in the middle")
    with db.read() as session:
        assert session.scalar(select(func.count(Client.id))) == 0
        assert session.scalar(select(func.count(ChangeLog.seq))) == log_before
    db.dispose()


def test_synced_rows_cannot_be_deleted_only_tombstoned(installation: AppPaths) -> None:
    db = open_database(installation)
    with db.write() as session:
        client = Client(station_code="XH-TEST", name="乙")
        session.add(client)
    with pytest.raises(TombstoneRequired), db.write() as session:
        session.delete(session.get(Client, client.id))
    with db.write() as session:
        row = session.get(Client, client.id)
        assert row is not None
        row.deleted = True
    with db.read() as session:
        row = session.get(Client, client.id)
        assert row is not None and row.deleted and "deleted" in row.field_versions
        log = session.scalars(select(ChangeLog.fields).where(ChangeLog.row_id == client.id)).all()
        assert log == [["*"], ["deleted"]]
    db.dispose()


def test_versions_increase_across_reopening(installation: AppPaths) -> None:
    db = open_database(installation)
    with db.write() as session:
        client = Client(station_code="XH-TEST", name="丙")
        session.add(client)
    first = client.version
    db.dispose()
    db = open_database(installation)
    with db.write() as session:
        row = session.get(Client, client.id)
        assert row is not None
        row.notes = "更新"
    with db.read() as session:
        row = session.get(Client, client.id)
        assert row is not None and row.version > first
    db.dispose()
