"""Hybrid logical clock: versions that order edits across stations with imperfect clocks.

A version is one integer: milliseconds since the epoch shifted left 16 bits, plus a counter.
It never goes backwards on one installation, and after seeing a remote version it issues only
larger ones, so an edit made after receiving another station's edit always sorts after it even
when the local wall clock is behind. Ties between stations are broken by the origin code.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

_COUNTER_BITS = 16
_COUNTER_MASK = (1 << _COUNTER_BITS) - 1
# SQLite stores a signed 64-bit integer: a version above this cannot be written at all.
MAX_VERSION = (1 << 63) - 1
# How far a peer's clock may run ahead of ours before its stamps are refused (docs/bundle-format.md,
# "Clock bounds"): a day covers any wrongly set PC clock that still has the right date nearby.
MAX_SKEW_MILLIS = 24 * 60 * 60 * 1000


def pack(millis: int, counter: int = 0) -> int:
    return (millis << _COUNTER_BITS) | (counter & _COUNTER_MASK)


def physical_millis(version: int) -> int:
    return version >> _COUNTER_BITS


def ceiling(wall_seconds: float | None = None) -> int:
    """The highest version acceptable from elsewhere now: the wall clock plus `MAX_SKEW_MILLIS`."""
    seconds = time.time() if wall_seconds is None else wall_seconds
    return min(pack(int(seconds * 1000) + MAX_SKEW_MILLIS, _COUNTER_MASK), MAX_VERSION)


def acceptable(version: int, wall_seconds: float | None = None) -> bool:
    """Whether a version from a bundle or from storage lies within the clock's bounds."""
    return 0 <= version <= ceiling(wall_seconds)


class ClockExhausted(OverflowError):
    """The clock cannot issue a version SQLite can store (only a wall clock beyond year 6000 does that)."""


class HybridClock:
    """Thread-safe HLC issuing strictly increasing versions."""

    def __init__(self, last: int = 0, wall: Callable[[], float] = time.time) -> None:
        self._last = last
        self._wall = wall
        self._lock = threading.Lock()

    @property
    def last(self) -> int:
        return self._last

    def now(self) -> int:
        with self._lock:
            wall = pack(int(self._wall() * 1000))
            candidate = wall if wall > self._last else self._last + 1
            if candidate > MAX_VERSION:
                raise ClockExhausted("no storable version left")
            self._last = candidate
            return self._last

    def observe(self, remote: int) -> None:
        """Move past a version seen in an imported bundle or in storage.

        A version beyond the skew bound is never adopted: one far-future stamp would otherwise
        push every later local edit towards the end of the range (the import refuses such
        bundles, and migration 0010 repairs stamps stored before; this is the last guard).
        """
        with self._lock:
            if self._last < remote <= ceiling(self._wall()):
                self._last = remote


# --- field stamps ------------------------------------------------------------------------------
# A field's stamp in `field_versions` is `[hlc, origin]` or `[hlc, origin, {origin: hlc, …}]`: the
# version and station of the edit that wrote the current value, and what that edit's writer had
# already seen of the field (the highest version per other station in the value's history). The
# merge uses it to tell an ordinary update (the writer had seen our value) from a concurrent
# edit whose loser must go to the conflict log.


def next_stamp(previous: list[object] | None, version: int, origin: str) -> list[object]:
    """The stamp of a local edit at `version` that overwrites a value stamped `previous`."""
    if not previous:
        return [version, origin]
    seen: dict[str, int] = dict(previous[2]) if len(previous) > 2 and isinstance(previous[2], dict) else {}  # type: ignore[arg-type]
    prev_origin, prev_version = str(previous[1]), int(previous[0])  # type: ignore[call-overload]
    if seen.get(prev_origin, 0) < prev_version:
        seen[prev_origin] = prev_version
    seen.pop(origin, None)  # our own earlier edits are implied by the higher version
    return [version, origin, dict(sorted(seen.items()))] if seen else [version, origin]
