"""Benchmark of the bundle file layer: write and open N small records (default 1,000,000).

Run: `python tools/bench_bundle.py [N]`. Records look like visit rows (≈ 12 short fields), so the
figures show the cost of JSON, compression and encryption without any database. Prints a JSON
line with seconds, records/s and the file size; DESIGN §8 budgets a full export at ≤ 60 s.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from typing import Any

import orjson

from desktop.sync import generate_keypair, open_bundle, write_bundle


def visits(n: int) -> Iterator[dict[str, Any]]:
    client_ids = [str(uuid.UUID(int=i)) for i in range(1000)]
    for i in range(n):
        yield {
            "id": str(uuid.UUID(int=10**9 + i)),
            "origin": "ST01",
            "client_id": client_ids[i % 1000],
            "visit_date": f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}",
            "kind": "home",
            "risk_level": i % 6,
            "adherence": "regular",
            "classification": "stable",
            "next_due": "2026-12-01",
            "note": "情况稳定，按时服药",
            "version": f"{1_700_000_000_000 + i:016x}-0000-ST01",
            "deleted": False,
        }


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    station, district = generate_keypair("ST01", "station"), generate_keypair("DIST", "district")
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "bench.sdbundle")
        start = time.perf_counter()
        info = write_bundle(
            path,
            sender=station,
            recipient=district.identity,
            sequence=1,
            previous_hash=None,
            tables={"visits": visits(n)},
            schema_version=1,
            full=True,
        )
        written = time.perf_counter() - start
        start = time.perf_counter()
        opened = open_bundle(path, me=district, trusted={"ST01": station.identity})
        read = time.perf_counter() - start
        assert len(opened.tables["visits"]) == n
    print(
        orjson.dumps(
            {
                "records": n,
                "write_s": round(written, 2),
                "write_rps": round(n / written),
                "open_s": round(read, 2),
                "open_rps": round(n / read),
                "file_mb": round(info.size / 1e6, 1),
            }
        ).decode()
    )


if __name__ == "__main__":
    main()
