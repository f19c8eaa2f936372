"""Bundles: round trip, atomic writing, and one test per documented failure code."""

from __future__ import annotations

import collections
import dataclasses
import enum
import io
import os
import struct
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from desktop.errors import AppError
from desktop.sync import container, envelope
from desktop.sync.bundle import BundleInfo, bundle_hash, open_bundle, read_manifest, stream_bundle, write_bundle
from desktop.sync.errors import (
    BadSignature,
    BundleError,
    BundleFormatTooNew,
    BundleManifestCorrupt,
    BundleTampered,
    BundleTruncated,
    BundleUnreadable,
    BundleWriteFailed,
    CorruptPayload,
    NotABundle,
    UnknownSender,
    WrongKey,
    WrongKind,
    WrongRecipient,
)
from desktop.sync.keys import KeyPair, PublicIdentity, generate_keypair
from desktop.sync.manifest import Manifest

from .helpers import craft, jsonl, resign, split

CLIENTS = [
    {"id": "c-1", "name": "张三丰", "risk_level": 2, "deleted": False, "tags": ["复元", None], "score": 1.5},
    {"id": "c-2", "name": "欧阳娜娜", "guardian": {"name": "欧阳父", "phone": "13800001234"}, "note": '换行\n与"引号"'},
]
VISITS = [{"id": f"v-{i}", "client_id": "c-1", "n": i} for i in range(50)]


def _write(path: Path, sender: KeyPair, recipient: PublicIdentity, **overrides: Any) -> BundleInfo:
    args: dict[str, Any] = {
        "sender": sender,
        "recipient": recipient,
        "sequence": 1,
        "previous_hash": None,
        "tables": {"clients": CLIENTS, "visits": iter(VISITS), "shifts": []},
        "schema_version": 7,
        "full": True,
    }
    args.update(overrides)
    return write_bundle(path, **args)


@pytest.fixture
def written(tmp_path: Path, station: KeyPair, district: KeyPair) -> BundleInfo:
    return _write(tmp_path / "ST-0001.sdbundle", station, district.identity)


def _open(data: bytes | Path, me: KeyPair, trusted: dict[str, PublicIdentity]) -> Any:
    source = io.BytesIO(data) if isinstance(data, bytes) else data
    return open_bundle(source, me=me, trusted=trusted)


def _expect(error: type[BundleError], code: str, data: bytes | Path, me: KeyPair, trusted: dict) -> BundleError:
    with pytest.raises(error) as info:
        _open(data, me, trusted)
    assert info.value.code == code
    message = info.value.user_message()
    assert message and "{" not in message  # every parameter filled in
    for personal in ("张三丰", "欧阳", "13800001234"):
        assert personal not in message
    return info.value


# --- round trip ---------------------------------------------------------------------------


def test_round_trip(written: BundleInfo, district: KeyPair, district_trusts: dict) -> None:
    opened = open_bundle(written.path, me=district, trusted=district_trusts)
    assert opened.tables == {"clients": CLIENTS, "visits": VISITS, "shifts": []}
    assert opened.bundle_hash == written.bundle_hash == bundle_hash(written.path)
    m = opened.manifest
    assert m == written.manifest == read_manifest(written.path)
    assert (m.kind, m.sender, m.sender_mode, m.recipient) == ("data", "310104-XJH", "station", "310104-DIST")
    assert (m.sequence, m.previous_hash, m.full, m.schema_version) == (1, None, True, 7)
    assert m.counts == {"clients": 2, "visits": 50, "shifts": 0}
    assert m.format == 1 and m.total_records == 52


def test_chain_and_created_at(tmp_path: Path, written: BundleInfo, station: KeyPair, district: KeyPair) -> None:
    moment = datetime(2026, 11, 23, 8, 0, 5, 999, tzinfo=UTC)
    second = _write(
        tmp_path / "b2.sdbundle", station, district.identity, sequence=2, previous_hash=written.bundle_hash,
        full=False, created_at=moment,
    )  # fmt: skip
    manifest = read_manifest(tmp_path / "b2.sdbundle")
    assert manifest.previous_hash == written.bundle_hash and manifest.sequence == 2 and not manifest.full
    assert manifest.created_at == "2026-11-23T08:00:05Z" and manifest.created == moment.replace(microsecond=0)
    assert second.manifest.bundle_id != written.manifest.bundle_id


def test_no_personal_data_outside_the_encrypted_payload(written: BundleInfo) -> None:
    data = written.path.read_bytes()
    for value in ("张三丰", "欧阳娜娜", "13800001234", "c-1", "client_id"):
        assert value.encode() not in data
    manifest = split(data)[0]
    assert manifest.counts == {"clients": 2, "visits": 50, "shifts": 0}  # table names and counts only


