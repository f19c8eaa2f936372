"""Export and district-import lines, each against raw sqlite3 on the same rows in the same run.

The measuring itself lives in `desktop.bench.sync_workload`:
baselines are a raw SELECT of every synced row (full export), a raw SELECT of the changed rows
(incremental export), and a raw `executemany` of the same rows into an empty database with the
same schema and indexes (district import). Runs on a private copy of the bench installation, so
the reused database stays as built.
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

from desktop.bench.database import copy_installation
from desktop.bench.import_memory import import_memory_line
from desktop.bench.largest_bundle import write_largest
from desktop.bench.plain import vs_plain
from desktop.bench.result import Line, line, rounded
from desktop.bench.sync_workload import bench_full_round_trip, bench_incremental_export, setup_pair
from desktop.paths import AppPaths
from desktop.services.demo.setup import DEMO_PASSWORD

CHANGES = 1000
LARGEST = "largest.sdbundle"


def _round_trip(
    station_paths: AppPaths, work: Path, *, plain: bool = False, largest: bool = False
) -> tuple[dict[str, Any], dict[str, Any]]:
    pair = setup_pair(station_paths.data_dir, work, DEMO_PASSWORD, plain=plain)
    try:
        if not plain:  # the district as it is before the import, for the memory line
            copy_installation(pair.district.paths, work / "district-fresh")
        full = bench_full_round_trip(pair, with_raw=not plain)
        if largest:  # the memory line's bundle: the full export topped up to the record limit
            full["largest"] = write_largest(
                work / "full.sdbundle", work / LARGEST, station=pair.station_keys, district=pair.district_keys
            )
        # The round trip has just sent everything to the district: the next export is incremental.
        incremental = bench_incremental_export(pair, CHANGES, base_export=False)
    finally:
        pair.close()
    shutil.rmtree(work / "raw", ignore_errors=True)
    return full, incremental


def sync_lines(
    station_paths: AppPaths, work: Path, plain_station: AppPaths | None = None, *, largest: bool = False
) -> list[Line]:
    """Full export, incremental export of 1,000 changes, district import and its peak memory;
    `station_paths` is modified.

    `plain_station`: an unencrypted twin (desktop/bench/plain.py); the same three lines are measured
    on it too, with an unencrypted district, and each line carries its ratio to them.
    `largest`: the memory line imports the largest legal bundle (desktop/bench/largest_bundle.py)
    instead of the full export (the full size; a small bench would spend minutes writing it)."""
    full, incremental = _round_trip(station_paths, work, largest=largest)
    exported, imported = full["export"], full["import"]
    raw_select, raw_insert = full["raw_select"], full["raw_insert"]
    changes = incremental["incremental_export"]
    lines = [
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
    if "largest" in full:
        memory = import_memory_line(work / "district-fresh", work / LARGEST, full["largest"], largest=True)
    else:
        memory = import_memory_line(work / "district-fresh", work / "full.sdbundle", full["export"]["records"])
    lines.append(memory)
    if plain_station is None:
        return lines
    full, incremental = _round_trip(plain_station, work.with_name(work.name + "-plain"), plain=True)
    plain_values = (
        full["export"]["wall_s"],
        incremental["incremental_export"]["wall_s"],
        full["import"]["records_per_s_wall"],
    )
    twinned = [
        replace(item, plain=rounded(value), vs_plain=vs_plain(item.value, value))
        for item, value in zip(lines, plain_values, strict=False)
    ]
    return twinned + lines[len(plain_values) :]  # the memory line has no twin
