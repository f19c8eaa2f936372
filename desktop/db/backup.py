"""Consistent copies of the database with SQLite's online backup API, checks, rotation and restore.

An encrypted station's backups are encrypted with the same key (desktop/db/cipher.py): written by
the backup API between two connections keyed alike, checked and restored through keyed connections.
A backup has its database's page size; a restore writes 16 KiB pages whatever the backup's.
Backups are written through a temporary file and renamed, so a failure leaves nothing half-written.
Names carry the kind and the UTC time only — never personal data. A backup is made only from a
database that passes the full check (`desktop.db.health`); a sidecar `<backup>.check.json` records
that it passed, and rotation never removes the newest backup that passed. `restore_file` checks the
candidate (a SQLite file that passes `integrity_check` and carries a StationDesk schema revision)
before it touches anything, and replaces the live file atomically (checkpointed WAL removed first,
then one rename), so a crash leaves either the old or the new database, never a mixture.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.db import cipher, health
from desktop.domain.clock import to_station
from desktop.errors import StorageError
from desktop.i18n import mark

NAME = re.compile(r"^stationdesk-(?P<kind>[a-z0-9-]+?)-(?P<stamp>\d{8}-\d{6})(?:-\d+)?\.sqlite3$")
KEEP = {"daily": 7, "weekly": 4}
KEEP_OTHER = 10
CHECK_SUFFIX = ".check.json"
_DAMAGED = mark("errors", "数据库未通过完整性检查（{problem}），不做备份，以免损坏的文件替换完好的备份。")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    kind: str
    created_at: datetime  # aware, UTC
    size: int
    # True: made from a database that passed the full check; None: no record (an older backup).
    passed: bool | None = None


def backup_database(source: Path, destination: Path) -> Path:
    """Copy `source` to `destination` through a temporary file, so a failure leaves nothing half-written."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    temporary = destination.with_name(destination.name + ".part")
    temporary.unlink(missing_ok=True)  # left over by a process killed mid-copy: never copy into it
    key = cipher.key_for(source)
    if key is not None:
        # SQLCipher's backup API between two connections under the same key (re-encrypts each page;
        # measured a little faster than sqlcipher_export, and it copies pages still in the WAL too).
        # The API copies pages as they are: the copy has the source's page size (4 KiB for a
        # database from before 16 KiB pages that has not been converted yet).
        page_size = cipher.page_size_of(source, key)
        src = cipher.connect(source, key, page_size=page_size)
        dst = cipher.connect(temporary, key, page_size=page_size)
        try:
            src.backup(dst)
            _without_wal(dst)
        finally:
            dst.close()
            src.close()
        private(temporary)
        os.replace(temporary, destination)
        return destination
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(temporary)
        try:
            src.backup(dst)
            _without_wal(dst)
        finally:
            dst.close()
    finally:
        src.close()
    os.replace(temporary, destination)
    return destination


def _without_wal(copy: Any) -> None:
    """A backup in rollback-journal mode: the copy took the WAL mode of its source, and every later
    look at it (a check, the restore's sign-in) then left -wal and -shm files beside it."""
    copy.execute("PRAGMA journal_mode = DELETE").fetchone()


def check_record(backup: Path) -> Path:
    return backup.with_name(backup.name + CHECK_SUFFIX)


def checked_backup(source: Path, destination: Path) -> Path:
    """Full-check `source`, then back it up and record that the copy passed; refuses a damaged file."""
    result = health.checked(source)
    if not result.ok:
        raise StorageError("backup.source_damaged", _DAMAGED, problem=result.problem)
    made = backup_database(source, destination)
    record = check_record(made)
    record.write_text(json.dumps({"passed": True, "at": datetime.now(UTC).isoformat()}), encoding="utf-8")
    private(record)
    return made


