"""Size bounds (issue 16, item 5): per field, per line, per bundle and on the decompression ratio,
each with its own code, refusing before work or memory grow; quarantine spills to disk."""

from __future__ import annotations

import time
import tracemalloc
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.services.exchange.bounded import spill
from desktop.sync.errors import BundleTooLarge, CompressionBomb, LineTooLong
from tests import keyed
from tests.unit.exchange.conftest import Node, table_digest
from tests.unit.exchange.edits import add_client
from tests.unit.exchange.hostile import forge, genuine
from tests.unit.sync.helpers import craft, jsonl


def _template(a: Node, d: Node) -> dict[str, Any]:
    add_client(a, "模板")
    return genuine(a, d, "clients")[-1]


def _copies(template: dict[str, Any], count: int, **changes: Any) -> Iterator[dict[str, Any]]:
    for _ in range(count):
        yield dict(template, id=str(uuid.uuid4()), **changes)


def _bounded(call: Any) -> tuple[Any, float, int]:
    """Run `call`, returning its result (or exception), the seconds and the peak of Python memory."""
    tracemalloc.start()
    started = time.perf_counter()
    try:
        result: Any = call()
    except Exception as exc:
        result = exc
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return result, seconds, peak


def test_an_oversized_field_is_quarantined_quickly_and_the_rest_applies(network: dict[str, Node]) -> None:
    a, d = network["A"], network["D"]
    good = _template(a, d)
    huge = dict(good, id=str(uuid.uuid4()), name="名" * 300_000)
    path = forge(a, d, {"clients": [huge, dict(good, id=str(uuid.uuid4()))]})
    started = time.perf_counter()
    result = d.import_(path)
    seconds = time.perf_counter() - started
    assert result.created == 1 and result.quarantined == 1
    assert result.quarantine[0]["reason_code"] == "field_too_long"
    assert seconds < 5


def test_a_narrative_at_its_limit_applies(network: dict[str, Node]) -> None:
    from desktop.services.exchange.codec import MAX_TEXT_CHARS

    a, d = network["A"], network["D"]
    good = _template(a, d)
    record = dict(good, id=str(uuid.uuid4()), notes="记" * MAX_TEXT_CHARS)
    assert d.import_(forge(a, d, {"clients": [record]})).created == 1


def test_a_line_over_the_limit_refuses_the_bundle(network: dict[str, Node]) -> None:
    a, d = network["A"], network["D"]
    good = _template(a, d)
    path = forge(a, d, {"clients": [dict(good, id=str(uuid.uuid4()), notes="x" * 2_000_000)]})
    before = table_digest(d.paths.database)
    result, seconds, peak = _bounded(lambda: d.import_(path))
    assert isinstance(result, LineTooLong) and result.code == "bundle.line_too_long"
    assert table_digest(d.paths.database) == before
    assert seconds < 5 and peak < 100 * 1024 * 1024


def test_a_decompression_bomb_refuses_the_bundle_early(network: dict[str, Node]) -> None:
    a, d = network["A"], network["D"]
    good = _template(a, d)
    # 400 lines just under the line limit: 360 MB of plaintext from well under 1 MB of file.
    path = forge(a, d, {"clients": _copies(good, 400, notes="a" * 900_000)})
    assert path.stat().st_size < 2 * 1024 * 1024
    before = table_digest(d.paths.database)
    result, seconds, peak = _bounded(lambda: d.import_(path))
    assert isinstance(result, CompressionBomb) and result.code == "bundle.compression_ratio"
    assert table_digest(d.paths.database) == before
    assert seconds < 5 and peak < 100 * 1024 * 1024


@pytest.mark.parametrize("declared", [{"clients": 6_000_000}, {"clients": 3_000_000, "visits": 3_000_000}])
def test_a_manifest_declaring_too_many_records_is_refused_before_decrypting(
    network: dict[str, Node], tmp_path: Path, declared: dict[str, int]
) -> None:
    a, d = network["A"], network["D"]
    path = tmp_path / "big.sdbundle"
    lines = [item for table in declared for item in (f'["table","{table}"]'.encode(),)]
    path.write_bytes(craft(a.keys, d.keys.identity, jsonl(*lines, b'["end"]'), counts=declared))
    before = table_digest(d.paths.database)
    with pytest.raises(BundleTooLarge) as raised:
        d.import_(path)
    assert raised.value.code == "bundle.too_large"
    assert table_digest(d.paths.database) == before


def test_quarantine_past_the_memory_bound_spills_to_disk_and_is_stored_whole(
    network: dict[str, Node], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, d = network["A"], network["D"]
    good = _template(a, d)
    monkeypatch.setattr(spill, "MEMORY_BYTES", 20_000)
    bad = list(_copies(good, 60, name="名" * 1000))  # each ≈ 4 KB, all field_too_long
    result = d.import_(forge(a, d, {"clients": bad}))
    assert result.quarantined == 60

    with keyed.connect(d.paths.database) as connection:
        stored = connection.execute(
            "SELECT count(*), count(DISTINCT json_extract(record, '$.id')) FROM sync_quarantine"
            " WHERE reason_code = 'field_too_long' AND length(json_extract(record, '$.name')) = 1000"
        ).fetchone()
    assert stored == (60, 60)


def test_spill_gives_back_what_it_kept() -> None:
    kept = spill.Spill(memory_bytes=50)
    records = [{"id": str(i), "text": "字" * 30} for i in range(10)]
    handles = [kept.keep(r) for r in records]
    assert kept.spilled == 10 or kept.spilled == 9
    assert [kept.load(h) for h in handles] == records
    kept.close()


def test_an_export_past_the_record_limit_writes_no_file_and_sends_nothing(
    network: dict[str, Node], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The exporter stops at the limit the importer enforces: no file the district would refuse,
    no sequence number used, and the same export succeeds once it fits."""
    from desktop.services.exchange import exporter

    a, d = network["A"], network["D"]
    for name in ("甲", "乙", "丙"):
        add_client(a, name)
    monkeypatch.setattr(exporter, "MAX_BUNDLE_RECORDS", 2)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(exporter.ExportTooLarge) as raised:
        exporter.export_bundle(a.ctx, d.code, out, keys=a.keys, full=True)
    assert raised.value.code == "sync.export_too_large"
    assert "2" in raised.value.user_message()
    assert list(out.iterdir()) == []
    monkeypatch.setattr(exporter, "MAX_BUNDLE_RECORDS", 10**6)
    sent = exporter.export_bundle(a.ctx, d.code, out, keys=a.keys, full=True)
    assert sent.sequence == 1 and sent.records >= 3
