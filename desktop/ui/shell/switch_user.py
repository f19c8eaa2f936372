"""Leaving a locked session: quit the program, or sign out so that a colleague signs in.

Open forms are the caller's concern only in that their unsaved input would be lost: nobody but the
signed-in user may unlock and save it (docs/architecture.md, screen lock). So before either step
the person at the screen is told how many forms are open and asked to confirm; the forms are then
closed without their own prompts (they belong to the user who is leaving), no title or client
name shown, since the colleague at the PC may not see them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui.shell import dialogs
from desktop.ui.shell.lock import LockDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("SwitchUser", text)


def open_forms(window: QWidget) -> list[QWidget]:
    """The other windows on screen (forms, previews, the kiosk) besides `window` and the lock."""
    return [
        other
        for other in QApplication.topLevelWidgets()
        if other is not window and other.isVisible() and other.isWindow() and not isinstance(other, LockDialog)
    ]


def confirm_leaving(parent: QWidget | None, window: QWidget, *, switching: bool) -> bool:
    """True when nothing is open, or the person confirms that open forms close unsaved."""
    count = len(open_forms(window))
    if not count:
        return True
    title = _tr("切换用户") if switching else _tr("退出程序")
    text = _tr(
        "还有 {n} 个窗口（如正在填写的访视表）未关闭，其中未保存的内容将会丢失。\n"
        "要保留这些内容，请由当前用户解锁后保存（访视表可存为草稿）。\n\n仍要继续吗？"
    ).format(n=count)
    return dialogs.confirm(parent, title, text)


def close_open_forms(window: QWidget) -> None:
    """Close every other window at once: hidden first (an `exec` waiting on it returns), then deleted."""
    for other in open_forms(window):
        other.hide()
        other.deleteLater()
