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


def pack(millis: int, counter: int = 0) -> int:
    return (millis << _COUNTER_BITS) | (counter & _COUNTER_MASK)


def physical_millis(version: int) -> int:
    return version >> _COUNTER_BITS


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
            self._last = wall if wall > self._last else self._last + 1
            return self._last

    def observe(self, remote: int) -> None:
        """Move past a version seen in an imported bundle."""
        with self._lock:
            if remote > self._last:
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
