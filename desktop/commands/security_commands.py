"""`stationdesk backup`, `stationdesk restore FILE --yes` and `stationdesk audit verify`."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.commands.common import close, open_context, print_json, sign_in, unlocked
from desktop.domain.clock import to_station
from desktop.errors import UsageError
from desktop.i18n import tr

PROBLEMS = {
    "missing": "记录缺失（被删除）",
    "link": "与前一条记录的链接不符（插入或删除）",
    "content": "记录内容被改动",
    "anchor": "链尾与最后记录不符",
    "appended": "链尾之后有未登记的记录（插入）",
    "key": "审计密钥缺失或被改动",
}


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    backup = commands.add_parser("backup", help=tr("cli", "备份数据库（SQLite 在线备份，可在程序运行时进行）"))
    backup.add_argument("--out", metavar="FILE", help=tr("cli", "备份文件；缺省时写入数据目录的 backups 文件夹"))
    backup.add_argument("--list", action="store_true", help=tr("cli", "列出 backups 文件夹中的备份"))
    backup.add_argument("--json", action="store_true")
    backup.set_defaults(handler=run_backup)

    restore = commands.add_parser("restore", help=tr("cli", "从备份恢复数据库（先自动备份当前数据库）"))
    restore.add_argument("file", metavar="FILE")
    restore.add_argument("--yes", action="store_true", help=tr("cli", "确认用备份替换当前数据库"))
    restore.add_argument("--json", action="store_true")
    restore.set_defaults(handler=run_restore)

    audit = commands.add_parser("audit", help=tr("cli", "审计日志"))
    audit_commands = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = audit_commands.add_parser("verify", help=tr("cli", "校验审计日志的哈希链；断开时退出码为 1"))
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(handler=run_audit_verify)


def run_backup(args: argparse.Namespace) -> int:
    from desktop.services.admin.backups import create_backup, list_backups

    ctx = open_context(args)
    try:
        if args.list:
            rows = list_backups(ctx)
            if args.json:
                print_json(
                    [{"file": str(b.path), "kind": b.kind, "created_at": b.created_at, "size": b.size} for b in rows]
                )
            else:
                for b in rows:
                    print(f"{to_station(b.created_at):%Y-%m-%d %H:%M}  {b.kind:24s} {b.size:>12d}  {b.path.name}")
            return 0
        made = create_backup(ctx, Path(args.out).expanduser() if args.out else None)
    finally:
        close(ctx)
    if args.json:
        print_json({"file": str(made)})
    else:
        print(tr("cli", "已备份到 {file}", file=made))
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from desktop.services.admin.backups import restore_backup, restore_over_damaged, startup_check

    if not args.yes:
        raise UsageError(detail=tr("cli", "恢复会替换当前数据库，请加 --yes 确认"))
    source = Path(args.file).expanduser()
    paths, who = unlocked(args)
    if paths.database.exists() and not startup_check(paths).ok:
        # What the refusal of a damaged database tells the user to run: signed in against the backup.
        result = restore_over_damaged(paths.ensure(), source, who.username, who.password)
    else:
        ctx = open_context(args)
        try:
            result = restore_backup(ctx, source)
        finally:
            close(ctx)
    if args.json:
        print_json({"restored_from": str(result.restored_from), "saved_current": str(result.saved_current)})
    else:
        print(tr("cli", "已从备份恢复；恢复前的数据库已保存为 {file}", file=result.saved_current))
    return 0


def run_audit_verify(args: argparse.Namespace) -> int:
    from desktop.services.audit import verify_chain
    from desktop.services.permissions import require

    ctx = open_context(args, signed_in=False)
    try:
        # Checked before this command's own log-in row is appended: that row would link to whatever
        # the last row is now, and so hide a deleted last row from the check.
        check = verify_chain(ctx)
        require(sign_in(ctx, args), "audit.read")
    finally:
        close(ctx)
    if args.json:
        print_json(check.__dict__)
    elif check.ok:
        print(tr("cli", "审计日志完整：{n} 条记录，哈希链无断点。", n=check.rows))
    else:
        print(
            tr(
                "cli",
                "审计日志哈希链在第 {seq} 条处断开：{problem}。",
                seq=check.broken_seq,
                problem=tr("cli", PROBLEMS.get(check.problem, check.problem)),
            )
        )
    return 0 if check.ok else 1
