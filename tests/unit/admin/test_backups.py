"""Backups: daily with rotation, before imports, verified restore giving identical data, start-up check."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.db import backup as files
from desktop.db import cipher
from desktop.errors import StorageError
from desktop.paths import RECOVERY_SPARE_FILE, AppPaths
from desktop.services.admin.backups import backup_before, restore_backup, startup_backup, startup_check
from desktop.services.casework.clients import ClientInput, create_client, list_clients
from desktop.services.context import ServiceContext
from tests import keyed
from tests.unit.kernel.helpers import as_user, table_hashes

ROOT = Path(__file__).resolve().parents[3]
# The command-line runs below sign in as the installation's first administrator.
pytestmark = pytest.mark.usefixtures("cli_admin")


def _cli(paths: AppPaths, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(paths.data_dir), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_daily_backup_once_a_day_with_rotation(installation: AppPaths) -> None:
    start = datetime(2026, 3, 2, 4, 0, tzinfo=UTC)  # a Monday
    assert startup_backup(installation, start) is not None
    assert startup_backup(installation, start + timedelta(hours=1)) is None  # same day: nothing new
    for day in range(1, 40):
        startup_backup(installation, start + timedelta(days=day))
    kinds = [b.kind for b in files.list_backups(installation.backups)]
    assert kinds.count("daily") == 7 and kinds.count("weekly") == 4
    newest = files.list_backups(installation.backups)[0]
    assert newest.created_at == start + timedelta(days=39)
    assert files.integrity_check(newest.path)


def test_rotation_never_removes_the_newest_backup_that_passed(installation: AppPaths) -> None:
    start = datetime(2026, 3, 2, 4, 0, tzinfo=UTC)
    good = startup_backup(installation, start)
    assert good is not None and files.list_backups(installation.backups)[-1].passed
    # Weeks of daily backups with no pass record (as an older version made them): plain copies.
    for day in range(1, 40):
        files.backup_database(
            installation.database, files.unique_path(installation.backups, "daily", start + timedelta(days=day))
        )
        files.rotate(installation.backups)
    kept = [b for b in files.list_backups(installation.backups) if b.passed]
    # The first start wrote a daily and a weekly copy that passed; the newest of them stays.
    assert len(kept) == 1 and kept[0].created_at == start and files.check_record(kept[0].path).exists()
    assert sum(1 for b in files.list_backups(installation.backups) if b.kind == "daily") == 7


def test_backup_before_an_import_is_rotated_and_audited(ctx: ServiceContext) -> None:
    made = [backup_before(ctx, "import") for _ in range(12)]
    assert all("pre-import" in path.name for path in made)
    assert sum(1 for b in files.list_backups(ctx.paths.backups) if b.kind == "pre-import") == 10


def test_restore_gives_identical_data(ctx: ServiceContext, tmp_path: Path) -> None:
    for name in ("张三丰", "李四", "王五"):
        create_client(ctx, ClientInput(name=name, phone="13812345678"))
    out = tmp_path / "saved.sqlite3"
    result = _cli(ctx.paths, "backup", "--out", str(out))
    assert result.returncode == 0, result.stderr
    before = table_hashes(ctx.paths.database)
    backup_itself = table_hashes(out)
    create_client(ctx, ClientInput(name="赵六"))  # a change after the backup, to be undone
    assert table_hashes(ctx.paths.database) != before
    lead = as_user(ctx, "lead")
    restored = restore_backup(lead, out)
    assert restored.saved_current.exists()
    after = table_hashes(ctx.paths.database)
    # The restore itself is audited in the restored database; everything else is byte-for-byte the backup.
    assert {k: v for k, v in after.items() if k not in ("audit_events", "settings")} == {
        k: v for k, v in before.items() if k not in ("audit_events", "settings")
    }
    assert table_hashes(out) == backup_itself  # restoring did not change the backup file
    assert {c.name for c in list_clients(ctx)} == {"张三丰", "李四", "王五"}
    assert _cli(ctx.paths, "audit", "verify").returncode == 0


def test_restore_by_cli_needs_yes_and_refuses_a_bad_file(installation: AppPaths, tmp_path: Path) -> None:
    # A command's sign-in writes its audit row, last log-in and chain anchor: compare the rest.
    signed_in = ("audit_events", "users", "settings")
    before = {k: v for k, v in table_hashes(installation.database).items() if k not in signed_in}
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all")
    other = tmp_path / "other.sqlite3"
    keyed.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    assert _cli(installation, "restore", str(junk)).returncode == 2
    for bad in (junk, other, tmp_path / "missing.sqlite3"):
        result = _cli(installation, "restore", str(bad), "--yes")
        assert result.returncode == 1 and "备份" in result.stderr
    assert {k: v for k, v in table_hashes(installation.database).items() if k not in signed_in} == before
    assert not any(b.kind == "pre-restore" for b in files.list_backups(installation.backups))


def test_restore_of_a_corrupt_backup_is_refused(installation: AppPaths, tmp_path: Path) -> None:
    copy = tmp_path / "corrupt.sqlite3"
    files.backup_database(installation.database, copy)
    data = bytearray(copy.read_bytes())
    size = cipher.PAGE_SIZE
    for page in range(1, len(data) // size):  # scribble over every b-tree page header but the first
        data[page * size : page * size + 8] = b"\xff" * 8
    copy.write_bytes(bytes(data))
    with pytest.raises(StorageError) as raised:
        files.backup_revision(copy, {"0001_initial"}, cipher.key_for(installation.database))
    assert raised.value.code in ("backup.corrupt", "backup.not_stationdesk")


def test_startup_check_offers_the_latest_good_backup(installation: AppPaths) -> None:
    assert startup_check(installation).ok
    startup_backup(installation)
    good = files.list_backups(installation.backups)[0]
    bad_backup = installation.backups / files.timestamped_name("daily", datetime.now(UTC) + timedelta(days=1))
    bad_backup.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    data = bytearray(installation.database.read_bytes())
    data[cipher.PAGE_SIZE * 3 : cipher.PAGE_SIZE * 5] = b"\x13" * (2 * cipher.PAGE_SIZE)
    installation.database.write_bytes(bytes(data))
    check = startup_check(installation)
    assert not check.ok and check.latest_good is not None and check.latest_good.path == good.path


def test_backup_names_hold_no_personal_data(ctx: ServiceContext) -> None:
    create_client(ctx, ClientInput(name="张三丰"))
    backup_before(ctx, "import")
    with pytest.raises(ValueError):
        backup_before(ctx, "导入张三丰")  # a kind is a fixed ASCII word, never free text
    names = [p.name.removesuffix(files.CHECK_SUFFIX) for p in ctx.paths.backups.iterdir()]
    names.remove(RECOVERY_SPARE_FILE)  # the recovery wrap's spare, a fixed name (desktop/db/keyring.py)
    assert names and all(files.NAME.match(name) for name in names)


def test_looking_at_a_backup_leaves_no_files_beside_it(installation: AppPaths) -> None:
    """A backup is a single file: checking it, or signing in against it before a restore, must not
    leave -wal/-shm companions in the backups folder (the copy once kept its source's WAL mode)."""
    made = startup_backup(installation, datetime(2026, 3, 2, 4, 0, tzinfo=UTC))
    assert made is not None
    assert files.integrity_check(made)
    with keyed.connect(made) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert connection.execute("SELECT count(*) FROM users").fetchone()[0] > 0
    companions = sorted(p.name for p in installation.backups.iterdir() if p.name.endswith(("-wal", "-shm")))
    assert companions == []
