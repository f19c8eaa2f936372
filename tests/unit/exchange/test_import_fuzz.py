"""Fuzzing the import service: damaged, cut, re-signed and re-encrypted bundles are refused with
their own error code, and not one byte of any table changes (the file layer has its own fuzz tests;
these add the database invariant). Bad records inside a genuine bundle are quarantined instead.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.models import Client
from desktop.sync import generate_keypair, open_bundle
from desktop.sync.errors import BundleError
from tests.unit.exchange.conftest import Node, table_digest
from tests.unit.exchange.edits import add_client, add_visit, rows
from tests.unit.sync.helpers import craft, jsonl, resign

CODES = {
    "bundle.unreadable",
    "bundle.not_a_bundle",
    "bundle.truncated",
    "bundle.format_too_new",
    "bundle.corrupt_manifest",
    "bundle.unknown_sender",
    "bundle.bad_signature",
    "bundle.wrong_recipient",
    "bundle.tampered",
    "bundle.wrong_key",
    "bundle.corrupt_payload",
}
FUZZ = settings(
    max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)


@pytest.fixture
def genuine(network: dict[str, Node]) -> tuple[Node, bytes, str]:
    a, d = network["A"], network["D"]
    client = add_client(a, "测试对象", notes="备注")
    add_visit(a, client)
    data = a.export_to(d).read_bytes()
    return d, data, table_digest(d.paths.database)


def _refused(node: Node, data: bytes, folder: Path, digest: str) -> str:
    path = folder / "fuzzed.sdbundle"
    path.write_bytes(data)
    with pytest.raises(BundleError) as raised:
        node.import_(path)
    assert raised.value.code in CODES
    assert raised.value.user_message()
    assert table_digest(node.paths.database) == digest
    return raised.value.code


@FUZZ
@given(position=st.integers(min_value=0), bits=st.integers(1, 255))
def test_any_flipped_byte_is_refused_and_changes_nothing(
    genuine: tuple[Node, bytes, str], tmp_path: Path, position: int, bits: int
) -> None:
    node, data, digest = genuine
    at = position % len(data)
    damaged = data[:at] + bytes([data[at] ^ bits]) + data[at + 1 :]
    _refused(node, damaged, tmp_path, digest)


@FUZZ
@given(length=st.integers(min_value=0))
def test_any_truncation_is_refused_as_truncated(genuine: tuple[Node, bytes, str], tmp_path: Path, length: int) -> None:
    node, data, digest = genuine
    assert _refused(node, data[: length % len(data)], tmp_path, digest) == "bundle.truncated"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(junk=st.binary(min_size=1, max_size=64), where=st.integers(min_value=0))
def test_inserted_or_appended_bytes_are_refused(
    genuine: tuple[Node, bytes, str], tmp_path: Path, junk: bytes, where: int
) -> None:
    node, data, digest = genuine
    at = where % (len(data) + 1)
    _refused(node, data[:at] + junk + data[at:], tmp_path, digest)


def test_resigned_by_an_impostor_or_another_trusted_station_is_a_bad_signature(
    genuine: tuple[Node, bytes, str], network: dict[str, Node], tmp_path: Path
) -> None:
    node, data, digest = genuine
    impostor = generate_keypair("XH-A", "station")
    assert _refused(node, resign(data, impostor), tmp_path, digest) == "bundle.bad_signature"
    assert _refused(node, resign(data, network["B"].keys), tmp_path, digest) == "bundle.bad_signature"
    # B signs honestly as itself but swaps in A's payload: the signature is fine, the recipient
    # key id is D's, so it decrypts — but it is B's bundle and nothing personal leaks. It applies;
    # this is not an attack. Signing with B while claiming A is what must fail (above).


def test_wrong_recipient_wrong_key_unknown_sender_and_corrupt_payload(
    genuine: tuple[Node, bytes, str], network: dict[str, Node], tmp_path: Path
) -> None:
    node, data, digest = genuine
    a, b = network["A"], network["B"]
    d_identity = node.keys.identity
    b_identity = b.keys.identity
    # Addressed to D but encrypted to B's key: refused before decryption.
    wrong_key = craft(
        a.keys, dataclasses.replace(d_identity, encryption_key=b_identity.encryption_key), jsonl(b'["end"]'), counts={}
    )
    assert _refused(node, wrong_key, tmp_path, digest) == "bundle.wrong_key"
    # A bundle for A, shown to D.
    to_a = craft(node.keys, a.keys.identity, jsonl(b'["end"]'), counts={})
    other = network["B"]
    assert (
        _refused(
            other,
            craft(node.keys, a.keys.identity, jsonl(b'["end"]'), counts={}),
            tmp_path,
            table_digest(other.paths.database),
        )
        == "bundle.wrong_recipient"
    )
    del to_a
    # A station D never enrolled.
    stranger = generate_keypair("XH-ZZ", "station")
    assert (
        _refused(node, craft(stranger, d_identity, jsonl(b'["end"]'), counts={}), tmp_path, digest)
        == "bundle.unknown_sender"
    )
    # Genuine, decrypts, first table applied, then garbage: the whole import is rolled back.
    record = open_bundle(_write(tmp_path, data), me=node.keys, trusted={"XH-A": a.keys.identity}).tables["clients"][0]
    line = orjson.dumps(record)
    plain = jsonl(b'["table","clients"]', line, b'["table","visits"]', b'{"id": "broken')
    assert (
        _refused(node, craft(a.keys, d_identity, plain, counts={"clients": 1, "visits": 1}), tmp_path, digest)
        == "bundle.corrupt_payload"
    )
    assert rows(node, Client) == {}


def _write(folder: Path, data: bytes) -> Path:
    path = folder / "genuine.sdbundle"
    path.write_bytes(data)
    return path


def test_bad_records_in_a_genuine_bundle_are_quarantined_with_reasons(
    genuine: tuple[Node, bytes, str], network: dict[str, Node], tmp_path: Path
) -> None:
    node, data, _digest = genuine
    a = network["A"]
    good = open_bundle(_write(tmp_path, data), me=node.keys, trusted={"XH-A": a.keys.identity}).tables["clients"][0]
    variants: list[tuple[str, dict[str, Any] | Any]] = [
        ("bad_id", {**good, "id": "not-a-uuid"}),
        ("unknown_column", {**good, "id": "11111111-1111-4111-8111-111111111111", "shoe_size": 42}),
        ("bad_value", {**good, "id": "22222222-2222-4222-8222-222222222222", "sex": "男"}),
        ("bad_value", {**good, "id": "33333333-3333-4333-8333-333333333333", "birth_date": "1990-02-30"}),
        ("bad_versions", {**good, "id": "44444444-4444-4444-8444-444444444444", "field_versions": {"x": 1}}),
        (
            "missing_column",
            {k: v for k, v in good.items() if k != "version"} | {"id": "55555555-5555-4555-8555-555555555555"},
        ),
        ("not_object", [1, 2, 3]),
    ]
    lines = [b'["table","clients"]', orjson.dumps(good)]
    lines += [orjson.dumps(v) if isinstance(v, dict) else orjson.dumps({"wrapped": v}) for _, v in variants]
    lines += [b'["table","mystery_table"]', orjson.dumps({"id": "66666666-6666-4666-8666-666666666666"}), b'["end"]']
    bundle = _write(
        tmp_path, craft(a.keys, node.keys.identity, jsonl(*lines), counts={"clients": 8, "mystery_table": 1})
    )
    result = node.import_(bundle)
    assert result.created == 1
    codes = sorted(q["reason_code"] for q in result.quarantine)
    expected = sorted([c for c, _ in variants[:-1]] + ["bad_id", "unknown_table"])  # a list has no id
    assert codes == expected
    assert result.quarantined == len(expected) and all(q["reason"] for q in result.quarantine)
    assert list(rows(node, Client)) == [good["id"]]
