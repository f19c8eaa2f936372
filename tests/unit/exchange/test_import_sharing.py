"""The import's decoder pipe: batches travel as marshal (pickle when marshal cannot), and a batch
the decoder process hands over undecoded (work sharing) is decoded by the importer into exactly
what the decoder would have produced — including the records it quarantines and the damage it
reports. Real bundles from a real station database, no mocks.
"""

from __future__ import annotations

import copy
import dataclasses
import gc
import multiprocessing
import threading
import time
import uuid
import zlib
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.services.exchange import decode as sync_decode
from desktop.services.exchange.codec import Invalid, codecs
from desktop.services.exchange.decode import Batch, pack, pack_raw, prepare, unpack
from desktop.sync.errors import CorruptPayload
from desktop.sync.payload import PayloadCorrupt, iter_records, parse_records
from tests.unit.exchange.conftest import Node, exported_records

# Values a damaged or newer record may hold: coercible ones (0/1 for booleans, other ISO times) too.
VALUES = (
    st.none()
    | st.booleans()
    | st.sampled_from([0, 1, 2, "2026-02-30", "2026-02-03", "2026-02-03T10:00:00+08:00", "__drop__", [], {}])
    | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8)
)


def _payload(tables: dict[str, list[Any]]) -> tuple[bytes, dict[str, int]]:
    lines = []
    for table, records in tables.items():
        lines.append(orjson.dumps(["table", table]))
        lines.extend(r if isinstance(r, bytes) else orjson.dumps(r) for r in records)
    lines.append(b'["end"]')
    return zlib.compress(b"".join(line + b"\n" for line in lines)), {t: len(r) for t, r in tables.items()}


