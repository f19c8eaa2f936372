"""The fast import path (decoder process, plain indexes rebuilt at the end) gives exactly the
result of the plain in-process path: same rows, field versions, change log, search keys, schema,
report and receipt — for rows new to the database and for rows that merge with local ones — and
fails the same way (nothing changes) when the payload or the database write goes wrong.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import orjson
import pytest

from desktop.db.open import open_database
from desktop.models import Client
from desktop.services.context import ServiceContext
from desktop.services.exchange import bulk_indexes as sync_bulk
from desktop.services.exchange import importer as sync_import
from desktop.services.exchange.apply import Applier
from desktop.services.exchange.codec import codecs
from desktop.sync import open_receipt
from desktop.sync.errors import CorruptPayload
from tests import keyed
from tests.unit.exchange.conftest import Node, table_digest
from tests.unit.exchange.edits import add_client, add_visit, edit
from tests.unit.sync.helpers import craft, jsonl


def _fast(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sync_import, "WORKER_MIN_RECORDS", 1)
    monkeypatch.setattr(sync_bulk, "BULK_MIN_ROWS", 1)
    monkeypatch.delenv("STATIONDESK_IMPORT_WORKER", raising=False)


def _slow(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sync_import, "WORKER_MIN_RECORDS", 10**9)
    monkeypatch.setattr(sync_bulk, "BULK_MIN_ROWS", 10**9)


def _state(path: Path) -> dict[str, Any]:
    """Everything an import writes, without local sequence numbers and times."""
    with keyed.connect(path) as db:
        state: dict[str, Any] = {
            name: db.execute(codec.select_sql + " ORDER BY id").fetchall() for name, codec in codecs().items()
        }
        state["change_log"] = db.execute(
            "SELECT table_name, row_id, version, source, fields FROM change_log ORDER BY table_name, row_id, version"
        ).fetchall()
        state["keys"] = db.execute("SELECT client_id, key FROM client_search_keys ORDER BY 1, 2").fetchall()
        state["conflicts"] = db.execute(
            "SELECT table_name, row_id, field, losing_value, losing_version, winning_value FROM sync_conflicts"
            " ORDER BY 1, 2, 3"
        ).fetchall()
        state["schema"] = db.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    return state


def _summary(result: Any) -> tuple[Any, ...]:
    return (result.created, result.updated, result.unchanged, result.conflicts, result.quarantined, result.per_table)


def _clone(source: Node, target: Node) -> None:
    """Make `target`'s database a byte copy of `source`'s (same local versions too)."""
    source.close()
    target.close()
    shutil.copyfile(source.paths.database, target.paths.database)
    for node in (source, target):
        node.ctx = ServiceContext(open_database(node.paths), node.paths)


def _populate(a: Node, count: int) -> list[str]:
    ids = []
    for i in range(count):
        cid = add_client(a, f"曾{i}华", id_number=f"31010119800101{i:04d}", phone=f"1380000{i:04d}")
        add_visit(a, cid, narrative=f"家访{i}")
        ids.append(cid)
    return ids


def test_fast_path_for_new_rows_gives_the_same_database_report_and_receipt(
    twins: tuple[dict[str, Node], dict[str, Node]], monkeypatch: pytest.MonkeyPatch
) -> None:
    one, two = twins
    _populate(one["A"], 30)
    bundle = one["A"].export_to(one["D"], full=True)
    _slow(monkeypatch)
    slow = one["D"].import_(bundle)
    _fast(monkeypatch)
    fast = two["D"].import_(bundle)
    assert fast.created == 61 and fast.quarantined == 0  # 30 clients, 30 visits, the station
    assert_same_import(one, two, slow, fast)


def assert_same_import(one: dict[str, Node], two: dict[str, Node], first: Any, second: Any) -> None:
    """The district of `one` imported `first` and that of `two` `second` from the same bundle of A:
    the same counts, database and receipt."""
    assert _summary(second) == _summary(first)
    assert _state(two["D"].paths.database) == _state(one["D"].paths.database)
    me, trusted = one["A"].keys, {one["D"].code: one["D"].keys.identity}
    receipts = [open_receipt(r.receipt, me=me, trusted=trusted) for r in (first, second)]
    applied = [sorted((r.table, r.id, r.version) for r in rec.applied) for rec in receipts]
    assert applied[0] == applied[1] and len(applied[1]) == second.created


def test_fast_path_merges_existing_rows_like_the_slow_path(
    twins: tuple[dict[str, Node], dict[str, Node]], monkeypatch: pytest.MonkeyPatch
) -> None:
    one, two = twins
    _slow(monkeypatch)
    ids = _populate(one["A"], 10)
    first = one["A"].export_to(one["D"], full=True)
    one["D"].import_(first)
    # Concurrent edits: the district changed notes locally, the station changes notes and name.
    edit(one["D"], Client, ids[0], notes="区级备注")
    _clone(one["D"], two["D"])
    edit(one["A"], Client, ids[0], notes="站点备注", name="曾新")
    edit(one["A"], Client, ids[1], phone="13911112222")
    _populate(one["A"], 3)
    second = one["A"].export_to(one["D"], full=True)  # every row again: most are unchanged
    slow = one["D"].import_(second)
    _fast(monkeypatch)
    fast = two["D"].import_(second)
    assert fast.conflicts == 1 and fast.updated == 2 and fast.created == 6
    assert _summary(fast) == _summary(slow)
    assert _state(two["D"].paths.database) == _state(one["D"].paths.database)


def test_corrupt_payload_found_by_the_decoder_process_changes_nothing(
    network: dict[str, Node], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _fast(monkeypatch)
    a, d = network["A"], network["D"]
    before = table_digest(d.paths.database)
    record = orjson.dumps({"id": "not-a-uuid"})
    plaintext = jsonl(b'["table","clients"]', record, record)  # two records, counts say one; no end marker
    path = tmp_path / "bad.sdbundle"
    path.write_bytes(craft(a.keys, d.keys.identity, plaintext, counts={"clients": 1}))
    with pytest.raises(CorruptPayload):
        d.import_(path)
    assert table_digest(d.paths.database) == before


def test_a_failed_write_during_a_bulk_import_restores_everything_including_the_indexes(
    network: dict[str, Node], monkeypatch: pytest.MonkeyPatch
) -> None:
    _fast(monkeypatch)
    a, d = network["A"], network["D"]
    _populate(a, 5)
    bundle = a.export_to(d, full=True)
    before = table_digest(d.paths.database)
    with keyed.connect(d.paths.database) as db:
        schema = db.execute("SELECT name, sql FROM sqlite_master ORDER BY name").fetchall()
    calls = []

    def failing(self: Applier, batch: Any, sender: str, retry_ids: Any = None) -> None:
        calls.append(batch.table)
        if batch.table == "visits":
            raise sqlite3.OperationalError("disk I/O error")
        original(self, batch, sender, retry_ids)

    original = Applier.apply_batch
    monkeypatch.setattr(Applier, "apply_batch", failing)
    with pytest.raises(sync_import.ImportFailed):
        d.import_(bundle)
    assert "clients" in calls
    assert table_digest(d.paths.database) == before
    with keyed.connect(d.paths.database) as db:
        assert db.execute("SELECT name, sql FROM sqlite_master ORDER BY name").fetchall() == schema


def test_index_deferral_only_touches_plain_indexes_of_empty_tables(network: dict[str, Node]) -> None:
    d = network["D"]
    with keyed.connect(d.paths.database, isolation_level=None) as db:
        db.execute("BEGIN")
        deferral = sync_bulk.IndexDeferral(db.cursor())
        deferral.plan({"clients": 10**6, "stations": 10**6}, {"clients": "client_search_keys"})
        dropped = {name for name, _sql in deferral.saved}
        assert {"ix_clients_name_birth", "ix_client_search_keys_key", "ix_change_log_version"} <= dropped
        assert not any(name.startswith("sqlite_autoindex") for name in dropped)
        # Partial indexes stay (few rows to keep up; a rebuild would scan the whole table).
        assert not {"ix_clients_tombstones", "ix_visits_tombstones"} & dropped
        assert "ix_clients_tombstones" in {r[0] for r in db.execute("SELECT name FROM sqlite_master")}
        assert "stations" not in deferral.tables  # the district's own station row is there
        deferral.restore()
        names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert dropped <= names
        db.execute("ROLLBACK")


def test_an_unknown_table_is_quarantined_on_the_fast_path_too(
    network: dict[str, Node], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _fast(monkeypatch)
    a, d = network["A"], network["D"]
    record = orjson.dumps({"id": "5c0f0000-0000-4000-8000-000000000001", "x": 1})
    plaintext = jsonl(b'["table","future_things"]', record, b'["end"]')
    path = tmp_path / "newer.sdbundle"
    path.write_bytes(craft(a.keys, d.keys.identity, plaintext, counts={"future_things": 1}))
    result = d.import_(path)
    assert result.quarantined == 1 and result.quarantine[0]["reason_code"] == "unknown_table"


def test_all_new_batches_skip_the_per_row_path_with_the_same_result(
    twins: tuple[dict[str, Node], dict[str, Node]], monkeypatch: pytest.MonkeyPatch
) -> None:
    one, two = twins
    ids = _populate(one["A"], 25)
    edit(one["A"], Client, ids[3], notes="改过")
    bundle = one["A"].export_to(one["D"], full=True)
    general = Applier._apply_new
    calls: list[bool] = []

    def never(self: Applier, codec: Any, batch: Any, sender: str) -> bool:
        return False

    def counted(self: Applier, codec: Any, batch: Any, sender: str) -> bool:
        calls.append(general(self, codec, batch, sender))
        return calls[-1]

    monkeypatch.setattr(Applier, "_apply_new", never)
    per_row = one["D"].import_(bundle)
    monkeypatch.setattr(Applier, "_apply_new", counted)
    batched = two["D"].import_(bundle)
    assert any(calls)  # the all-new path was taken (clients, visits)
    assert _summary(batched) == _summary(per_row)
    assert _state(two["D"].paths.database) == _state(one["D"].paths.database)
    keys = one["A"].keys
    trusted = {one["D"].code: one["D"].keys.identity}
    receipts = [open_receipt(r.receipt, me=keys, trusted=trusted) for r in (per_row, batched)]
    assert [r.table for r in receipts[0].applied] == [r.table for r in receipts[1].applied]
    assert [(r.id, r.version) for r in receipts[0].applied] == [(r.id, r.version) for r in receipts[1].applied]
    # Importing it again changes nothing, whichever path wrote the rows.
    again = two["D"].import_(bundle)
    assert again.duplicate and _state(two["D"].paths.database) == _state(one["D"].paths.database)
