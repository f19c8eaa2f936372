"""The audit chain itself: writing a row and checking the chain (docs/domain.md, "Audit log").

`record()` is called by the services inside their own unit of work, so an action and its audit
row commit or roll back together. A row holds ids, field names, a result and (for sensitive
actions) the user's reason — never field values. Each row's `hash` is HMAC-SHA256, keyed with a
random key kept in the settings table (inside the encrypted store), over the previous row's MAC
and a canonical JSON encoding of the row; the last (seq, MAC) is kept as an anchor. `verify()`
finds an edited row (its MAC no longer matches), a deleted row (a gap in seq / a broken link, or a
tail shorter than the anchor), an inserted row (a link that does not fit) and a history rewritten
by someone without the key (every row they recompute fails its MAC).

Rows written before the chain was keyed (migration 0012_auditkey) keep their unkeyed SHA-256
hashes; the key setting says from which seq on rows are keyed (sealed with the key, so moving it
does not turn keyed rows into unkeyed ones), and that row is a "rechain" event linking to the last
unkeyed row. Limit, said plainly: someone who can read the key can rewrite the local history; the
chain head that travels with every bundle to the district (services/exchange/audit_head.py) makes
such a rewrite visible off the machine.

This module sits below `permissions` (whose `@entry(audit=…)` records through it) and below
`audit` (the entry points that read the log), so neither imports the other.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import AuditEvent
from desktop.models.types import to_iso, utcnow
from desktop.services.context import Actor
from desktop.services.settings import get_setting, put_setting

ANCHOR = "audit_head"
# {"key": hex, "from_seq": first keyed seq, "seal": HMAC of from_seq} — see the module docstring.
KEY_SETTING = "audit_key"
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
        # The first keyed row: the chain goes on with a key from here (reason says what was verified).
        "rechain",
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
    """The unkeyed link of rows written before the chain was keyed."""
    return hashlib.sha256(f"{prev_hash}\n{_canonical(_content(event))}".encode()).hexdigest()


def compute_mac(key: bytes, prev_hash: str, event: AuditEvent) -> str:
    return hmac.new(key, f"{prev_hash}\n{_canonical(_content(event))}".encode(), hashlib.sha256).hexdigest()


def seal(key: bytes, from_seq: int) -> str:
    return hmac.new(key, f"audit-keyed-from:{from_seq}".encode(), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class ChainKey:
    key: bytes
    from_seq: int


def chain_key(session: Session) -> ChainKey | None:
    """The chain's key, or None when there is none or its setting was tampered with."""
    stored = get_setting(session, KEY_SETTING)
    try:
        key, from_seq = bytes.fromhex(stored["key"]), int(stored["from_seq"])
    except (TypeError, KeyError, ValueError):
        return None
    if not hmac.compare_digest(seal(key, from_seq), str(stored.get("seal", ""))):
        return None
    return ChainKey(key, from_seq)


def _new_key(session: Session, from_seq: int) -> ChainKey:
    key = secrets.token_bytes(32)
    put_setting(session, KEY_SETTING, {"key": key.hex(), "from_seq": from_seq, "seal": seal(key, from_seq)})
    return ChainKey(key, from_seq)


def _append(session: Session, event: AuditEvent, key: ChainKey) -> AuditEvent:
    event.hash = compute_mac(key.key, event.prev_hash, event)
    session.add(event)
    put_setting(session, ANCHOR, {"seq": event.seq, "hash": event.hash})
    session.flush()
    return event


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
    key = chain_key(session)
    if key is None:
        key = _new_key(session, seq)
        if seq > 1:
            # Rows but no usable key: someone removed or edited it. Go on keyed, and say so in the log.
            rechained = _append(
                session, _rechain_event(seq, prev_hash, "key_missing", "审计密钥缺失或被改动，重新起链"), key
            )
            seq, prev_hash = seq + 1, rechained.hash
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
    return _append(session, event, key)


def _rechain_event(seq: int, prev_hash: str, result: str, reason: str) -> AuditEvent:
    return AuditEvent(
        seq=seq,
        at=utcnow(),
        user_id=None,
        username="system",
        role="system",
        action="rechain",
        object_type="audit_log",
        object_id="",
        fields=[],
        result=result,
        reason=reason,
        prev_hash=prev_hash,
    )


def verify(session: Session) -> ChainCheck:
    """Walk the chain from seq 1; name the first row (seq) where it breaks."""
    key = chain_key(session)
    expected_seq, prev_hash, rows = 1, "", 0
    query = select(AuditEvent).order_by(AuditEvent.seq).execution_options(yield_per=2000)
    for event in session.scalars(query):
        rows += 1
        if key is None:
            return ChainCheck(False, rows, 1, "key")
        if event.seq != expected_seq:
            return ChainCheck(False, rows, expected_seq, "missing")
        if event.prev_hash != prev_hash:
            return ChainCheck(False, rows, event.seq, "link")
        if event.seq == key.from_seq and key.from_seq > 1 and event.action != "rechain":
            return ChainCheck(False, rows, event.seq, "content")
        keyed = event.seq >= key.from_seq
        expected = compute_mac(key.key, prev_hash, event) if keyed else compute_hash(prev_hash, event)
        if not hmac.compare_digest(expected, event.hash):
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
