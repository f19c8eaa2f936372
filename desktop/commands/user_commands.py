"""`stationdesk users add | list | disable`: the administrator's user management on the command line."""

from __future__ import annotations

import argparse

from desktop.commands.common import close, open_context, print_json, read_secret_file
from desktop.errors import NotFound
from desktop.i18n import tr

# The command line says `district` for the district administrator (the stored code is district_admin).
ROLE_CHOICES = {
    "caseworker": "caseworker",
    "lead": "lead",
    "coordinator": "coordinator",
    "district": "district_admin",
    "admin": "admin",
}


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    users = commands.add_parser("users", help=tr("cli", "用户：新建、列出、停用（系统管理员）"))
    sub = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    add = sub.add_parser("add", help=tr("cli", "新建用户（首次在窗口中登录时须修改密码）"))
    add.add_argument("username", metavar="NAME")
    add.add_argument("--role", required=True, choices=tuple(ROLE_CHOICES))
    add.add_argument("--password-file", required=True, metavar="FILE", help=tr("cli", "新用户初始密码所在的文件"))
    add.add_argument("--display-name", default="", metavar="TEXT")
    add.add_argument("--team", default="", metavar="TEAM")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=run_add)

    listing = sub.add_parser("list", help=tr("cli", "列出本机的用户"))
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_list)

    disable = sub.add_parser("disable", help=tr("cli", "停用用户（不能再登录；记录保留）"))
    disable.add_argument("username", metavar="NAME")
    disable.add_argument("--json", action="store_true")
    disable.set_defaults(handler=run_disable)


def run_add(args: argparse.Namespace) -> int:
    from desktop.services.admin.users import NewUser, create_account

    password = read_secret_file(args.password_file)
    ctx = open_context(args)
    try:
        data = NewUser(args.username, args.display_name or args.username, ROLE_CHOICES[args.role], password, args.team)
        account = create_account(ctx, data)
    finally:
        close(ctx)
    if args.json:
        print_json({"id": account.id, "username": account.username, "role": account.role})
    else:
        print(tr("cli", "已新建用户 {name}（{role}）", name=account.username, role=account.role))
    return 0


def run_list(args: argparse.Namespace) -> int:
    from desktop.services.admin.users import list_accounts

    ctx = open_context(args)
    try:
        accounts = list_accounts(ctx)
    finally:
        close(ctx)
    if args.json:
        print_json([account.__dict__ for account in accounts])
    else:
        for a in accounts:
            state = tr("cli", "启用") if a.active else tr("cli", "停用")
            print(f"{a.username:20s} {a.acts_as:16s} {state}  {a.display_name}")
    return 0


def run_disable(args: argparse.Namespace) -> int:
    from desktop.services.admin.users import list_accounts, set_active

    ctx = open_context(args)
    try:
        match = [a for a in list_accounts(ctx) if a.username == args.username]
        if not match:
            raise NotFound("user.not_found", "找不到该用户。")
        account = set_active(ctx, match[0].id, False)
    finally:
        close(ctx)
    if args.json:
        print_json({"username": account.username, "active": account.active})
    else:
        print(tr("cli", "已停用用户 {name}", name=account.username))
    return 0
