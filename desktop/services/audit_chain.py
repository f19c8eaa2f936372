"""The audit chain itself: writing a row and checking the chain (docs/domain.md, "Audit log").

`record()` is called by the services inside their own unit of work, so an action and its audit
row commit or roll back together. A row holds ids, field names, a result and (for sensitive
actions) the user's reason — never field values. Each row's `hash` is SHA-256 over the previous
row's hash and a canonical JSON encoding of the row, and the last (seq, hash) is kept as an anchor
in the settings table, so `verify()` finds an edited row (its hash no longer matches), a deleted
row (a gap in seq / a broken link, or a tail shorter than the anchor) and an inserted row (a link
that does not fit).

This module sits below `permissions` (whose `@entry(audit=…)` records through it) and below
`audit` (the entry points that read the log), so neither imports the other.

Limit, said plainly: the chain is unkeyed; someone who can write the database file and rewrites
every later row *and* the anchor goes unnoticed. It shows tampering by ordinary means (a SQLite
editor changing or removing a row).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import AuditEvent
from desktop.models.types import to_iso, utcnow
from desktop.services.context import Actor
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
class ChainCheck:
    """Outcome of `verify`: ok, how many rows were checked, and the first broken link if any."""

    ok: bool
    rows: int
    broken_seq: int | None = None
    problem: str = ""


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
