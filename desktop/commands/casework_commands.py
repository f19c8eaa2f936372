"""`stationdesk visits due|list|rebuild-schedule` and `stationdesk clients search`.

Output is masked the way the screens are (docs/domain.md §5.2): ID numbers and phones never appear in
full here; names appear because the caseworker running the command needs them.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from desktop.commands.common import close, open_context, parse_date, print_json
from desktop.i18n import tr


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
        board = dashboard(ctx, args.as_of or date.today(), limit=args.limit)
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
