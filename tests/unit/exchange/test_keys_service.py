"""Keys at init, enrollment export, trust with a spoken fingerprint, passphrase change."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from desktop.errors import AppError
from desktop.services.exchange.keys import (
    change_passphrase,
    keys_info,
    keystore_path,
    list_peers,
    trust_peer,
    unlock_keys,
)
from desktop.sync.encoding import b64encode
from desktop.sync.errors import FingerprintMismatch, WrongPassphrase
from tests.unit.exchange.conftest import PASSWORD, Node


def test_init_created_a_private_keystore_opened_by_the_admin_password(network: dict[str, Node]) -> None:
    a = network["A"]
    path = keystore_path(a.paths)
    assert path.parent == a.paths.keys
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    blob = path.read_bytes()
    secret = a.keys.signing_private.private_bytes_raw()
    assert secret not in blob and b64encode(secret).encode() not in blob  # sealed, never in clear
    info = keys_info(a.ctx)
    assert info.station_code == "XH-A" and info.mode == "station"
    assert len(info.fingerprint.split()) == 6
    assert unlock_keys(a.ctx, PASSWORD).identity.station_code == "XH-A"
    with pytest.raises(WrongPassphrase):
        unlock_keys(a.ctx, "wrong")


def test_passphrase_change_keeps_the_fingerprint(network: dict[str, Node]) -> None:
    a = network["A"]
    before = keys_info(a.ctx).fingerprint
    with pytest.raises(AppError):
        change_passphrase(a.ctx, PASSWORD, "short")
    change_passphrase(a.ctx, PASSWORD, "a new longer passphrase")
    with pytest.raises(WrongPassphrase):
        unlock_keys(a.ctx, PASSWORD)
    assert unlock_keys(a.ctx, "a new longer passphrase").identity.station_code == "XH-A"
    assert keys_info(a.ctx).fingerprint == before


def test_trust_checks_the_spoken_fingerprint(network: dict[str, Node], tmp_path: Path) -> None:
    from desktop.services.exchange.keys import export_enrollment

    a, b = network["A"], network["B"]
    enrollment = tmp_path / "b.enrollment"
    export_enrollment(b.ctx, enrollment)
    spoken = keys_info(b.ctx).fingerprint
    with pytest.raises(FingerprintMismatch) as raised:
        trust_peer(a.ctx, enrollment, spoken[:-1] + ("0" if spoken[-1] != "0" else "1"))
    assert raised.value.code == "keys.fingerprint_mismatch"
    assert "XH-B" not in [p.code for p in list_peers(a.ctx)]
    # Read aloud with dashes and full-width digits typed through a Chinese input method.
    full_width = spoken.replace(" ", "-").translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    peer = trust_peer(a.ctx, enrollment, full_width)
    assert peer.code == "XH-B" and "XH-B" in [p.code for p in list_peers(a.ctx)]
    own = tmp_path / "a.enrollment"
    export_enrollment(a.ctx, own)
    with pytest.raises(AppError) as self_trust:
        trust_peer(a.ctx, own, keys_info(a.ctx).fingerprint)
    assert self_trust.value.code == "keys.peer_is_self"