def test_stream_bundle_yields_records_in_order(written: BundleInfo, district: KeyPair, district_trusts: dict) -> None:
    with stream_bundle(written.path, me=district, trusted=district_trusts) as streamed:
        with pytest.raises(RuntimeError):
            _ = streamed.bundle_hash
        rows = list(streamed.records())
        assert streamed.bundle_hash == written.bundle_hash
    assert rows == [("clients", r) for r in CLIENTS] + [("visits", r) for r in VISITS]


def test_large_payload_spans_several_chunks(tmp_path: Path, station: KeyPair, district: KeyPair) -> None:
    # Random hex does not compress, so this payload needs several 1 MiB encryption chunks.
    rows = [{"id": str(i), "blob": os.urandom(600).hex()} for i in range(5000)]
    info = _write(tmp_path / "big.sdbundle", station, district.identity, tables={"notes": rows})
    assert info.manifest.payload.size > 3 * info.manifest.payload.chunk_size
    opened = open_bundle(info.path, me=district, trusted={station.identity.station_code: station.identity})
    assert opened.tables["notes"] == rows


def test_empty_bundle(tmp_path: Path, station: KeyPair, district: KeyPair) -> None:
    info = _write(tmp_path / "empty.sdbundle", station, district.identity, tables={})
    opened = open_bundle(info.path, me=district, trusted={station.identity.station_code: station.identity})
    assert opened.tables == {} and opened.manifest.counts == {}


# --- atomic writing -----------------------------------------------------------------------


def _failing_rows() -> Iterator[dict[str, Any]]:
    yield {"id": "1"}
    raise RuntimeError("database went away")


def test_iterator_failure_leaves_nothing(tmp_path: Path, station: KeyPair, district: KeyPair) -> None:
    with pytest.raises(RuntimeError, match="database went away"):
        _write(tmp_path / "x.sdbundle", station, district.identity, tables={"visits": _failing_rows()})
    assert list(tmp_path.iterdir()) == []


def test_failure_keeps_an_existing_file(
    tmp_path: Path, written: BundleInfo, station: KeyPair, district: KeyPair
) -> None:
    before = written.path.read_bytes()
    with pytest.raises(RuntimeError):
        _write(written.path, station, district.identity, tables={"visits": _failing_rows()})
    assert written.path.read_bytes() == before
    assert sorted(p.name for p in written.path.parent.iterdir()) == [written.path.name]


@pytest.mark.parametrize("bad", [{"when": datetime.now(UTC)}, {"raw": b"bytes"}, {1: "int key"}, ["not", "a", "dict"]])
def test_records_must_be_json_dicts(tmp_path: Path, station: KeyPair, district: KeyPair, bad: Any) -> None:
    with pytest.raises(TypeError):
        _write(tmp_path / "x.sdbundle", station, district.identity, tables={"t": [{"ok": 1}, bad]})
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "overrides",
    [
        {"tables": {"Bad Name": []}},
        {"sequence": 0},
        {"sequence": True},
        {"previous_hash": "abc"},
        {"previous_hash": "AB" * 32},
        {"schema_version": 1.5},
        {"full": "yes"},
    ],
)
def test_invalid_arguments(tmp_path: Path, station: KeyPair, district: KeyPair, overrides: dict) -> None:
    started = []

    def rows() -> Iterator[dict[str, Any]]:
        started.append(True)
        yield {"id": "1"}

    tables = overrides.pop("tables", {}) | {"visits": rows()}
    with pytest.raises(ValueError):
        _write(tmp_path / "x.sdbundle", station, district.identity, tables=tables, **overrides)
    assert list(tmp_path.iterdir()) == []
    assert not started  # refused before any (possibly long) query ran


def test_unwritable_target(tmp_path: Path, station: KeyPair, district: KeyPair) -> None:
    with pytest.raises(BundleWriteFailed) as info:
        _write(tmp_path / "missing-folder" / "x.sdbundle", station, district.identity)
    assert info.value.code == "bundle.write_failed"
    assert isinstance(info.value, AppError)


# --- each failure has its own code ---------------------------------------------------------


def test_unreadable(tmp_path: Path, district: KeyPair, district_trusts: dict) -> None:
    with pytest.raises(BundleUnreadable) as info:
        open_bundle(tmp_path / "nope.sdbundle", me=district, trusted=district_trusts)
    assert info.value.code == "bundle.unreadable"
    with pytest.raises(BundleUnreadable):
        read_manifest(tmp_path / "nope.sdbundle")


