"""Sync benchmarks of docs/architecture.md §8, each as a ratio to raw sqlite3 measured in the same run.

Qt-free and reusable: the `stationdesk bench` command (desktop/bench/sync.py) and the tests call these.
- `raw_select` / `raw_insert`: the raw sqlite3 baselines (every synced row read; the same rows
  written with one `executemany` per table into an empty database with the same schema);
- `setup_pair`: a fresh district in a work folder, enrolled both ways with a station;
- `bench_full_round_trip`: full export at the station and import at the fresh district;
- `bench_incremental_export`: N client edits made through the unit of work after a full export, then
  the incremental export of them, against a raw select of the same rows.
Times are wall and CPU seconds of this process (the import's decoder process is not in CPU).
"""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.db import cipher
from desktop.db.open import open_database
from desktop.models import Client
from desktop.paths import AppPaths
from desktop.services.admin.setup import initialise
from desktop.services.context import ServiceContext
from desktop.services.exchange.codec import codecs
from desktop.services.exchange.exporter import export_bundle
from desktop.services.exchange.importer import import_bundle
from desktop.services.exchange.keys import export_enrollment, keys_info, trust_peer, unlock_keys
from desktop.sync import KeyPair

DISTRICT_CODE = "BENCH-DIST"
DISTRICT_PASSPHRASE = "district-bench-1"
Clock = tuple[float, float]


def _clock() -> Clock:
    return time.perf_counter(), time.process_time()


def _since(start: Clock, records: int) -> dict[str, float]:
    wall, cpu = time.perf_counter() - start[0], time.process_time() - start[1]
    return {
        "wall_s": round(wall, 3),
        "cpu_s": round(cpu, 3),
        "records_per_s_wall": round(records / wall) if wall > 0 else 0,
        "records_per_s_cpu": round(records / cpu) if cpu > 0 else 0,
    }


def raw_select(database: Path) -> tuple[int, dict[str, float]]:
    """Read every synced row with plain sqlite3 (the baseline of a full export)."""
    connection = cipher.connect(Path(database), read_only=True)
    start, count = _clock(), 0
    for codec in codecs().values():
        cursor = connection.execute(codec.select_sql)
        while rows := cursor.fetchmany(5000):
            count += len(rows)
    connection.close()
    return count, _since(start, count)


def raw_insert(source: Path, target_dir: Path) -> dict[str, float]:
    """Copy every synced row with plain executemany into a fresh database (the import's baseline)."""
    shutil.rmtree(target_dir, ignore_errors=True)
    paths = AppPaths(target_dir)
    open_database(paths).dispose()  # an empty database with the same schema and indexes
    src = cipher.connect(Path(source), read_only=True)
    dst = cipher.connect(paths.database)
    dst.isolation_level = None
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


@dataclass
class Pair:
    """A station and a fresh district that trust each other, with unlocked keys."""

    station: ServiceContext
    district: ServiceContext
    station_keys: KeyPair
    district_keys: KeyPair
    work: Path

    def close(self) -> None:
        self.station.db.dispose()
        self.district.db.dispose()


def setup_pair(station_dir: Path, work: Path, station_passphrase: str, *, plain: bool = False) -> Pair:
    """Create a fresh district under `work` (emptied first) and enroll it with the station.

    `plain`: the district's database unencrypted, like the station twin it pairs with
    (desktop/bench/plain.py)."""
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    district_paths = AppPaths(work / "district")
    initialise(
        district_paths,
        station_code=DISTRICT_CODE,
        station_name="区",
        district="徐汇区",
        mode="district",
        admin_username="admin",
        admin_password=DISTRICT_PASSPHRASE,
    )
    if plain:
        from desktop.bench.plain import decrypt_in_place

        decrypt_in_place(district_paths)
    station_paths = AppPaths(station_dir)
    station = ServiceContext(open_database(station_paths), station_paths)
    district = ServiceContext(open_database(district_paths), district_paths)
    export_enrollment(station, work / "station.enrollment")
    export_enrollment(district, work / "district.enrollment")
    trust_peer(district, work / "station.enrollment", keys_info(station).fingerprint)
    trust_peer(station, work / "district.enrollment", keys_info(district).fingerprint, replace=True)
    return Pair(
        station, district, unlock_keys(station, station_passphrase), unlock_keys(district, DISTRICT_PASSPHRASE), work
    )


