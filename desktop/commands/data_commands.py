"""`stationdesk demo` and `stationdesk info`."""

from __future__ import annotations

import argparse
import sys

from desktop.commands.common import close, open_context, paths_of, print_json
from desktop.i18n import tr


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"应为非负整数：{text}") from exc
    if value < 0:
        raise argparse.ArgumentTypeError(f"应为非负整数：{text}")
    return value


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    demo = commands.add_parser("demo", help=tr("cli", "生成演示数据（数据目录未初始化时先建立演示站点）"))
    demo.add_argument("--clients", type=_positive, default=2000, metavar="N")
    demo.add_argument("--visits-per-client", type=_positive, default=6, metavar="M")
    demo.add_argument("--volunteers", type=_positive, default=40, metavar="K")
    demo.add_argument(
        "--shifts", type=_positive, default=None, metavar="N", help=tr("cli", "一年内大约生成的志愿者班次数")
    )
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.add_argument("--json", action="store_true")
    demo.set_defaults(handler=run_demo)

    info = commands.add_parser("info", help=tr("cli", "显示站点、模式、数据库版本和各表记录数"))
    info.add_argument("--json", action="store_true")
    info.set_defaults(handler=run_info)


def run_demo(args: argparse.Namespace) -> int:
    from desktop.commands.signin import Credentials
    from desktop.services.demo.generate import generate_demo
    from desktop.services.demo.setup import DEMO_PASSWORD, DEMO_USERS, ensure_demo_installation

    created = ensure_demo_installation(paths_of(args))
    # A demo station this command has just made has only the demo users: it signs in as its admin.
    ctx = open_context(args, as_user=Credentials("admin", DEMO_PASSWORD) if created else None)
    if not created:
        try:
            ensure_demo_installation(ctx.paths)  # the key is known now: refuses a register with clients
        except BaseException:
            close(ctx)
            raise
    try:

        def progress(stage: str, done: int, total: int) -> None:
            print(tr("cli", "  {done}/{total} 位服务对象…", done=done, total=total), file=sys.stderr)

        result = generate_demo(
            ctx,
            clients=args.clients,
            visits_per_client=args.visits_per_client,
            volunteers=args.volunteers,
            shifts=args.shifts,
            seed=args.seed,
            progress=progress,
        )
    finally:
        close(ctx)
    if args.json:
        print_json({**result.__dict__, "created_installation": created})
    else:
        print(
            tr(
                "cli",
                "演示数据已生成：{c} 位服务对象，{v} 条访视，{k} 位志愿者，{s} 个班次，{a} 条签到，用时 {t:.1f} 秒。",
                c=result.clients,
                v=result.visits,
                k=result.volunteers,
                s=result.shifts,
                a=result.attendance,
                t=result.seconds,
            )
        )
        if created:
            users = "、".join(username for username, _, _ in DEMO_USERS)
            print(tr("cli", "演示账户：{users}，密码均为 {password}", users=users, password=DEMO_PASSWORD))
    return 0


def run_info(args: argparse.Namespace) -> int:
    from desktop.services.admin.info import installation_info

    ctx = open_context(args)
    try:
        info = installation_info(ctx)
    finally:
        close(ctx)
    if args.json:
        print_json(
            {
                "station_code": info.station.code,
                "station_name": info.station.name,
                "district": info.station.district,
                "mode": info.station.mode,
                "schema_version": info.station.schema_version,
                **info.counts,
            }
        )
    else:
        print(f"{info.station.name}（{info.station.code}，{info.station.mode}）  schema {info.station.schema_version}")
        for table, count in info.counts.items():
            print(f"  {table:20s} {count:>10d}")
    return 0