@pytest.mark.parametrize(
    "data", [b"%PDF-1.7\n...", b"PK\x03\x04", b"hello world, not a bundle", b"\x89SDB\n\r\x1a\n\x00\x01"]
)
def test_not_a_bundle(data: bytes, district: KeyPair, district_trusts: dict) -> None:
    _expect(NotABundle, "bundle.not_a_bundle", data, district, district_trusts)
    with pytest.raises(NotABundle):
        read_manifest(io.BytesIO(data))


def test_truncated_anywhere(written: BundleInfo, district: KeyPair, district_trusts: dict) -> None:
    data = written.path.read_bytes()
    header_end = len(data) - written.manifest.payload.size
    for cut in [0, 1, 7, 8, 9, 13, 14, 100, header_end - 1, header_end, len(data) - 1]:
        _expect(BundleTruncated, "bundle.truncated", data[:cut], district, district_trusts)


def test_format_too_new(written: BundleInfo, district: KeyPair, district_trusts: dict) -> None:
    data = bytearray(written.path.read_bytes())
    data[8:10] = struct.pack(">H", 2)
    error = _expect(BundleFormatTooNew, "bundle.format_too_new", bytes(data), district, district_trusts)
    assert "2" in error.user_message()
    # a newer format is recognised from its first 10 bytes, whatever follows
    _expect(BundleFormatTooNew, "bundle.format_too_new", container.MAGIC + b"\x00\x07", district, district_trusts)


@pytest.mark.parametrize("damage", ["length", "json", "field"])
def test_corrupt_manifest(written: BundleInfo, district: KeyPair, district_trusts: dict, damage: str) -> None:
    data = bytearray(written.path.read_bytes())
    if damage == "length":
        data[10:14] = struct.pack(">I", 1)
    elif damage == "json":
        data[14] = ord("[")
    else:
        data = bytearray(bytes(data).replace(b'"kind":"data"', b'"kind":"junk"'))
    _expect(BundleManifestCorrupt, "bundle.corrupt_manifest", bytes(data), district, district_trusts)


def test_unknown_sender(written: BundleInfo, district: KeyPair, other_station: KeyPair) -> None:
    trusted = {other_station.identity.station_code: other_station.identity}
    error = _expect(UnknownSender, "bundle.unknown_sender", written.path, district, trusted)
    assert "310104-XJH" in error.user_message()


def test_bad_signature_from_impostor(
    tmp_path: Path, station: KeyPair, impostor: KeyPair, district: KeyPair, district_trusts: dict
) -> None:
    fake = _write(tmp_path / "fake.sdbundle", impostor, district.identity)
    _expect(BadSignature, "bundle.bad_signature", fake.path, district, district_trusts)


def test_bad_signature_after_manifest_edit(written: BundleInfo, district: KeyPair, district_trusts: dict) -> None:
    data = written.path.read_bytes().replace(b'"sequence":1', b'"sequence":9')
    _expect(BadSignature, "bundle.bad_signature", data, district, district_trusts)


def test_resigned_with_another_key(
    written: BundleInfo, impostor: KeyPair, district: KeyPair, district_trusts: dict
) -> None:
    data = resign(written.path.read_bytes(), impostor, lambda m: dataclasses.replace(m, sequence=2))
    _expect(BadSignature, "bundle.bad_signature", data, district, district_trusts)


def test_wrong_recipient(tmp_path: Path, station: KeyPair, other_station: KeyPair, district: KeyPair) -> None:
    info = _write(tmp_path / "x.sdbundle", station, other_station.identity)
    error = _expect(WrongRecipient, "bundle.wrong_recipient", info.path, district, {"310104-XJH": station.identity})
    assert "310105-CNL" in error.user_message()


def test_tampered_payload(written: BundleInfo, district: KeyPair, district_trusts: dict) -> None:
    data = bytearray(written.path.read_bytes())
    data[-20] ^= 0x01
    _expect(BundleTampered, "bundle.tampered", bytes(data), district, district_trusts)


def test_bytes_appended(written: BundleInfo, district: KeyPair, district_trusts: dict) -> None:
    data = written.path.read_bytes()
    _expect(BundleTampered, "bundle.tampered", data + b"\x00", district, district_trusts)


def test_payload_replaced_by_one_for_another_recipient(
    tmp_path: Path, written: BundleInfo, station: KeyPair, other_station: KeyPair, district: KeyPair,
    district_trusts: dict,
) -> None:  # fmt: skip
    other = _write(tmp_path / "o.sdbundle", station, other_station.identity)
    data = written.path.read_bytes()
    spliced = data[: len(data) - written.manifest.payload.size] + split(other.path.read_bytes())[1]
    with pytest.raises((BundleTampered, BundleTruncated)):
        _open(spliced, district, district_trusts)


