"""Giving freed memory back to the system between an import's phases.

CPython frees a phase's objects (here: pypinyin's tables, once the decoder process has no more
names to read) into the C heap, and glibc keeps those pages: the process stays at its high-water
mark. `malloc_trim` hands the free pages back: ≈ 45 MB of the decoder process for the rest of a
large import (docs/bundle-format.md §6a).
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable

_trim: list[Callable[[int], int] | None] = []


def give_back() -> None:
    """Return the heap's free pages to the system: glibc's `malloc_trim(0)`; nothing where there
    is none (Windows returns a freed heap block's pages by itself; musl has no such call)."""
    if not _trim:
        _trim.append(_find_trim())
    trim = _trim[0]
    if trim is not None:
        trim(0)


def _find_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(None).malloc_trim  # type: ignore[no-any-return]
    except (OSError, AttributeError):
        return None


__all__ = ["give_back"]
