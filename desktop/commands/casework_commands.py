"""`stationdesk visits due|list|show|record|rebuild-schedule` and `stationdesk clients search`.

Every command signs in (desktop/commands/signin.py) and acts with that user's role, scope and name;
`visits record` and `visits show` also take `--user` / `--password-file` after the action.

Output is masked the way the screens are (docs/domain.md §5.2): ID numbers and phones never appear in
full here; names appear because the caseworker running the command needs them.
"""

from __future__ import annotations

import argparse
from typing import Any

from desktop.commands.common import close, open_context, parse_date, print_json
from desktop.domain.clock import station_today
from desktop.errors import UsageError
from desktop.i18n import tr
from desktop.services.context import ServiceContext


def _sign_in_options(parser: argparse.ArgumentParser, *, required: bool) -> None:
    """`--user` / `--password-file` after the action too (`visits record … --user NAME`): the same
    global sign-in (desktop/commands/signin.py). SUPPRESS: given only before the action, the
    global value stays (a subcommand's default would overwrite it)."""
    del required  # every data command signs in now
    parser.add_argument(
        "--user", dest="auth_user", default=argparse.SUPPRESS, metavar="USER", help=tr("cli", "以该用户身份登录")
    )
    parser.add_argument(
        "--password-file",
        dest="auth_password_file",
        default=argparse.SUPPRESS,
        metavar="FILE",
        help=tr("cli", "密码文件（第一行）；不给出时提示输入"),
    )


def _signed_in(args: argparse.Namespace) -> ServiceContext:
    """The installation's context acting as the command's user, checked like the window's sign-in."""
    return open_context(args)


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    visits = commands.add_parser("visits", help=tr("cli", "访视记录：到期名单、某位服务对象的访视"))
    visit_commands = visits.add_subparsers(dest="visits_command", metavar="ACTION", required=True)
    due = visit_commands.add_parser("due", help=tr("cli", "逾期、7日内到期和高风险/重点关注名单"))
    due.add_argument("--as-of", type=parse_date, default=None, metavar="YYYY-MM-DD")
    due.add_argument("--limit", type=int, default=1000, metavar="N")
    due.add_argument("--json", action="store_true")
    due.set_defaults(handler=run_due)
    listing = visit_commands.add_parser("list", help=tr("cli", "列出某位服务对象的访视记录（新的在前）"))
    listing.add_argument("--client", required=True, metavar="ID")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_list)
    show = visit_commands.add_parser("show", help=tr("cli", "显示一条访视记录（--json：可再次录入的访视文件）"))
    show.add_argument("visit_id", metavar="ID")
    show.add_argument("--json", action="store_true")
    _sign_in_options(show, required=False)
    show.set_defaults(handler=run_show)
    record = visit_commands.add_parser("record", help=tr("cli", "按访视文件（JSON）录入一条访视记录，以登录用户身份"))
    record.add_argument("--client", required=True, metavar="ID")
    record.add_argument("--json-file", required=True, metavar="FILE")
    record.add_argument("--date", type=parse_date, default=None, metavar="YYYY-MM-DD")
    record.add_argument("--final", action="store_true", help=tr("cli", "直接定稿（与界面定稿的检查相同）"))
    record.add_argument("--json", action="store_true")
    _sign_in_options(record, required=True)
    record.set_defaults(handler=run_record)
    rebuild = visit_commands.add_parser("rebuild-schedule", help=tr("cli", "按访视记录重新计算各服务对象的下次到期日"))
    rebuild.add_argument("--json", action="store_true")
    rebuild.set_defaults(handler=run_rebuild)

    clients = commands.add_parser("clients", help=tr("cli", "服务对象登记册"))
    client_commands = clients.add_subparsers(dest="clients_command", metavar="ACTION", required=True)
    search = client_commands.add_parser("search", help=tr("cli", "按姓名、拼音首字母、证件号或电话尾号搜索"))
    search.add_argument("text")
    search.add_argument("--limit", type=int, default=50, metavar="N")
    search.add_argument("--json", action="store_true")
    search.set_defaults(handler=run_search)


def _due_entry(entry: Any) -> dict[str, Any]:
    return {
        "client_id": entry.client_id,
        "name": entry.name,
        "due": entry.due.isoformat() if entry.due else None,
        "last_visit": entry.last_visit_date.isoformat() if entry.last_visit_date else None,
        "last_risk": entry.last_risk,
        "key_attention": entry.key_attention,
        "village": entry.village,
        "caseworker": entry.caseworker_name,
    }


