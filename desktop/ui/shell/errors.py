"""show_error: every exception reaches the user through this one function.

Expected failures (AppError) show their translated message; anything else is a bug: it is logged
with its traceback (logs hold no personal data: exceptions carry codes, not values) and the user
is told where the log is.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.errors import AppError, ValidationError

from desktop.ui.shell import dialogs

log = logging.getLogger("stationdesk.ui")


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def show_error(parent: QWidget | None, error: BaseException) -> None:
    if isinstance(error, ValidationError):
        dialogs.warn(parent, _tr("请检查输入"), error.user_message())
    elif isinstance(error, AppError):
        dialogs.warn(parent, _tr("未能完成"), error.user_message())
    else:
        log.error("unexpected error: %s", "".join(traceback.format_exception(error)))
        dialogs.critical(
            parent,
            _tr("程序出错"),
            _tr("发生了意外错误，操作未完成，已保存的数据不受影响。详细信息已写入日志文件。"),
        )


def _hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    show_error(None, error)


def install_excepthook() -> None:
    sys.excepthook = _hook
