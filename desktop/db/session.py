"""The database of one installation: engine, sessions, and the sync bookkeeping on every write.

`Database.write()` is the unit of work services use: a session that commits when the block ends
without an exception and rolls back otherwise. Before each flush, every new or changed synced
row gets its id, origin, timestamps, a fresh hybrid-logical-clock version and per-field versions,
and one `ChangeLog` entry (field names only), so an export can find what changed since a point.
Synced rows are never deleted: a delete in a session is refused (use the `deleted` tombstone).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, event, func, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.db import health
from desktop.db.engine import IMMEDIATE, make_engine
from desktop.db.hlc import HybridClock, next_stamp
from desktop.models import SYNC_COLUMNS, ChangeLog, Setting, Synced
from desktop.models.types import utcnow


class TombstoneRequired(RuntimeError):
    """A programming error: synced rows are marked deleted, never removed."""


def stamp_new(obj: Synced, origin: str, version: int) -> list[str]:
    """Fill the sync identity of a row born here; returns the field names written."""
    now = utcnow()
    if not obj.id:
        from desktop.models import new_id

        obj.id = new_id()
    obj.origin = origin
    obj.created_at = obj.created_at or now
    obj.updated_at = now
    obj.version = version
    obj.field_versions = {"*": [version, origin]}
    if obj.deleted is None:
        obj.deleted = False
    # "*" stands for every field: a new row is new as a whole.
    return ["*"]


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    if session.info.get("raw_sync"):
        return
    origin: str = session.info["origin"]
    clock: HybridClock = session.info["clock"]
    now = utcnow()
    entries: list[ChangeLog] = []
    for obj in list(session.new):
        if isinstance(obj, Synced):
            version = clock.now()
            fields = stamp_new(obj, origin, version)
            entries.append(_entry(obj, version, fields, now))
    for obj in list(session.dirty):
        if not isinstance(obj, Synced) or not session.is_modified(obj, include_collections=False):
            continue
        state = inspect(obj)
        changed = [
            attr.key
            for attr in state.mapper.column_attrs
            if attr.key not in SYNC_COLUMNS and state.attrs[attr.key].history.has_changes()
        ]
        if not changed:
            continue
        version = clock.now()
        field_versions = dict(obj.field_versions or {})
        default = field_versions.get("*")
        for name in changed:
            # The stamp remembers what this edit overwrote, so a peer can tell an update from a conflict.
            field_versions[name] = next_stamp(field_versions.get(name, default), version, origin)
        obj.field_versions = field_versions
        obj.version = version
        # Never move updated_at backwards (a merged row may carry a later time from a peer's clock).
        obj.updated_at = max(now, obj.updated_at) if obj.updated_at else now
        entries.append(_entry(obj, version, changed, now))
    for obj in session.deleted:
        if isinstance(obj, Synced):
            raise TombstoneRequired(f"{type(obj).__name__} rows are tombstoned, never deleted")
    session.add_all(entries)


def _entry(obj: Synced, version: int, fields: list[str], now: Any) -> ChangeLog:
    return ChangeLog(
        table_name=type(obj).__tablename__,  # type: ignore[attr-defined]
        row_id=obj.id,
        version=version,
        source="local",
        fields=sorted(fields),
        at=now,
    )


class Database:
    """One open station database (see module docstring)."""

    def __init__(self, path: Path, engine: Engine | None = None) -> None:
        self.path = path
        self.engine = engine or make_engine(path)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        event.listen(self._sessions, "before_flush", _before_flush)
        self.clock = HybridClock()
        self.origin = ""

    def load_identity(self) -> None:
        """Read the station code and resume the clock after the highest version written."""
        with self._sessions() as session:
            code = session.get(Setting, "station_code")
            self.origin = str(code.value) if code and code.value else ""
            last = session.scalar(select(func.max(ChangeLog.version)))
        self.clock.observe(int(last or 0))

    def _new_session(self, connection: Connection | None = None) -> Session:
        session = self._sessions() if connection is None else self._sessions(bind=connection)
        session.info["origin"] = self.origin
        session.info["clock"] = self.clock
        return session

    @contextmanager
    def write(self, connection: Connection | None = None) -> Iterator[Session]:
        """A unit of work that commits on success and rolls back on any exception.

        With `connection` (checked out of this engine, not in a transaction), the unit of work runs
        on it and leaves it checked out: the caller can still use it after the commit.
        """
        session = self._new_session(connection)
        try:
            session.connection(execution_options={IMMEDIATE: True})
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work: whatever happens, nothing is committed."""
        session = self._new_session()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()
        # The file as this program leaves it: the next start can trust it without a full check.
        health.record_close(self.path)
