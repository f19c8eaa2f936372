"""Client search lines: what caseworkers type, the service call p95, and its raw-SQL baseline.

Queries come from the bench database itself: for a sample of clients, in turn, the name, the
pinyin initials, the last digits of the ID number and of the phone — each typed one character
at a time, so the short prefixes (the costly ones) are measured as well as the complete words.
"""

from __future__ import annotations

import random
import statistics
import time
from pathlib import Path

from desktop.bench.result import Line, line
from desktop.db import cipher
from desktop.services.casework.client_lists import search_clients
from desktop.services.casework.search_keys import prefix_upper_bound, query_prefixes
from desktop.services.context import ServiceContext

RAW_SEARCH = (
    "SELECT * FROM clients WHERE id IN (SELECT client_id FROM client_search_keys WHERE key >= ? AND key < ?"
    " LIMIT 100) AND deleted = 0 ORDER BY name_pinyin, id LIMIT 50"
)


def typed_queries(database: Path, count: int, seed: int = 1) -> list[str]:
    """`count` complete queries of the four kinds, taken from real search keys of random clients."""
    connection = cipher.connect(Path(database), read_only=True)
    try:
        ids = [row[0] for row in connection.execute("SELECT id FROM clients WHERE deleted = 0 ORDER BY id")]
        chosen = random.Random(seed).sample(ids, min(count, len(ids)))
        queries = []
        for n, client_id in enumerate(chosen):
            keys = [
                row[0]
                for row in connection.execute("SELECT key FROM client_search_keys WHERE client_id = ?", (client_id,))
            ]
            queries.append(_query(n % 4, keys) or min(keys, key=len))
        return queries
    finally:
        connection.close()


def _query(kind: int, keys: list[str]) -> str:
    if kind == 0:  # the name as typed through the input method
        names = [k for k in keys if not k.isascii() and not k.startswith("v:")]
        return min(names, key=len) if names else ""
    if kind == 1:  # pinyin initials: the shortest all-letter key
        letters = [k for k in keys if k.isascii() and k.isalpha()]
        return min(letters, key=len) if letters else ""
    prefix = "i:" if kind == 2 else "p:"
    tails = [k[2:] for k in keys if k.startswith(prefix)]
    return tails[0][:4][::-1] if tails else ""  # keys hold reversed digits: 4 reversed = the last 4


def prefixes_of(queries: list[str]) -> list[str]:
    """Every text the box holds while the queries are typed: 张, 张三, z, zs, zsf, 1, 12, …"""
    return [query[:n] for query in queries for n in range(1, len(query) + 1)]


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]


def search_line(ctx: ServiceContext, database: Path, texts: list[str]) -> Line:
    """p95 of the search service over `texts`, against raw indexed prefix queries on the same texts."""
    search_clients(ctx, texts[0])  # warm-up: the first call pays for imports and statement caches
    ours = []
    for text in texts:
        start = time.perf_counter()
        search_clients(ctx, text)
        ours.append((time.perf_counter() - start) * 1000)
    connection = cipher.connect(Path(database), read_only=True)
    raw = []
    for text in texts:
        start = time.perf_counter()
        for prefix in query_prefixes(text):
            connection.execute(RAW_SEARCH, (prefix, prefix_upper_bound(prefix))).fetchall()
        raw.append((time.perf_counter() - start) * 1000)
    connection.close()
    return line(
        f"client search: service call p95 ({len(texts)} calls)",
        _p95(ours),
        "ms",
        10,
        _p95(raw),
        note="baseline: raw sqlite3 indexed prefix query of the same texts, p95",
    )


def keystroke_line(ours: list[float | None], bare: list[float], debounce_ms: int) -> Line:
    from desktop.bench.gui import TIMEOUT_MS

    finite = [value if value is not None else TIMEOUT_MS for value in ours]
    return line(
        f"client search: keystroke → painted p95 ({len(finite)} keys)",
        _p95(finite),
        "ms",
        50,
        _p95(bare),
        note=f"includes the search box's {debounce_ms} ms debounce; "
        "baseline: bare Qt line edit + table filled by raw sqlite3 on each keystroke, p95",
    )
