"""`stationdesk --smoke-test` from source: passes on a fresh data dir, fails loudly otherwise.

The same mode runs against the frozen and the installed program in installer/build-and-test.sh
and CI; here it guards the mode itself (a step that silently stops checking would let a broken
frozen build through).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import smoke

ROOT = Path(__file__).resolve().parents[3]
STEPS = ("font", "resources", "demo data", "search", "calendar", "pdf", "qtpdf", "window", "bundle")


def _smoke(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--smoke-test", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.slow
def test_smoke_test_runs_every_step_and_keeps_a_given_data_dir(tmp_path: Path) -> None:
    data = tmp_path / "station"
    result = _smoke("--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    for step in STEPS:
        assert f" {step}: " in result.stdout, f"step {step} did not report"
    assert "smoke test ok" in result.stdout
    assert " bundle: exported " in result.stdout and " imported " in result.stdout  # station → district
    assert "decoded in a worker process" in result.stdout
    assert "About shows" in result.stdout  # the version is in the About box
    pdf = (data / "exports" / "smoke-visit.pdf").read_bytes()
    assert pdf.startswith(b"%PDF-") and b"/FontFile2" in pdf
    assert (data / "exports" / "smoke-window.png").stat().st_size > 10_000


@pytest.mark.slow
def test_smoke_test_fails_with_the_reason_on_stderr_and_never_touches_existing_data(tmp_path: Path) -> None:
    data = tmp_path / "station"
    assert _smoke("--data-dir", str(data)).returncode == 0
    before = (data / "stationdesk.sqlite3").read_bytes()
    result = _smoke("--data-dir", str(data))  # not empty any more: the demo step must refuse
    assert result.returncode == 1
    assert "smoke test FAILED at step demo data" in result.stderr
    assert "smoke test ok" not in result.stdout
    assert (data / "stationdesk.sqlite3").read_bytes() == before


def test_a_failing_step_becomes_a_smoke_failure_naming_it() -> None:
    lines: list[str] = []

    def broken() -> str:
        raise OSError("disk gone")

    with pytest.raises(smoke.SmokeFailure, match=r"^pdf: OSError: disk gone$"):
        smoke.run_step("pdf", broken, lines.append)
    assert lines == []
    assert smoke.run_step("calendar", lambda: "fine", lines.append).detail == "fine"
    assert smoke.run_step("bundle", lambda: None, lines.append).skipped
    assert lines[-1].startswith("smoke: skip bundle")
