"""The audit log: what is recorded (ids and field names, never values) and tamper detection."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import select

from desktop.domain.clock import station_today
from desktop.errors import AuthenticationError
from desktop.models import AuditEvent
from desktop.paths import AppPaths
from desktop.services.audit import AuditFilter, list_events, verify_chain
from desktop.services.auth import MAX_FAILURES, login, logout
from desktop.services.casework.clients import ClientInput, create_client, get_client, update_client
from desktop.services.casework.visits import VisitInput, log_visit
from desktop.services.context import ANONYMOUS, ServiceContext
from tests import keyed
from tests.conftest import STAFF_PASSWORD
from tests.unit.kernel.helpers import as_user

ROOT = Path(__file__).resolve().parents[3]
# The command-line runs below sign in as the installation's first administrator.
pytestmark = pytest.mark.usefixtures("cli_admin")
ZHANG = ClientInput(name="张三丰", id_number="11010519491231002X", phone="13812345678", notes="喜欢下棋")


def _events(ctx: ServiceContext) -> list[AuditEvent]:
    with ctx.db.read() as session:
        rows = list(session.scalars(select(AuditEvent).order_by(AuditEvent.seq)))
        for row in rows:
            session.expunge(row)  # keep the loaded values after the read-only session rolls back
        return rows


def test_casework_is_recorded_with_ids_and_field_names_only(ctx: ServiceContext) -> None:
    client = create_client(ctx, ZHANG)
    get_client(ctx, client.id)
    update_client(ctx, client.id, ClientInput(**{**ZHANG.__dict__, "notes": "改了", "phone": "13900001111"}))
    visit = log_visit(ctx, VisitInput(client_id=client.id, visit_date=station_today(), narrative="情绪平稳"))
    logout(ctx)
    mine = [e for e in _events(ctx) if e.username == "cw1"]
    assert [(e.action, e.object_type) for e in mine] == [
        ("login", "user"),
        ("create", "client"),
        ("open_client", "client"),
        ("update", "client"),
        ("create", "visit"),
        ("logout", "user"),
    ]
    assert mine[1].object_id == client.id and "id_number" in mine[1].fields and "name" in mine[1].fields
    assert {"notes", "phone"} <= set(mine[3].fields) and "name" not in mine[3].fields
    assert mine[4].object_id == visit.id and "narrative" in mine[4].fields
    dump = json.dumps([e.__dict__ for e in mine], default=str, ensure_ascii=False)
    for value in ("张三丰", "11010519491231002X", "13812345678", "13900001111", "喜欢下棋", "改了", "情绪平稳"):
        assert value not in dump


def test_failures_and_lockout_are_recorded(installation: AppPaths) -> None:
    from desktop.db.open import open_database

    db = open_database(installation)
    ctx = ServiceContext(db, installation, ANONYMOUS)
    with pytest.raises(AuthenticationError):
        login(ctx, "nobody", "typed-a-password-here")
    for _ in range(MAX_FAILURES):
        with pytest.raises(AuthenticationError):
            login(ctx, "cw1", "wrong-password")
    with pytest.raises(AuthenticationError):
        login(ctx, "cw1", STAFF_PASSWORD)
    events = [(e.action, e.username, e.result) for e in _events(ctx) if e.action in ("login_failed", "lockout")]
    assert events[0] == ("login_failed", "", "unknown_user")  # the typed name is not kept
    assert events[1:] == [("login_failed", "cw1", "bad_password")] * MAX_FAILURES + [
        ("lockout", "cw1", "15min"),
        ("login_failed", "cw1", "locked"),
    ]
    assert "typed-a-password-here" not in json.dumps([e.__dict__ for e in _events(ctx)], default=str)
    db.dispose()


def _tamper(path: Path, sql: str, *params: object) -> None:
    """What a deliberate tamperer does: drop the append-only triggers, then edit the table."""
    connection = keyed.connect(path)
    connection.execute("DROP TRIGGER IF EXISTS audit_events_no_update")
    connection.execute("DROP TRIGGER IF EXISTS audit_events_no_delete")
    connection.execute(sql, params)
    connection.commit()
    connection.close()


def _verify_cli(paths: AppPaths) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(paths.data_dir), "audit", "verify"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.fixture
def chained(ctx: ServiceContext) -> ServiceContext:
    client = create_client(ctx, ZHANG)
    for _ in range(3):
        get_client(ctx, client.id)
    assert len(_events(ctx)) >= 10
    return ctx


def _seq_of_open_clients(ctx: ServiceContext) -> list[int]:
    return [e.seq for e in _events(ctx) if e.action == "open_client"]


def test_an_intact_chain_verifies(chained: ServiceContext) -> None:
    check = verify_chain(as_user(chained, "lead"))
    assert check.ok and check.broken_seq is None
    result = _verify_cli(chained.paths)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "完整" in result.stdout


def test_an_edited_row_is_detected(chained: ServiceContext) -> None:
    seq = _seq_of_open_clients(chained)[1]
    _tamper(chained.paths.database, "UPDATE audit_events SET username = 'lead' WHERE seq = ?", seq)
    check = verify_chain(as_user(chained, "lead"))
    assert (check.ok, check.broken_seq, check.problem) == (False, seq, "content")
    result = _verify_cli(chained.paths)
    assert result.returncode == 1 and f"第 {seq} 条" in result.stdout


def test_a_deleted_row_is_detected(chained: ServiceContext) -> None:
    seq = _seq_of_open_clients(chained)[0]
    _tamper(chained.paths.database, "DELETE FROM audit_events WHERE seq = ?", seq)
    result = _verify_cli(chained.paths)
    assert result.returncode == 1 and f"第 {seq} 条" in result.stdout


def test_a_deleted_last_row_is_detected_by_the_anchor(chained: ServiceContext) -> None:
    last = _events(chained)[-1].seq
    _tamper(chained.paths.database, "DELETE FROM audit_events WHERE seq = ?", last)
    result = _verify_cli(chained.paths)
    assert result.returncode == 1 and f"第 {last} 条" in result.stdout


def test_an_inserted_row_is_detected(chained: ServiceContext) -> None:
    events = _events(chained)
    # Make room in the middle and slip a plausible row in, copying its neighbour's hash fields.
    middle = events[len(events) // 2]
    _tamper(chained.paths.database, "UPDATE audit_events SET seq = seq + 1000 WHERE seq > ?", middle.seq)
    _tamper(chained.paths.database, "UPDATE audit_events SET seq = seq - 999 WHERE seq > 1000")
    _tamper(
        chained.paths.database,
        "INSERT INTO audit_events (seq, at, username, role, action, object_type, object_id, fields, result, reason, "
        "prev_hash, hash) SELECT ?, at, 'cw2', 'caseworker', 'open_client', 'client', object_id, '[]', 'ok', '', "
        "hash, hash FROM audit_events WHERE seq = ?",
        middle.seq + 1,
        middle.seq,
    )
    check = verify_chain(as_user(chained, "lead"))
    assert not check.ok and check.broken_seq == middle.seq + 1
    result = _verify_cli(chained.paths)
    assert result.returncode == 1 and f"第 {middle.seq + 1} 条" in result.stdout


def test_a_row_appended_at_the_end_is_detected(chained: ServiceContext) -> None:
    last = _events(chained)[-1]
    _tamper(
        chained.paths.database,
        "INSERT INTO audit_events (seq, at, username, role, action, object_type, object_id, fields, result, reason, "
        "prev_hash, hash) VALUES (?, ?, 'x', 'lead', 'login', 'user', '', '[]', 'ok', '', ?, 'f00')",
        last.seq + 1,
        "2026-01-01T00:00:00.000000Z",
        last.hash,
    )
    assert verify_chain(as_user(chained, "lead")).broken_seq == last.seq + 1


def test_viewer_filters_by_user_action_object_and_date(chained: ServiceContext) -> None:
    lead = as_user(chained, "lead")
    client_id = next(e.object_id for e in _events(chained) if e.action == "create")
    assert {e.username for e in list_events(lead, AuditFilter(username="cw1"))} == {"cw1"}
    opened = list_events(lead, AuditFilter(action="open_client"))
    assert len(opened) == 3 and [e.seq for e in opened] == sorted((e.seq for e in opened), reverse=True)
    assert {e.object_id for e in list_events(lead, AuditFilter(object_id=client_id[:8]))} == {client_id}
    assert list_events(lead, AuditFilter(date_from=station_today(), date_to=station_today()))
    assert list_events(lead, AuditFilter(date_to=date(2000, 1, 1))) == []
    page = list_events(lead, limit=2)
    assert [e.seq for e in list_events(lead, before_seq=page[-1].seq, limit=1)] == [page[-1].seq - 1]


@pytest.mark.parametrize(
    "sql", ["UPDATE audit_events SET reason = 'x' WHERE seq = 1", "DELETE FROM audit_events WHERE seq = 1"]
)
def test_the_audit_table_is_append_only_inside_sqlite(chained: ServiceContext, sql: str) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError, match="append-only"), chained.db.write() as session:
        session.execute(text(sql))
    connection = keyed.connect(chained.paths.database)
    with pytest.raises((sqlite3.IntegrityError, sqlcipher3.IntegrityError)):
        connection.execute(sql)
    connection.close()
    assert verify_chain(as_user(chained, "lead")).ok
