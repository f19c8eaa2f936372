"""Keys: keystore protection, passphrase changes, fingerprints read aloud, enrollment files."""

from __future__ import annotations

import dataclasses
import re

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.sync.encoding import b64encode
from desktop.sync.enrollment import read_enrollment, write_enrollment
from desktop.sync.errors import (
    EnrollmentInvalid,
    EnrollmentTooNew,
    FingerprintMismatch,
    KeystoreInvalid,
    SyncError,
    WrongPassphrase,
)
from desktop.sync.keys import (
    DEFAULT_KDF,
    KeyPair,
    create_keystore,
    fingerprint,
    generate_keypair,
    keystore_identity,
    open_keystore,
    rewrap_keystore,
    seal_keystore,
    verify_fingerprint,
)

from .conftest import FAST_KDF


def _same_keys(a: KeyPair, b: KeyPair) -> bool:
    return (
        a.identity == b.identity
        and a.signing_private.private_bytes_raw() == b.signing_private.private_bytes_raw()
        and a.encryption_private.private_bytes_raw() == b.encryption_private.private_bytes_raw()
    )


def test_keystore_round_trip_with_default_argon2id_cost() -> None:
    blob, public = create_keystore("站点口令 2026", station_code="310104-XJH", mode="station")
    keys = open_keystore(blob, "站点口令 2026")
    assert keys.identity == public == keystore_identity(blob)
    assert orjson.loads(blob)["kdf"]["memory_cost"] == DEFAULT_KDF.memory_cost
    # the keys work: sign/verify and a key exchange
    keys.signing_private.public_key().verify(keys.signing_private.sign(b"x"), b"x")


def test_private_keys_never_in_the_blob_in_clear(station: KeyPair) -> None:
    blob = seal_keystore(station, "pw", FAST_KDF)
    for secret in (station.signing_private.private_bytes_raw(), station.encryption_private.private_bytes_raw()):
        assert secret not in blob
        assert b64encode(secret).encode() not in blob
        assert secret.hex().encode() not in blob


def test_wrong_passphrase_has_its_code(station: KeyPair) -> None:
    blob = seal_keystore(station, "right", FAST_KDF)
    with pytest.raises(WrongPassphrase) as info:
        open_keystore(blob, "wrong")
    assert info.value.code == "keys.wrong_passphrase"
    assert "口令" in info.value.user_message()


def test_rewrap_changes_passphrase_but_not_keys(station: KeyPair) -> None:
    blob = seal_keystore(station, "old", FAST_KDF)
    new_blob = rewrap_keystore(blob, "old", "new", FAST_KDF)
    assert _same_keys(open_keystore(new_blob, "new"), station)
    with pytest.raises(WrongPassphrase):
        open_keystore(new_blob, "old")
    with pytest.raises(WrongPassphrase):
        rewrap_keystore(blob, "not it", "new", FAST_KDF)


def test_empty_passphrase_refused(station: KeyPair) -> None:
    with pytest.raises(ValueError):
        seal_keystore(station, "", FAST_KDF)


def test_swapping_the_clear_station_code_is_detected(station: KeyPair) -> None:
    obj = orjson.loads(seal_keystore(station, "pw", FAST_KDF))
    obj["station_code"] = "310105-CNL"
    # The clear header is authenticated data: the open fails (it cannot tell this from a wrong passphrase).
    with pytest.raises(WrongPassphrase):
        open_keystore(orjson.dumps(obj), "pw")


@pytest.mark.parametrize(
    "edit",
    [
        lambda o: {**o, "format": "other"},
        lambda o: {**o, "version": 2},
        lambda o: {**o, "ciphertext": "!!"},
        lambda o: {**o, "kdf": {**o["kdf"], "name": "md5"}},
        lambda o: {**o, "kdf": {**o["kdf"], "memory_cost": 2**40}},
        lambda o: {**o, "kdf": {**o["kdf"], "time_cost": 10**6}},
        lambda o: {**o, "signing_key": b64encode(b"short")},
        lambda o: [o],
    ],
)
def test_malformed_keystore(station: KeyPair, edit: object) -> None:
    obj = orjson.loads(seal_keystore(station, "pw", FAST_KDF))
    with pytest.raises(KeystoreInvalid) as info:
        open_keystore(orjson.dumps(edit(obj)), "pw")  # type: ignore[operator]
    assert info.value.code == "keys.invalid_keystore"


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600))
def test_keystore_garbage_gives_keystore_errors_only(data: bytes) -> None:
    with pytest.raises((KeystoreInvalid, WrongPassphrase)):
        open_keystore(data, "pw")


