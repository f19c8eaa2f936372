"""Settings for one large write (an import): its page cache, in-memory sorting, no cyclic collector.

`bulk_write_tuning` changes them on one SQLite connection and on the interpreter, and puts back
exactly what was there before when the block ends, also when it raises. Enter it before the
transaction begins and leave it after the commit: SQLite refuses to change `temp_store` inside a
transaction once temporary storage is open, and the commit itself writes the pages the cache holds.
"""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

# The size every connection has (engine.CACHE_KIB), set here on its own so that it stays the import's
# if that changes: 128 MiB made no difference to a full-size import's rate that run-to-run noise
# did not cover, and took 64 MB more of the district's memory budget (docs/bundle-format.md §6a).
BULK_CACHE_KIB = 64 * 1024
_PRAGMAS = ("cache_size", "temp_store")


@contextmanager
def bulk_write_tuning(connection: sqlite3.Connection, *, cache_kib: int = BULK_CACHE_KIB) -> Iterator[None]:
    """Tune `connection` and the collector for a bulk write; restore both on exit (see module docstring)."""
    cursor = connection.cursor()
    saved = {name: cursor.execute(f"PRAGMA {name}").fetchone()[0] for name in _PRAGMAS}
    # A bulk write allocates millions of tuples and keeps many alive (remembered ids, batches)
    # without making reference cycles: the cyclic collector would rescan them over and over.
    collecting = gc.isenabled()
    gc.disable()
    try:
        # The cache keeps the pages of a large write in memory instead of spilling them into the
        # WAL again and again before the one commit.
        cursor.execute(f"PRAGMA cache_size = {-cache_kib}")
        # Index rebuilds sort in memory: SQLCipher does not encrypt the sorter's temporary files.
        # (SQLite then sorts without helper threads, whatever `threads` says.)
        cursor.execute("PRAGMA temp_store = MEMORY")
        yield
    finally:
        if collecting:
            gc.enable()
        for name, value in saved.items():
            cursor.execute(f"PRAGMA {name} = {int(value)}")
        cursor.close()
