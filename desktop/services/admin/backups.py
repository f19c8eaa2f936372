"""Backups and restore as the station uses them: daily at start-up, before imports, on demand, restore.

- `startup_backup(paths)`: the first start of a day writes a daily backup (and a weekly one once
  a week) into the data dir's backups folder, rotated 7 daily + 4 weekly.
- `backup_before(ctx, kind)`: called by an import (or any bulk change) before its unit of work.
- `create_backup` / `list_backups` / `restore_backup`: the CLI and the 设置 → 备份与恢复 page.
- `startup_check(paths)`: before the database is opened, the cheap check of `desktop.db.health`
  (the last full check's result and the file's fingerprint; a full check when the file changed
  behind our back — or, for the window's start, `defer_full`: owed to the background task); on
  failure it names the newest good backup, to be offered for restore.
  `refuse_if_damaged(paths)` is the same check for the command line: a coded error naming that
  backup and the command that restores it.
- `daily_check(paths)`: the full check once a day, in the background; `maintenance(paths)` is
  the window's background work (daily backup, an owed full check, the daily check).
Every backup is made only from a database that passes the full check (`files.checked_backup`).
Restore verifies the file first (changes nothing when it is not a sound StationDesk database),
backs up the current database, then replaces it atomically and migrates it to this version.
"""

from __future__ import annotations

import logging
import re
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.db import backup as files
from desktop.db import cipher, health
from desktop.db.keyring import keyring_path
from desktop.db.migrate import known_revisions
from desktop.db.open import open_database
from desktop.domain.clock import to_station
from desktop.errors import AuthenticationError, PermissionDenied, StorageError, ValidationError
from desktop.i18n import mark
from desktop.models import User
from desktop.paths import AppPaths
from desktop.services import audit
from desktop.services.context import SYSTEM_ACTOR, Actor, ServiceContext
from desktop.services.permissions import allowed, entry, helper

log = logging.getLogger("stationdesk.backup")
BackupFile = files.BackupFile
DAILY = timedelta(days=1)
_DAMAGED = mark(
    "errors",
    "数据库文件已损坏（完整性检查未通过），程序不会使用它。最近一份完好的备份：{file}（{when}）。"
    '恢复方法：关闭程序后运行 stationdesk restore "{file}" --yes，或在启动时选择用该备份恢复。',
)
_DAMAGED_NO_BACKUP = mark(
    "errors", "数据库文件已损坏（完整性检查未通过），程序不会使用它，且没有完好的备份。请联系技术支持。"
)


@dataclass(frozen=True)
class StartupCheck:
    ok: bool
    latest_good: BackupFile | None = None
    # The file reads but is not as we left it: its full check is still owed (the window's start).
    full_check_owed: bool = False


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    saved_current: Path
    revision: str


def _audit_backup(ctx: ServiceContext, kind: str, actor: Actor | None = None) -> None:
    with ctx.db.write() as session:
        audit.record(session, actor or ctx.actor, "backup", "database", "", result=kind)


def startup_backup(paths: AppPaths, now: datetime | None = None) -> Path | None:
    """Write today's backup unless there is one (called once at start-up, before log-in)."""
    return files.daily_backup(paths.database, paths.backups, now)


def latest_good_backup(paths: AppPaths) -> BackupFile | None:
    """The newest backup recorded as passed; else the newest that passes integrity_check now."""
    backups = files.list_backups(paths.backups)
    recorded = next((b for b in backups if b.passed), None)
    if recorded is not None:
        return recorded
    return next((b for b in backups if b.passed is None and files.integrity_check(b.path)), None)


def startup_check(paths: AppPaths, *, full: bool = False, defer_full: bool = False) -> StartupCheck:
    """The cheap check (`full=True`: the full check now); on failure, the newest good backup.

    `defer_full`: the window's start — an untrusted file that reads is opened and its full check
    owed to the background (`full_check_owed`) instead of run now."""
    owed = False
    if full and paths.database.exists():
        sound = health.checked(paths.database).ok
    elif defer_full:
        sound, owed = health.sound_at_start(paths.database)
    else:
        sound = health.sound(paths.database)
    if sound:
        return StartupCheck(True, full_check_owed=owed)
    return StartupCheck(False, latest_good_backup(paths))


def refuse_if_damaged(paths: AppPaths) -> None:
    """Raise a coded error naming the newest good backup and how to restore it, when the file is damaged."""
    check = startup_check(paths)
    if check.ok:
        return
    if check.latest_good is None:
        raise StorageError("storage.damaged", _DAMAGED_NO_BACKUP)
    when = to_station(check.latest_good.created_at).strftime("%Y-%m-%d %H:%M")
    raise StorageError("storage.damaged", _DAMAGED, file=str(check.latest_good.path), when=when)


def daily_check(paths: AppPaths, now: datetime | None = None) -> StartupCheck | None:
    """The full check when the last one is a day old or more (None: not due); records its result."""
    last = health.last_full_check(paths.database)
    if not paths.database.exists() or (last is not None and (now or datetime.now(UTC)) - last < DAILY):
        return None
    return startup_check(paths, full=True)


