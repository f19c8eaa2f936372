"""The audit log as people read it: filtered pages of events and the chain check (docs/domain.md).

Writing and verifying the chain is `desktop.services.audit_chain`; its names are re-exported here
because every service records through `audit.record`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select

from desktop.domain.clock import station_day_start
from desktop.models import AuditEvent
from desktop.services.audit_chain import ACTIONS, ANCHOR, MAX_REASON, ChainCheck, compute_hash, record, verify
from desktop.services.audit_names import object_names
from desktop.services.context import ServiceContext
from desktop.services.permissions import entry

__all__ = [
    "ACTIONS",
    "ANCHOR",
    "MAX_REASON",
    "AuditFilter",
    "AuditRow",
    "ChainCheck",
    "compute_hash",
    "record",
    "verify",
]


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: datetime
    user_id: str
    username: str
    role: str
    action: str
    object_type: str
    object_id: str
    fields: tuple[str, ...]
    result: str
    reason: str
    object_name: str = ""  # the person the event is about, masked (desktop.services.audit_names)


@dataclass(frozen=True)
class AuditFilter:
    username: str = ""
    action: str = ""
    object_id: str = ""
    date_from: date | None = None
    date_to: date | None = None


def _row(event: AuditEvent, names: dict[tuple[str, str], str]) -> AuditRow:
    return AuditRow(
        seq=event.seq,
        at=event.at,
        user_id=event.user_id or "",
        username=event.username,
        role=event.role,
        action=event.action,
        object_type=event.object_type,
        object_id=event.object_id,
        fields=tuple(event.fields or ()),
        result=event.result,
        reason=event.reason,
        object_name=names.get((event.object_type, event.object_id), ""),
    )


@entry("audit.read")
def list_events(
    ctx: ServiceContext, where: AuditFilter = AuditFilter(), before_seq: int | None = None, limit: int = 500
) -> list[AuditRow]:
    """Newest first, filtered; pass the last row's seq as `before_seq` for the next page."""
    query = select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(limit)
    if where.username.strip():
        query = query.where(AuditEvent.username == where.username.strip())
    if where.action:
        query = query.where(AuditEvent.action == where.action)
    if where.object_id.strip():
        query = query.where(AuditEvent.object_id.startswith(where.object_id.strip(), autoescape=True))
    if where.date_from is not None:
        query = query.where(AuditEvent.at >= station_day_start(where.date_from))
    if where.date_to is not None:
        query = query.where(AuditEvent.at < station_day_start(where.date_to + timedelta(days=1)))
    if before_seq is not None:
        query = query.where(AuditEvent.seq < before_seq)
    with ctx.db.read() as session:
        events = list(session.scalars(query))
        names = object_names(session, ((e.object_type, e.object_id) for e in events))
        return [_row(event, names) for event in events]


@entry("audit.read")
def verify_chain(ctx: ServiceContext) -> ChainCheck:
    with ctx.db.read() as session:
        return verify(session)


@entry("audit.read")
def audit_usernames(ctx: ServiceContext) -> Sequence[str]:
    """User names that occur in the log, for the viewer's filter."""
    with ctx.db.read() as session:
        return [name for name in session.scalars(select(AuditEvent.username).distinct().order_by(AuditEvent.username))]
