"""Benchmark of the bundle file layer: 100,000 clients + 1,000,000 visits, written and opened.

Run: `python -m desktop.bench.bundle_files [--clients N] [--visits N] [--mode open|stream]`. Records
look like real rows (client ≈ 18 fields, visit ≈ 16 fields) but come from a generator, so the
figures show the cost of JSON, compression and encryption without any database. Prints one JSON
line: seconds and records/s for write and read, file size and the process's peak RSS. Use one
process per mode: peak RSS is per process. docs/architecture.md §8 budgets a full export at ≤ 60 s.
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
import uuid
from collections.abc import Iterator
from typing import Any

import orjson

from desktop.sync import generate_keypair, open_bundle, stream_bundle, write_bundle


def clients(n: int) -> Iterator[dict[str, Any]]:
    for i in range(n):
        yield {
            "id": str(uuid.UUID(int=i)),
            "origin": "310104-XJH",
            "name": "张三丰",
            "name_pinyin": "zhangsanfeng",
            "name_initials": "zsf",
            "id_number_hmac": f"{i:064x}",
            "sex": "男" if i % 2 else "女",
            "birth_date": f"19{50 + i % 50}-0{1 + i % 9}-1{i % 10}",
            "phone": f"138{i:08d}",
            "address_committee": "枫林路居委会",
            "address_detail": f"枫林路{i % 500}弄{i % 30}号{i % 6}0{i % 4}室",
            "risk_level": i % 6,
            "caseworker_id": str(uuid.UUID(int=10**12 + i % 40)),
            "consent": True,
            "created_at": "2026-01-02T03:04:05Z",
            "updated_at": "2026-11-02T03:04:05Z",
            "version": f"{1_760_000_000_000 + i:016x}-0000-310104-XJH",
            "deleted": False,
        }


def visits(n: int, n_clients: int) -> Iterator[dict[str, Any]]:
    for i in range(n):
        yield {
            "id": str(uuid.UUID(int=10**9 + i)),
            "origin": "310104-XJH",
            "client_id": str(uuid.UUID(int=i % n_clients)),
            "visit_date": f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}",
            "kind": "home",
            "risk_level": i % 6,
            "symptoms": ["幻觉", "失眠"] if i % 7 == 0 else [],
            "insight": "partial",
            "adherence": "regular",
            "social_function": {"self_care": 1, "housework": 2, "work": 3},
            "classification": "stable",
            "next_due": "2026-12-01",
            "note": "情况稳定，按时服药，家属配合。",
            "updated_at": "2026-11-02T03:04:05Z",
            "version": f"{1_760_000_000_000 + i:016x}-0000-310104-XJH",
            "deleted": False,
        }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--visits", type=int, default=1_000_000)
    parser.add_argument("--mode", choices=["open", "stream"], default="stream")
    args = parser.parse_args()
    total = args.clients + args.visits
    station, district = generate_keypair("310104-XJH", "station"), generate_keypair("310104-DIST", "district")
    trusted = {"310104-XJH": station.identity}
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "bench.sdbundle")
        start = time.perf_counter()
        info = write_bundle(
            path,
            sender=station,
            recipient=district.identity,
            sequence=1,
            previous_hash=None,
            tables={"clients": clients(args.clients), "visits": visits(args.visits, max(args.clients, 1))},
            schema_version=1,
            full=True,
        )
        written = time.perf_counter() - start
        start = time.perf_counter()
        if args.mode == "open":
            count = sum(len(rows) for rows in open_bundle(path, me=district, trusted=trusted).tables.values())
        else:
            with stream_bundle(path, me=district, trusted=trusted) as streamed:
                count = sum(1 for _ in streamed.records())
        read = time.perf_counter() - start
        assert count == total
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {
        "records": total,
        "mode": args.mode,
        "write_s": round(written, 2),
        "write_records_per_s": round(total / written),
        "read_s": round(read, 2),
        "read_records_per_s": round(total / read),
        "file_mb": round(info.size / 1e6, 1),
        "peak_rss_mb": round(peak_mb),
    }
    print(orjson.dumps(result).decode())


if __name__ == "__main__":
    main()
