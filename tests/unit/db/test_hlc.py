"""Hybrid logical clock: strictly increasing, survives a clock going backwards, jumps past remote."""

from __future__ import annotations

from desktop.db.hlc import HybridClock, pack, physical_millis


def test_versions_strictly_increase_even_when_wall_clock_stands_still() -> None:
    clock = HybridClock(wall=lambda: 1000.0)
    versions = [clock.now() for _ in range(100)]
    assert versions == sorted(set(versions))
    assert physical_millis(versions[-1]) == 1_000_000


def test_clock_going_backwards_does_not_reorder() -> None:
    wall = [2000.0]
    clock = HybridClock(wall=lambda: wall[0])
    first = clock.now()
    wall[0] = 1000.0  # someone set the station clock back by a quarter of an hour
    assert clock.now() > first


def test_observe_moves_past_remote_version() -> None:
    clock = HybridClock(wall=lambda: 1000.0)
    remote = pack(5_000_000, 3)  # a station whose clock runs ahead
    clock.observe(remote)
    assert clock.now() > remote
    clock.observe(pack(1, 0))  # an older version changes nothing
    assert clock.now() > remote