class _Plaintext:
    """What `_in_worker` reads from a verified bundle: its decrypted, still compressed chunks."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def compressed_chunks(self) -> Iterator[bytes]:
        for start in range(0, len(self.data), 65536):
            yield self.data[start : start + 65536]


def _fields(batch: Batch) -> tuple[Any, ...]:
    return dataclasses.astuple(batch)


def _many_visits(records: list[tuple[str, dict[str, Any]]], count: int) -> list[dict[str, Any]]:
    """`count` valid visit records (copies of real ones under new ids), a few of them bad."""
    visits = [r for t, r in records if t == "visits"]
    out = []
    for i in range(count):
        record = dict(visits[i % len(visits)], id=str(uuid.UUID(int=i + 1, version=4)))
        if i % 997 == 5:
            record["visit_date"] = "2026-02-30"  # quarantined as bad_value, whoever decodes it
        out.append(record)
    return out


def test_batches_survive_the_pipe_encoding_as_marshal_or_pickle() -> None:
    batch = Batch(
        "visits",
        rows=[("a", 1, None, 2.5, "曾"), ("b", 0, "x", 1.0, "")],
        positions=[0, 2],
        versions=[7, 9],
        derived=[["zz", "曾"], []],
        bad=[(1, "id-1", "bad_value", "字段 x 的值类型不正确", {"id": "id-1", "x": [1, {"y": None}], "t": True})],
        consumed=3,
        nulls=[1 << 2, 0],
    )
    data = pack(batch)
    assert data[:1] == b"M"
    assert unpack(data) == ("batch", batch)
    odd = Batch("visits", bad=[(0, "", "not_object", "记录不是对象", Decimal("1.5"))], consumed=1)
    kind, value = unpack(pack(odd))  # marshal refuses a Decimal: the batch goes as a pickle
    assert kind == "batch" and _fields(value) == _fields(odd)
    lines = [b'{"id": "x"}', {"id": "y"}]
    assert unpack(pack_raw("clients", lines)) == ("raw", ("clients", lines))


def test_raw_record_lines_parse_to_the_same_records_and_damage_is_still_found(
    network: dict[str, Node],
) -> None:
    records = exported_records(network["A"], network["D"], 3)
    tables: dict[str, list[Any]] = {}
    for table, record in records:
        tables.setdefault(table, []).append(record)
    payload, counts = _payload(tables)
    raw = list(iter_records([payload], counts, raw=True))
    assert all(type(item) is bytes for _t, item in raw)
    assert [t for t, _r in raw] == [t for t, _r in records]
    assert parse_records(item for _t, item in raw) == [r for _t, r in records]
    # The structure is checked while lines pass through unparsed ...
    short = dict(counts, clients=counts["clients"] - 1)
    with pytest.raises(PayloadCorrupt, match="记录数与清单不符"):
        list(iter_records([payload], short, raw=True))
    # ... and a record line that is not JSON is reported with the same words by the parser.
    broken, broken_counts = _payload({"clients": [b'{"id": "x", oops}']})
    with pytest.raises(PayloadCorrupt) as plain:
        list(iter_records([broken], broken_counts))
    lines = [item for _t, item in iter_records([broken], broken_counts, raw=True)]
    with pytest.raises(PayloadCorrupt) as shared:
        parse_records(lines)
    assert shared.value.detail == plain.value.detail


def test_batches_decoded_by_the_importer_equal_the_decoder_process_batches(
    network: dict[str, Node], monkeypatch: pytest.MonkeyPatch
) -> None:
    records = exported_records(network["A"], network["D"], 4)
    clients = [r for t, r in records if t == "clients"]
    visits = _many_visits(records, 2 * sync_decode.BATCH + 300)
    payload, counts = _payload({"clients": clients, "visits": visits})
    table_codecs = codecs()
    expected = [prepare(table_codecs["clients"], "clients", [dict(r) for r in clients])]
    for start in range(0, len(visits), sync_decode.BATCH):
        part = [dict(r) for r in visits[start : start + sync_decode.BATCH]]
        expected.append(prepare(table_codecs["visits"], "visits", part))
    here: list[str] = []  # batches decoded in this process (the decoder process decodes the rest)

    def counted(codec: Any, table: str, records: list[Any]) -> Batch:
        here.append(table)
        return prepare(codec, table, records)

    monkeypatch.setattr(sync_decode, "prepare", counted)
    got = list(sync_decode._in_worker(_Plaintext(payload), counts, always_ask=True))
    assert [_fields(b) for b in got] == [_fields(b) for b in expected]
    assert sum(len(b.bad) for b in got) == sum(v["visit_date"] == "2026-02-30" for v in visits) >= 3
    assert 1 <= len(here) < len(expected)
    # Clients derive search keys with pypinyin (≈ 50 MB): never decoded here, even when asked for work.
    assert "clients" not in here


def test_asking_for_work_on_every_read_still_decodes_every_batch_once(network: dict[str, Node]) -> None:
    records = exported_records(network["A"], network["D"], 2)
    visits = _many_visits(records, 5 * sync_decode.BATCH)
    payload, counts = _payload({"visits": visits})
    got = list(sync_decode._in_worker(_Plaintext(payload), counts, always_ask=True))
    assert [b.consumed for b in got] == [sync_decode.BATCH] * 5
    for batch in got:
        assert sorted(batch.positions + [bad[0] for bad in batch.bad]) == list(range(sync_decode.BATCH))


def test_damage_in_a_shared_batch_fails_like_damage_found_by_the_decoder(
    network: dict[str, Node], tmp_path: Path
) -> None:
    records = exported_records(network["A"], network["D"], 2)
    visits: list[Any] = list(_many_visits(records, 3 * sync_decode.BATCH))
    for i in range(0, len(visits), 500):
        visits[i] = b'{"id": "broken'  # not JSON, in every batch: whoever decodes it finds it
    payload, counts = _payload({"visits": visits})
    with pytest.raises(CorruptPayload) as shared:
        list(sync_decode._in_worker(_Plaintext(payload), counts, always_ask=True))
    with pytest.raises(CorruptPayload) as plain:
        list(sync_decode._in_worker(_Plaintext(payload), counts))
    assert shared.value.code == plain.value.code
    assert str(shared.value) == str(plain.value)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_validate_row_equals_validate_then_record_to_params(
    good_records: dict[str, dict[str, Any]], data: st.DataObject
) -> None:
    table = data.draw(st.sampled_from(sorted(good_records)))
    codec = codecs()[table]
    record = copy.deepcopy(good_records[table])
    for column, value in data.draw(st.lists(st.tuples(st.sampled_from([*codec.names, "extra"]), VALUES), max_size=4)):
        if value == "__drop__":
            record.pop(column, None)
        else:
            record[column] = value
    try:
        expected: Any = tuple(codec.record_to_params(codec.validate(copy.deepcopy(record))))
    except Invalid as exc:
        expected = (exc.code, exc.reason)
    try:
        checked, row, _top, nulls = codec.validate_row(record)
    except Invalid as exc:
        assert (exc.code, exc.reason) == expected
    else:
        assert row == expected
        assert checked is record
        assert nulls == sum(1 << i for i, value in enumerate(row) if value is None)


def test_decoder_sender_keeps_order_holds_what_the_pipe_cannot_and_stops_without_a_reader() -> None:
    reader, writer = multiprocessing.get_context("spawn").Pipe(duplex=False)
    sender = sync_decode._Sender(writer)
    for i in range(40):  # 4 MB: several times what the pipe holds, all accepted at once
        sender.put(pack_raw("visits", [b"x" * 100_000, str(i).encode()]))
    got = [unpack(reader.recv_bytes()) for _ in range(40)]
    sender.close()
    assert [value[1][1] for _kind, value in got] == [str(i).encode() for i in range(40)]
    reader.close()
    gone = sync_decode._Sender(writer)
    deadline = time.monotonic() + 10
    with pytest.raises(sync_decode._PipeClosed):
        while time.monotonic() < deadline:
            gone.put(b"M" + b"x" * 1000)
            time.sleep(0.01)
    gone.close()


def test_the_decoder_frees_what_deriving_loaded_once_after_the_last_client(
    network: dict[str, Node], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The decoder process's loop, run here in a thread: the clients' hook releases pypinyin
    exactly once, after the batch holding the last client, and every client still got its keys."""
    records = exported_records(network["A"], network["D"], 2)
    client = next(r for t, r in records if t == "clients")
    clients = [dict(client, id=str(uuid.UUID(int=i + 1, version=4))) for i in range(2 * sync_decode.BATCH + 5)]
    payload, counts = _payload({"clients": clients, "visits": _many_visits(records, sync_decode.BATCH)})
    sent: list[str] = []
    derived: list[str] = []
    released: list[int] = []
    hook = sync_decode.DERIVED["clients"]

    def derive(record: dict[str, Any]) -> Any:
        derived.append(record["id"])
        return hook.derive(record)

    monkeypatch.setitem(
        sync_decode.DERIVED,
        "clients",
        dataclasses.replace(hook, derive=derive, release=lambda: released.append(len(derived))),
    )
    context = multiprocessing.get_context("spawn")
    inbox, feed = context.Pipe(duplex=False)
    results, outbox = context.Pipe(duplex=False)
    hungry, _ask = context.Pipe(duplex=False)
    worker = threading.Thread(target=sync_decode._worker_main, args=(inbox, outbox, hungry, counts))
    worker.start()
    try:
        for chunk in _Plaintext(payload).compressed_chunks():
            feed.send_bytes(chunk)
        feed.send_bytes(b"")
        while True:
            kind, value = unpack(results.recv_bytes())
            if kind != "batch":
                break
            sent.append(value.table)
            if value.table == "clients":
                assert value.derived is not None and all(value.derived)
    finally:
        worker.join()
        gc.enable()  # the loop turns the collector off for its process
    assert kind == "done"
    assert sent == ["clients"] * 3 + ["visits"]
    assert released == [len(clients)]  # once, when the last client's keys were derived
