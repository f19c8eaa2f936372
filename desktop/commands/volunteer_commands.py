"""`stationdesk volunteers …` (hours totals, export for 上海志愿者网) and `stationdesk kiosk`.

The kiosk is a GUI window: `desktop.cli` opens it through `desktop.app.run_kiosk` only when that
command runs, so this module (and the CLI) never imports PySide6.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.commands.common import close, open_context, parse_date, print_json
from desktop.errors import UsageError
from desktop.i18n import tr


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    volunteers = commands.add_parser("volunteers", help=tr("cli", "志愿者服务时长"))
    sub = volunteers.add_subparsers(dest="volunteers_command", metavar="ACTION", required=True)

    hours = sub.add_parser("hours", help=tr("cli", "各志愿者在期间内已确认的服务时长"))
    hours.add_argument("--from", dest="start", type=parse_date, required=True, metavar="YYYY-MM-DD")
    hours.add_argument("--to", dest="end", type=parse_date, required=True, metavar="YYYY-MM-DD")
    hours.add_argument("--json", action="store_true")
    hours.set_defaults(handler=run_hours)

    export = sub.add_parser("export", help=tr("cli", "导出已确认工时（.xlsx 或 .csv，供录入上海志愿者网）"))
    export.add_argument("--from", dest="start", type=parse_date, required=True, metavar="YYYY-MM-DD")
    export.add_argument("--to", dest="end", type=parse_date, required=True, metavar="YYYY-MM-DD")
    export.add_argument("--out", required=True, metavar="FILE")
    export.add_argument("--reveal-id", action="store_true", help=tr("cli", "导出完整证件号（默认遮蔽）"))
    export.add_argument("--json", action="store_true")
    export.set_defaults(handler=run_export)

    close_open = sub.add_parser("close-forgotten", help=tr("cli", "将班次结束后仍未签退的记录自动签退并标记待核对"))
    close_open.add_argument("--json", action="store_true")
    close_open.set_defaults(handler=run_close_forgotten)

    kiosk = commands.add_parser("kiosk", help=tr("cli", "打开前台志愿者签到终端（全屏）"))
    kiosk.add_argument("--windowed", action="store_true", help=tr("cli", "不全屏（调试用）"))
    # Run by desktop.cli through desktop.app (the GUI composition root): no Qt import here.
    kiosk.set_defaults(handler=None, gui="kiosk")


def _check_range(args: argparse.Namespace) -> None:
    if args.end < args.start:
        raise UsageError(detail=tr("cli", "--to 不能早于 --from"))


def run_hours(args: argparse.Namespace) -> int:
    from desktop.services.volunteers.hours import hours_summary
    from desktop.services.volunteers.kiosk import close_forgotten_checkouts

    _check_range(args)
    ctx = open_context(args)
    try:
        # An attendance left open after its shift is a forgotten check-out: close and flag it first.
        close_forgotten_checkouts(ctx)
        lines = hours_summary(ctx, args.start, args.end)
    finally:
        close(ctx)
    if args.json:
        print_json(
            [
                {
                    "volunteer_id": line.volunteer_id,
                    "name": line.name,
                    "minutes": line.minutes,
                    "hours": float(line.hours),
                    "flagged": line.flagged,
                }
                for line in lines
            ]
        )
    else:
        for line in lines:
            flag = tr("cli", "  （{n} 条待核对）", n=line.flagged) if line.flagged else ""
            print(f"{line.name}\t{line.hours} h\t{line.minutes} min{flag}")
    return 0


def run_export(args: argparse.Namespace) -> int:
    from desktop.services.volunteers.hours_export import export_confirmed_hours

    _check_range(args)
    ctx = open_context(args)
    try:
        result = export_confirmed_hours(ctx, args.start, args.end, Path(args.out), reveal_id=args.reveal_id)
    finally:
        close(ctx)
    if args.json:
        print_json({"path": str(result.path), "rows": result.rows, "attendance": len(result.attendance_ids)})
    else:
        print(tr("cli", "已导出 {n} 行到 {path}", n=result.rows, path=result.path))
    return 0


def run_close_forgotten(args: argparse.Namespace) -> int:
    from desktop.services.volunteers.kiosk import close_forgotten_checkouts

    ctx = open_context(args)
    try:
        count = close_forgotten_checkouts(ctx)
    finally:
        close(ctx)
    if args.json:
        print_json({"closed": count})
    else:
        print(tr("cli", "已自动签退 {n} 条记录，待协调员核对。", n=count))
    return 0
