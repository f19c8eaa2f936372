"""Settings for one large write (an import): a big page cache, in-memory sorting, no cyclic collector.

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

# 256 MiB made no measurable difference to an import of 155,000 records and cost 130 MB of the
# district's memory at 1.5 million (docs/bundle-format.md §6a has the figures).
BULK_CACHE_KIB = 64 * 1024
_PRAGMAS = ("cache_size", "temp_store", "threads")


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
        # A big cache keeps the pages of a large write in memory instead of spilling them into the
        # WAL again and again before the one commit.
        cursor.execute(f"PRAGMA cache_size = {-cache_kib}")
        # Index rebuilds sort in memory, with a helper thread (temporary data only: the durability
        # of the committed result is unchanged).
        cursor.execute("PRAGMA temp_store = MEMORY")
        cursor.execute("PRAGMA threads = 2")
        yield
    finally:
        if collecting:
            gc.enable()
        for name, value in saved.items():
            cursor.execute(f"PRAGMA {name} = {int(value)}")
        cursor.close()
