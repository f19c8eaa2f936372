"""The keyed audit chain: a history rewritten without the key is caught, and migration 0012
re-anchors an existing unkeyed chain (verified first) and folds reveal_log into the log."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy.orm import Session

from desktop.db.engine import make_engine
from desktop.db.migrate import _alembic_config, migrate
from desktop.models import AuditEvent
from desktop.models.types import from_iso
from desktop.services.audit import verify_chain
from desktop.services.audit_chain import KEY_SETTING, compute_hash, verify
from desktop.services.casework.clients import ClientInput, create_client, get_client
from desktop.services.context import ServiceContext
from tests import keyed
from tests.unit.kernel.helpers import as_user
from tests.unit.kernel.test_audit import _tamper, _verify_cli

# `audit verify` on the command line signs in as the installation's lead.
pytestmark = pytest.mark.usefixtures("cli_admin")
COLUMNS = "seq, at, user_id, username, role, action, object_type, object_id, fields, result, reason, prev_hash, hash"


def _rows(path: Path) -> list[tuple]:
    with keyed.connect(path) as db:
        return db.execute(f"SELECT {COLUMNS} FROM audit_events ORDER BY seq").fetchall()


def _event(row: tuple) -> AuditEvent:
    seq, at, user_id, username, role, action, object_type, object_id, fields, result, reason, *_ = row
    return AuditEvent(
        seq=seq,
        at=from_iso(at),
        user_id=user_id,
        username=username,
        role=role,
        action=action,
        object_type=object_type,
        object_id=object_id,
        fields=json.loads(fields),
        result=result,
        reason=reason,
    )


def test_a_history_rewritten_without_the_key_is_caught(ctx: ServiceContext) -> None:
    client = create_client(ctx, ClientInput(name="张三丰"))
    for _ in range(4):
        get_client(ctx, client.id)
    rows = _rows(ctx.paths.database)
    target = next(row for row in rows if row[5] == "open_client")
    # The tamperer removes the second look at the record and recomputes every later link and the
    # anchor the way the old unkeyed chain did (they do not have the key).
    prev = next(row[12] for row in rows if row[0] == target[0] - 1)
    rewritten = []
    for row in [row for row in rows if row[0] >= target[0] and row[0] != target[0] + 1]:
        moved = (len(rewritten) + target[0], *row[1:])
        digest = compute_hash(prev, _event(moved))
        rewritten.append((*moved[:11], prev, digest))
        prev = digest
    _tamper(ctx.paths.database, "DELETE FROM audit_events WHERE seq >= ?", target[0])
    with keyed.connect(ctx.paths.database) as db:
        db.executemany(f"INSERT INTO audit_events ({COLUMNS}) VALUES ({', '.join('?' * 13)})", rewritten)
        anchor = json.dumps({"seq": rewritten[-1][0], "hash": prev})
        db.execute("UPDATE settings SET value = ? WHERE key = 'audit_head'", (anchor,))
    check = verify_chain(as_user(ctx, "lead"))
    assert (check.ok, check.broken_seq, check.problem) == (False, target[0], "content")
    result = _verify_cli(ctx.paths)
    assert result.returncode == 1 and f"第 {target[0]} 条" in result.stdout


def test_moving_the_keyed_start_or_removing_the_key_is_caught(ctx: ServiceContext) -> None:
    get_client(ctx, create_client(ctx, ClientInput(name="李四")).id)
    lead = as_user(ctx, "lead")  # signs in (an audited event) before the tampering
    with keyed.connect(ctx.paths.database) as db:
        (stored,) = db.execute("SELECT value FROM settings WHERE key = ?", (KEY_SETTING,)).fetchone()
        moved = {**json.loads(stored), "from_seq": 10_000}
        db.execute("UPDATE settings SET value = ? WHERE key = ?", (json.dumps(moved), KEY_SETTING))
    assert verify_chain(lead).problem == "key"
    with keyed.connect(ctx.paths.database) as db:
        db.execute("DELETE FROM settings WHERE key = ?", (KEY_SETTING,))
    check = verify_chain(lead)
    assert (check.ok, check.broken_seq, check.problem) == (False, 1, "key")


def _old_database(tmp_path: Path, *, break_at: int | None = None) -> Path:
    """A database at 0008 with an unkeyed chain of five rows and two reveal_log rows."""
    path = tmp_path / "old.sqlite3"
    engine = make_engine(path)
    config = _alembic_config()
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0008_lists2")
        connection.commit()
    engine.dispose()
    prev, rows = "", []
    for seq in range(1, 6):
        at = f"2026-03-0{seq}T08:00:00.000000Z"
        action, fields, reason = ("reveal", '["phone"]', "联系家属") if seq == 4 else ("open_client", "[]", "")
        row = (seq, at, None, "cw1", "caseworker", action, "client", "c1", fields, "ok", reason, prev, "")
        digest = compute_hash(prev, _event(row))
        rows.append((*row[:12], digest))
        prev = digest
    with keyed.connect(path) as db:
        db.executemany(f"INSERT INTO audit_events ({COLUMNS}) VALUES ({', '.join('?' * 13)})", rows)
        db.execute("INSERT INTO settings VALUES ('audit_head', ?)", (json.dumps({"seq": 5, "hash": prev}),))
        reveal = "INSERT INTO reveal_log (at, user_id, username, role, client_id, field, reason) VALUES (?,?,?,?,?,?,?)"
        db.execute(reveal, ("2026-03-04T08:00:00.000000Z", "", "cw1", "caseworker", "c1", "phone", "联系家属"))
        db.execute(reveal, ("2026-02-01T09:00:00.000000Z", "", "cw2", "caseworker", "c1", "id_number", "核对"))
        if break_at is not None:
            db.execute("DROP TRIGGER audit_events_no_update")
            db.execute("UPDATE audit_events SET username = 'lead' WHERE seq = ?", (break_at,))
    return path


def _migrated(tmp_path: Path, path: Path, broken_seq: int | None = None) -> list[AuditEvent]:
    engine = make_engine(path)
    migrate(engine, path, tmp_path / "backups")
    with Session(engine) as session:
        check = verify(session)
        events = list(session.query(AuditEvent).order_by(AuditEvent.seq))
        session.expunge_all()
    engine.dispose()
    assert check.broken_seq == broken_seq, check
    return events


def test_migration_verifies_the_old_chain_then_goes_on_keyed(tmp_path: Path) -> None:
    path = _old_database(tmp_path)
    events = _migrated(tmp_path, path)
    rechain = events[5]
    assert (rechain.seq, rechain.action, rechain.result) == (6, "rechain", "ok")
    assert "1-5 verified intact" in rechain.reason
    # The reveal already in the log is not doubled; the one only in reveal_log moves over.
    moved = [(e.username, e.object_id, e.fields, e.reason) for e in events[6:]]
    assert moved == [("cw2", "c1", ["id_number"], "核对")]
    assert events[6].at == datetime(2026, 2, 1, 9, tzinfo=UTC)
    with keyed.connect(path) as db:
        assert not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'reveal_log'").fetchall()


def test_migration_records_an_old_chain_that_was_already_broken(tmp_path: Path) -> None:
    # The old break stays visible to `audit verify`; the keyed chain after it is sound.
    events = _migrated(tmp_path, _old_database(tmp_path, break_at=3), broken_seq=3)
    assert (events[5].action, events[5].result) == ("rechain", "broken")
    assert "broken at 3" in events[5].reason
