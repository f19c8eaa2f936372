"""Crash safety: the importing process is killed with SIGKILL at random moments; the database stays
intact (`PRAGMA integrity_check`), holds either none or all of the bundle, and a re-import then
completes once, with no duplicates.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.services.demo.generate import generate_demo
from tests import keyed
from tests.conftest import sign_in_cli
from tests.unit.exchange.conftest import PASSWORD, Node

ROOT = Path(__file__).resolve().parents[3]


def _counts(path: Path) -> tuple[int, int, int]:
    with keyed.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        clients = connection.execute("SELECT count(*) FROM clients").fetchone()[0]
        visits = connection.execute("SELECT count(*) FROM visits").fetchone()[0]
        received = connection.execute("SELECT count(*) FROM sync_received_bundles").fetchone()[0]
    return clients, visits, received


def _import(node: Node, bundle: Path, secret: Path, *, capture: bool = False) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "desktop", "--data-dir", str(node.paths.data_dir), "import", str(bundle)]
    command += ["--key-password-file", str(secret), "--json"]
    sink = subprocess.PIPE if capture else subprocess.DEVNULL
    return subprocess.Popen(command, cwd=ROOT, stdout=sink, stderr=sink, env={**os.environ, "PYTHONPATH": str(ROOT)})


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_sigkill_during_import_leaves_an_intact_database_and_reimport_completes(
    network: dict[str, Node], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sign_in_cli(monkeypatch, tmp_path, "admin", PASSWORD)  # the imports below run as the district's admin
    a, d = network["A"], network["D"]
    generate_demo(a.ctx, clients=800, visits_per_client=4, volunteers=5, seed=3)
    bundle = a.export_to(d, full=True)
    expected = _counts(a.paths.database)[:2]
    d.close()  # the subprocesses own the database now
    secret = tmp_path / "secret"
    secret.write_text(PASSWORD, encoding="utf-8")
    # How long a whole import takes here (process start included), on a copy of the district.
    rehearsal = tmp_path / "rehearsal"
    shutil.copytree(d.paths.data_dir, rehearsal)
    started = time.monotonic()
    trial = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "--data-dir",
            str(rehearsal),
            "import",
            str(bundle),
            "--key-password-file",
            str(secret),
        ],
        cwd=ROOT,
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=True,
    )
    assert trial.returncode == 0
    duration = time.monotonic() - started
    pristine = tmp_path / "pristine"
    shutil.copytree(d.paths.data_dir, pristine)
    rng = random.Random(6)
    kills = attempts = 0
    while kills < 3 and attempts < 15:
        attempts += 1
        process = _import(d, bundle, secret)
        time.sleep(rng.uniform(0.05, 0.9) * duration)  # anywhere from start-up to just before the commit
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            kills += 1
        process.wait()
        clients, visits, received = _counts(d.paths.database)
        assert (clients, visits, received) in ((0, 0, 0), (*expected, 1)), "an import is all or nothing"
        if received:  # it finished before the kill: start again from the untouched district, sooner
            shutil.rmtree(d.paths.data_dir)
            shutil.copytree(pristine, d.paths.data_dir)
            duration *= 0.7
    process = _import(d, bundle, secret, capture=True)
    out, err = process.communicate(timeout=300)
    assert process.returncode == 0, (out.decode(), err.decode())
    assert _counts(d.paths.database) == (*expected, 1)
    with keyed.connect(d.paths.database) as connection:
        assert (
            connection.execute(
                "SELECT count(*) FROM (SELECT id FROM visits GROUP BY id HAVING count(*) > 1)"
            ).fetchone()[0]
            == 0
        )
        assert connection.execute("SELECT count(*) FROM client_search_keys").fetchone()[0] > 0
    assert kills >= 3
