"""The data-exchange commands as a script runs them: keys show/export/trust, export, import --json."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from tests.integration import test_cli
from tests.unit.exchange.conftest import PASSWORD


def run(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    return test_cli.run(*args, data_dir=data_dir, password=PASSWORD)


def test_keys_export_import_round_trip_by_command_line(network_template: Path, tmp_path: Path) -> None:
    for name in ("A", "D"):
        shutil.copytree(network_template / name, tmp_path / name)
    station, district = tmp_path / "A", tmp_path / "D"
    secret = tmp_path / "pw"
    secret.write_text(PASSWORD + "\n", encoding="utf-8")
    shown = run("keys", "show", "--json", data_dir=station)
    assert shown.returncode == 0, shown.stderr
    keys = json.loads(shown.stdout)
    assert keys["station_code"] == "XH-A" and keys["mode"] == "station" and len(keys["fingerprint"]) == 29
    enrollment = tmp_path / "a.sdenroll"
    assert run("keys", "export", "--out", str(enrollment), data_dir=station).returncode == 0
    mismatch = run("keys", "trust", str(enrollment), "--fingerprint", "1" * 24, "--json", data_dir=district)
    assert mismatch.returncode == 1 and json.loads(mismatch.stdout)["error_code"] == "keys.fingerprint_mismatch"

    bundle = tmp_path / "b.sdbundle"
    exported = run(
        "export",
        "--to",
        "XH-DIST",
        "--out",
        str(bundle),
        "--key-password-file",
        str(secret),
        "--json",
        data_dir=station,
    )
    assert exported.returncode == 0, exported.stderr
    assert json.loads(exported.stdout)["sequence"] == 1 and bundle.exists()
    command = [
        "import",
        str(bundle),
        "--key-password-file",
        str(secret),
        "--json",
        "--receipt-out",
        str(tmp_path / "r.sdbundle"),
    ]
    imported = run(*command, data_dir=district)
    assert imported.returncode == 0, imported.stderr
    report = json.loads(imported.stdout)
    assert {"created", "updated", "unchanged", "conflicts", "quarantined"} <= report.keys()
    assert report["created"] == 1 and report["quarantined"] == 0 and (tmp_path / "r.sdbundle").exists()
    again = json.loads(run(*command, data_dir=district).stdout)
    assert again["duplicate"] is True and again["created"] == 0
    receipt = run(
        "import", str(tmp_path / "r.sdbundle"), "--key-password-file", str(secret), "--json", data_dir=station
    )
    assert json.loads(receipt.stdout)["kind"] == "receipt"
    wrong = run("import", str(bundle), "--key-password-file", str(secret), "--json", data_dir=station)
    assert wrong.returncode == 1 and json.loads(wrong.stdout)["error_code"] == "bundle.unknown_sender"
