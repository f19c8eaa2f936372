"""Local-only bookkeeping of file synchronisation: peers, bundles sent and received, import reports,
conflicts, quarantined records and delivery confirmations. None of these tables is ever synced.

They hold codes, hashes, counts and record ids; only `sync_conflicts.losing_value` and
`sync_quarantine.record` hold record content, kept inside the protected database so that a value
that lost a merge or a record that could not be applied is never silently dropped (docs/architecture.md §2.2).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base


class SyncPeer(Base):
    """A trusted peer (the district office, or a station at the district). Local-only."""

    __tablename__ = "sync_peers"

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    mode: Mapped[str] = mapped_column(String(16))
    signing_key: Mapped[str] = mapped_column(String(64))  # base64 of the raw Ed25519 public key
    encryption_key: Mapped[str] = mapped_column(String(64))  # base64 of the raw X25519 public key
    fingerprint: Mapped[str] = mapped_column(String(32))
    trusted_at: Mapped[datetime]
    trusted_by: Mapped[str] = mapped_column(String(64), default="")


class SentBundle(Base):
    """A data bundle written for a peer: the per-peer sequence and hash chain. Local-only.

    `change_seq` is the highest change-log entry the bundle covers: the next incremental export
    to the same peer sends what changed after it.
    """

    __tablename__ = "sync_sent_bundles"
    __table_args__ = (UniqueConstraint("peer", "sequence"),)

    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    peer: Mapped[str] = mapped_column(String(32), index=True)
    sequence: Mapped[int] = mapped_column(Integer)
    bundle_hash: Mapped[str] = mapped_column(String(64))
    previous_hash: Mapped[str | None] = mapped_column(String(64))
    full: Mapped[bool] = mapped_column(default=False)
    change_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    records: Mapped[int] = mapped_column(Integer, default=0)
    file_name: Mapped[str] = mapped_column(String(255), default="")
    size: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(64), default="")
    confirmed_at: Mapped[datetime | None]


class ReceivedBundle(Base):
    """A bundle (data or receipt) imported from a peer; makes imports idempotent. Local-only."""

    __tablename__ = "sync_received_bundles"
    __table_args__ = (Index("ix_sync_received_bundles_sender_seq", "sender", "sequence"),)

    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    bundle_hash: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(16), default="data")
    sender: Mapped[str] = mapped_column(String(32))
    sequence: Mapped[int] = mapped_column(Integer)
    previous_hash: Mapped[str | None] = mapped_column(String(64))
    full: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[str] = mapped_column(String(20), default="")
    received_at: Mapped[datetime]
    report_id: Mapped[int | None] = mapped_column(Integer)


class ImportReport(Base):
    """The permanent report of one import: counts and per-record reasons. Local-only."""

    __tablename__ = "sync_import_reports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    bundle_id: Mapped[str] = mapped_column(String(36), index=True)
    sender: Mapped[str] = mapped_column(String(32))
    sequence: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(64), default="")
    created: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    conflicts: Mapped[int] = mapped_column(Integer, default=0)
    quarantined: Mapped[int] = mapped_column(Integer, default=0)
    seconds: Mapped[float] = mapped_column(default=0.0)
    # {"per_table": {...}, "quarantined": [{table, id, reason_code, reason}], "missing_sequences": [...], ...}
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class SyncConflict(Base):
    """A value this installation had that lost a merge to a concurrent edit. Local-only.

    Only real concurrent losses are logged: the winning edit's writer had not seen the losing
    value. `resolved` is set when someone reviewed it (restoring the value is a new local edit).
    """

    __tablename__ = "sync_conflicts"
    __table_args__ = (
        UniqueConstraint("table_name", "row_id", "field", "losing_version", "losing_origin"),
        Index("ix_sync_conflicts_resolved", "resolved"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(64))
    losing_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    losing_version: Mapped[int] = mapped_column(BigInteger)
    losing_origin: Mapped[str] = mapped_column(String(32))
    winning_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    winning_version: Mapped[int] = mapped_column(BigInteger)
    winning_origin: Mapped[str] = mapped_column(String(32))
    bundle_id: Mapped[str] = mapped_column(String(36), default="")
    at: Mapped[datetime]
    resolved: Mapped[bool] = mapped_column(default=False)
    resolution: Mapped[str] = mapped_column(String(16), default="")
    resolved_at: Mapped[datetime | None]
    resolved_by: Mapped[str] = mapped_column(String(64), default="")


class QuarantinedRecord(Base):
    """A record of a bundle that could not be applied, kept with its reason. Local-only.

    Records whose parent row had not arrived yet (`reason_code` "missing_parent") are retried
    after every later import; `applied_at` is set when one finally applies.
    """

    __tablename__ = "sync_quarantine"
    __table_args__ = (Index("ix_sync_quarantine_pending", "reason_code", "applied_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    bundle_id: Mapped[str] = mapped_column(String(36), index=True)
    sender: Mapped[str] = mapped_column(String(32))
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(64), default="")
    reason_code: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str] = mapped_column(String(255))
    record: Mapped[Any] = mapped_column(JSON, nullable=True)
    at: Mapped[datetime]
    applied_at: Mapped[datetime | None]


class SyncDelivery(Base):
    """The highest version of a record a peer confirmed by receipt. Local-only."""

    __tablename__ = "sync_deliveries"

    peer: Mapped[str] = mapped_column(String(32), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger)
    confirmed_at: Mapped[datetime]