def test_wrong_key_old_key_of_mine(tmp_path: Path, station: KeyPair, district: KeyPair) -> None:
    # The district re-keyed; a station still encrypts to the district's old key.
    old_district = generate_keypair(district.identity.station_code, "district")
    info = _write(tmp_path / "x.sdbundle", station, old_district.identity)
    _expect(WrongKey, "bundle.wrong_key", info.path, district, {"310104-XJH": station.identity})


def test_wrong_key_when_decryption_fails(station: KeyPair, other_station: KeyPair, district: KeyPair) -> None:
    # Encrypted to someone else but claiming the district's key id, signed by the real sender.
    data = craft(station, other_station.identity, jsonl(b'["end"]'), counts={})
    key_id = envelope.recipient_key_id(district.identity.encryption_key)

    def readdress(m: Manifest) -> Manifest:
        payload = dataclasses.replace(m.payload, recipient_key=key_id)
        return dataclasses.replace(m, recipient=district.identity.station_code, payload=payload)

    _expect(WrongKey, "bundle.wrong_key", resign(data, station, readdress), district, {"310104-XJH": station.identity})


@pytest.mark.parametrize(
    ("plaintext", "counts"),
    [
        (b"not zlib at all", {}),
        (jsonl(b'["table","t"]', b"{bad json", b'["end"]'), {"t": 1}),
        (jsonl(b'["table","t"]', b'{"a":1}'), {"t": 1}),  # no end marker
        (jsonl(b'["table","t"]', b'{"a":1}', b'["end"]'), {"t": 2}),  # count mismatch
        (jsonl(b'["table","t"]', b'{"a":1}', b'["end"]'), {"t": 1, "u": 0}),  # table missing
        (jsonl(b'["table","t"]', b'{"a":1}', b'["table","u"]', b'["end"]'), {"t": 1}),  # table not in manifest
        (jsonl(b'["table","t"]', b'["table","t"]', b'["end"]'), {"t": 0}),  # table twice
        (jsonl(b'{"a":1}', b'["end"]'), {}),  # record before any table
        (jsonl(b'["table","t"]', b"[1,2,3]", b'["end"]'), {"t": 0}),  # unknown control line
        (jsonl(b'["table","t"]', b"42", b'["end"]'), {"t": 0}),
        (jsonl(b'["end"]', b'["end"]'), {}),  # something after the end
        (jsonl(b'["end"]') + b"trailing", {}),  # data after the zlib stream
        (jsonl(b'["end"]')[:-3], {}),  # zlib stream cut short
        (__import__("zlib").compress(b'["end"]'), {}),  # no final newline
    ],
)
def test_corrupt_payload(station: KeyPair, district: KeyPair, plaintext: bytes, counts: dict) -> None:
    data = craft(station, district.identity, plaintext, counts=counts)
    _expect(CorruptPayload, "bundle.corrupt_payload", data, district, {"310104-XJH": station.identity})


def test_wrong_kind(written: BundleInfo, district: KeyPair, district_trusts: dict) -> None:
    with pytest.raises(WrongKind) as info:
        open_bundle(written.path, me=district, trusted=district_trusts, expect_kind="receipt")
    assert info.value.code == "bundle.wrong_kind"
    assert open_bundle(written.path, me=district, trusted=district_trusts, expect_kind="data").tables


def test_trusted_mapping_must_match_the_code(written: BundleInfo, district: KeyPair, other_station: KeyPair) -> None:
    # A mapping entry under the sender's code but holding another station's identity is not trust.
    _expect(UnknownSender, "bundle.unknown_sender", written.path, district, {"310104-XJH": other_station.identity})


def test_enum_and_dict_subclasses_round_trip_as_plain_values(
    tmp_path: Path, station: KeyPair, district: KeyPair
) -> None:
    class Kind(enum.StrEnum):
        HOME = "home"

    rows = [collections.OrderedDict(id="1", kind=Kind.HOME, risk=enum.IntEnum("R", "LOW HIGH").HIGH)]
    info = _write(tmp_path / "x.sdbundle", station, district.identity, tables={"visits": rows})
    opened = open_bundle(info.path, me=district, trusted={"310104-XJH": station.identity})
    assert opened.tables["visits"] == [{"id": "1", "kind": "home", "risk": 2}]
    assert type(opened.tables["visits"][0]["kind"]) is str
