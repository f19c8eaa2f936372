"""GUI lines, measured in subprocesses so this process never loads Qt (docs/architecture.md §3).

Cold start: wall time from just before spawning `python -m desktop` to the line it prints when
the shown main window (its sign-in in the middle) has an idle event loop; the baseline is a bare
PySide6 QMainWindow measured the same way. Through the bench-only STATIONDESK_BENCH_LOGIN hook the
same process then signs in as a user who types instantly, and the time to the signed-in window
(pages up, loop idle) is a second line. One warm-up run each (not counted: it fills the OS file
cache), then the median of `runs`.
Lists, keystrokes and memory come from `desktop.ui.bench.probe`, baselines from the bare script.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import desktop
from desktop.bench.result import Line, line

ROOT = Path(desktop.__file__).resolve().parents[1]
BARE = Path(desktop.__file__).resolve().parent / "ui" / "bench" / "bare.py"
READY = "stationdesk-ready"  # desktop.app.BENCH_READY (not imported: that module loads Qt)
SIGNED_IN = "stationdesk-signed-in"  # desktop.app.BENCH_SIGNED_IN
START_TIMEOUT_S = 120
TIMEOUT_MS = 20_000.0  # what a list or keystroke that never painted counts as (desktop.ui.bench.probe.TIMEOUT_S)


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **extra)
    env.pop("STATIONDESK_DATA_DIR", None)
    return env


def _time_to_markers(command: list[str], markers: list[str], env: dict[str, str]) -> list[float]:
    """Seconds from spawning `command` to it printing each of `markers`, in order; then it is ended."""
    start = time.perf_counter()
    child = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    times: list[float] = []
    try:
        assert child.stdout is not None
        for text in child.stdout:
            if text.strip() == markers[len(times)]:
                times.append(time.perf_counter() - start)
                if len(times) == len(markers):
                    return times
            if time.perf_counter() - start > START_TIMEOUT_S:
                break
        raise RuntimeError(f"{command[1:3]} never reported {markers[len(times)]} (exit {child.poll()})")
    finally:
        child.terminate()
        try:
            child.wait(30)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


def start_lines(data_dir: Path, user: str, password_file: Path, runs: int) -> list[Line]:
    app = [sys.executable, "-m", "desktop", "--data-dir", str(data_dir)]
    bare = [sys.executable, "-P", str(BARE), "window"]
    app_env = _env(STATIONDESK_BENCH_LOGIN=f"{user}:{password_file}")
    shown, signed_in, baseline = [], [], []
    for run in range(runs + 1):  # run 0 is the warm-up
        b = _time_to_markers(bare, ["ready"], _env())[0]
        ready, pages = _time_to_markers(app, [READY, SIGNED_IN], app_env)
        if run:
            baseline.append(b)
            shown.append(ready)
            signed_in.append(pages)
    bare_start = statistics.median(baseline)
    return [
        line(
            f"cold start to main window, sign-in ready (median of {runs})",
            statistics.median(shown),
            "s",
            1.5,
            bare_start,
            max_ratio=2.0,
            note="budget: ≤ 1.5 s and ≤ 2× a bare PySide6 window",
        ),
        line(
            f"cold start to signed-in main window (median of {runs})",
            statistics.median(signed_in),
            "s",
            1.5,
            bare_start,
            note="password entered at once when the sign-in shows; includes opening the database and the "
            "argon2 password check (~0.1 s by design); budget ≤ 1.5 s",
        ),
    ]


def _json_output(command: list[str], timeout: float = 900) -> dict[str, object]:
    result = subprocess.run(command, cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        raise RuntimeError(f"{command[1:3]} exited {result.returncode}:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def probe_ours(data_dir: Path, user: str, password_file: Path, queries_file: Path) -> dict[str, object]:
    """The StationDesk probe's output on the installation in `data_dir` (an unencrypted twin too)."""
    return _json_output(
        [sys.executable, "-m", "desktop.ui.bench.probe", str(data_dir), user, str(password_file), str(queries_file)]
    )


def probe(
    data_dir: Path, user: str, password_file: Path, queries_file: Path
) -> tuple[dict[str, object], dict[str, object]]:
    """(StationDesk probe output, bare baseline output)."""
    ours = probe_ours(data_dir, user, password_file, queries_file)
    from desktop.bench.database import plain_twin
    from desktop.paths import AppPaths

    # The bare baseline reads a plain copy: its ratios include what the encryption costs.
    bare = _json_output(
        [sys.executable, "-P", str(BARE), "gui", str(plain_twin(AppPaths(data_dir))), str(queries_file)]
    )
    return ours, bare


# Which bare table stands for which page: the same kind of rows (due visits and hours are visit-
# and volunteer-shaped lists of 200 rows at most).
BARE_LIST = {
    "clients": "clients",
    "visits": "visits",
    "volunteers": "volunteers",
    "client history": "visits",
    "dashboard": "visits",
    "hours": "volunteers",
    "rota (this week)": "volunteers",
    "audit log": "visits",
}


def list_lines(ours: dict[str, object], bare: dict[str, object]) -> list[Line]:
    """First rows painted for every list; each against a bare table of raw SELECT rows."""
    lists: dict[str, float | None] = ours["lists"]  # type: ignore[assignment]
    bare_lists: dict[str, float] = bare["lists"]  # type: ignore[assignment]
    fallback = statistics.median(bare_lists.values())
    lines = []
    for name, value in lists.items():
        baseline = bare_lists.get(BARE_LIST.get(name, ""), fallback)
        lines.append(
            line(
                f"open list: {name} → first rows painted",
                value if value is not None else TIMEOUT_MS,
                "ms",
                100,
                baseline,
                note=("no rows within the probe's timeout; " if value is None else "")
                + "baseline: bare QTableView filled by a raw SELECT … LIMIT 200",
            )
        )
    return lines


def memory_line(ours: dict[str, object], bare: dict[str, object]) -> Line:
    return line(
        "memory: peak RSS after opening every list",
        float(ours["peak_rss_mb"]),  # type: ignore[arg-type]
        "MB",
        300,
        float(bare["peak_rss_mb"]),  # type: ignore[arg-type]
        note="baseline: peak RSS of the bare Qt + raw sqlite3 process doing the same",
    )
