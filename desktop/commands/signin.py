"""Who runs a command: the global `--user` / `--password-file` options and where else they come from.

Every command that reads or writes station data signs in as a user, with that user's role and
scope, exactly as in the window (issue 17). The name comes from `--user` or STATIONDESK_USER, the
password from the first line of `--password-file` or STATIONDESK_PASSWORD_FILE, or — on a terminal
only — from a prompt that does not echo. A password is never taken from the command line itself:
it would show in the process list and the shell history.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from desktop.errors import AuthenticationError, UsageError
from desktop.i18n import mark, tr

USER_VARIABLE = "STATIONDESK_USER"
PASSWORD_FILE_VARIABLE = "STATIONDESK_PASSWORD_FILE"
_REQUIRED = mark(
    "errors",
    "此命令需要登录：请用 --user 和 --password-file 指定用户和密码文件"
    "（或设置 STATIONDESK_USER 和 STATIONDESK_PASSWORD_FILE）。",
)


@dataclass(frozen=True)
class Credentials:
    username: str
    password: str


def add_options(parser: argparse.ArgumentParser) -> None:
    """The global sign-in options (their own `dest`, so a subcommand's `--password-file` cannot clobber them)."""
    parser.add_argument(
        "--user",
        dest="auth_user",
        metavar="NAME",
        help=tr("cli", "以该用户身份运行命令（或环境变量 STATIONDESK_USER）"),
    )
    parser.add_argument(
        "--password-file",
        dest="auth_password_file",
        metavar="FILE",
        help=tr("cli", "该用户的密码所在文件的第一行（或环境变量 STATIONDESK_PASSWORD_FILE）"),
    )


def _on_terminal() -> bool:
    return sys.stdin.isatty() and sys.stderr.isatty()


def credentials(args: argparse.Namespace) -> Credentials:
    """The user and password for this command; AuthenticationError `auth.required` when none is given.

    Asked once per command: the answer is kept on `args`, so a prompt never repeats.
    """
    known = getattr(args, "_credentials", None)
    if isinstance(known, Credentials):
        return known
    found = _find(args)
    args._credentials = found
    return found


def _find(args: argparse.Namespace) -> Credentials:
    username = (getattr(args, "auth_user", None) or os.environ.get(USER_VARIABLE, "")).strip()
    password_file = getattr(args, "auth_password_file", None) or os.environ.get(PASSWORD_FILE_VARIABLE, "")
    if not username and _on_terminal():
        username = input(tr("cli", "用户名：")).strip()
    if not username:
        raise AuthenticationError("auth.required", _REQUIRED)
    if password_file:
        return Credentials(username, read_secret_file(password_file))
    if _on_terminal():
        import getpass

        return Credentials(username, getpass.getpass(tr("cli", "密码：")))
    raise AuthenticationError("auth.required", _REQUIRED)


def read_secret_file(path: str) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(detail=f"无法读取文件 {path}") from exc
    return text.splitlines()[0] if text else ""


def command_name(args: argparse.Namespace) -> str:
    """`clients search`, `keys show`…: what the log-in row of the audit log names."""
    words = [str(args.command)]
    for key, value in vars(args).items():
        if key.endswith("_command") and isinstance(value, str):
            words.append(value)
    return " ".join(words)[:200]
