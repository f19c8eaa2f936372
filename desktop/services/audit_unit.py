"""Audit events that ride in the action's own unit of work (docs/architecture.md §4.3, §6).

`@entry(audit=…)` declares that a call is audited. For a database write the event must commit
with the change or not at all, so the decorator puts a `Pending` event in a context variable
while the call runs; the first unit of work of the call that commits a change writes the event
in that same transaction (a `before_commit` listener on every session). The record it names is
the row of that type the unit created or changed, else the call's first id-like argument.

A print, export, import or key change produces a file outside any database transaction: there
an *intent* row ("started") is committed before the work and an *outcome* row ("ok" or
"failed") after it, so a crash in between still leaves the intent in the log.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from desktop.services import audit_chain
from desktop.services.context import Actor

# Actions whose work leaves the database (a file written or read): intent + outcome.
FILE_ACTIONS = frozenset({"print", "export", "import", "key_change"})
_ID = re.compile(r"[A-Za-z0-9_-]{1,36}")


@dataclass
class Pending:
    """One audited call's event, waiting for the call's first committing unit of work."""

    actor: Actor
    action: str
    object_type: str
    args: tuple[object, ...]
    written: bool = False
    created: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)


_PENDING: ContextVar[Pending | None] = ContextVar("stationdesk_pending_audit", default=None)


def id_argument(args: tuple[object, ...]) -> str:
    """The first argument that looks like an id or code (a path or typed text could carry a name)."""
    return next((arg for arg in args if isinstance(arg, str) and _ID.fullmatch(arg)), "")


@contextmanager
def pending(actor: Actor, action: str, object_type: str, args: tuple[object, ...]) -> Iterator[Pending]:
    """While the block runs, the first committing unit of work writes this event."""
    waiting = Pending(actor, action, object_type, args)
    token = _PENDING.set(waiting)
    try:
        yield waiting
    finally:
        _PENDING.reset(token)


def _of_type(obj: object, object_type: str) -> bool:
    table = getattr(type(obj), "__tablename__", "")
    return table in (object_type, object_type + "s")


def _after_flush(session: Session, _context: Any) -> None:
    waiting = _PENDING.get()
    if waiting is None or waiting.written:
        return
    session.info["audit_wrote"] = True
    # New rows first: a create names what it created even when its arguments hold another id.
    for objects, ids in ((session.new, waiting.created), (session.dirty, waiting.changed)):
        ids.extend(
            obj.id
            for obj in objects
            if isinstance(getattr(obj, "id", None), str) and _of_type(obj, waiting.object_type)
        )


def _before_commit(session: Session) -> None:
    waiting = _PENDING.get()
    if waiting is None or waiting.written:
        return
    if not (session.new or session.dirty or session.deleted or session.info.get("audit_wrote")):
        return
    session.flush()
    waiting.written = True
    object_id = next(iter(waiting.created + waiting.changed), "") or id_argument(waiting.args)
    audit_chain.record(session, waiting.actor, waiting.action, waiting.object_type, object_id[:36])


def _after_end(session: Session) -> None:
    session.info.pop("audit_wrote", None)


event.listen(Session, "after_flush", _after_flush)
event.listen(Session, "before_commit", _before_commit)
event.listen(Session, "after_commit", _after_end)
event.listen(Session, "after_rollback", _after_end)
