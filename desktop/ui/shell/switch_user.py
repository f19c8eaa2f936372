"""Leaving a locked session: quit the program, or sign out so that a colleague signs in.

Open forms are the caller's concern only in that their unsaved input would be lost: nobody but the
signed-in user may unlock and save it (docs/architecture.md, screen lock). The forms are closed
without their own prompts (they belong to the user who is leaving), no title or client name shown,
since the colleague at the PC may not see them.

退出程序 asks the colleague nothing they could not answer: an open visit form with edits is saved
as a draft (草稿) of the user who typed it, then the program quits. A form that has no drafts (the
client form, a guardian…) cannot be kept that way, and saving it as a finished record nobody
confirmed would not be honest: then the program does not quit, and says which forms hold unsaved
edits and that their user must unlock to save or close them. 切换用户 still asks to confirm.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui.shell import dialogs
from desktop.ui.shell.lock import LockDialog
from desktop.ui.shell.unsaved import UnsavedChangesGuard


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


def keep_drafts_then(
    parent: QWidget | None, window: QWidget, then: Callable[[], None], refused: Callable[[], None]
) -> None:
    """Save every open visit form's edits as a draft; `then()` once all are kept, else say what
    could not be kept (by kind, never by name), leave everything open and call `refused()`."""
    edited = [f for f in open_forms(window) if isinstance(f, UnsavedChangesGuard) and f.has_unsaved_changes()]
    if not edited:
        then()
        return
    waiting, lost = [len(edited)], Counter[str]()

    def one_done(form: UnsavedChangesGuard, kept: bool) -> None:
        if not kept:
            lost[form.form_kind()] += 1
        waiting[0] -= 1
        if waiting[0]:
            return
        if not lost:
            then()
            return
        kinds = "\n".join(_tr("· {kind}（{n} 个窗口）").format(kind=kind, n=n) for kind, n in lost.items())
        saved = len(edited) - sum(lost.values())
        drafts = _tr("已把 {n} 份访视记录存为草稿。\n\n").format(n=saved) if saved else ""
        dialogs.warn(
            parent,
            _tr("退出程序"),
            drafts
            + _tr(
                "以下窗口中有未保存的修改，不能自动保存为草稿：\n{kinds}\n\n"
                "为免丢失，程序没有退出。请由当前用户解锁后保存或关闭这些窗口。"
            ).format(kinds=kinds),
        )
        refused()

    for form in edited:
        form.keep_unasked(lambda kept, form=form: one_done(form, kept))


def close_open_forms(window: QWidget) -> None:
    """Close every other window at once: hidden first (an `exec` waiting on it returns), then deleted."""
    for other in open_forms(window):
        other.hide()
        other.deleteLater()
