"""Helpers shared by the subcommands: opening the installation, printing JSON."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop.db.open import open_database
from desktop.db.session import Database
from desktop.errors import DataDirUnavailable, SetupError, UsageError
from desktop.i18n import mark
from desktop.paths import AppPaths, resolve_paths
from desktop.services.context import ServiceContext

_NOT_A_FOLDER = mark("errors", "数据目录的路径不存在或不是文件夹。请用 --data-dir 指定一个文件夹。")


def paths_of(args: argparse.Namespace) -> AppPaths:
    return resolve_paths(args.data_dir)


def _blocked_by_a_file(folder: Path) -> bool:
    """The data directory, or a folder above it, is a file: it can never be created there."""
    return any(part.exists() and not part.is_dir() for part in (folder, *folder.parents))


def open_context(args: argparse.Namespace, *, require_setup: bool = True) -> ServiceContext:
    paths = paths_of(args)
    if _blocked_by_a_file(paths.data_dir):
        raise DataDirUnavailable("storage.data_dir_missing", _NOT_A_FOLDER)
    if require_setup and not paths.database.exists():
        raise SetupError()
    if paths.database.exists():
        from desktop.services.admin.backups import refuse_if_damaged

        refuse_if_damaged(paths)  # a damaged file is refused before anything opens it
    db = open_database(paths)
    if require_setup and not db.origin:
        db.dispose()
        raise SetupError()
    return ServiceContext(db, paths)


def _default(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, frozenset | set | tuple):
        return list(value)
    raise TypeError(type(value).__name__)


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=_default)
    sys.stdout.write("\n")


def read_secret_file(path: str) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(detail=f"无法读取文件 {path}") from exc
    return text.splitlines()[0] if text else ""


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"日期格式应为 YYYY-MM-DD：{text}") from exc


def close(ctx: ServiceContext | Database) -> None:
    (ctx.db if isinstance(ctx, ServiceContext) else ctx).dispose()
