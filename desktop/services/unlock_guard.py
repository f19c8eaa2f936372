"""Wrong passwords at the key unwrap count toward the sign-in lockout, as wrong log-ins do.

The first sign-in after the program starts, and every command-line command, unwraps the database
key with the password before the database can be read (services/station_key.py), so the users
table's counter (services/auth.py) never sees a wrong password typed there: restarting the
program allowed guessing without end. Those failures are counted in a small file beside the
keyring (`unlock-failures.json`, 0600: user names and times, nothing personal) under the same
rule: five in a row lock the name for fifteen minutes. The database is closed when they happen, so
the next successful log-in writes them into the audit log (`take_unaudited`, from auth.login).

Only names that have a key wrap are counted, so the file cannot grow with names typed at random;
an unknown name fails as before, with the same message. A damaged file is read as empty (logged):
it must never keep the station's users out. Whoever can rewrite it holds the keyring anyway.
"""

from __future__ import annotations

import json
import logging
import os
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from desktop.domain import clock
from desktop.errors import AuthenticationError
from desktop.paths import UNLOCK_FAILURES_FILE

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)
KEPT_EVENTS = 20  # failures and lockouts kept for the audit log, newest

log = logging.getLogger(__name__)


def _path(data_dir: Path) -> Path:
    return data_dir / UNLOCK_FAILURES_FILE


def _load(data_dir: Path) -> dict[str, dict[str, Any]]:
    path = _path(data_dir)
    try:
        users = json.loads(path.read_text(encoding="utf-8"))["users"]
        if not isinstance(users, dict):
            raise TypeError
        return users
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, KeyError, TypeError):
        log.warning("unlock failure counts unreadable; starting afresh")
        return {}


def _save(data_dir: Path, users: dict[str, dict[str, Any]]) -> None:
    """Write the counts; a folder that cannot be written (read-only, full) is logged, never raised,
    so the sign-in still answers "wrong password" and not a storage error."""
    path = _path(data_dir)
    try:
        if not users:
            path.unlink(missing_ok=True)
            return
        temporary = path.with_name(path.name + ".part")
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump({"version": 1, "users": users}, handle, ensure_ascii=False)
        os.replace(temporary, path)
    except OSError as error:
        log.warning("unlock failure counts not written: %s", type(error).__name__)


def locked_minutes(data_dir: Path, username: str) -> int:
    """Minutes left of `username`'s lockout (0: not locked)."""
    until = _load(data_dir).get(username, {}).get("locked_until")
    if not until:
        return 0
    left = datetime.fromisoformat(until) - clock.utc_now()
    return int(left.total_seconds() // 60) + 1 if left.total_seconds() > 0 else 0


def refuse_if_locked(data_dir: Path, username: str) -> None:
    """AuthenticationError `auth.locked` while `username` is locked out (before any password is tried)."""
    minutes = locked_minutes(data_dir, username)
    if minutes:
        raise locked_error(minutes)


def locked_error(minutes: int) -> AuthenticationError:
    """The one message of a locked name, here and for the users table's lockout (services/auth.py)."""
    return AuthenticationError(
        "auth.locked", "登录失败次数过多，账户已锁定，请 {minutes} 分钟后再试。", minutes=minutes
    )


def failed(data_dir: Path, username: str) -> None:
    """Count one wrong password; the fifth in a row locks the name for LOCKOUT."""
    users = _load(data_dir)
    entry = users.setdefault(username, {})
    now = clock.utc_now()
    entry["failures"] = int(entry.get("failures", 0)) + 1
    events = entry.setdefault("events", [])
    events.append(["bad_password", now.isoformat()])
    if entry["failures"] >= MAX_FAILURES:
        entry["failures"] = 0
        entry["locked_until"] = (now + LOCKOUT).isoformat()
        events.append(["lockout", now.isoformat()])
    entry["dropped"] = int(entry.get("dropped", 0)) + max(0, len(events) - KEPT_EVENTS)
    entry["events"] = events[-KEPT_EVENTS:]
    _save(data_dir, users)


def reset(data_dir: Path, username: str) -> None:
    """The count starts again (the password opened the key, or an administrator or the recovery key
    set a new one); what is not audited yet stays."""
    users = _load(data_dir)
    entry = users.get(username)
    if entry is None or (not entry.get("failures") and not entry.get("locked_until")):
        return
    entry["failures"] = 0
    entry.pop("locked_until", None)
    if not entry.get("events") and not entry.get("dropped"):
        del users[username]
    _save(data_dir, users)


def unaudited(data_dir: Path, username: str) -> tuple[list[tuple[str, datetime]], int]:
    """The failures and lockouts not yet in the audit log, oldest first, and how many older ones
    were dropped from the file; `forget` them once the audit rows are committed."""
    entry = _load(data_dir).get(username)
    if entry is None:
        return [], 0
    events = [(str(kind), datetime.fromisoformat(at)) for kind, at in entry.get("events", [])]
    return events, int(entry.get("dropped", 0))


def forget(data_dir: Path, username: str, audited: int) -> None:
    """Drop the `audited` oldest events (now in the audit log) and the count of dropped ones."""
    users = _load(data_dir)
    entry = users.get(username)
    if entry is None:
        return
    entry["events"], entry["dropped"] = entry.get("events", [])[audited:], 0
    if not entry["events"] and not entry.get("failures") and not entry.get("locked_until"):
        del users[username]
    _save(data_dir, users)