def run_due(args: argparse.Namespace) -> int:
    from desktop.services.casework.dashboard import dashboard

    ctx = open_context(args)
    try:
        board = dashboard(ctx, args.as_of or station_today(), limit=args.limit)
    finally:
        close(ctx)
    result = {
        "as_of": board.today.isoformat(),
        "overdue": [_due_entry(e) for e in board.overdue.entries],
        "due_soon": [_due_entry(e) for e in board.due_soon.entries],
        "high_risk": [_due_entry(e) for e in board.high_risk.entries],
        "counts": {
            "overdue": board.overdue.total,
            "due_soon": board.due_soon.total,
            "high_risk": board.high_risk.total,
            "lost": board.lost.total,
            "drafts": board.drafts.total,
            # The year's ≥ 4 follow-ups (docs/domain-followups.md, Pace): behind pace, and below four so far.
            "behind_pace": board.pace.total,
            "below_four": board.pace.below_four,
        },
    }
    if args.json:
        print_json(result)
    else:
        for key, title in (("overdue", "逾期"), ("due_soon", "7日内到期"), ("high_risk", "高风险/重点关注")):
            print(tr("cli", "{title}：{n} 人", title=title, n=result["counts"][key]))
            for entry in result[key]:
                print(f"  {entry['due'] or '—':10s}  {entry['name']}  {entry['village']}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from desktop.services.casework.clients import get_client
    from desktop.services.casework.visits import list_visits

    ctx = open_context(args)
    try:
        get_client(ctx, args.client)  # a clear "not found" instead of an empty list
        rows = list_visits(ctx, args.client)
    finally:
        close(ctx)
    result = [
        {
            "id": v.id,
            "date": v.visit_date.isoformat(),
            "mode": v.mode,
            "mode_label": v.mode_label,
            "risk_level": v.risk_level,
            "classification": v.classification,
            "classification_label": v.classification_label,
            "next_visit_date": v.next_visit_date.isoformat() if v.next_visit_date else None,
            "status": v.status,
            "visitor": v.visitor_name,
        }
        for v in rows
    ]
    if args.json:
        print_json(result)
    else:
        for v in result:
            print(f"{v['date']}  {v['mode_label']:6s}  {v['classification_label'] or '—':6s}  {v['status']}")
    return 0


def run_search(args: argparse.Namespace) -> int:
    from desktop.services.casework.clients import search_clients

    ctx = open_context(args)
    try:
        rows = search_clients(ctx, args.text, limit=args.limit)
    finally:
        close(ctx)
    result = [
        {
            "id": c.id,
            "name": c.name,
            "sex": c.sex,
            "age": c.age,
            "id_number": c.id_masked,
            "phone": c.phone_masked,
            "village": c.village,
            "status": c.management_status,
            "caseworker": c.caseworker_name,
            "key_attention": c.key_attention,
        }
        for c in rows
    ]
    if args.json:
        print_json(result)
    else:
        for c in result:
            print(f"{c['name']}  {c['sex']}  {c['age'] or '—'}  {c['id_number']}  {c['phone']}  {c['village']}")
    return 0


def run_rebuild(args: argparse.Namespace) -> int:
    from desktop.services.casework.schedule_index import rebuild_schedule

    ctx = open_context(args)
    try:
        count = rebuild_schedule(ctx)
    finally:
        close(ctx)
    if args.json:
        print_json({"clients": count})
    else:
        print(tr("cli", "已重新计算 {n} 位服务对象的随访到期日。", n=count))
    return 0


def run_show(args: argparse.Namespace) -> int:
    from desktop.services.casework.visit_json import document
    from desktop.services.casework.visits import get_visit

    ctx = _signed_in(args)
    try:
        record = get_visit(ctx, args.visit_id)
    finally:
        close(ctx)
    doc = {
        **document(record.data),
        "id": record.id,
        "status": record.status,
        "classification_suggested": record.classification_suggested,
        "escalation_followup_due": record.escalation_followup_due,
        "visitor_name": record.visitor_name,
        "finalised_at": record.finalised_at,
        "override_approved_by": record.override_approved_by_name,
        "addenda": [
            {"seq": a.seq, "author": a.author_name, "at": a.created_at, "text": a.text} for a in record.addenda
        ],
    }
    if args.json:
        print_json(doc)
    else:
        for key, value in doc.items():
            if value not in (None, "", [], {}):
                print(f"{key}: {value}")
    return 0


def _read_document(path: str) -> object:
    import json
    from pathlib import Path

    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise UsageError(detail=f"无法读取文件 {path}") from exc
    except ValueError as exc:
        from desktop.errors import ValidationError

        raise ValidationError("visit_json.invalid_json", "访视文件不是有效的 JSON。") from exc


def run_record(args: argparse.Namespace) -> int:
    from desktop.services.casework.visit_json import parse
    from desktop.services.casework.visits import record_visit, save_visit

    data = parse(_read_document(args.json_file), client_id=args.client, visit_date=args.date)
    ctx = _signed_in(args)
    try:
        if args.final:
            summary = record_visit(ctx, data)
            warnings: list[str] = []
        else:
            saved = save_visit(ctx, data)
            summary, warnings = saved.summary, [n.code for n in saved.assessment.warnings]
    finally:
        close(ctx)
    result = {
        "id": summary.id,
        "client_id": summary.client_id,
        "visit_date": summary.visit_date,
        "status": summary.status,
        "classification": summary.classification,
        "next_visit_date": summary.next_visit_date,
        "visitor": summary.visitor_name,
        "warnings": warnings,
    }
    if args.json:
        print_json(result)
    else:
        print(tr("cli", "已录入访视记录 {id}（{status}）。", id=summary.id, status=summary.status_label))
    return 0
