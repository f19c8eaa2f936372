"""`stationdesk keys …`, `export`, `import`, `transfer`, `sync-status`: data exchange from the command line."""

from __future__ import annotations

import argparse
import getpass
import sys

from desktop.commands.common import close, open_context, print_json, read_secret_file
from desktop.errors import UsageError
from desktop.i18n import mark, tr


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    keys = commands.add_parser("keys", help=tr("cli", "本机数据交换密钥：查看、导出登记文件、信任对方、修改口令"))
    sub = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    show = sub.add_parser("show", help=tr("cli", "显示本站代码、模式和指纹"))
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=run_keys_show)
    export = sub.add_parser("export", help=tr("cli", "写出本机登记文件（只含公钥）"))
    export.add_argument("--out", required=True, metavar="FILE")
    export.add_argument("--json", action="store_true")
    export.set_defaults(handler=run_keys_export)
    trust = sub.add_parser("trust", help=tr("cli", "核对对方念出的指纹后信任其登记文件"))
    trust.add_argument("file", metavar="FILE")
    trust.add_argument("--fingerprint", required=True, metavar="FP")
    trust.add_argument("--replace", action="store_true", help=tr("cli", "对方更换了密钥时替换旧的登记"))
    trust.add_argument("--json", action="store_true")
    trust.set_defaults(handler=run_keys_trust)
    peers = sub.add_parser("peers", help=tr("cli", "列出已信任的站点"))
    peers.add_argument("--json", action="store_true")
    peers.set_defaults(handler=run_keys_peers)
    passphrase = sub.add_parser("passphrase", help=tr("cli", "修改密钥口令（密钥和指纹不变）"))
    passphrase.add_argument("--old-file", required=True, metavar="FILE")
    passphrase.add_argument("--new-file", required=True, metavar="FILE")
    passphrase.add_argument("--json", action="store_true")
    passphrase.set_defaults(handler=run_keys_passphrase)
    create = sub.add_parser("create", help=tr("cli", "为尚无密钥的旧数据目录生成密钥"))
    create.add_argument("--key-password-file", required=True, metavar="FILE")
    create.add_argument("--json", action="store_true")
    create.set_defaults(handler=run_keys_create)

    exp = commands.add_parser("export", help=tr("cli", "为对方站点导出加密、签名的数据包"))
    exp.add_argument("--to", required=True, metavar="PEER_CODE")
    exp.add_argument("--out", required=True, metavar="FILE")
    exp.add_argument("--full", action="store_true", help=tr("cli", "导出全部记录（默认只导出上次之后的变化）"))
    exp.add_argument("--key-password-file", metavar="FILE")
    exp.add_argument("--json", action="store_true")
    exp.set_defaults(handler=run_export)

    imp = commands.add_parser("import", help=tr("cli", "导入数据包或回执"))
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--dry-run", action="store_true")
    imp.add_argument("--receipt-out", metavar="FILE")
    imp.add_argument("--key-password-file", metavar="FILE")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(handler=run_import)

    transfer = commands.add_parser("transfer", help=tr("cli", "（区级）把服务对象移交给另一站点"))
    transfer.add_argument("--client", required=True, metavar="ID")
    transfer.add_argument("--to", required=True, metavar="STATION")
    transfer.add_argument("--json", action="store_true")
    transfer.set_defaults(handler=run_transfer)

    status = commands.add_parser("sync-status", help=tr("cli", "各站点最近的数据包、缺失的序号、未处理的冲突"))
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=run_status)


def _passphrase(args: argparse.Namespace) -> str:
    if getattr(args, "key_password_file", None):
        return read_secret_file(args.key_password_file)
    if sys.stdin.isatty():
        return getpass.getpass(tr("cli", "密钥口令："))
    raise UsageError(detail="需要 --key-password-file")


def run_keys_show(args: argparse.Namespace) -> int:
    from desktop.services.exchange.keys import keys_info

    ctx = open_context(args)
    try:
        info = keys_info(ctx)
    finally:
        close(ctx)
    if args.json:
        print_json(info.__dict__)
    else:
        print(tr("cli", "站点 {code}（{mode}）", code=info.station_code, mode=info.mode))
        print(tr("cli", "指纹：{fp}", fp=info.fingerprint))
    return 0


def run_keys_export(args: argparse.Namespace) -> int:
    from desktop.services.exchange.keys import export_enrollment

    ctx = open_context(args)
    try:
        info = export_enrollment(ctx, args.out)
    finally:
        close(ctx)
    if args.json:
        print_json({**info.__dict__, "out": args.out})
    else:
        print(tr("cli", "登记文件已写出。请把指纹念给对方核对：{fp}", fp=info.fingerprint))
    return 0


def run_keys_trust(args: argparse.Namespace) -> int:
    from desktop.services.exchange.keys import trust_peer

    ctx = open_context(args)
    try:
        peer = trust_peer(ctx, args.file, args.fingerprint, replace=args.replace)
    finally:
        close(ctx)
    if args.json:
        print_json(peer.__dict__)
    else:
        print(tr("cli", "已信任站点 {code}（{mode}）。", code=peer.code, mode=peer.mode))
    return 0


