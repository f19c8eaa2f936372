"""Export and district-import lines, each against raw sqlite3 on the same rows in the same run.

The measuring itself lives in `desktop.bench.sync_workload`:
baselines are a raw SELECT of every synced row (full export), a raw SELECT of the changed rows
(incremental export), and a raw `executemany` of the same rows into an empty database with the
same schema and indexes (district import). Runs on a private copy of the bench installation, so
the reused database stays as built.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop.bench.result import Line, line
from desktop.bench.sync_workload import bench_full_round_trip, bench_incremental_export, setup_pair
from desktop.paths import AppPaths
from desktop.services.demo.setup import DEMO_PASSWORD

CHANGES = 1000


def sync_lines(station_paths: AppPaths, work: Path) -> list[Line]:
    """Full export, incremental export of 1,000 changes, district import; `station_paths` is modified."""
    pair = setup_pair(station_paths.data_dir, work, DEMO_PASSWORD)
    try:
        full = bench_full_round_trip(pair)
        # The round trip has just sent everything to the district: the next export is incremental.
        incremental = bench_incremental_export(pair, CHANGES, base_export=False)
    finally:
        pair.close()
    shutil.rmtree(work / "raw", ignore_errors=True)
    exported, imported = full["export"], full["import"]
    raw_select, raw_insert = full["raw_select"], full["raw_insert"]
    changes = incremental["incremental_export"]
    return [
        line(
            f"full export ({exported['records']} records)",
            exported["wall_s"],
            "s",
            60,
            raw_select["wall_s"],
            note=f"baseline: raw SELECT of {full['records']} rows",
        ),
        line(
            f"incremental export ({changes['records']} changes)",
            changes["wall_s"],
            "s",
            1,
            incremental["raw_select"]["wall_s"],
            note=f"baseline: raw SELECT of the {incremental['changes']} changed rows",
        ),
        line(
            f"district import ({imported['created']} records)",
            imported["records_per_s_wall"],
            "rec/s",
            20_000,
            raw_insert["records_per_s_wall"],
            direction="min",
            note="baseline: raw executemany of the same rows into an empty database, same schema",
        ),
    ]
