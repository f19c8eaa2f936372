"""`stationdesk init`: set up a new installation."""

from __future__ import annotations

import argparse

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
    if args.json:
        print_json({"station_code": info.code, "station_name": info.name, "mode": info.mode})
    else:
        print(tr("cli", "已初始化：{name}（{code}，{mode}）", name=info.name, code=info.code, mode=info.mode))
    return 0
