"""`stationdesk bench` at a tiny size: every docs/architecture.md §8 line is there, with numbers (no timings asserted)."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.bench.database import MARKER, SIZES, ensure_database
from desktop.errors import AppError

ROOT = Path(__file__).resolve().parents[3]
KEYS = {"name", "value", "unit", "budget", "baseline", "ratio", "pass"}
# A fragment of each line's name, one per budget of docs/architecture.md §8 (and one per list page).
EXPECTED = (
    "cold start to main window, sign-in ready",
    "cold start to signed-in main window",
    "service call p95",
    "keystroke → painted",
    "open list: clients",
    "open list: visits",
    "open list: dashboard",
    "open list: volunteers",
    "open list: hours",
    "open list: client history",
    "memory: peak RSS",
    "visit form (1)",
    "visit forms batch",
    "full export",
    "incremental export",
    "district import",
    "import peak memory",
)
DATABASE_LINES = ("service call p95", "keystroke → painted", "open list: clients", "full export", "district import")
Run = tuple[subprocess.CompletedProcess[str], Path, Path]


@pytest.fixture(scope="module")
def bench_run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    folder = tmp_path_factory.mktemp("bench")
    out, db_dir = folder / "bench.json", folder / "db"
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "bench", "--size", "tiny", "--db-dir", str(db_dir), "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return result, out, db_dir


def test_every_budget_line_is_reported_with_numbers(bench_run: Run) -> None:
    result, out, _ = bench_run
    assert result.returncode in (0, 1), result.stderr  # 1: some budget missed, still a complete report
    assert "FAILED (" not in result.stdout, result.stderr[-4000:]
    lines = json.loads(out.read_text(encoding="utf-8"))
    for item in lines:
        assert set(item) >= KEYS, item
        for key in ("value", "budget", "baseline", "ratio"):
            assert isinstance(item[key], int | float) and not math.isnan(item[key]), item
        assert isinstance(item["pass"], bool)
        assert item["baseline"] > 0, item
    names = [item["name"] for item in lines]
    for fragment in EXPECTED:
        assert sum(fragment in name for name in names) == 1, (fragment, names)
    assert (result.returncode == 0) == all(item["pass"] for item in lines)
    # The database lines again on an unencrypted twin, in the same run: each has its ratio to that.
    for item in lines:
        if any(part in item["name"] for part in DATABASE_LINES):
            assert item["plain"] > 0 and item["vs_plain"] > 0, item
    assert sum("vs_plain" in item for item in lines) >= len(DATABASE_LINES) + 5  # + every other list
    # The table on stdout: one row per line, then the summary.
    assert f"/{len(lines)} lines within budget" in result.stdout


def test_the_database_is_reused_and_a_foreign_folder_refused(bench_run: Run, tmp_path: Path) -> None:
    _, _, db_dir = bench_run
    before = (db_dir / "stationdesk.sqlite3").stat().st_mtime_ns
    ensure_database(db_dir, SIZES["tiny"])
    assert (db_dir / "stationdesk.sqlite3").stat().st_mtime_ns == before  # reused, not rebuilt
    foreign = tmp_path / "real-data"
    foreign.mkdir()
    (foreign / "stationdesk.sqlite3").write_bytes(b"precious")
    with pytest.raises(AppError):
        ensure_database(foreign, SIZES["tiny"])
    assert not (foreign / MARKER).exists()
    assert (foreign / "stationdesk.sqlite3").read_bytes() == b"precious"


def test_tiny_and_the_login_hook_stay_out_of_help() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "bench", "--help"], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert "{small,full}" in result.stdout and "tiny" not in result.stdout
    top = subprocess.run(
        [sys.executable, "-m", "desktop", "--help"], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert "BENCH_LOGIN" not in top.stdout and "bench-login" not in top.stdout
