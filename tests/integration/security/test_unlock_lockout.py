"""Wrong passwords at the key unwrap count toward the lockout (services/unlock_guard.py): the first
sign-in of a program start and every command-line command unwrap the key before the database is
open, so restarting the program no longer allows endless guesses; the failures reach the audit log
at the next successful log-in."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from desktop.db import cipher
from desktop.db.open import open_database
from desktop.domain import clock
from desktop.errors import AuthenticationError
from desktop.models import AuditEvent
from desktop.paths import UNLOCK_FAILURES_FILE, AppPaths
from desktop.services import station_key, unlock_guard
from desktop.services.admin.users import list_users, reset_password
from desktop.services.auth import login
from desktop.services.context import ANONYMOUS, ServiceContext
from tests.conftest import ADMIN_PASSWORD, STAFF_PASSWORD
from tests.integration.test_cli import run

START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def now(monkeypatch: pytest.MonkeyPatch) -> list[datetime]:
    """The clock, fixed; a test moves it by changing the one value."""
    current = [START]
    monkeypatch.setattr(clock, "utc_now", lambda: current[0])
    return current


def _restart(installation: AppPaths) -> None:
    """A new program start: the key is no longer known in this process."""
    cipher.forget(installation.data_dir)


def _unlock(installation: AppPaths, username: str, password: str) -> str:
    _restart(installation)
    try:
        station_key.unlock(installation.data_dir, username, password)
    except AuthenticationError as error:
        return error.code
    return "ok"


def test_five_wrong_passwords_at_the_unwrap_lock_the_name_across_restarts(
    installation: AppPaths, now: list[datetime]
) -> None:
    for _ in range(5):
        assert _unlock(installation, "lead", "wrong-pass-9") == "auth.failed"
    # The right password is refused now, before any key derivation, whatever the restarts.
    assert _unlock(installation, "lead", STAFF_PASSWORD) == "auth.locked"
    assert _unlock(installation, "lead", STAFF_PASSWORD) == "auth.locked"
    assert _unlock(installation, "cw1", STAFF_PASSWORD) == "ok"  # another name is not locked
    now[0] = START + timedelta(minutes=16)
    assert _unlock(installation, "lead", STAFF_PASSWORD) == "ok"
    # A success starts the count again: four more wrong ones do not lock.
    for _ in range(4):
        assert _unlock(installation, "lead", "wrong-pass-9") == "auth.failed"
    assert _unlock(installation, "lead", STAFF_PASSWORD) == "ok"


def test_unknown_names_are_not_counted_and_fail_as_before(installation: AppPaths, now: list[datetime]) -> None:
    for _ in range(7):
        assert _unlock(installation, "nobody", "wrong-pass-9") == "auth.failed"
    assert not (installation.data_dir / UNLOCK_FAILURES_FILE).exists()


def test_the_next_log_in_audits_the_failures_with_their_time(installation: AppPaths, now: list[datetime]) -> None:
    for minute in range(6):  # five wrong (a lockout), then one more refused while locked
        now[0] = START + timedelta(minutes=minute)
        _unlock(installation, "lead", "wrong-pass-9")
    now[0] = START + timedelta(minutes=30)
    assert _unlock(installation, "lead", STAFF_PASSWORD) == "ok"
    db = open_database(installation)
    try:
        login(ServiceContext(db, installation, ANONYMOUS), "lead", STAFF_PASSWORD)
        with db.read() as session:
            rows = session.execute(
                select(AuditEvent.action, AuditEvent.result, AuditEvent.reason).order_by(AuditEvent.seq)
            ).all()
    finally:
        db.dispose()
    unwraps = [tuple(r) for r in rows if r.result in ("unlock_bad_password", "15min")]
    assert unwraps == [
        *[("login_failed", "unlock_bad_password", f"2026-03-01 17:0{m}") for m in range(5)],
        ("lockout", "15min", "2026-03-01 17:04"),
    ]
    assert rows[-1].action == "login"
    assert not (installation.data_dir / UNLOCK_FAILURES_FILE).exists()  # audited: forgotten


def test_a_password_reset_lifts_the_lockout(installation: AppPaths, now: list[datetime]) -> None:
    for _ in range(5):
        _unlock(installation, "lead", "wrong-pass-9")
    assert _unlock(installation, "admin", ADMIN_PASSWORD) == "ok"
    db = open_database(installation)
    try:
        anonymous = ServiceContext(db, installation, ANONYMOUS)
        admin = anonymous.as_actor(login(anonymous, "admin", ADMIN_PASSWORD))
        lead_id = next(u.id for u in list_users(db) if u.username == "lead")
        reset_password(admin, lead_id, "temporary-pass-2")
    finally:
        db.dispose()
    assert unlock_guard.locked_minutes(installation.data_dir, "lead") == 0
    assert _unlock(installation, "lead", "temporary-pass-2") == "ok"


def test_a_damaged_count_file_never_keeps_users_out(installation: AppPaths, now: list[datetime]) -> None:
    (installation.data_dir / UNLOCK_FAILURES_FILE).write_text("{not json", encoding="utf-8")
    assert _unlock(installation, "lead", STAFF_PASSWORD) == "ok"
    assert _unlock(installation, "lead", "wrong-pass-9") == "auth.failed"
    assert (installation.data_dir / UNLOCK_FAILURES_FILE).stat().st_mode & 0o777 == 0o600


def test_the_command_line_is_locked_out_after_five_wrong_passwords(installation: AppPaths) -> None:
    for _ in range(5):
        refused = run("info", "--json", data_dir=installation.data_dir, user="lead", password="wrong-pass-9")
        assert refused.returncode != 0 and "auth.failed" in refused.stdout + refused.stderr
    locked = run("info", "--json", data_dir=installation.data_dir, user="lead", password=STAFF_PASSWORD)
    assert locked.returncode != 0 and "auth.locked" in locked.stdout + locked.stderr, locked.stderr


def test_a_count_file_that_cannot_be_written_still_answers_wrong_password(
    installation: AppPaths, now: list[datetime]
) -> None:
    (installation.data_dir / UNLOCK_FAILURES_FILE).mkdir()  # in its way: neither read nor replaced
    assert _unlock(installation, "lead", "wrong-pass-9") == "auth.failed"
    assert _unlock(installation, "lead", STAFF_PASSWORD) == "ok"
