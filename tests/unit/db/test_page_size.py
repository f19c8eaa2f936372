"""16 KiB SQLCipher pages for new files; files with the old 4 KiB pages open, convert and restore."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.db import cipher, health, pages
from desktop.db.backup import backup_database, backup_revision, checked_backup, restore_file
from desktop.db.open import open_database
from desktop.db.schema import SCHEMA_HEAD
from desktop.paths import AppPaths
from desktop.services import station_key
from desktop.services.admin.backups import latest_good_backup, restore_paths
from desktop.services.admin.setup import station_info
from tests import keyed
from tests.conftest import STAFF_PASSWORD
from tests.unit.kernel.helpers import table_hashes

BACKUP = "stationdesk-daily-20260301-040000.sqlite3"


def _as_before(paths: AppPaths) -> None:
    """The station as the version before 16 KiB pages left it: the same rows, key and schema in a
    file keyed with `cipher_page_size = 4096` (SQLCipher's default, which that version kept)."""
    key = cipher.key_for(paths.database)
    assert key is not None
    old = paths.database.with_name("old.sqlite3")
    connection = cipher.connect(paths.database)
    try:
        connection.execute(f'ATTACH DATABASE ? AS old KEY "{cipher.pragma_value(key)}"', (str(old),))
        connection.execute("PRAGMA old.cipher_page_size = 4096")
        connection.execute("SELECT sqlcipher_export('old')")
        connection.execute("DETACH DATABASE old")
    finally:
        connection.close()
    for suffix in ("-wal", "-shm"):
        paths.database.with_name(paths.database.name + suffix).unlink(missing_ok=True)
    old.replace(paths.database)
    connection = cipher.connect(paths.database, page_size=4096)
    try:
        assert connection.execute("PRAGMA journal_mode = WAL").fetchone() == ("wal",)  # as the engine leaves it
    finally:
        connection.close()
    assert keyed.page_size(paths.database) == 4096


def test_a_new_station_and_its_backup_have_16_kib_pages(installation: AppPaths) -> None:
    assert keyed.page_size(installation.database) == cipher.PAGE_SIZE == 16384
    assert installation.database.stat().st_size % 16384 == 0
    backup = backup_database(installation.database, installation.backups / BACKUP)
    assert keyed.page_size(backup) == 16384 and backup.stat().st_size % 16384 == 0
    # The same rows with 4 KiB pages: this file is the 16 KiB one, not a 4 KiB file of a multiple size.
    assert cipher.page_size_of(installation.database, cipher.key_for(installation.database) or b"") == 16384


def test_a_station_with_4_kib_pages_opens_reads_identically_and_its_backup_restores(installation: AppPaths) -> None:
    before = table_hashes(installation.database)
    _as_before(installation)
    assert table_hashes(installation.database) == before
    db = open_database(installation)  # the SQLAlchemy engine, with the file's page size
    try:
        assert station_info(db).code == "XH-TEST"
    finally:
        db.dispose()
    backup = checked_backup(installation.database, installation.backups / BACKUP)
    assert keyed.page_size(backup) == 4096 and table_hashes(backup) == before  # copied page for page
    assert backup_revision(backup, {SCHEMA_HEAD}) == SCHEMA_HEAD
    restore_file(backup, installation.database)
    assert keyed.page_size(installation.database) == 16384  # a restore writes the new pages
    assert os.name != "posix" or installation.database.stat().st_mode & 0o777 == 0o600
    assert table_hashes(installation.database) == before


def test_the_first_sign_in_rewrites_4_kib_pages_and_backups_made_before_still_restore(installation: AppPaths) -> None:
    _as_before(installation)
    before = table_hashes(installation.database)
    old_backup = checked_backup(installation.database, installation.backups / BACKUP)
    cipher.forget(installation.data_dir)  # a new process: the key is known only after a sign-in
    station_key.unlock(installation.data_dir, "cw1", STAFF_PASSWORD)
    assert keyed.page_size(installation.database) == 16384
    assert table_hashes(installation.database) == before
    assert sorted(p.name for p in installation.data_dir.glob("stationdesk.sqlite3*")) == [
        "stationdesk.sqlite3",
        "stationdesk.sqlite3.health.json",
    ]
    assert os.name != "posix" or installation.database.stat().st_mode & 0o777 == 0o600
    assert health.trusted(installation.database)  # the copy's full check counts: none owed at the start
    assert not pages.upgrade(installation.database, cipher.key_for(installation.database) or b"")  # once only
    # The start-up's "newest good backup", and the restore the command line and the start-up run.
    good = latest_good_backup(installation)
    assert good is not None and good.path == old_backup and keyed.page_size(old_backup) == 4096
    restore_paths(installation, old_backup)
    assert keyed.page_size(installation.database) == 16384
    restored = table_hashes(installation.database)
    written = {"audit_events", "settings"}  # the restore's own audit event, and the audit chain's head
    assert {k: v for k, v in restored.items() if k not in written} == {
        k: v for k, v in before.items() if k not in written
    }


def test_a_rewrite_that_cannot_finish_leaves_the_old_file_as_it_was(
    installation: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _as_before(installation)
    before = table_hashes(installation.database)
    key = cipher.key_for(installation.database)
    assert key is not None
    # Open elsewhere (another process's engine): the file cannot be replaced under it.
    db = open_database(installation)
    try:
        assert station_info(db).code == "XH-TEST"
        assert not pages.upgrade(installation.database, key)
        assert station_info(db).code == "XH-TEST"
    finally:
        db.dispose()
    assert keyed.page_size(installation.database) == 4096 and table_hashes(installation.database) == before

    # A copy that does not read as the original (here: its check made to fail) is thrown away.
    def mismatch(temporary: Path, _key: bytes, _expected: dict[str, str]) -> None:
        assert temporary.exists()
        raise pages._Mismatch()

    monkeypatch.setattr(pages, "_check", mismatch)
    assert not pages.upgrade(installation.database, key)
    assert keyed.page_size(installation.database) == 4096 and table_hashes(installation.database) == before
    assert not installation.database.with_name("stationdesk.sqlite3.repaging").exists()
    monkeypatch.undo()

    # A process killed mid-copy leaves its part-written file: the next attempt starts afresh.
    installation.database.with_name("stationdesk.sqlite3.repaging").write_bytes(b"\x00" * 5000)
    assert pages.upgrade(installation.database, key)
    assert keyed.page_size(installation.database) == 16384 and table_hashes(installation.database) == before
    assert not installation.database.with_name("stationdesk.sqlite3.repaging").exists()


def test_a_missing_file_gets_16_kib_pages(tmp_path: Path) -> None:
    assert cipher.page_size_of(tmp_path / "none.sqlite3", cipher.new_key()) == 16384
