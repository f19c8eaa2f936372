"""Keys shared by the sync tests: a station, its district, and outsiders."""

from __future__ import annotations

import pytest

from desktop.sync.keys import KdfParams, KeyPair, PublicIdentity, generate_keypair

# The real argon2id cost is ≈0.1–0.2 s per call; tests of the keystore logic need not pay it.
FAST_KDF = KdfParams(time_cost=1, memory_cost=64, parallelism=1)


@pytest.fixture(scope="session")
def station() -> KeyPair:
    return generate_keypair("310104-XJH", "station")


@pytest.fixture(scope="session")
def district() -> KeyPair:
    return generate_keypair("310104-DIST", "district")


@pytest.fixture(scope="session")
def other_station() -> KeyPair:
    return generate_keypair("310105-CNL", "station")


@pytest.fixture(scope="session")
def impostor(station: KeyPair) -> KeyPair:
    """Someone claiming to be `station` with keys of their own."""
    return generate_keypair(station.identity.station_code, "station")


@pytest.fixture(scope="session")
def district_trusts(station: KeyPair, other_station: KeyPair) -> dict[str, PublicIdentity]:
    return {k.identity.station_code: k.identity for k in (station, other_station)}
