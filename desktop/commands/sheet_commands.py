"""`stationdesk import-sheet` and `stationdesk export-sheet`: registers in, lists and figures out.

import-sheet exits 0 when the run completed, even if some rows were reported and left out (the
report says which); 1 when the file cannot be read or the sheet has no header row; 2 for bad
usage (unknown --kind, a malformed --map).
"""

from __future__ import annotations

import argparse
import re

from desktop.commands.common import close, open_context, print_json
from desktop.domain.sheets.fields import KINDS
from desktop.errors import UsageError
from desktop.i18n import tr

EXPORTS = ("clients", "visits", "volunteers", "hours", "monthly")


def _month(text: str) -> str:
    if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", text):
        raise argparse.ArgumentTypeError(f"月份格式应为 YYYY-MM：{text}")
    return text


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    sheet_in = commands.add_parser(
        "import-sheet", help=tr("cli", "从 Excel（.xlsx）或 CSV 台账导入服务对象、访视、志愿者或服务时长")
    )
    sheet_in.add_argument("file", metavar="FILE")
    sheet_in.add_argument("--kind", required=True, help="clients | visits | volunteers | hours")
    sheet_in.add_argument("--dry-run", action="store_true", help=tr("cli", "只检查，不写入"))
    sheet_in.add_argument("--sheet", metavar="NAME", help=tr("cli", "工作表名称（默认第一个）"))
    sheet_in.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="HEADER=field",
        help=tr("cli", "纠正列映射，如 手机=phone；field 为空表示不导入该列"),
    )
    sheet_in.add_argument("--json", action="store_true")
    sheet_in.set_defaults(handler=run_import)

    sheet_out = commands.add_parser("export-sheet", help=tr("cli", "导出名单或月度统计为 Excel（.xlsx）"))
    sheet_out.add_argument("--what", required=True, help=" | ".join(EXPORTS))
    sheet_out.add_argument(
        "--month", type=_month, metavar="YYYY-MM", help=tr("cli", "月份（monthly 必填；visits、hours 可选）")
    )
    sheet_out.add_argument("--out", required=True, metavar="FILE.xlsx")
    sheet_out.add_argument("--reveal", action="store_true", help=tr("cli", "导出完整身份证号和电话（仅站长）"))
    sheet_out.add_argument(
        "--reason", default="", metavar="TEXT", help=tr("cli", "导出完整信息的理由（--reveal 必填）")
    )
    sheet_out.add_argument("--json", action="store_true")
    sheet_out.set_defaults(handler=run_export)


def _overrides(pairs: list[str]) -> dict[str, str]:
    result: dict[str, str] = {}
    for pair in pairs:
        header, sep, key = pair.partition("=")
        if not sep or not header.strip():
            raise UsageError(detail=tr("cli", "--map 的格式应为 列名=字段名"))
        result[header.strip()] = key.strip()
    return result


def run_import(args: argparse.Namespace) -> int:
    from desktop.services.sheets.importer import import_sheet

    if args.kind not in KINDS:
        raise UsageError(
            detail=tr(
                "cli", "--kind 只能是 clients（服务对象）、visits（访视记录）、volunteers（志愿者）或 hours（服务时长）"
            )
        )
    overrides = _overrides(args.map)
    ctx = open_context(args)
    try:
        report = import_sheet(
            ctx, args.file, args.kind, sheet=args.sheet, overrides=overrides or None, dry_run=args.dry_run
        )
    finally:
        close(ctx)
    if args.json:
        print_json(report.as_dict())
        return 0
    verb = tr("cli", "可导入") if report.dry_run else tr("cli", "已导入")
    print(
        tr(
            "cli",
            "工作表“{sheet}”，表头在第 {header} 行：共 {rows} 行数据，{verb} {count} 行，{errors} 行有问题，{dups} 行重复。",
            sheet=report.sheet, header=report.header_row, rows=report.rows, verb=verb,
            count=report.valid if report.dry_run else report.imported, errors=len(report.error_rows),
            dups=len(report.duplicates),
        )
    )  # fmt: skip
    for issue in report.errors:
        column = f"{issue.column}列（{issue.header}）" if issue.column else ""
        print(tr("cli", "  第 {row} 行 {column}：{message}", row=issue.row, column=column, message=issue.message))
    for dup in report.duplicates:
        where = (
            tr("cli", "名册中已有此记录")
            if dup["matches"] == "existing"
            else tr("cli", "与第 {row} 行重复", row=dup["first_row"])
        )
        print(tr("cli", "  第 {row} 行：重复，{where}，未导入。", row=dup["row"], where=where))
    return 0


def run_export(args: argparse.Namespace) -> int:
    from desktop.services.sheets.export import export_list
    from desktop.services.sheets.monthly import export_monthly

    if args.what not in EXPORTS:
        raise UsageError(detail=tr("cli", "--what 只能是 clients、visits、volunteers、hours 或 monthly"))
    if args.what == "monthly" and not args.month:
        raise UsageError(detail=tr("cli", "导出月度统计需要 --month YYYY-MM"))
    ctx = open_context(args)
    try:
        if args.what == "monthly":
            result = export_monthly(ctx, args.month, args.out)
        else:
            result = export_list(ctx, args.what, args.out, reveal=args.reveal, month=args.month, reason=args.reason)
    finally:
        close(ctx)
    if args.json:
        print_json({"path": result.path, "rows": result.rows})
    else:
        print(tr("cli", "已导出 {rows} 行到 {path}", rows=result.rows, path=result.path))
    return 0
