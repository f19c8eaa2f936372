"""Fuzzing the bundle reader: thousands of damaged, cut, extended, re-signed and re-encrypted files.

The property is the same everywhere: `open_bundle` and `read_manifest` either raise one of the
documented `BundleError` subclasses or — only for a file identical to a valid one, or one a
trusted sender really signed — return exactly the original records. Never another exception,
never altered content. Budgets are set with `max_examples` so the whole module runs in seconds.
"""

from __future__ import annotations

import dataclasses
import io
import random
import zlib
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.sync import envelope
from desktop.sync.bundle import open_bundle, read_manifest
from desktop.sync.errors import BadSignature, BundleError, WrongKey
from desktop.sync.keys import KeyPair, PublicIdentity
from desktop.sync.manifest import Manifest

from .helpers import craft, resign, split

_RNG = random.Random(6)
TABLES: dict[str, list[dict[str, Any]]] = {
    "clients": [{"id": f"c-{i}", "name": "张三", "risk": i % 6, "tags": ["a", None, 1.5]} for i in range(40)],
    # Random notes keep the compressed payload several 1 KiB chunks long.
    "visits": [{"id": f"v-{i}", "client_id": f"c-{i % 40}", "note": _RNG.randbytes(24).hex()} for i in range(120)],
    "shifts": [],
}
COUNTS = {name: len(rows) for name, rows in TABLES.items()}
FUZZ = settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _plaintext() -> bytes:
    lines = []
    for name, rows in TABLES.items():
        lines.append(orjson.dumps(["table", name]))
        lines.extend(orjson.dumps(row) for row in rows)
    lines.append(b'["end"]')
    return zlib.compress(b"\n".join(lines) + b"\n")


@pytest.fixture(scope="module")
def base(station: KeyPair, district: KeyPair) -> bytes:
    """A valid bundle whose payload spans several (small) encryption chunks."""
    return craft(station, district.identity, _plaintext(), counts=COUNTS, chunk_size=1024)


def _check(data: bytes, original: bytes, me: KeyPair, trusted: dict[str, PublicIdentity], *, signed: bool) -> None:
    try:
        manifest = read_manifest(io.BytesIO(data))
    except BundleError:
        pass
    else:
        assert isinstance(manifest, Manifest)
    try:
        opened = open_bundle(io.BytesIO(data), me=me, trusted=trusted)
    except BundleError as exc:
        assert exc.code.startswith(("bundle.", "receipt."))
        return
    # Success is only allowed for the original bytes, or for a file the trusted sender signed
    # itself — and then the content must be exactly what was written.
    assert data == original or signed
    assert opened.tables == TABLES


def test_base_bundle_opens(base: bytes, district: KeyPair, district_trusts: dict) -> None:
    assert open_bundle(io.BytesIO(base), me=district, trusted=district_trusts).tables == TABLES
    assert split(base)[0].payload.size > 3 * 1024  # several chunks


@FUZZ
@given(flips=st.lists(st.tuples(st.integers(0, 2**31), st.integers(1, 255)), min_size=1, max_size=6))
def test_flipped_bytes(base: bytes, district: KeyPair, district_trusts: dict, flips: list[tuple[int, int]]) -> None:
    data = bytearray(base)
    for position, mask in flips:
        data[position % len(data)] ^= mask
    _check(bytes(data), base, district, district_trusts, signed=False)


@settings(max_examples=800, deadline=None)
@given(cut=st.integers(0, 2**31))
def test_truncated(base: bytes, district: KeyPair, district_trusts: dict, cut: int) -> None:
    _check(base[: cut % len(base)], base, district, district_trusts, signed=False)


@settings(max_examples=1000, deadline=None)
@given(
    operation=st.sampled_from(["append", "insert", "delete", "overwrite", "duplicate"]),
    position=st.integers(0, 2**31),
    length=st.integers(1, 2000),
    junk=st.binary(min_size=1, max_size=64),
)
def test_extended_and_spliced(
    base: bytes, district: KeyPair, district_trusts: dict, operation: str, position: int, length: int, junk: bytes
) -> None:
    at = position % len(base)
    if operation == "append":
        data = base + junk
    elif operation == "insert":
        data = base[:at] + junk + base[at:]
    elif operation == "delete":
        data = base[:at] + base[at + length :]
    elif operation == "overwrite":
        data = base[:at] + junk + base[at + len(junk) :]
    else:
        data = base[:at] + base[at : at + length] + base[at:]
    _check(data, base, district, district_trusts, signed=False)


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes_after_the_magic(district: KeyPair, district_trusts: dict, tail: bytes) -> None:
    _check(b"\x89SDB\r\n\x1a\n\x00\x01" + tail, b"", district, district_trusts, signed=False)


