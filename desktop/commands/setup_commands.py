"""`stationdesk init`: set up a new installation."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.commands.common import paths_of, print_json, read_secret_file
from desktop.i18n import tr


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser("init", help=tr("cli", "初始化本机：站点、模式和第一位管理员"))
    parser.add_argument("--station-code", required=True)
    parser.add_argument("--station-name", required=True)
    parser.add_argument("--district", required=True)
    parser.add_argument("--mode", choices=("station", "district"), default="station")
    parser.add_argument("--admin", required=True, metavar="USER")
    parser.add_argument("--admin-name", default="", metavar="NAME")
    parser.add_argument("--password-file", required=True, metavar="FILE")
    parser.add_argument(
        "--recovery-sheet",
        metavar="FILE",
        help=tr(
            "cli", "把数据库恢复密钥页写入该文件（.pdf 为可打印的页面；打印后锁入保险柜）；缺省时在屏幕上显示恢复密钥"
        ),
    )
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=run_init)


def run_init(args: argparse.Namespace) -> int:
    from desktop.services.admin.setup import initialise

    info = initialise(
        paths_of(args),
        station_code=args.station_code,
        station_name=args.station_name,
        district=args.district,
        mode=args.mode,
        admin_username=args.admin,
        admin_password=read_secret_file(args.password_file),
        admin_display_name=args.admin_name,
    )
    sheet = None
    if args.recovery_sheet:
        from desktop.services.admin.recovery import Sheet, write_sheet

        made = Sheet(info.name, info.code, info.recovery_key, args.admin_name or args.admin)
        sheet = write_sheet(Path(args.recovery_sheet).expanduser(), made)
    if args.json:
        shown = {"recovery_sheet": str(sheet)} if sheet else {"recovery_key": info.recovery_key}
        print_json({"station_code": info.code, "station_name": info.name, "mode": info.mode, **shown})
        return 0
    print(tr("cli", "已初始化：{name}（{code}，{mode}）", name=info.name, code=info.code, mode=info.mode))
    if sheet:
        print(tr("cli", "恢复密钥页已写入 {file}：请打印后锁入保险柜，然后删除该文件。", file=sheet))
    else:
        print(tr("cli", "数据库恢复密钥（请抄写或打印后锁入保险柜；不会再次显示）：{key}", key=info.recovery_key))
    return 0