# --- fingerprints ---------------------------------------------------------------------------


def test_fingerprint_is_six_groups_of_four_digits(station: KeyPair) -> None:
    fp = fingerprint(station.identity)
    assert re.fullmatch(r"\d{4}( \d{4}){5}", fp)
    assert fingerprint(station.identity) == fp  # deterministic


@pytest.mark.parametrize("field", ["signing_key", "encryption_key", "station_code", "mode"])
def test_fingerprint_changes_when_anything_changes(station: KeyPair, field: str) -> None:
    other = generate_keypair("310104-ABC", "district").identity
    changed = dataclasses.replace(station.identity, **{field: getattr(other, field)})
    assert fingerprint(changed) != fingerprint(station.identity)


def test_fingerprint_of_new_keys_differs(station: KeyPair, impostor: KeyPair) -> None:
    assert fingerprint(station.identity) != fingerprint(impostor.identity)


def test_verify_fingerprint_tolerates_spaces_dashes_and_fullwidth(station: KeyPair) -> None:
    fp = fingerprint(station.identity)
    digits = fp.replace(" ", "")
    fullwidth = "".join(chr(ord(c) + 0xFEE0) for c in digits)
    variants = [fp, digits, fp.replace(" ", "-"), f"  {fp}\n", fullwidth]
    variants += [fp.replace(" ", "\u3000"), "－".join(fp.split())]
    for spoken in variants:
        verify_fingerprint(station.identity, spoken)


def test_verify_fingerprint_is_exact_otherwise(station: KeyPair) -> None:
    digits = fingerprint(station.identity).replace(" ", "")
    wrong_digit = digits[:-1] + str((int(digits[-1]) + 1) % 10)
    swapped = digits[1] + digits[0] + digits[2:] if digits[0] != digits[1] else digits[::-1]
    for spoken in (wrong_digit, digits[:-1], digits + "0", swapped, "", "一二三四", digits.replace("0", "o")):
        if spoken == digits:
            continue
        with pytest.raises(FingerprintMismatch) as info:
            verify_fingerprint(station.identity, spoken)
        assert info.value.code == "keys.fingerprint_mismatch"


# --- enrollment files ---------------------------------------------------------------------


def test_enrollment_round_trip(district: KeyPair) -> None:
    data = write_enrollment(district.identity)
    assert read_enrollment(data) == district.identity
    assert read_enrollment(b"\xef\xbb\xbf" + data) == district.identity
    obj = orjson.loads(data)
    assert obj["fingerprint"] == fingerprint(district.identity)
    assert obj["version"] == 1


def _enrollment(keys: KeyPair, **changes: object) -> bytes:
    obj = orjson.loads(write_enrollment(keys.identity))
    obj.update(changes)
    return orjson.dumps({k: v for k, v in obj.items() if v is not None})


@pytest.mark.parametrize(
    "changes",
    [
        {"format": "something-else"},
        {"version": "1"},
        {"version": 0},
        {"station_code": "bad code with spaces"},
        {"mode": "admin"},
        {"signing_key": b64encode(b"\x00" * 31)},
        {"encryption_key": "not base64!"},
        {"fingerprint": "0000 0000 0000 0000 0000 0000"},
        {"station_code": None},
    ],
)
def test_malformed_enrollment(station: KeyPair, changes: dict[str, object]) -> None:
    with pytest.raises(EnrollmentInvalid) as info:
        read_enrollment(_enrollment(station, **changes))
    assert info.value.code == "enrollment.invalid"


@pytest.mark.parametrize("data", [b"", b"{", b"[]", b"\xff\xfe", b"null", b"x" * 100_000])
def test_enrollment_that_is_not_json(data: bytes) -> None:
    with pytest.raises(EnrollmentInvalid):
        read_enrollment(data)


def test_enrollment_from_a_newer_version(station: KeyPair) -> None:
    with pytest.raises(EnrollmentTooNew) as info:
        read_enrollment(_enrollment(station, version=2))
    assert info.value.code == "enrollment.format_too_new"


@settings(max_examples=500, deadline=None)
@given(st.data())
def test_enrollment_fuzz(station: KeyPair, data: st.DataObject) -> None:
    original = write_enrollment(station.identity)
    position = data.draw(st.integers(0, len(original) - 1))
    replacement = data.draw(st.binary(max_size=4))
    mutated = original[:position] + replacement + original[position + data.draw(st.integers(0, 4)) :]
    try:
        identity = read_enrollment(mutated)
    except SyncError:
        return
    # Whatever parses must be exactly the original keys (e.g. only whitespace changed).
    assert identity == station.identity
