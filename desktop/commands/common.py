"""Helpers shared by the subcommands: opening the installation, printing JSON."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop.commands.signin import Credentials, command_name, credentials
from desktop.commands.signin import read_secret_file as read_secret_file  # where the commands take it from
from desktop.db.open import open_database
from desktop.db.session import Database
from desktop.errors import DataDirUnavailable, SetupError
from desktop.i18n import mark
from desktop.paths import AppPaths, resolve_paths
from desktop.services.auth import login
from desktop.services.context import ServiceContext

_NOT_A_FOLDER = mark("errors", "数据目录的路径不存在或不是文件夹。请用 --data-dir 指定一个文件夹。")


def paths_of(args: argparse.Namespace) -> AppPaths:
    return resolve_paths(args.data_dir)


def _blocked_by_a_file(folder: Path) -> bool:
    """The data directory, or a folder above it, is a file: it can never be created there."""
    return any(part.exists() and not part.is_dir() for part in (folder, *folder.parents))


def open_context(
    args: argparse.Namespace,
    *,
    require_setup: bool = True,
    as_user: Credentials | None = None,
    signed_in: bool = True,
) -> ServiceContext:
    """The installation opened and signed in as the command's user (see desktop/commands/signin.py).

    `as_user`: sign in with these credentials instead of the command line's (a demo station just
    created by the command itself). `signed_in=False`: opened only; the caller must `sign_in`
    before it shows or changes anything (`audit verify` checks the chain before its own log-in row).
    """
    paths = paths_of(args)
    if _blocked_by_a_file(paths.data_dir):
        raise DataDirUnavailable("storage.data_dir_missing", _NOT_A_FOLDER)
    if require_setup and not paths.database.exists():
        raise SetupError()
    who = as_user or credentials(args)
    _unlock(paths, who)  # the checks below read the file: they need its key
    if paths.database.exists():
        from desktop.services.admin.backups import refuse_if_damaged

        refuse_if_damaged(paths)  # a damaged file is refused before anything opens it
    db = open_database(paths)
    if require_setup and not db.origin:
        db.dispose()
        raise SetupError()
    ctx = ServiceContext(db, paths)
    return sign_in(ctx, args, who) if signed_in else ctx


def unlocked(args: argparse.Namespace) -> tuple[AppPaths, Credentials]:
    """The station's key unwrapped by the command's user, the database not opened (`restore` over a
    damaged file); SetupError when there is no station here."""
    paths = paths_of(args)
    if _blocked_by_a_file(paths.data_dir):
        raise DataDirUnavailable("storage.data_dir_missing", _NOT_A_FOLDER)
    if not paths.database.exists():
        raise SetupError()
    who = credentials(args)
    _unlock(paths, who)
    return paths, who


def unlock_station(args: argparse.Namespace) -> None:
    """Make the station's key known (a command that opens the database without a user: the kiosk)."""
    from desktop.db.cipher import key_for
    from desktop.services.station_key import is_encrypted

    paths = paths_of(args)
    if is_encrypted(paths.data_dir) and key_for(paths.database) is None:
        _unlock(paths, credentials(args))


def _unlock(paths: AppPaths, who: Credentials) -> None:
    """Convert a plain database (first command after the upgrade), then unwrap the key with the password."""
    from desktop.db.cipher import key_for
    from desktop.services.admin.conversion import convert_if_plain
    from desktop.services.station_key import require_keyring, unlock

    require_keyring(paths)
    convert_if_plain(paths)
    if key_for(paths.database) is None:
        unlock(paths.data_dir, who.username, who.password)


def sign_in(ctx: ServiceContext, args: argparse.Namespace, who: Credentials | None = None) -> ServiceContext:
    """`ctx` acting as the command's user; closes the database when the sign-in fails."""
    try:
        who = who or credentials(args)
        return ctx.as_actor(login(ctx, who.username, who.password, command=command_name(args)))
    except BaseException:
        ctx.db.dispose()
        raise


def _default(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, frozenset | set | tuple):
        return list(value)
    raise TypeError(type(value).__name__)


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=_default)
    sys.stdout.write("\n")


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"日期格式应为 YYYY-MM-DD：{text}") from exc


def close(ctx: ServiceContext | Database) -> None:
    (ctx.db if isinstance(ctx, ServiceContext) else ctx).dispose()
