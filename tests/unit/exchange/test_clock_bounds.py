"""Clock bounds (issue 16, item 4): far-future or unstorable stamps are refused at bundle level and
never adopted; no local edit can overflow; stamps stored before the bounds are repaired."""

from __future__ import annotations

import importlib
import time
from pathlib import Path

import orjson
import pytest

from desktop.db.hlc import MAX_SKEW_MILLIS, MAX_VERSION, ClockExhausted, HybridClock, pack
from desktop.models import Client
from desktop.sync.errors import ClockAhead
from tests import keyed
from tests.unit.exchange.conftest import Node, table_digest
from tests.unit.exchange.edits import add_client, edit, get
from tests.unit.exchange.hostile import forge, genuine

repair = importlib.import_module("desktop.db.migrations.versions.0013_bounds").repair


def _now_version(ahead_millis: int = 0) -> int:
    return pack(int(time.time() * 1000) + ahead_millis)


def test_observe_never_adopts_a_version_beyond_the_skew() -> None:
    clock = HybridClock(wall=lambda: 1000.0)
    clock.observe(pack(1_000_000 + MAX_SKEW_MILLIS + 1))
    clock.observe(MAX_VERSION)
    assert clock.now() < pack(1_000_000 + 1, 0)


def test_a_clock_at_the_end_of_the_range_refuses_instead_of_overflowing() -> None:
    clock = HybridClock(last=MAX_VERSION, wall=lambda: 1000.0)
    with pytest.raises(ClockExhausted):
        clock.now()


def _client_with_stamp(a: Node, d: Node, stamp: list[object], version: int | None = None) -> dict[str, object]:
    add_client(a, "时钟")
    record = genuine(a, d, "clients")[-1]
    record["field_versions"] = {"*": record["field_versions"]["*"], "name": stamp}
    if version is not None:
        record["version"] = version
    return record


@pytest.mark.parametrize(
    "stamp",
    [
        "two_days_ahead",
        "max_version",
        "seen_far_ahead",
    ],
)
def test_far_future_stamps_refuse_the_whole_bundle(network: dict[str, Node], stamp: str) -> None:
    a, d = network["A"], network["D"]
    far = _now_version(2 * MAX_SKEW_MILLIS)
    stamps = {
        "two_days_ahead": ([far, "XH-A"], far),
        "max_version": ([MAX_VERSION, "XH-A"], MAX_VERSION),
        "seen_far_ahead": ([_now_version(), "XH-A", {"XH-B": MAX_VERSION}], None),
    }
    chosen, version = stamps[stamp]
    record = _client_with_stamp(a, d, chosen, version)
    before = table_digest(d.paths.database)
    with pytest.raises(ClockAhead) as raised:
        d.import_(forge(a, d, {"clients": [record]}))
    assert raised.value.code == "bundle.clock_ahead"
    assert table_digest(d.paths.database) == before
    assert d.ctx.db.clock.last < _now_version(MAX_SKEW_MILLIS)


def test_a_stamp_within_the_skew_is_accepted(network: dict[str, Node]) -> None:
    a, d = network["A"], network["D"]
    near = _now_version(MAX_SKEW_MILLIS // 2)
    record = _client_with_stamp(a, d, [near, "XH-A"], near)
    assert d.import_(forge(a, d, {"clients": [record]})).created == 1


def test_migration_repairs_a_stored_overflowing_stamp_and_local_edits_work_again(network: dict[str, Node]) -> None:
    a = network["A"]
    client_id = add_client(a, "坏戳")
    a.close()
    with keyed.connect(a.paths.database) as connection:
        versions = {"*": [MAX_VERSION, "XH-B"], "name": [MAX_VERSION - 5, "XH-B", {"XH-DIST": MAX_VERSION}]}
        connection.execute(
            "UPDATE clients SET version = ?, field_versions = ? WHERE id = ?",
            (MAX_VERSION, orjson.dumps(versions).decode(), client_id),
        )
        connection.execute("UPDATE change_log SET version = ? WHERE row_id = ?", (MAX_VERSION, client_id))
        assert repair(connection) == 1
        version, stored = connection.execute(
            "SELECT version, field_versions FROM clients WHERE id = ?", (client_id,)
        ).fetchone()
        assert connection.execute("SELECT max(version) FROM change_log").fetchone()[0] < _now_version(1000)
    assert version < _now_version(1000)
    assert all(s[0] < _now_version(1000) for s in orjson.loads(stored).values())
    from desktop.db.open import open_database
    from desktop.services.context import ServiceContext

    a.ctx = ServiceContext(open_database(a.paths), a.paths)
    edit(a, Client, client_id, name="修好")
    assert get(a, Client, client_id).name == "修好"


def test_repair_leaves_good_rows_alone(tmp_path: Path, network: dict[str, Node]) -> None:
    a = network["A"]
    add_client(a, "正常")
    a.close()
    before = table_digest(a.paths.database)
    with keyed.connect(a.paths.database) as connection:
        assert repair(connection) == 0
    assert table_digest(a.paths.database) == before
