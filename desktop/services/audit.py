"""The audit log: who did what to which record, append-only and hash-chained (DOMAIN §5.2).

`record()` is called by the services inside their own unit of work, so an action and its audit
row commit or roll back together. A row holds ids, field names, a result and (for sensitive
actions) the user's reason — never field values. Each row's `hash` is SHA-256 over the previous
row's hash and a canonical JSON encoding of the row, and the last (seq, hash) is kept as an anchor
in the settings table, so `verify()` finds an edited row (its hash no longer matches), a deleted
row (a gap in seq / a broken link, or a tail shorter than the anchor) and an inserted row (a link
that does not fit).

Limit, said plainly: the chain is unkeyed; someone who can write the database file and rewrites
every later row *and* the anchor goes unnoticed. It shows tampering by ordinary means (a SQLite
editor changing or removing a row), which is what DOMAIN asks for.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import AuditEvent
from desktop.models.types import to_iso, utcnow
from desktop.services.context import Actor, ServiceContext
from desktop.services.permissions import entry
from desktop.services.settings import get_setting, put_setting

ANCHOR = "audit_head"
ACTIONS = frozenset(
    {
        "login",
        "logout",
        "login_failed",
        "lockout",
        "lock",
        "unlock",
        "unlock_failed",
        "open_client",
        "reveal",
        "create",
        "update",
        "delete",
        "void",
        "print",
        "export",
        "import",
        "key_change",
        "backup",
        "restore",
        "password_change",
        "settings_update",
        "setup",
        "demo_generate",
        "user_create",
        "user_update",
        "user_activate",
        "user_deactivate",
        "user_password_reset",
    }
)
MAX_REASON = 255


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


@dataclass(frozen=True)
class ChainCheck:
    """Outcome of `verify`: ok, how many rows were checked, and the first broken link if any."""

    ok: bool
    rows: int
    broken_seq: int | None = None
    problem: str = ""


@dataclass(frozen=True)
class AuditFilter:
    username: str = ""
    action: str = ""
    object_id: str = ""
    date_from: date | None = None
    date_to: date | None = None


def _canonical(values: dict[str, object]) -> str:
    return json.dumps(values, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _content(event: AuditEvent) -> dict[str, object]:
    return {
        "seq": event.seq,
        "at": to_iso(event.at),
        "user_id": event.user_id or "",
        "username": event.username,
        "role": event.role,
        "action": event.action,
        "object_type": event.object_type,
        "object_id": event.object_id,
        "fields": list(event.fields or []),
        "result": event.result,
        "reason": event.reason,
    }


def compute_hash(prev_hash: str, event: AuditEvent) -> str:
    return hashlib.sha256(f"{prev_hash}\n{_canonical(_content(event))}".encode()).hexdigest()


def record(
    session: Session,
    actor: Actor,
    action: str,
    object_type: str = "",
    object_id: str = "",
    fields: Iterable[str] = (),
    result: str = "ok",
    reason: str = "",
) -> AuditEvent:
    """Append one audit row in `session`'s transaction (ids and field names only, never values)."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    last = session.execute(select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)).first()
    seq, prev_hash = (last.seq + 1, last.hash) if last else (1, "")
    event = AuditEvent(
        seq=seq,
        at=utcnow(),
        user_id=actor.user_id,
        username=actor.username,
        role=actor.role,
        action=action,
        object_type=object_type,
        object_id=object_id or "",
        fields=sorted(set(fields)),
        result=result,
        reason=reason.strip()[:MAX_REASON],
        prev_hash=prev_hash,
    )
    event.hash = compute_hash(prev_hash, event)
    session.add(event)
    put_setting(session, ANCHOR, {"seq": seq, "hash": event.hash})
    session.flush()
    return event


def verify(session: Session) -> ChainCheck:
    """Walk the chain from seq 1; name the first row (seq) where it breaks."""
    expected_seq, prev_hash, rows = 1, "", 0
    query = select(AuditEvent).order_by(AuditEvent.seq).execution_options(yield_per=2000)
    for event in session.scalars(query):
        rows += 1
        if event.seq != expected_seq:
            return ChainCheck(False, rows, expected_seq, "missing")
        if event.prev_hash != prev_hash:
            return ChainCheck(False, rows, event.seq, "link")
        if compute_hash(prev_hash, event) != event.hash:
            return ChainCheck(False, rows, event.seq, "content")
        prev_hash, expected_seq = event.hash, expected_seq + 1
    anchor = get_setting(session, ANCHOR)
    last_seq = expected_seq - 1
    if anchor is None:
        return ChainCheck(True, rows) if rows == 0 else ChainCheck(False, rows, last_seq, "anchor")
    if int(anchor.get("seq", 0)) > last_seq:
        return ChainCheck(False, rows, last_seq + 1, "missing")
    if int(anchor.get("seq", 0)) < last_seq:
        return ChainCheck(False, rows, int(anchor.get("seq", 0)) + 1, "appended")
    if anchor.get("hash") != prev_hash:
        return ChainCheck(False, rows, last_seq, "anchor")
    return ChainCheck(True, rows)


def _row(event: AuditEvent) -> AuditRow:
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
    )


def _local_midnight_utc(day: date) -> datetime:
    return datetime.combine(day, time.min).astimezone()


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
        query = query.where(AuditEvent.at >= _local_midnight_utc(where.date_from))
    if where.date_to is not None:
        query = query.where(AuditEvent.at < _local_midnight_utc(where.date_to + timedelta(days=1)))
    if before_seq is not None:
        query = query.where(AuditEvent.seq < before_seq)
    with ctx.db.read() as session:
        return [_row(event) for event in session.scalars(query)]


@entry("audit.read")
def verify_chain(ctx: ServiceContext) -> ChainCheck:
    with ctx.db.read() as session:
        return verify(session)


@entry("audit.read")
def audit_usernames(ctx: ServiceContext) -> Sequence[str]:
    """User names that occur in the log, for the viewer's filter."""
    with ctx.db.read() as session:
        return [name for name in session.scalars(select(AuditEvent.username).distinct().order_by(AuditEvent.username))]