def _manifest_edits() -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {},
        optional={
            "sequence": st.integers(1, 10**6),
            "recipient": st.sampled_from(["310104-DIST", "310105-CNL", "X"]),
            "sender": st.sampled_from(["310104-XJH", "310105-CNL", "NOBODY"]),
            "counts": st.dictionaries(st.sampled_from(["clients", "visits", "shifts", "extra"]), st.integers(0, 200)),
            "full": st.booleans(),
            "previous_hash": st.none() | st.just("0" * 64),
            "chunk_size": st.sampled_from([1024, 2048, 1 << 20]),
            "recipient_key": st.text("0123456789abcdef", min_size=32, max_size=32),
        },
    )


def _apply(manifest: Manifest, edits: dict[str, Any]) -> Manifest:
    payload_edits = {k: edits.pop(k) for k in ("chunk_size", "recipient_key") if k in edits}
    payload = dataclasses.replace(manifest.payload, **payload_edits)
    return dataclasses.replace(manifest, payload=payload, **edits)


@settings(max_examples=400, deadline=None)
@given(edits=_manifest_edits())
def test_resigned_by_an_impostor(
    base: bytes, impostor: KeyPair, district: KeyPair, district_trusts: dict, edits: dict[str, Any]
) -> None:
    data = resign(base, impostor, lambda m: _apply(m, dict(edits)))
    with pytest.raises(BundleError) as info:
        open_bundle(io.BytesIO(data), me=district, trusted=district_trusts)
    if "sender" not in edits or edits["sender"] == "310104-XJH":
        assert isinstance(info.value, BadSignature)


@settings(max_examples=400, deadline=None)
@given(edits=_manifest_edits(), payload_edit=st.sampled_from(["keep", "swap", "drop_last", "drop_first", "flip"]))
def test_resigned_by_the_trusted_sender(
    base: bytes, station: KeyPair, district: KeyPair, district_trusts: dict, edits: dict[str, Any], payload_edit: str
) -> None:
    # Even the real sender (buggy, or its key stolen) cannot make us read content other than
    # what its chunks decrypt to: reordered or dropped chunks fail authentication.
    payload = split(base)[1]
    size = 1024 + envelope.TAG_SIZE
    chunks = [payload[i : i + size] for i in range(0, len(payload), size)]
    if payload_edit == "swap":
        chunks[0], chunks[1] = chunks[1], chunks[0]
    elif payload_edit == "drop_last":
        chunks = chunks[:-1]
    elif payload_edit == "drop_first":
        chunks = chunks[1:]
    elif payload_edit == "flip":
        chunks[-1] = bytes([chunks[-1][0] ^ 1]) + chunks[-1][1:]
    data = resign(base, station, lambda m: _apply(m, dict(edits)), payload=b"".join(chunks))
    _check(data, base, district, district_trusts, signed=True)


@settings(max_examples=150, deadline=None)
@given(claim_my_key=st.booleans(), by_real_sender=st.booleans())
def test_reencrypted_to_another_recipient(
    station: KeyPair,
    other_station: KeyPair,
    district: KeyPair,
    district_trusts: dict,
    claim_my_key: bool,
    by_real_sender: bool,
) -> None:
    # The same records encrypted to another installation's key, addressed to the district.
    plaintext = _plaintext()
    my_id = envelope.recipient_key_id(district.identity.encryption_key)

    def readdress(m: Manifest) -> Manifest:
        key_id = my_id if claim_my_key else m.payload.recipient_key
        payload = dataclasses.replace(m.payload, recipient_key=key_id)
        return dataclasses.replace(m, sender="310104-XJH", recipient="310104-DIST", payload=payload)

    # Signed by the real sender, or by another enrolled station that fakes the sender's code.
    signer = station if by_real_sender else other_station
    data = craft(signer, other_station.identity, plaintext, counts=COUNTS, edit=readdress, chunk_size=1024)
    with pytest.raises(BundleError) as info:
        open_bundle(io.BytesIO(data), me=district, trusted=district_trusts)
    assert isinstance(info.value, WrongKey if by_real_sender else BadSignature)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**64 - 1) | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=8,
)


@settings(max_examples=500, deadline=None)
@given(path=st.sampled_from(["format", "kind", "bundle_id", "sender", "sender_mode", "recipient", "created_at",
                             "sequence", "previous_hash", "full", "counts", "app_version", "schema_version",
                             "payload", "payload.size", "payload.sha256", "payload.ephemeral_key",
                             "payload.recipient_key", "payload.chunk_size", "payload.compression",
                             "payload.encryption"]),
       value=_JSON, drop=st.booleans())  # fmt: skip
def test_manifest_fields_with_any_json_value(base: bytes, path: str, value: Any, drop: bool) -> None:
    # Structured fuzzing of the manifest parser: any field missing or of any JSON type/value.
    obj = orjson.loads(split(base)[0].to_json())
    *parents, key = path.split(".")
    target = obj[parents[0]] if parents else obj
    if drop:
        del target[key]
    else:
        target[key] = value
    try:
        manifest = Manifest.from_json(orjson.dumps(obj))
    except ValueError:
        return
    assert manifest.to_dict()["payload"]["size"] >= 16
