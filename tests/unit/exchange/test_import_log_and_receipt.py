"""The import's change log for new rows (written by SQL from the inserted rows) and its receipt
(written in a thread, published only after the commit).

The change log must hold exactly one entry per new row, with the row's version, the sender as
source and all fields, in the order the rows were inserted — into empty tables and into tables
that already hold rows. A receipt must never appear for an import that did not commit.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from desktop.services.exchange import apply as sync_apply
from desktop.services.exchange import bulk_indexes as sync_bulk
from desktop.services.exchange import importer as sync_import
from desktop.services.exchange.codec import codecs
from desktop.sync import open_receipt
from tests import keyed
from tests.unit.exchange.conftest import Node, table_digest
from tests.unit.exchange.edits import add_client, add_visit


def _populate(a: Node, start: int, count: int) -> None:
    for i in range(start, start + count):
        cid = add_client(a, f"冯{i}明", id_number=f"31010119800101{i:04d}", phone=f"1390000{i:04d}")
        add_visit(a, cid, narrative=f"电话{i}")


def _new_row_log(database: Path, source: str) -> dict[str, list[tuple[str, int]]]:
    """Per table: (row id, version) of the sender's all-field entries, in change-log order."""
    with keyed.connect(database) as db:
        rows = db.execute(
            "SELECT table_name, row_id, version FROM change_log WHERE source = ? AND fields = '[\"*\"]' ORDER BY seq",
            (source,),
        ).fetchall()
    log: dict[str, list[tuple[str, int]]] = {}
    for table, row_id, version in rows:
        log.setdefault(table, []).append((row_id, version))
    return log


def _rows_in_insert_order(database: Path) -> dict[str, list[tuple[str, int]]]:
    with keyed.connect(database) as db:
        return {
            name: db.execute(f'SELECT id, version FROM "{name}" ORDER BY rowid').fetchall()
            for name in codecs()
            if name != "stations"
        }


@pytest.mark.parametrize(("fast", "bound"), [(False, False), (True, False), (False, True)])
def test_every_new_row_gets_one_change_log_entry_in_insert_order(
    network: dict[str, Node], monkeypatch: pytest.MonkeyPatch, fast: bool, bound: bool
) -> None:
    if bound:  # as if rowids were near their maximum: the entries are bound from Python instead
        monkeypatch.setattr(sync_apply, "_MAX_ROWID", 0)
    if fast:
        monkeypatch.setattr(sync_import, "WORKER_MIN_RECORDS", 1)
        monkeypatch.setattr(sync_bulk, "BULK_MIN_ROWS", 1)
        monkeypatch.delenv("STATIONDESK_IMPORT_WORKER", raising=False)
    a, d = network["A"], network["D"]
    _populate(a, 0, 8)
    first = d.import_(a.export_to(d, full=True))
    _populate(a, 8, 5)  # the second bundle adds rows to tables that are no longer empty
    second = d.import_(a.export_to(d))
    assert (first.created, second.created) == (17, 10)  # the station row comes with the first bundle
    log = _new_row_log(d.paths.database, a.code)
    rows = _rows_in_insert_order(d.paths.database)
    for table in ("clients", "visits"):
        assert log[table] == rows[table]
        assert len(rows[table]) == 13
    assert sum(len(entries) for entries in log.values()) == first.created + second.created


def test_no_receipt_appears_when_the_import_fails_after_the_receipt_was_started(
    network: dict[str, Node], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    a, d = network["A"], network["D"]
    _populate(a, 0, 4)
    bundle = a.export_to(d, full=True)
    before = table_digest(d.paths.database)
    original = sync_import._finish
    started: list[bool] = []

    def failing(*args: Any, **kwargs: Any) -> Any:
        original(*args, **kwargs)
        started.append(True)
        raise sqlite3.OperationalError("disk I/O error")  # as if the commit's write failed

    monkeypatch.setattr(sync_import, "_finish", failing)
    target = tmp_path / "receipts" / "r.sdbundle"
    target.parent.mkdir()
    with pytest.raises(sync_import.ImportFailed):
        d.import_(bundle, receipt_out=target)
    assert started
    assert list(target.parent.iterdir()) == []  # neither the receipt nor a staged file
    assert table_digest(d.paths.database) == before
    monkeypatch.setattr(sync_import, "_finish", original)
    result = d.import_(bundle, receipt_out=target)
    assert result.receipt == str(target) and result.created == 9
    assert sorted(p.name for p in target.parent.iterdir()) == ["r.sdbundle"]
    receipt = open_receipt(target, me=a.keys, trusted={d.code: d.keys.identity})
    assert len(receipt.applied) == 9


def test_a_finished_table_gets_its_indexes_back_early_unless_it_is_the_last_big_one(network: dict[str, Node]) -> None:
    d = network["D"]
    with keyed.connect(d.paths.database, isolation_level=None) as db:
        db.execute("BEGIN")
        deferral = sync_bulk.IndexDeferral(db.cursor())
        deferral.plan({"clients": 10**6, "visits": 10**6}, {"clients": "client_search_keys"})

        def present() -> set[str]:
            return {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}

        assert {"ix_clients_name_birth", "ix_client_search_keys_key", "ix_visits_date_id"}.isdisjoint(present())
        deferral.restore_table("clients", still_to_come=10**6)
        assert {"ix_clients_name_birth", "ix_client_search_keys_key"} <= present()
        assert {"ix_visits_date_id", "ix_change_log_version"}.isdisjoint(present())
        deferral.restore_table("clients", still_to_come=10**6)  # nothing left for it: no error, no duplicate
        # The last big table: less than its own size still to decode, so it waits for restore().
        deferral.restore_table("visits", still_to_come=10**5)
        assert {"ix_visits_date_id", "ix_change_log_version"}.isdisjoint(present())
        deferral.restore()
        assert {"ix_visits_date_id", "ix_change_log_version"} <= present()
        db.execute("ROLLBACK")