def maintenance(paths: AppPaths, *, full_check_owed: bool = False) -> StartupCheck | None:
    """The window's background work once the pages show; the failed check when the file is damaged.

    The daily backup first when one is due: it full-checks the database before copying it, so it
    also settles a full check this start owes. Then the owed full check, or the daily one when the
    last is a day old. A backup that fails for another reason (disk full…) is logged, not fatal."""
    try:
        made = startup_backup(paths)
    except StorageError as error:
        if error.code == "backup.source_damaged":
            return StartupCheck(False, latest_good_backup(paths))
        log.warning("daily backup failed: %s", error.code)
        made = None
    except (OSError, *cipher.errors()) as error:
        log.warning("daily backup failed: %s", type(error).__name__)
        made = None
    if made is not None:
        log.info("daily backup written: %s", made.name)
    elif full_check_owed:
        return startup_check(paths, full=True)
    return daily_check(paths)


@helper
def backup_before(ctx: ServiceContext, kind: str) -> Path:
    """A backup right before a bulk change such as an import (`kind`: "import", …); rotated."""
    if not re.fullmatch(r"[a-z0-9_]{1,24}", kind):
        raise ValueError("backup kind must be lower-case ASCII")
    made = files.checked_backup(ctx.paths.database, files.unique_path(ctx.paths.backups, f"pre-{kind}"))
    files.rotate(ctx.paths.backups)
    _audit_backup(ctx, f"pre-{kind}")
    return made


@entry("backup.manage")
def create_backup(ctx: ServiceContext, out: Path | None = None) -> Path:
    """A backup now: to `out`, or into the backups folder."""
    if out is not None and out.resolve() == ctx.paths.database.resolve():
        raise ValidationError("backup.same_file", "备份文件不能是当前数据库本身。", field="out")
    target = out if out is not None else files.unique_path(ctx.paths.backups, "manual")
    try:
        made = files.checked_backup(ctx.paths.database, target)
        if out is not None:
            _keyring_beside(ctx.paths, made)
    except OSError as exc:
        raise StorageError(detail=type(exc).__name__) from exc
    _audit_backup(ctx, "manual")
    return made


def _keyring_beside(paths: AppPaths, backup: Path) -> None:
    """An encrypted backup written outside the data folder takes the keyring along
    (`<backup>.keyring.json`): without it nobody can open the copy, not even with the recovery
    key, whose wrap lives in the keyring. Copied into a new data folder as keyring.json beside the
    backup as stationdesk.sqlite3, it opens with any of the station's passwords (docs/security.md)."""
    ring = keyring_path(paths.data_dir)
    if ring.exists():
        copy = backup.with_name(backup.name + ".keyring.json")
        shutil.copyfile(ring, copy)
        files.private(copy)


@entry("backup.manage")
def list_backups(ctx: ServiceContext) -> list[BackupFile]:
    return files.list_backups(ctx.paths.backups)


def restore_paths(paths: AppPaths, source: Path, actor: Actor = SYSTEM_ACTOR) -> RestoreResult:
    """Restore with no database open (the CLI, or start-up after a failed integrity check)."""
    key = cipher.key_for(paths.database)  # an encrypted station's backups carry its key
    revision = files.backup_revision(source, known_revisions(), key)
    saved = files.save_current(paths.database, files.unique_path(paths.backups, "pre-restore"))
    files.restore_file(source, paths.database, key)
    db = open_database(paths)  # migrates an older backup to this version
    try:
        with db.write() as session:
            exists = actor.user_id is not None and session.get(User, actor.user_id) is not None
            who = actor if exists or actor.user_id is None else Actor(None, actor.username, "", actor.role)
            audit.record(session, who, "restore", "database", "", result=revision)
    finally:
        db.dispose()
    return RestoreResult(source, saved, revision)


def restore_over_damaged(paths: AppPaths, source: Path, username: str, password: str) -> RestoreResult:
    """The command line's restore when the database is damaged: nobody can sign in inside a damaged
    file, so the user is checked in the backup that is about to replace it — active, this password,
    a role that manages backups — before anything changes. The key is already known (the password
    unwrapped it)."""
    from argon2 import PasswordHasher
    from argon2.exceptions import InvalidHashError, VerificationError

    key = cipher.key_for(paths.database)
    files.backup_revision(source, known_revisions(), key)  # a sound StationDesk backup, or refused here
    connection = cipher.connect(source, key, read_only=True)
    try:
        query = "SELECT id, display_name, role, active, password_hash FROM users WHERE username = ?"
        row = connection.execute(query, (username.strip(),)).fetchone()
    finally:
        connection.close()
    if row is None or not row[3]:
        raise AuthenticationError()
    try:
        PasswordHasher().verify(row[4], password)
    except (VerificationError, InvalidHashError):
        raise AuthenticationError() from None
    if not allowed(row[2], "backup.manage"):
        raise PermissionDenied()
    return restore_paths(paths, source, Actor(row[0], username.strip(), row[1], row[2]))


@entry("backup.manage")
def restore_backup(ctx: ServiceContext, source: Path) -> RestoreResult:
    """Replace the database by `source`. Closes `ctx.db`: the caller must reopen or restart."""
    # Refuse a bad file before closing anything.
    files.backup_revision(source, known_revisions(), cipher.key_for(ctx.paths.database))
    ctx.db.dispose()
    return restore_paths(ctx.paths, source, ctx.actor)
