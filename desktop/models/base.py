"""Declarative base and the sync identity every synced table carries (docs/architecture.md §4).

Synced tables mix in `Synced`: a UUID `id` born where the record is born, the `origin` station
code, `created_at`/`updated_at` in UTC, a hybrid-logical-clock `version` of the last change,
`field_versions` (per-field HLC and origin of the last change, for the field-level merge) and a
`deleted` tombstone — synced rows are never removed, only marked. The bookkeeping is filled in by
`desktop.db.session` when a session flushes, so services never set these columns by hand.
Local-only tables say so in their docstring and do not mix `Synced` in.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, BigInteger, Boolean, Date, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from desktop.models.types import UtcDateTime

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Columns owned by the sync bookkeeping, never merged field by field.
SYNC_COLUMNS = frozenset({"id", "origin", "created_at", "updated_at", "version", "field_versions"})


def new_id() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UtcDateTime(),
        date: Date(),
        dict[str, Any]: JSON(),
        list[Any]: JSON(),
        str: String(),
        bool: Boolean(),
    }


class Synced:
    """Sync identity columns (see module docstring)."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    origin: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    # No index: nothing reads a synced table by version (the export walks the change log), and each
    # index costs every write and a district import's rebuild (migration 0017).
    version: Mapped[int] = mapped_column(BigInteger)
    field_versions: Mapped[dict[str, Any]] = mapped_column(default=dict)
    deleted: Mapped[bool] = mapped_column(default=False)


def long_text() -> Any:
    return mapped_column(Text, default="")
