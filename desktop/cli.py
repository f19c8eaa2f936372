"""The `stationdesk` command: headless operations for scripts and tests, or the GUI with no command.

Never imports PySide6 itself: the GUI is imported only when no subcommand is given. Exit codes:
0 success, 2 usage error, 1 any other error with a one-line message in the user's language (and,
with --json, a JSON object carrying the stable `error_code`). Expected errors print no traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from desktop import __version__
from desktop.errors import AppError, UsageError, data_dir_error
from desktop.i18n import language_from_environment, set_language, tr

VERSION_TEXT = f"StationDesk {__version__}"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(
            2, tr("cli", "stationdesk: 命令用法有误：{detail}（运行 stationdesk --help 查看用法）\n", detail=message)
        )


def build_parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; `with_commands=False`: only the options of the GUI (no subcommands)."""
    parser = _Parser(prog="stationdesk", description=tr("cli", "社工站工作台 StationDesk：不带子命令时打开图形界面。"))
    parser.add_argument("--version", action="version", version=VERSION_TEXT)
    parser.add_argument(
        "--data-dir", metavar="DIR", help=tr("cli", "数据目录（默认：用户数据目录，或环境变量 STATIONDESK_DATA_DIR）")
    )
    parser.add_argument("--lang", choices=("zh_CN", "en"), help=tr("cli", "界面与消息语言"))
    parser.add_argument("--demo", action="store_true", help=tr("cli", "打开图形界面；数据目录为空时先生成演示数据"))
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    # Imported here: the command modules cost ~60 ms that opening the GUI does not need.
    from desktop.commands import ALL as COMMAND_MODULES
    from desktop.commands.signin import add_options

    add_options(parser)

    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def _gui_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options when the command line only opens the GUI (nothing but global options), else None."""
    if any(arg in ("-h", "--help", "--version") for arg in argv):
        return None
    parser = build_parser(with_commands=False)

    def usage_error(_message: str) -> NoReturn:
        raise _NotGui  # the full parser reports it, once, with the list of commands

    parser.error = usage_error  # type: ignore[method-assign]
    try:
        args, rest = parser.parse_known_args(list(argv))
    except _NotGui:
        return None
    return None if rest else args


class _NotGui(Exception):
    """The command line is not a plain GUI start."""


def _report(error: AppError, as_json: bool) -> int:
    if as_json:
        print(json.dumps({"error_code": error.code, "message": error.user_message()}, ensure_ascii=False))
    print(f"stationdesk: {error.user_message()}", file=sys.stderr)
    return error.exit_code


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments == ["--version"]:  # answered before the parser imports every command's module
        print(VERSION_TEXT)
        return 0
    set_language(language_from_environment())
    # The help texts are translated while the parser is built, so `--lang` must act before parsing.
    for n, arg in enumerate(arguments):
        if arg == "--lang" and n + 1 < len(arguments):
            set_language(arguments[n + 1])
        elif arg.startswith("--lang="):
            set_language(arg.split("=", 1)[1])
    gui = _gui_arguments(arguments)
    args = gui if gui is not None else build_parser().parse_args(arguments)
    if args.lang:
        set_language(args.lang)
    if args.command is None:
        from desktop.app import run_gui

        return run_gui(args)
    from desktop.logs import setup_logging
    from desktop.paths import resolve_paths

    if not getattr(args, "outside_data_dir", False):  # `bench` never touches the data directory
        setup_logging(resolve_paths(args.data_dir))
    log = logging.getLogger("stationdesk.cli")
    log.info("command %s", args.command)
    try:
        if getattr(args, "gui", None) == "kiosk":
            from desktop.app import run_kiosk
            from desktop.commands.common import unlock_station

            unlock_station(args)  # an encrypted station's kiosk opens with a signed-in user's key
            return run_kiosk(args)
        code = int(args.handler(args) or 0)
        sys.stdout.flush()  # a closed pipe shows up here, where it is handled, not at interpreter exit
        return code
    except UsageError as error:
        return _report(error, getattr(args, "json", False))
    except AppError as error:
        log.info("command %s failed: %s", args.command, error.code)
        return _report(error, getattr(args, "json", False))
    except KeyboardInterrupt:
        print(tr("cli", "stationdesk: 已中断，未完成的操作已撤销。"), file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader went away (`stationdesk … --json | head`): not an error of ours. Point stdout at
        # /dev/null so the interpreter's final flush does not raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as error:
        storage = data_dir_error(error)
        if storage is not None:  # the environment failed us, not the code: no traceback
            log.info("command %s failed: %s", args.command, storage.code)
            return _report(storage, getattr(args, "json", False))
        # A bug: the traceback goes to the log (exceptions carry codes, not personal values), the
        # user gets one line instead of a traceback that might echo what they typed.
        log.exception("unexpected error in command %s", args.command)
        print(tr("cli", "stationdesk: 发生了意外错误，操作未完成。详细信息已写入日志文件。"), file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
