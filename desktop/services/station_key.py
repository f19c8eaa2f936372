"""The station's database key for its users: create at set-up, unlock at sign-in, rewrap, recover.

See docs/security.md. A station is encrypted when its data folder holds a keyring
(desktop/db/keyring.py); until then (a database made before encryption) it is converted at the
next start or command (`convert_if_plain`). Every function that changes wraps needs the key to be
known in this process already (a signed-in user's): nobody can add a wrap without the key.
"""

from __future__ import annotations

import os
from pathlib import Path

from desktop.db import cipher, keyring, pages
from desktop.db.keyring import RECOVERY
from desktop.errors import AuthenticationError, StorageError, ValidationError
from desktop.i18n import mark
from desktop.paths import DB_FILENAME, AppPaths
from desktop.services import unlock_guard

FILE_MODE, FOLDER_MODE = 0o600, 0o700
_NO_KEYRING = mark(
    "errors",
    "数据库文件已加密，但数据目录中没有它的密钥文件 keyring.json，程序无法打开它。"
    "请把该站点原数据目录中的 keyring.json 复制回这个文件夹；找不到时，站长可用保险柜中的恢复密钥"
    "（stationdesk recover）重新设置自己的密码。",
)


def is_encrypted(data_dir: Path) -> bool:
    return keyring.keyring_path(data_dir).exists()


def require_keyring(paths: AppPaths) -> None:
    """An encrypted database whose keyring is not beside it (a folder copied without it) is refused
    with its own code: its pages cannot be read, but it is not damaged."""
    database = paths.database
    if (
        database.is_file()
        and database.stat().st_size > 0
        and not is_encrypted(paths.data_dir)
        and not cipher.is_plain(database)
        and cipher.key_for(database) is None
    ):
        raise StorageError("storage.keyring_missing", _NO_KEYRING)


def public_info(data_dir: Path) -> dict[str, str]:
    """What shows before sign-in (station name, language); {} for a station without a keyring."""
    ring = keyring.load(data_dir)
    return dict(ring.public) if ring else {}


def tighten(paths: AppPaths) -> None:
    """Owner-only modes where the OS has them: 0700 folders, 0600 files (the database's sidecars too)."""
    if os.name != "posix":
        return
    for folder in (paths.data_dir, *(p for p in paths.data_dir.iterdir() if p.is_dir())):
        folder.chmod(FOLDER_MODE)
    for path in (*paths.data_dir.glob("stationdesk.sqlite3*"), *paths.backups.glob("*.sqlite3")):
        if path.is_file():
            path.chmod(FILE_MODE)


def create(paths: AppPaths, public: dict[str, str]) -> str:
    """A new key, wrapped by a new recovery key (returned); each user's wrap comes with the user."""
    key = cipher.new_key()
    recovery = keyring.new_recovery_key()
    ring = keyring.Keyring(keyring.keyring_path(paths.data_dir), public=dict(public))
    ring.wraps[RECOVERY] = keyring.wrap(key, recovery, RECOVERY)
    ring.save()
    cipher.remember(paths.data_dir, key)
    return recovery


def unlock(data_dir: Path, username: str, password: str) -> None:
    """Unwrap the key with the user's password (AuthenticationError when it does not open)."""
    ring = keyring.load(data_dir)
    if ring is None:
        return
    name = username.strip()
    entry = ring.wraps.get(name) if name != RECOVERY else None
    if entry is not None:  # only real names are counted (unlock_guard); others fail as before
        unlock_guard.refuse_if_locked(data_dir, name)
    key = keyring.unwrap(entry, password, name) if entry else None
    if key is None:
        if entry is not None:
            unlock_guard.failed(data_dir, name)
        raise AuthenticationError()
    unlock_guard.reset(data_dir, name)
    ring.keep_spare()  # a station whose keyring is older than the spare gets one now
    cipher.remember(data_dir, key)
    pages.upgrade(data_dir / DB_FILENAME, key)  # a database from before 16 KiB pages: rewritten once
    if entry and entry.get("from_hash"):
        ring.wraps[username.strip()] = keyring.wrap(key, password, username.strip())
        ring.save()


def unlock_with_recovery(data_dir: Path, recovery_key: str) -> None:
    ring = keyring.load(data_dir)
    rebuilt = ring is None and (data_dir / DB_FILENAME).is_file() and not cipher.is_plain(data_dir / DB_FILENAME)
    if rebuilt:  # keyring.json lost: the spare of the recovery wrap still opens the key
        ring = keyring.load_spare(data_dir)
    entry = ring.wraps.get(RECOVERY) if ring else None
    key = keyring.unwrap(entry, keyring.normalise_recovery_key(recovery_key), RECOVERY) if entry else None
    if key is None:
        raise AuthenticationError("auth.recovery_failed", "恢复密钥不正确。")
    cipher.remember(data_dir, key)
    pages.upgrade(data_dir / DB_FILENAME, key)
    if rebuilt and ring is not None:
        # keyring.json again, with the recovery wrap only: the user being recovered gets a wrap
        # next, every other user when the administrator resets their password.
        ring.save()


def _known_key(data_dir: Path) -> bytes:
    key = cipher.key_for(data_dir / DB_FILENAME)
    if key is None:
        raise AuthenticationError("auth.required", "请先登录。")
    return key


def set_wrap(data_dir: Path, username: str, password: str) -> None:
    """(Re)wrap the key for `username` (a new user, a changed or reset password); no-op when plain."""
    ring = keyring.load(data_dir)
    if ring is None:
        return
    ring.wraps[username] = keyring.wrap(_known_key(data_dir), password, username)
    ring.save()
    unlock_guard.reset(data_dir, username)  # a new password lifts a lockout of the old one


def remove_wrap(data_dir: Path, username: str) -> None:
    """A disabled user can no longer unlock the database (re-enabling needs a password reset)."""
    ring = keyring.load(data_dir)
    if ring is not None and ring.wraps.pop(username, None) is not None:
        ring.save()


def new_recovery_key(data_dir: Path) -> str:
    """Replace the recovery wrap (a station converted from a plain database has none yet)."""
    ring = keyring.load(data_dir)
    if ring is None:
        raise ValidationError("keys.not_encrypted", "该数据目录尚未加密。")
    recovery = keyring.new_recovery_key()
    ring.wraps[RECOVERY] = keyring.wrap(_known_key(data_dir), recovery, RECOVERY)
    ring.save()
    return recovery


def set_public(data_dir: Path, **values: str) -> None:
    """Keep what the start shows before sign-in in step with the database (station name, language)."""
    ring = keyring.load(data_dir)
    if ring is not None and any(ring.public.get(k) != v for k, v in values.items()):
        ring.public.update(values)
        ring.save()
