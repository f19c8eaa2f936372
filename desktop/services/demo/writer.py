"""The demo generator's bulk writer: rows buffered per table and written with executemany.

Each row gets the same sync identity the unit of work gives hand-made rows, plus its change-log
entry, so exports see demo data too (docs/architecture.md §8a: Core executemany, never ORM objects).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, insert

from desktop.models import (
    Attendance,
    ChangeLog,
    Client,
    Consent,
    Guardian,
    Shift,
    ShiftAssignment,
    ShiftTemplate,
    Visit,
    Volunteer,
)
from desktop.models.types import to_iso, utcnow

CHUNK = 20_000
_PARENT_FIRST = [Client, Guardian, Consent, Visit, Volunteer, ShiftTemplate, Shift, ShiftAssignment, Attendance]


class DemoWriter:
    """Buffers rows per table and flushes them with executemany, logging each as a change."""

    def __init__(self, connection: Connection, origin: str, version: int) -> None:
        self.connection = connection
        self.origin = origin
        self.version = version
        self.now = to_iso(utcnow())
        self.sync = {
            "origin": origin,
            "created_at": self.now,
            "updated_at": self.now,
            "version": version,
            "field_versions": {"*": [version, origin]},
            "deleted": False,
        }
        self.buffers: dict[type[Any], list[dict[str, Any]]] = {}
        self.counts: dict[str, int] = {}

    def add(self, model: type[Any], row: dict[str, Any]) -> None:
        row.update(self.sync)
        buffer = self.buffers.setdefault(model, [])
        buffer.append(row)
        if len(buffer) >= CHUNK:
            self.flush(model)

    def add_plain(self, model: type[Any], rows: list[dict[str, Any]]) -> None:
        if rows:
            self.connection.execute(insert(model.__table__), rows)

    def flush(self, model: type[Any] | None = None) -> None:
        for table_model in [model] if model else sorted(self.buffers, key=_PARENT_FIRST.index):
            rows = self.buffers.get(table_model) or []
            if not rows:
                continue
            name = table_model.__tablename__
            self.connection.execute(insert(table_model.__table__), rows)
            self.connection.execute(
                insert(ChangeLog.__table__),
                [
                    {
                        "table_name": name,
                        "row_id": r["id"],
                        "version": self.version,
                        "source": "local",
                        "fields": ["*"],
                        "at": self.now,
                    }
                    for r in rows
                ],
            )
            self.counts[name] = self.counts.get(name, 0) + len(rows)
            rows.clear()
