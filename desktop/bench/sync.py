"""Export and district-import lines, each against raw sqlite3 on the same rows in the same run.

Baselines: a raw SELECT of every synced row (full export), a raw SELECT of the changed rows
(incremental export), and a raw `executemany` of the same rows into an empty database with the
same schema and indexes (district import). Runs on a private copy of the bench installation, so
the reused database stays as built.
"""

from __future__ import annotations

import shutil
import sqlite3
import time
from pathlib import Path

from sqlalchemy import select

from desktop.bench.result import Line, line
from desktop.db.open import open_database
from desktop.models import Client
from desktop.paths import AppPaths
from desktop.services.context import ServiceContext
from desktop.services.demo_setup import DEMO_PASSWORD
from desktop.services.keys import export_enrollment, keys_info, trust_peer, unlock_keys
from desktop.services.setup import initialise
from desktop.services.sync_codec import codecs
from desktop.services.sync_export import export_bundle
from desktop.services.sync_import import import_bundle

DISTRICT = "BENCH-DIST"
DISTRICT_PASSPHRASE = "district-bench-1"
CHANGES = 1000


def raw_select(database: Path, ids: list[str] | None = None) -> tuple[int, float]:
    """Rows read and seconds for a raw SELECT of every synced row (or of `ids` among clients)."""
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    start, count = time.perf_counter(), 0
    for name, codec in codecs().items():
        if ids is None:
            cursor = connection.execute(codec.select_sql)
        elif name == "clients":
            marks = ", ".join("?" for _ in ids)
            cursor = connection.execute(f"{codec.select_sql} WHERE id IN ({marks})", ids)
        else:
            continue
        while rows := cursor.fetchmany(5000):
            count += len(rows)
    seconds = time.perf_counter() - start
    connection.close()
    return count, seconds


def raw_insert(source: Path, target_dir: Path) -> tuple[int, float]:
    """Rows written and seconds for raw executemany of every synced row into an empty database."""
    paths = AppPaths(target_dir).ensure()
    open_database(paths).dispose()  # an empty database with the same schema and indexes
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(paths.database, isolation_level=None)
    dst.execute("PRAGMA cache_size = -262144")
    start, count = time.perf_counter(), 0
    dst.execute("BEGIN")
    for codec in codecs().values():
        cursor = src.execute(codec.select_sql)
        while rows := cursor.fetchmany(5000):
            dst.executemany(codec.insert_sql, rows)
            count += len(rows)
    dst.execute("COMMIT")
    seconds = time.perf_counter() - start
    src.close()
    dst.close()
    return count, seconds


def _district(work: Path) -> AppPaths:
    paths = AppPaths(work / "district")
    initialise(
        paths,
        station_code=DISTRICT,
        station_name="区精神卫生中心（基准测试）",
        district="徐汇区",
        mode="district",
        admin_username="admin",
        admin_password=DISTRICT_PASSPHRASE,
    )
    return paths


def _change_clients(station: ServiceContext, count: int) -> list[str]:
    """Edit `count` clients the way the unit of work records any edit (versions, change log)."""
    with station.db.write() as session:
        clients = list(session.scalars(select(Client).where(Client.deleted.is_(False)).limit(count)))
        for client in clients:
            client.address_detail = (client.address_detail or "") + "（已核对）"
        return [client.id for client in clients]


def sync_lines(station_paths: AppPaths, work: Path) -> list[Line]:
    """Full export, incremental export of 1,000 changes, district import; `station_paths` is modified."""
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    district_paths = _district(work)
    station = ServiceContext(open_database(station_paths), station_paths)
    district = ServiceContext(open_database(district_paths), district_paths)
    try:
        export_enrollment(station, work / "station.enrollment")
        export_enrollment(district, work / "district.enrollment")
        trust_peer(district, work / "station.enrollment", keys_info(station).fingerprint, replace=True)
        trust_peer(station, work / "district.enrollment", keys_info(district).fingerprint, replace=True)
        station_keys = unlock_keys(station, DEMO_PASSWORD)
        district_keys = unlock_keys(district, DISTRICT_PASSPHRASE)

        rows, select_s = raw_select(station_paths.database)
        start = time.perf_counter()
        full = export_bundle(station, DISTRICT, work / "full.sdbundle", keys=station_keys, full=True)
        export_s = time.perf_counter() - start

        _, insert_s = raw_insert(station_paths.database, work / "raw")
        start = time.perf_counter()
        imported = import_bundle(district, work / "full.sdbundle", keys=district_keys, backup=True)
        import_s = time.perf_counter() - start

        changed = _change_clients(station, min(CHANGES, rows))
        _, changed_select_s = raw_select(station_paths.database, changed)
        start = time.perf_counter()
        incremental = export_bundle(station, DISTRICT, work / "incremental.sdbundle", keys=station_keys)
        incremental_s = time.perf_counter() - start
    finally:
        station.db.dispose()
        district.db.dispose()
    shutil.rmtree(work / "raw", ignore_errors=True)
    records = imported.created + imported.updated + imported.unchanged + imported.quarantined
    return [
        line(
            f"full export ({full.records} records)",
            export_s,
            "s",
            60,
            select_s,
            note=f"baseline: raw SELECT of {rows} rows",
        ),
        line(
            f"incremental export ({incremental.records} changes)",
            incremental_s,
            "s",
            1,
            changed_select_s,
            note=f"baseline: raw SELECT of the {len(changed)} changed rows",
        ),
        line(
            f"district import ({records} records)",
            records / import_s,
            "rec/s",
            20_000,
            rows / insert_s,
            direction="min",
            note="baseline: raw executemany of the same rows into an empty database, same schema",
        ),
    ]
