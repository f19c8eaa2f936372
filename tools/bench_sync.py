"""Benchmark of a full export, a district import and an incremental export, as ratios to raw sqlite3.

    python tools/bench_sync.py STATION_DIR WORK_DIR --station-passphrase-file F [--incremental 1000]

STATION_DIR is a set-up station with keys (e.g. a copy of a 100k demo database after
`stationdesk keys create`); the full round trip only adds sent-bundle bookkeeping to it, while
`--incremental N` also edits N clients there (use a copy). WORK_DIR gets a fresh district, the
bundles and a raw copy. Prints wall and CPU seconds and records/s for: raw select of every synced
row, full export, raw executemany of the same rows into an empty database with the same schema,
district import, and (with --incremental) the incremental export of N changes against a raw
select of the same rows. The functions live in `desktop.services.sync_bench`.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from desktop.services.sync_bench import bench_full_round_trip, bench_incremental_export, setup_pair


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("station", type=Path)
    parser.add_argument("work", type=Path)
    parser.add_argument("--station-passphrase-file", type=Path, required=True)
    parser.add_argument("--incremental", type=int, default=0, help="also time an incremental export of N changes")
    parser.add_argument("--skip-full", action="store_true", help="only the incremental export")
    args = parser.parse_args()
    passphrase = args.station_passphrase_file.read_text(encoding="utf-8").splitlines()[0]
    pair = setup_pair(args.station, args.work, passphrase)
    try:
        report = {} if args.skip_full else bench_full_round_trip(pair)
        if args.incremental:
            report["incremental"] = bench_incremental_export(pair, args.incremental)
    finally:
        pair.close()
    print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