def _passed(backup: Path) -> bool | None:
    try:
        value = json.loads(check_record(backup).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return bool(value.get("passed")) if isinstance(value, dict) else None


def private(path: Path) -> None:
    """Owner-only (0600) where the OS has modes: a backup is the whole register."""
    if os.name == "posix":
        path.chmod(0o600)


def timestamped_name(kind: str, now: datetime | None = None) -> str:
    """File name for a backup: kind and UTC time, no personal data."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    return f"stationdesk-{kind}-{stamp}.sqlite3"


def unique_path(folder: Path, kind: str, now: datetime | None = None) -> Path:
    path = folder / timestamped_name(kind, now)
    n = 1
    while path.exists():
        path = folder / timestamped_name(kind, now).replace(".sqlite3", f"-{n}.sqlite3")
        n += 1
    return path


def list_backups(folder: Path) -> list[BackupFile]:
    """Backups in `folder`, newest first."""
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            match = NAME.match(path.name)
            if match and path.is_file():
                created = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
                found.append(BackupFile(path, match["kind"], created, path.stat().st_size, _passed(path)))
    return sorted(found, key=lambda b: (b.created_at, b.path.name), reverse=True)


def _family(kind: str) -> str:
    # "pre-migrate-0001_initial" and "pre-migrate-none" rotate together.
    for prefix in ("pre-migrate", "pre-import", "pre-restore"):
        if kind.startswith(prefix):
            return prefix
    return kind


def rotate(folder: Path) -> list[Path]:
    """Keep 7 daily and 4 weekly backups, and the newest 10 of every other kind; returns the removed.

    The newest backup that passed the full check is never removed, however old it is.
    """
    backups = list_backups(folder)
    newest_good = next((b.path for b in backups if b.passed), None)
    seen: dict[str, int] = {}
    removed = []
    for backup in backups:
        family = _family(backup.kind)
        seen[family] = seen.get(family, 0) + 1
        if seen[family] > KEEP.get(family, KEEP_OTHER) and backup.path != newest_good:
            backup.path.unlink(missing_ok=True)
            check_record(backup.path).unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def daily_backup(database: Path, folder: Path, now: datetime | None = None) -> Path | None:
    """Today's backup (the station's date) unless there is one; a weekly copy once per ISO week. Rotates."""
    now = now or datetime.now(UTC)
    today = to_station(now).date()
    existing = list_backups(folder)
    if not database.exists() or any(b.kind == "daily" and to_station(b.created_at).date() == today for b in existing):
        return None
    made = checked_backup(database, unique_path(folder, "daily", now))
    week = today.isocalendar()[:2]
    if not any(b.kind == "weekly" and to_station(b.created_at).date().isocalendar()[:2] == week for b in existing):
        weekly = unique_path(folder, "weekly", now)
        shutil.copyfile(made, weekly)
        shutil.copyfile(check_record(made), check_record(weekly))
        private(check_record(weekly))
        private(weekly)
    rotate(folder)
    return made


def quick_check(path: Path) -> bool:
    """`PRAGMA quick_check` at start-up: True when the file is sound (or does not exist yet)."""
    return _check(path, "quick_check") if path.exists() else True


def integrity_check(path: Path) -> bool:
    return _check(path, "integrity_check")


def _check(path: Path, pragma: str, key: bytes | None = None, *, expect: object = "ok") -> bool:
    """`PRAGMA pragma` answers `expect` (None: anything, as long as the file reads)."""
    try:
        connection = cipher.connect(path, key, read_only=True)
    except cipher.errors():
        return False
    try:
        rows = connection.execute(f"PRAGMA {pragma}").fetchall()
        return expect is None or rows == [(expect,)]
    except cipher.errors():
        return False
    finally:
        connection.close()


def backup_revision(path: Path, known: Collection[str], key: bytes | None = None) -> str:
    """The schema revision of a candidate backup, after checking it is a sound StationDesk database.

    `key`: the station's key, for a backup kept outside the data folder (one inside it is found)."""
    if not path.is_file():
        raise StorageError("backup.missing", "找不到备份文件。")
    key = None if cipher.is_plain(path) else key or cipher.key_for(path)
    if (key is None and not cipher.is_plain(path)) or not _check(path, "schema_version", key, expect=None):
        raise StorageError("backup.not_sqlite", "该文件不是社工站工作台的数据库备份。")
    if not _check(path, "integrity_check", key):
        raise StorageError("backup.corrupt", "备份文件已损坏（完整性检查未通过），不能用于恢复。")
    connection = cipher.connect(path, key, read_only=True)
    try:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        station = connection.execute("SELECT value FROM settings WHERE key = 'station_code'").fetchone()
    except cipher.errors():
        raise StorageError("backup.not_stationdesk", "该文件不是社工站工作台的数据库备份。") from None
    finally:
        connection.close()
    if not revision or not station:
        raise StorageError("backup.not_stationdesk", "该文件不是社工站工作台的数据库备份。")
    if revision[0] not in known:
        raise StorageError(
            "backup.unknown_schema", "备份的数据库版本（{found}）不是本程序认识的版本，不能恢复。", found=revision[0]
        )
    return str(revision[0])


def _sidecars(database: Path) -> list[Path]:
    return [database.with_name(database.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def save_current(database: Path, destination: Path) -> Path:
    """Back up the live database before it is replaced; a file SQLite cannot read is copied raw."""
    try:
        return backup_database(database, destination)
    except cipher.errors():
        if cipher.key_for(database) is not None:
            # Encrypted pages copied as they are stay under the same key: a listed backup, not "-raw".
            for source in (database, *_sidecars(database)):
                if source.exists():
                    shutil.copyfile(source, destination.with_name(destination.name + source.name[len(database.name) :]))
            private(destination)
            return destination
        raw = destination.with_name(destination.name.replace(".sqlite3", "-raw.sqlite3"))
        shutil.copyfile(database, raw)
        for sidecar in _sidecars(database):
            if sidecar.exists():
                shutil.copyfile(sidecar, raw.with_name(raw.name + sidecar.name[len(database.name) :]))
        return raw


def restore_file(source: Path, database: Path, key: bytes | None = None) -> None:
    """Replace `database` by a copy of `source` atomically. No connection to `database` may be open.

    `key`: the station's key for a `source` outside the data folder; the copy is keyed like the database."""
    temporary = database.with_name(database.name + ".restore-part")
    key = key or cipher.key_for(database)
    if key is not None:
        temporary.unlink(missing_ok=True)
        # A plain source (a backup from before the upgrade) is encrypted on the way in.
        plain = cipher.is_plain(source)
        connection = cipher.open_plain_for_export(source) if plain else cipher.connect(source, key, read_only=True)
        try:
            cipher.export(connection, temporary, key)
        finally:
            connection.close()
    else:
        backup_database(source, temporary)
    try:
        connection = cipher.connect(database)
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            connection.close()
    except cipher.errors():
        pass  # a damaged file: its copy was saved raw, the sidecars go with it
    for sidecar in _sidecars(database):
        sidecar.unlink(missing_ok=True)
    private(temporary)  # SQLite created it with the default mode; the register is owner-only
    os.replace(temporary, database)
