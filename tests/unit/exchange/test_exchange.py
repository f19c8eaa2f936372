"""Export → import between stations and the district: counts, incremental, merge, idempotence."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop.errors import AppError
from desktop.models import Client, Visit
from desktop.services.exchange.status import exchange_overview, list_conflicts, resolve_conflict
from tests.unit.exchange.conftest import Node, table_digest
from tests.unit.exchange.edits import add_client, add_visit, edit, get, rows


def test_full_round_trip_creates_every_row_and_a_second_import_changes_nothing(network: dict[str, Node]) -> None:
    a, d = network["A"], network["D"]
    ids = [add_client(a, f"张{i}", phone="13800000000") for i in range(5)]
    add_visit(a, ids[0], narrative="家访")
    bundle = a.export_to(d)
    result = d.import_(bundle, backup=True)
    assert (result.created, result.updated, result.conflicts, result.quarantined) == (7, 0, 0, 0)  # 5+1 visits+station
    assert result.backup and Path(result.backup).exists()
    assert result.receipt and Path(result.receipt).exists()
    assert rows(d, Client).keys() == set(ids)
    assert get(d, Client, ids[0]).name == "张0"
    before = table_digest(d.paths.database)
    again = d.import_(bundle)
    assert again.duplicate and again.created == 0
    assert table_digest(d.paths.database) == before


def test_incremental_export_sends_only_changes_and_never_back_to_their_source(network: dict[str, Node]) -> None:
    a, d = network["A"], network["D"]
    first = add_client(a, "李一")
    d.import_(a.export_to(d))
    second = add_client(a, "李二")
    edit(a, Client, first, notes="复诊")
    result = d.import_(a.export_to(d))
    assert (result.created, result.updated) == (1, 1)
    assert get(d, Client, first).notes == "复诊" and get(d, Client, second).name == "李二"
    # What D got from A is not sent back to A; D's own edit is.
    edit(d, Client, second, notes="区级备注")
    back = a.import_(d.export_to(a))
    clients = back.per_table["clients"]
    assert (clients["created"], clients["updated"], clients["unchanged"]) == (0, 1, 0)
    assert back.per_table["stations"]["created"] == 1  # the district's own station row
    assert get(a, Client, second).notes == "区级备注"


def test_concurrent_edits_of_different_fields_both_survive(network: dict[str, Node]) -> None:
    a, d = network["A"], network["D"]
    cid = add_client(a, "王五")
    d.import_(a.export_to(d))
    edit(a, Client, cid, notes="站点改备注")
    edit(d, Client, cid, diagnosis="精神分裂症")
    to_d, to_a = a.export_to(d), d.export_to(a)
    assert d.import_(to_d).conflicts == 0
    assert a.import_(to_a).conflicts == 0
    for node in (a, d):
        client = get(node, Client, cid)
        assert (client.notes, client.diagnosis) == ("站点改备注", "精神分裂症")
    assert rows(a, Client) == rows(d, Client)


def test_same_field_conflict_goes_to_the_log_and_can_be_restored(network: dict[str, Node]) -> None:
    a, d = network["A"], network["D"]
    cid = add_client(a, "赵六")
    d.import_(a.export_to(d))
    edit(a, Client, cid, notes="A的备注")
    edit(d, Client, cid, notes="区的备注")  # later HLC: D wins
    to_d, to_a = a.export_to(d), d.export_to(a)
    at_d, at_a = d.import_(to_d), a.import_(to_a)
    assert (at_d.conflicts, at_a.conflicts) == (
        1,
        1,
    )  # each side logs the loser, whichever side it came from (issue 16)
    assert get(a, Client, cid).notes == get(d, Client, cid).notes == "区的备注"
    [conflict] = list_conflicts(a.ctx)
    assert (conflict.field, conflict.losing_value, conflict.winning_value) == ("notes", "A的备注", "区的备注")
    restored = resolve_conflict(a.ctx, conflict.id, restore=True)
    assert restored.resolved and restored.current_value == "A的备注"
    assert list_conflicts(a.ctx) == []
    # The restore is an ordinary edit that syncs on, and it is not a conflict at the district.
    result = d.import_(a.export_to(d))
    assert result.updated == 1 and result.conflicts == 0
    assert get(d, Client, cid).notes == "A的备注"


def test_an_ordinary_update_after_receiving_is_not_a_conflict(network: dict[str, Node]) -> None:
    a, d = network["A"], network["D"]
    cid = add_client(a, "钱七")
    d.import_(a.export_to(d))
    edit(d, Client, cid, notes="一")
    edit(d, Client, cid, notes="二")  # two edits in a row before sending
    result = a.import_(d.export_to(a))
    assert result.updated == 1 and result.conflicts == 0
    edit(a, Client, cid, notes="三")
    assert d.import_(a.export_to(d)).conflicts == 0
    assert get(d, Client, cid).notes == "三"


def test_tombstones_sync_and_win_like_any_field(network: dict[str, Node]) -> None:
    a, d = network["A"], network["D"]
    cid = add_client(a, "孙八")
    d.import_(a.export_to(d))
    edit(a, Client, cid, deleted=True)
    result = d.import_(a.export_to(d))
    assert result.updated == 1 and get(d, Client, cid).deleted is True


def test_dry_run_reports_and_changes_nothing(network: dict[str, Node]) -> None:
    a, d = network["A"], network["D"]
    add_client(a, "周九")
    bundle = a.export_to(d)
    before = table_digest(d.paths.database)
    result = d.import_(bundle, dry_run=True)
    assert result.dry_run and result.created == 2
    assert table_digest(d.paths.database) == before
    assert d.import_(bundle).created == 2  # and the real import still works afterwards


def test_missing_sequences_are_reported_and_out_of_order_children_wait_for_their_parent(
    network: dict[str, Node],
) -> None:
    a, d = network["A"], network["D"]
    cid = add_client(a, "吴十")
    first = a.export_to(d)
    add_visit(a, cid, narrative="电话随访")
    second = a.export_to(d)
    third_client = add_client(a, "郑十一")
    third = a.export_to(d)
    r3 = d.import_(third)
    assert r3.missing_sequences == [1, 2]
    r2 = d.import_(second)
    assert r2.quarantined == 1 and r2.quarantine[0]["reason_code"] == "missing_parent"
    assert r2.missing_sequences == [1]
    r1 = d.import_(first)
    assert r1.missing_sequences == [] and r1.retried == 1
    assert len(rows(d, Visit)) == 1 and get(d, Client, third_client).name == "郑十一"
    overview = exchange_overview(d.ctx)
    [status_a] = [p for p in overview.peers if p.code == "XH-A"]
    assert status_a.last_received_sequence == 3 and status_a.missing_sequences == []


def test_district_sends_a_station_only_its_scope(network: dict[str, Node]) -> None:
    a, b, d = network["A"], network["B"], network["D"]
    cid = add_client(a, "冯十二")
    d.import_(a.export_to(d))
    for_b = add_client(d, "卫十四", station_code="XH-B")  # registered for B at the district
    result = b.import_(d.export_to(b))
    assert result.created >= 2 and get(b, Client, for_b).name == "卫十四"
    assert get(b, Client, cid) is None  # A's client never leaves the district for B (issue 16)


def test_unknown_peer_export_is_refused(network: dict[str, Node], tmp_path: Path) -> None:
    from desktop.services.exchange.exporter import export_bundle

    a = network["A"]
    with pytest.raises(AppError) as raised:
        export_bundle(a.ctx, "XH-NOBODY", tmp_path / "x.sdbundle", keys=a.keys)
    assert raised.value.code == "sync.unknown_peer"
    assert not (tmp_path / "x.sdbundle").exists()


def test_visit_dates_and_json_fields_survive_the_trip(network: dict[str, Node]) -> None:
    a, d = network["A"], network["D"]
    cid = add_client(a, "陈十三", birth_date=date(1980, 2, 29), tags=["重点关注", "独居"])
    vid = add_visit(a, cid, visit_date=date(2026, 10, 1), symptoms=[1, 3], sources={"risk_level": 2}, risk_level=2)
    d.import_(a.export_to(d))
    assert rows(a, Client)[cid] == rows(d, Client)[cid]
    assert rows(a, Visit)[vid] == rows(d, Visit)[vid]


def test_the_simple_pair_for_the_smoke_test(network: dict[str, Node], tmp_path: Path) -> None:
    from desktop.services.exchange.scripted import export_to_peer, import_file
    from tests.unit.exchange.conftest import PASSWORD

    a, d = network["A"], network["D"]
    add_client(a, "烟雾测试")
    exported = export_to_peer(a.ctx, "XH-DIST", tmp_path, PASSWORD)
    assert Path(exported.path).name == "XH-A-to-XH-DIST-00001.sdbundle"
    imported = import_file(d.ctx, exported.path, PASSWORD, receipt_out=tmp_path / "receipt.sdbundle")
    assert imported.created == 2 and (tmp_path / "receipt.sdbundle").exists()
    assert import_file(a.ctx, tmp_path / "receipt.sdbundle", PASSWORD).confirmed == 2


def test_a_lost_receipt_is_issued_again_by_importing_the_same_bundle(network: dict[str, Node], tmp_path: Path) -> None:
    a, d = network["A"], network["D"]
    add_client(a, "回执丢失")
    bundle = a.export_to(d)
    d.import_(bundle)
    before = table_digest(d.paths.database)
    again = d.import_(bundle, receipt_out=tmp_path / "again.sdbundle")
    assert again.duplicate and again.receipt and table_digest(d.paths.database) == before
    assert a.import_(tmp_path / "again.sdbundle").confirmed == 2
