"""Golden files of format version 1: they must keep opening in every later version of the code.

`tests/data/sync/v1/` holds a station and a district keystore (passphrase "golden", cheap
argon2 cost), both enrollment files, a data bundle from the station to the district and the
district's receipt for it. A future format version adds its own folder; these stay, so old
files sent before an upgrade still import. Regenerate only when deliberately starting a new
golden set: `STATIONDESK_REGENERATE_GOLDEN=1 pytest tests/unit/sync/test_golden.py`.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.sync.bundle import bundle_hash, open_bundle, read_manifest, write_bundle
from desktop.sync.enrollment import read_enrollment, write_enrollment
from desktop.sync.keys import fingerprint, generate_keypair, open_keystore, seal_keystore
from desktop.sync.receipts import AppliedRecord, open_receipt, write_receipt

from .conftest import FAST_KDF

GOLDEN = Path(__file__).resolve().parents[2] / "data" / "sync" / "v1"
PASSPHRASE = "golden"
TABLES = {
    "clients": [{"id": "c-1", "name": "张三丰", "risk_level": 3, "deleted": False}],
    "visits": [{"id": "v-1", "client_id": "c-1", "visit_date": "2026-11-20", "items": {"insight": "partial"}}],
}


def _regenerate() -> None:
    GOLDEN.mkdir(parents=True, exist_ok=True)
    station, district = generate_keypair("310104-XJH", "station"), generate_keypair("310104-DIST", "district")
    (GOLDEN / "station.keystore").write_bytes(seal_keystore(station, PASSPHRASE, FAST_KDF))
    (GOLDEN / "district.keystore").write_bytes(seal_keystore(district, PASSPHRASE, FAST_KDF))
    (GOLDEN / "station.enrollment").write_bytes(write_enrollment(station.identity))
    (GOLDEN / "district.enrollment").write_bytes(write_enrollment(district.identity))
    moment = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    data = write_bundle(
        GOLDEN / "data.sdbundle", sender=station, recipient=district.identity, sequence=1, previous_hash=None,
        tables=TABLES, schema_version=1, full=True, created_at=moment,
    )  # fmt: skip
    write_receipt(
        GOLDEN / "receipt.sdbundle", sender=district, recipient=station.identity, acknowledged=data.manifest,
        acknowledged_hash=data.bundle_hash, applied=[("clients", "c-1", 1), ("visits", "v-1", 1)],
        schema_version=1, created_at=moment,
    )  # fmt: skip


if os.environ.get("STATIONDESK_REGENERATE_GOLDEN") == "1":  # pragma: no cover — a deliberate, manual step
    _regenerate()


def test_golden_v1_files_still_open() -> None:
    station = open_keystore((GOLDEN / "station.keystore").read_bytes(), PASSPHRASE)
    district = open_keystore((GOLDEN / "district.keystore").read_bytes(), PASSPHRASE)
    assert read_enrollment((GOLDEN / "station.enrollment").read_bytes()) == station.identity
    assert read_enrollment((GOLDEN / "district.enrollment").read_bytes()) == district.identity
    assert len(fingerprint(station.identity).split()) == 6

    manifest = read_manifest(GOLDEN / "data.sdbundle")
    assert (manifest.format, manifest.sender, manifest.recipient, manifest.sequence) == (
        1,
        "310104-XJH",
        "310104-DIST",
        1,
    )
    opened = open_bundle(GOLDEN / "data.sdbundle", me=district, trusted={"310104-XJH": station.identity})
    assert opened.tables == TABLES
    assert opened.bundle_hash == bundle_hash(GOLDEN / "data.sdbundle")

    receipt = open_receipt(GOLDEN / "receipt.sdbundle", me=station, trusted={"310104-DIST": district.identity})
    assert receipt.bundle_id == manifest.bundle_id and receipt.bundle_hash == opened.bundle_hash
    assert receipt.applied == (AppliedRecord("clients", "c-1", 1), AppliedRecord("visits", "v-1", 1))


@pytest.mark.parametrize("name", ["data.sdbundle", "receipt.sdbundle"])
def test_golden_files_hold_no_personal_data_in_clear(name: str) -> None:
    raw = (GOLDEN / name).read_bytes()
    for value in ("张三丰".encode(), b"c-1", b"2026-11-20"):
        assert value not in raw
