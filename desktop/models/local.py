"""Local-only tables: users, settings, the change log and the audit log. Never synced."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, new_id


class User(Base):
    """A person who logs in on this installation. Local-only: passwords never leave the PC."""

    __tablename__ = "users"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(32))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(default=True)
    # Which caseworkers' cases a caseworker may see besides their own (docs/domain.md §5.2 "team").
    team: Mapped[str] = mapped_column(String(64), default="")
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None]
    must_change_password: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    last_login_at: Mapped[datetime | None]


class Setting(Base):
    """Installation settings (station identity, language, rounding…). Local-only."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON, default=None)


class ChangeLog(Base):
    """One entry per written row version, local-only: lets an export find what changed since a point.

    `seq` is a local monotonic counter; `fields` lists the changed field names (never values).
    `source` is "local" for edits made here and the sender's code for rows applied from a bundle.
    """

    __tablename__ = "change_log"
    __table_args__ = (
        Index("ix_change_log_table_row", "table_name", "row_id"),
        Index("ix_change_log_version", "version"),
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36))
    version: Mapped[int] = mapped_column(BigInteger)
    source: Mapped[str] = mapped_column(String(32), default="local")
    fields: Mapped[list[Any]] = mapped_column(default=list)
    at: Mapped[datetime]


class AuditEvent(Base):
    """Who did what to which record, append-only and hash-chained. Local-only.

    Holds ids and field names, never values (docs/domain.md §5.2): `hash` covers this row's content and
    `prev_hash`, so editing, deleting or inserting a row breaks the chain. Migration 0004_security
    adds triggers that refuse UPDATE and DELETE on the table (append-only inside SQLite too).
    """

    __tablename__ = "audit_events"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    # Indexed for the viewer's date and user filters (a station writes tens of thousands a year).
    at: Mapped[datetime] = mapped_column(index=True)
    user_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("users.id"))
    username: Mapped[str] = mapped_column(String(64), default="", index=True)
    role: Mapped[str] = mapped_column(String(32), default="")
    action: Mapped[str] = mapped_column(String(48), index=True)
    object_type: Mapped[str] = mapped_column(String(48), default="")
    object_id: Mapped[str] = mapped_column(String(36), default="", index=True)
    fields: Mapped[list[Any]] = mapped_column(default=list)
    result: Mapped[str] = mapped_column(String(16), default="ok")
    reason: Mapped[str] = mapped_column(String(255), default="")
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64), default="")
