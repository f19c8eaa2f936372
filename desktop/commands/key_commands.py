"""`stationdesk recover` and `stationdesk recovery-sheet`: the recovery key of the encrypted database."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.commands.common import close, open_context, paths_of, print_json, read_secret_file
from desktop.errors import SetupError
from desktop.i18n import tr


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    recover = commands.add_parser(
        "recover", help=tr("cli", "用恢复密钥为用户设置新密码（忘记密码或站长离任时；无需登录）")
    )
    recover.add_argument("--recovery-key-file", required=True, metavar="FILE", help=tr("cli", "写有恢复密钥的文件"))
    recover.add_argument("--user", dest="recover_user", required=True, metavar="NAME")
    recover.add_argument("--new-password-file", required=True, metavar="FILE")
    recover.add_argument("--json", action="store_true")
    recover.set_defaults(handler=run_recover)

    sheet = commands.add_parser("recovery-sheet", help=tr("cli", "生成新的恢复密钥并写出恢复密钥页（旧的作废）"))
    sheet.add_argument("--out", required=True, metavar="FILE", help=tr("cli", "写出的文件；.pdf 为可打印的页面"))
    sheet.add_argument("--json", action="store_true")
    sheet.set_defaults(handler=run_recovery_sheet)


def run_recover(args: argparse.Namespace) -> int:
    from desktop.services.admin.recovery import recover_user

    paths = paths_of(args)
    if not paths.database.exists():
        raise SetupError()
    recover_user(
        paths,
        read_secret_file(args.recovery_key_file),
        args.recover_user,
        read_secret_file(args.new_password_file),
    )
    if args.json:
        print_json({"user": args.recover_user, "recovered": True})
    else:
        print(tr("cli", "已用恢复密钥为 {user} 设置新密码。", user=args.recover_user))
    return 0


def run_recovery_sheet(args: argparse.Namespace) -> int:
    from desktop.services.admin.recovery import renew_recovery_key, write_sheet

    ctx = open_context(args)
    try:
        sheet = renew_recovery_key(ctx)
    finally:
        close(ctx)
    made = write_sheet(Path(args.out).expanduser(), sheet)
    if args.json:
        print_json({"file": str(made)})
    else:
        print(tr("cli", "新的恢复密钥页已写入 {file}，请打印后锁入保险柜并删除该文件。", file=made))
    return 0
