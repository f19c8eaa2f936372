"""`stationdesk bench`: measure every performance budget of docs/architecture.md §8 against its baseline."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.i18n import tr


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    bench = commands.add_parser(
        "bench",
        help=tr("cli", "性能基准：在演示数据库上测量各项性能预算（不碰数据目录）"),
    )
    # "tiny" exists for the test suite; --help shows the two real sizes only.
    bench.add_argument(
        "--size",
        choices=("small", "full", "tiny"),
        default="small",
        metavar="{small,full}",
        help=tr("cli", "数据库规模：small（1 万服务对象，默认）或 full（10 万服务对象、100 万条访视）"),
    )
    bench.add_argument("--out", metavar="FILE.json", help=tr("cli", "把结果写成 JSON 列表"))
    bench.add_argument(
        "--db-dir", metavar="DIR", help=tr("cli", "基准数据库目录（默认：用户缓存目录下的 bench-<size>）")
    )
    bench.set_defaults(handler=run_bench_command, outside_data_dir=True)


def run_bench_command(args: argparse.Namespace) -> int:
    from desktop.bench.database import SIZES, default_dir
    from desktop.bench.result import table, write_json
    from desktop.bench.runner import run_bench

    size = SIZES[args.size]
    db_dir = Path(args.db_dir).expanduser().resolve() if args.db_dir else default_dir(size)
    lines = run_bench(size, db_dir)
    print(table(lines))
    if args.out:
        write_json(lines, Path(args.out))
    sys.stdout.flush()
    return 0 if all(item.passed for item in lines) else 1
