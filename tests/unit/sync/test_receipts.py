"""Receipts: the district acknowledges a station's bundle with a signed receipt bundle."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from desktop.sync.bundle import open_bundle, write_bundle
from desktop.sync.errors import ReceiptInvalid, WrongKind, WrongRecipient
from desktop.sync.keys import KeyPair
from desktop.sync.manifest import KIND_RECEIPT
from desktop.sync.receipts import AppliedRecord, open_receipt, write_receipt

from .helpers import craft, jsonl


@pytest.fixture
def data_bundle(tmp_path: Path, station: KeyPair, district: KeyPair) -> tuple[Path, str]:
    info = write_bundle(
        tmp_path / "data.sdbundle",
        sender=station,
        recipient=district.identity,
        sequence=3,
        previous_hash="ab" * 32,
        tables={"clients": [{"id": "c-1", "version": "v1"}]},
        schema_version=1,
        full=False,
    )
    return info.path, info.bundle_hash


def test_receipt_round_trip(tmp_path: Path, data_bundle: tuple[Path, str], station: KeyPair, district: KeyPair) -> None:
    path, file_hash = data_bundle
    opened = open_bundle(path, me=district, trusted={"310104-XJH": station.identity})
    applied = [("clients", "c-1", "v1"), AppliedRecord("visits", "v-9", 12)]
    info = write_receipt(
        tmp_path / "receipt.sdbundle",
        sender=district,
        recipient=station.identity,
        acknowledged=opened.manifest,
        acknowledged_hash=opened.bundle_hash,
        applied=iter(applied),
        schema_version=1,
    )
    assert info.manifest.kind == KIND_RECEIPT and info.manifest.sequence == 0
    receipt = open_receipt(info.path, me=station, trusted={"310104-DIST": district.identity})
    assert receipt.bundle_id == opened.manifest.bundle_id
    assert receipt.bundle_hash == file_hash
    assert receipt.sequence == 3
    assert receipt.applied == (AppliedRecord("clients", "c-1", "v1"), AppliedRecord("visits", "v-9", 12))
    assert receipt.receipt_hash == info.bundle_hash
    assert b"c-1" not in info.path.read_bytes()  # record ids travel encrypted too


def test_data_bundle_is_not_a_receipt(data_bundle: tuple[Path, str], station: KeyPair, district: KeyPair) -> None:
    with pytest.raises(WrongKind):
        open_receipt(data_bundle[0], me=district, trusted={"310104-XJH": station.identity})


def test_receipt_for_another_station(
    tmp_path: Path, data_bundle: tuple[Path, str], station: KeyPair, other_station: KeyPair, district: KeyPair
) -> None:
    manifest = open_bundle(data_bundle[0], me=district, trusted={"310104-XJH": station.identity}).manifest
    info = write_receipt(
        tmp_path / "r.sdbundle", sender=district, recipient=other_station.identity, acknowledged=manifest,
        acknowledged_hash=data_bundle[1], applied=[], schema_version=1,
    )  # fmt: skip
    with pytest.raises(WrongRecipient):
        open_receipt(info.path, me=station, trusted={"310104-DIST": district.identity})


@pytest.mark.parametrize(
    ("lines", "counts"),
    [
        ([b'["table","applied"]', b'["table","receipt"]'], {"applied": 0, "receipt": 0}),
        ([b'["table","applied"]', b'["table","receipt"]', b'{"bundle_id":"x"}'], {"applied": 0, "receipt": 1}),
        (
            [b'["table","applied"]', b'{"table":"Bad!","id":"1","version":1}', b'["table","receipt"]',
             b'{"bundle_id":"x","bundle_hash":"' + b"a" * 64 + b'","sequence":1,"sender":"310104-XJH"}'],
            {"applied": 1, "receipt": 1},
        ),
        (
            [b'["table","applied"]', b'["table","receipt"]',
             b'{"bundle_id":"x","bundle_hash":"' + b"a" * 64 + b'","sequence":1,"sender":"310105-CNL"}'],
            {"applied": 0, "receipt": 1},
        ),
    ],
)  # fmt: skip
def test_malformed_receipt(station: KeyPair, district: KeyPair, lines: list[bytes], counts: dict) -> None:
    payload = jsonl(*lines, b'["end"]')
    data = craft(district, station.identity, payload, counts=counts, kind=KIND_RECEIPT)
    with pytest.raises(ReceiptInvalid) as info:
        open_receipt(io.BytesIO(data), me=station, trusted={"310104-DIST": district.identity})
    assert info.value.code == "receipt.invalid"
