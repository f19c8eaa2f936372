"""Corruption caught early: damaged index pages of a demo database are refused by the start-up
check and by the command line, which name the newest good backup; no backup is made of them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.db import backup as files
from desktop.errors import StorageError
from desktop.paths import AppPaths
from desktop.services.admin.backups import maintenance
from desktop.services.admin.opening import OpenStation, open_station
from tests.integration.security.damage import damage_index_pages, demo_with_a_good_backup

ROOT = Path(__file__).resolve().parents[3]
# The command-line runs sign in as the station's lead (the damaged file is refused after the key is known).
pytestmark = pytest.mark.usefixtures("cli_admin")


def _cli(paths: AppPaths, *args: str, user: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)} | ({"STATIONDESK_USER": user} if user else {})
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(paths.data_dir), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_damaged_index_pages_are_refused_at_start_and_by_the_cli(installation: AppPaths) -> None:
    good = demo_with_a_good_backup(installation)
    assert files.list_backups(installation.backups)[0].passed
    copy = installation.database.with_name("copy.sqlite3")
    shutil.copyfile(installation.database, copy)
    assert damage_index_pages(copy) > 0
    assert files.quick_check(copy)  # the hard case: quick_check does not compare indexes with tables
    os.replace(copy, installation.database)

    # The window's start reads the header and schema only (the file is not as we left it) and owes
    # the full check to its background work, which refuses the file and names the good backup.
    opened = open_station(installation)
    assert isinstance(opened, OpenStation) and opened.full_check_owed
    opened.close()
    check = maintenance(installation, full_check_owed=True)
    assert check is not None and not check.ok, "the start-up check passed a damaged database"
    assert check.latest_good is not None and check.latest_good.path == good

    for command in (("info",), ("clients", "search", "张"), ("audit", "verify")):
        result = _cli(installation, *command)
        assert result.returncode != 0, command
        assert "数据库文件已损坏" in result.stderr and good.name in result.stderr, result.stderr
        assert "stationdesk restore" in result.stderr and "Traceback" not in result.stderr

    before = {b.path for b in files.list_backups(installation.backups)}
    result = _cli(installation, "backup")
    assert result.returncode != 0
    assert {b.path for b in files.list_backups(installation.backups)} == before  # nothing written

    # The restore the message names works although nobody can sign in inside the damaged file.
    damaged = installation.database.read_bytes()
    by_caseworker = _cli(installation, "restore", str(good), "--yes", "--json", user="cw1")
    assert by_caseworker.returncode == 1 and '"permission.denied"' in by_caseworker.stdout
    assert installation.database.read_bytes() == damaged
    restored = _cli(installation, "restore", str(good), "--yes")
    assert restored.returncode == 0, restored.stderr
    assert _cli(installation, "clients", "search", "张").returncode == 0


def test_the_damaged_file_is_never_backed_up(installation: AppPaths) -> None:
    from desktop.services.admin.backups import startup_backup

    demo_with_a_good_backup(installation)
    damage_index_pages(installation.database)
    before = sorted(installation.backups.iterdir())
    with pytest.raises(StorageError) as refused:
        startup_backup(installation)
    assert refused.value.code == "backup.source_damaged"
    assert sorted(installation.backups.iterdir()) == before