def run_keys_peers(args: argparse.Namespace) -> int:
    from desktop.services.exchange.keys import list_peers

    ctx = open_context(args)
    try:
        peers = list_peers(ctx)
    finally:
        close(ctx)
    if args.json:
        print_json([p.__dict__ for p in peers])
    else:
        for p in peers:
            print(f"{p.code}\t{p.mode}\t{p.fingerprint}")
    return 0


def run_keys_passphrase(args: argparse.Namespace) -> int:
    from desktop.services.exchange.keys import change_passphrase

    ctx = open_context(args)
    try:
        change_passphrase(ctx, read_secret_file(args.old_file), read_secret_file(args.new_file))
    finally:
        close(ctx)
    if args.json:
        print_json({"changed": True})
    else:
        print(tr("cli", "密钥口令已修改，密钥和指纹不变。"))
    return 0


def run_keys_create(args: argparse.Namespace) -> int:
    from desktop.services.exchange.keys import create_keys

    ctx = open_context(args)
    try:
        info = create_keys(ctx, read_secret_file(args.key_password_file))
    finally:
        close(ctx)
    if args.json:
        print_json(info.__dict__)
    else:
        print(tr("cli", "已生成密钥。指纹：{fp}", fp=info.fingerprint))
    return 0


def run_export(args: argparse.Namespace) -> int:
    from desktop.services.exchange.exporter import export_bundle
    from desktop.services.exchange.keys import unlock_keys

    ctx = open_context(args)
    try:
        keys = unlock_keys(ctx, _passphrase(args))
        result = export_bundle(ctx, args.to, args.out, keys=keys, full=args.full)
    finally:
        close(ctx)
    if args.json:
        print_json(result.__dict__)
    else:
        print(
            tr(
                "cli",
                "已导出第 {seq} 号数据包：{n} 条记录，用时 {t:.1f} 秒。",
                seq=result.sequence,
                n=result.records,
                t=result.seconds,
            )
        )
    return 0


def run_import(args: argparse.Namespace) -> int:
    from desktop.services.exchange.importer import import_bundle
    from desktop.services.exchange.keys import unlock_keys

    ctx = open_context(args)
    try:
        keys = unlock_keys(ctx, _passphrase(args))
        result = import_bundle(ctx, args.file, keys=keys, dry_run=args.dry_run, receipt_out=args.receipt_out)
    finally:
        close(ctx)
    if args.json:
        print_json(result.as_dict())
    elif result.kind == "receipt":
        print(tr("cli", "已导入回执：{n} 条记录确认送达。", n=result.confirmed))
        if result.not_owner:
            print(tr("cli", "对方隔离了 {n} 条本站无权修改的记录。", n=result.not_owner))
    elif result.duplicate:
        print(tr("cli", "该数据包已导入过，未作任何改动。"))
    else:
        print(
            tr(
                "cli",
                "新增 {c}，更新 {u}，未变 {s}，冲突 {k}，隔离 {q}。",
                c=result.created,
                u=result.updated,
                s=result.unchanged,
                k=result.conflicts,
                q=result.quarantined,
            )
        )
        if result.not_owner:
            print(tr("cli", "其中 {n} 条不属于发送方，未予写入（sync.not_owner）。", n=result.not_owner))
        if result.missing_sequences:
            print(tr("cli", "尚缺对方的数据包序号：{m}", m=", ".join(map(str, result.missing_sequences))))
    return 0


def run_transfer(args: argparse.Namespace) -> int:
    from desktop.services.exchange.status import transfer_client

    ctx = open_context(args)
    try:
        result = transfer_client(ctx, args.client, args.to)
    finally:
        close(ctx)
    if args.json:
        print_json(result.__dict__)
    else:
        print(tr("cli", "已移交给站点 {to}；下次向各站导出时一并发送。", to=result.to_station))
    return 0


_AUDIT_HISTORY = {
    "continues": mark("cli", "审计记录连续"),
    "broken": mark("cli", "审计记录已被改写（自第 {n} 条起）"),
    "unchecked": mark("cli", "审计记录尚无法核对"),
    "unreported": mark("cli", "审计记录未报告"),
}


def run_status(args: argparse.Namespace) -> int:
    from desktop.services.exchange.status import exchange_overview

    ctx = open_context(args)
    try:
        overview = exchange_overview(ctx)
    finally:
        close(ctx)
    if args.json:
        print_json([p.__dict__ for p in overview.peers] + [{"open_conflicts": overview.open_conflicts}])
    else:
        for p in overview.peers:
            history = _AUDIT_HISTORY.get(p.audit_history)
            audit = tr("cli", history, n=p.audit_broken_at or "?") if history else ""
            print(f"{p.code}\t{p.last_received_sequence}\t{p.missing_sequences}\t{p.last_sent_sequence}\t{audit}")
        print(tr("cli", "未处理的冲突：{n}", n=overview.open_conflicts))
    return 0
