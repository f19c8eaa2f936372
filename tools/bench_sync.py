"""Benchmark of a full export and a district import, each as a ratio to raw sqlite3 in the same run.

    python tools/bench_sync.py STATION_DIR WORK_DIR --station-passphrase-file F

STATION_DIR is a set-up station with keys (e.g. a copy of a 100k demo database after
`stationdesk keys create`); it is only read. WORK_DIR gets a fresh district, the bundle and a raw
copy. Prints wall and CPU seconds and records/s for: raw select of every synced row, full export,
raw executemany of the same rows into an empty database with the same schema, district import.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import time
from pathlib import Path

from desktop.db.open import open_database
from desktop.paths import AppPaths
from desktop.services.context import ServiceContext
from desktop.services.keys import export_enrollment, keys_info, trust_peer, unlock_keys
from desktop.services.setup import initialise
from desktop.services.sync_codec import codecs
from desktop.services.sync_export import export_bundle
from desktop.services.sync_import import import_bundle

DISTRICT_PASSPHRASE = "district-bench-1"


def _clock() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def _since(start: tuple[float, float], records: int) -> dict[str, float]:
    wall, cpu = time.perf_counter() - start[0], time.process_time() - start[1]
    return {
        "wall_s": round(wall, 1),
        "cpu_s": round(cpu, 1),
        "records_per_s_wall": round(records / wall),
        "records_per_s_cpu": round(records / cpu),
    }


def raw_select(database: Path) -> tuple[int, dict[str, float]]:
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    start, count = _clock(), 0
    for codec in codecs().values():
        cursor = connection.execute(codec.select_sql)
        while rows := cursor.fetchmany(5000):
            count += len(rows)
    connection.close()
    return count, _since(start, count)


def raw_insert(source: Path, target_dir: Path) -> dict[str, float]:
    paths = AppPaths(target_dir)
    open_database(paths).dispose()  # an empty database with the same schema and indexes
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(paths.database, isolation_level=None)
    dst.execute("PRAGMA cache_size = -262144")
    start, count = _clock(), 0
    dst.execute("BEGIN")
    for codec in codecs().values():
        cursor = src.execute(codec.select_sql)
        while rows := cursor.fetchmany(5000):
            dst.executemany(codec.insert_sql, rows)
            count += len(rows)
    dst.execute("COMMIT")
    result = _since(start, count)
    src.close()
    dst.close()
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("station", type=Path)
    parser.add_argument("work", type=Path)
    parser.add_argument("--station-passphrase-file", type=Path, required=True)
    args = parser.parse_args()
    passphrase = args.station_passphrase_file.read_text(encoding="utf-8").splitlines()[0]
    shutil.rmtree(args.work, ignore_errors=True)
    args.work.mkdir(parents=True)
    district_paths = AppPaths(args.work / "district")
    initialise(
        district_paths,
        station_code="BENCH-DIST",
        station_name="区",
        district="徐汇区",
        mode="district",
        admin_username="admin",
        admin_password=DISTRICT_PASSPHRASE,
    )
    station_paths = AppPaths(args.station)
    station = ServiceContext(open_database(station_paths), station_paths)
    district = ServiceContext(open_database(district_paths), district_paths)
    export_enrollment(station, args.work / "station.enrollment")
    export_enrollment(district, args.work / "district.enrollment")
    trust_peer(district, args.work / "station.enrollment", keys_info(station).fingerprint)
    trust_peer(station, args.work / "district.enrollment", keys_info(district).fingerprint, replace=True)
    station_keys = unlock_keys(station, passphrase)
    district_keys = unlock_keys(district, DISTRICT_PASSPHRASE)
    report: dict[str, object] = {}

    count, report["raw_select"] = raw_select(station_paths.database)
    start = _clock()
    exported = export_bundle(station, "BENCH-DIST", args.work / "full.sdbundle", keys=station_keys, full=True)
    report["export"] = _since(start, exported.records) | {"records": exported.records, "bytes": exported.size}
    report["raw_insert"] = raw_insert(station_paths.database, args.work / "raw")
    start = _clock()
    imported = import_bundle(district, args.work / "full.sdbundle", keys=district_keys, backup=True)
    report["import"] = _since(start, imported.records) | {
        "created": imported.created,
        "quarantined": imported.quarantined,
    }
    report["records"] = count
    report["export_vs_raw_select_cpu"] = round(report["export"]["cpu_s"] / report["raw_select"]["cpu_s"], 2)  # type: ignore[index]
    report["import_vs_raw_insert_cpu"] = round(report["import"]["cpu_s"] / report["raw_insert"]["cpu_s"], 2)  # type: ignore[index]
    print(json.dumps(report, indent=2, ensure_ascii=False))
    station.db.dispose()
    district.db.dispose()


if __name__ == "__main__":
    main()
