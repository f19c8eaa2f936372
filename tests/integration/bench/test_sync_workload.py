"""The reusable sync benchmark functions run end to end on a tiny station and report sane figures."""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop.bench.sync_workload import bench_full_round_trip, bench_incremental_export, setup_pair
from desktop.models import Client
from tests.conftest import share_key
from tests.unit.exchange.conftest import PASSWORD


def test_round_trip_and_incremental_export_figures(network_template: Path, tmp_path: Path) -> None:
    station = tmp_path / "station"
    shutil.copytree(network_template / "A", station)
    share_key(network_template / "A", station)
    pair = setup_pair(station, tmp_path / "work", PASSWORD)
    try:
        with pair.station.db.write() as session:
            session.add_all(Client(station_code="XH-A", name=f"赵{i}") for i in range(5))
        full = bench_full_round_trip(pair)
        assert full["records"] == full["export"]["records"] == 6  # 5 clients and the station row
        assert full["import"]["created"] == 6 and full["import"]["quarantined"] == 0
        assert full["import_vs_raw_insert_cpu"] > 0
        incremental = bench_incremental_export(pair, changes=3)
        assert incremental["changes"] == 3
        assert incremental["incremental_export"]["records"] == 3  # only the edited clients travel
    finally:
        pair.close()