def bench_full_round_trip(pair: Pair, *, with_raw: bool = True) -> dict[str, Any]:
    """Full export at the station, import at the district (backup first, as the CLI does)."""
    report: dict[str, Any] = {}
    database = pair.station.paths.database
    if with_raw:
        report["records"], report["raw_select"] = raw_select(database)
    start = _clock()
    exported = export_bundle(
        pair.station, DISTRICT_CODE, pair.work / "full.sdbundle", keys=pair.station_keys, full=True
    )
    report["export"] = _since(start, exported.records) | {"records": exported.records, "bytes": exported.size}
    if with_raw:
        report["raw_insert"] = raw_insert(database, pair.work / "raw")
    start = _clock()
    imported = import_bundle(pair.district, pair.work / "full.sdbundle", keys=pair.district_keys, backup=True)
    report["import"] = _since(start, imported.records) | {
        "created": imported.created,
        "quarantined": imported.quarantined,
    }
    if with_raw:
        raw_sel, raw_ins = report["raw_select"], report["raw_insert"]
        report["export_vs_raw_select_cpu"] = round(report["export"]["cpu_s"] / raw_sel["cpu_s"], 2)
        report["import_vs_raw_insert_cpu"] = round(report["import"]["cpu_s"] / raw_ins["cpu_s"], 2)
        report["import_vs_raw_insert_wall"] = round(report["import"]["wall_s"] / raw_ins["wall_s"], 2)
    return report


def _make_changes(ctx: ServiceContext, count: int) -> int:
    """Edit `count` clients through the unit of work (change log and versions as a service makes them)."""
    with ctx.db.write() as session:
        clients = session.scalars(select(Client).order_by(Client.id).limit(count)).all()
        for client in clients:
            client.notes = f"{client.notes or ''}·"  # a real change of one field
    return len(clients)


def bench_incremental_export(pair: Pair, changes: int = 1000, *, base_export: bool = True) -> dict[str, Any]:
    """After a full export to the district: make `changes` edits, then export incrementally.

    `base_export=False` when a full export to the district has just been made (the round trip).
    The baseline reads the same rows with plain sqlite3 (change-log range, then the rows by id).
    """
    if base_export:
        export_bundle(pair.station, DISTRICT_CODE, pair.work / "base.sdbundle", keys=pair.station_keys, full=True)
    made = _make_changes(pair.station, changes)
    database = pair.station.paths.database
    connection = cipher.connect(Path(database), read_only=True)
    start = _clock()
    last = int(connection.execute("SELECT max(seq) FROM change_log").fetchone()[0])
    ids = [r[0] for r in connection.execute("SELECT row_id FROM change_log WHERE seq > ?", (last - made,))]
    codec = codecs()["clients"]
    rows = 0
    for part in range(0, len(ids), 500):
        chunk = ids[part : part + 500]
        rows += len(
            connection.execute(f"{codec.select_sql} WHERE id IN ({','.join('?' * len(chunk))})", chunk).fetchall()
        )
    raw = _since(start, rows)
    connection.close()
    start = _clock()
    exported = export_bundle(pair.station, DISTRICT_CODE, pair.work / "incremental.sdbundle", keys=pair.station_keys)
    result = _since(start, exported.records) | {"records": exported.records, "bytes": exported.size}
    return {
        "changes": made,
        "raw_select": raw,
        "incremental_export": result,
        "incremental_vs_raw_select_wall": round(result["wall_s"] / raw["wall_s"], 1) if raw["wall_s"] else None,
        "budget_s": 1.0,
    }


__all__ = [
    "Pair",
    "bench_full_round_trip",
    "bench_incremental_export",
    "raw_insert",
    "raw_select",
    "setup_pair",
]
