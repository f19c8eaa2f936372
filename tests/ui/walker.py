"""Clicking every button and triggering every action, closing whatever opens.

`Walker.press(control)` clicks a button (or triggers an action) with every window it opens taken
care of, also those opened with exec(), which would otherwise block the click: a timer finds each
new window from inside its event loop, walks a dialog's own buttons once (one level down), then
closes it (Escape / reject). Menus a button pops up are closed and their actions triggered after.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QRadioButton,
    QTabBar,
    QWidget,
)

from tests.ui import find

from desktop.ui.shell import dialogs
from desktop.ui.shell.tasks import TaskRunner

# Controls that leave the application (or replace its database and close it), by where they are:
# never pressed. (The volunteers page's 退出 marks a volunteer as having left: that one is pressed.)
LEAVES = {
    "文件: 退出": "closes the application",
    "设置 / 备份与恢复: 从所选备份恢复…": "replaces the database with a backup and closes the application",
    "设置 / 备份与恢复: 从其他文件恢复…": "replaces the database with a backup file and closes the application",
}
# Pressed last in a dialog: they close it, and the dialog's other buttons would no longer be on screen.
CLOSING_ROLES = (
    QDialogButtonBox.ButtonRole.RejectRole,
    QDialogButtonBox.ButtonRole.AcceptRole,
    QDialogButtonBox.ButtonRole.DestructiveRole,
)
Handler = Callable[[QWidget], bool]  # answers a window the walk meets (True: handled and closed)


@dataclass
class Walker:
    qtbot: QtBot
    runner: TaskRunner
    handlers: list[Handler] = field(default_factory=list)
    pressed: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    # Presses after which nothing could be seen to happen: no window, message or prompt, no work
    # for the worker, no change of page, check mark, or enabled/visible control in the window.
    dead: list[str] = field(default_factory=list)
    _stack: list[object] = field(default_factory=list)
    _seen: list[QWidget] = field(default_factory=list)  # kept referenced: an id is never reused
    _tasks: int = 0

    def __post_init__(self) -> None:
        run = self.runner.run

        def counted(*args: object, **kwargs: object) -> None:
            self._tasks += 1
            run(*args, **kwargs)  # type: ignore[arg-type]

        self.runner.run = counted  # type: ignore[method-assign]

    def _state(self, control: QAbstractButton | QAction) -> tuple[object, ...]:
        window = control.parentWidget().window() if isinstance(control, QAbstractButton) else None
        controls = window.findChildren(QAbstractButton) if window is not None else []
        nav = getattr(window, "nav", None)
        return (
            self._tasks,
            len(dialogs.shown),
            len(dialogs.asked),
            control.isChecked(),
            nav.currentRow() if nav is not None else None,
            tuple((b.isEnabled(), b.isVisible()) for b in controls),
            tuple(label.text() for label in window.findChildren(QLabel) if label.isVisible()) if window else (),
        )

    # --- pressing -------------------------------------------------------------------------------

    def press(self, control: QAbstractButton | QAction, where: str, depth: int = 1) -> None:
        name = find.plain(control.text())
        if f"{where}: {name}" in LEAVES:
            self.skipped.append((f"{where}: {name}", LEAVES[f"{where}: {name}"]))
            return
        self.pressed.append(f"{where}: {name}")
        state = self._state(control)
        seen = len(self._seen)
        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        token = object()
        menus: list[QMenu] = []
        self._stack.append(token)

        def tidy() -> None:
            if not self._stack or self._stack[-1] is not token:
                return  # an inner press looks after the windows that opened under it
            for window in QApplication.topLevelWidgets():
                if not isValid(window) or id(window) in before or window in self._seen or not window.isVisible():
                    continue
                self._seen.append(window)
                if isinstance(window, QMenu):
                    menus.append(window)
                    window.close()
                    continue
                self._answer(window, f"{where} → {name}", depth)

        timer = QTimer()
        timer.setInterval(30)
        timer.timeout.connect(tidy)
        timer.start()
        try:
            if isinstance(control, QAction):
                control.trigger()
            elif isinstance(control, QCheckBox | QRadioButton):  # on the box: a wide one is blank on the right
                self.qtbot.mouseClick(control, Qt.MouseButton.LeftButton, pos=QPoint(8, control.height() // 2))
            else:
                self.qtbot.mouseClick(control, Qt.MouseButton.LeftButton)
            self.settle()
            tidy()
            self.settle()
            tidy()
        finally:
            timer.stop()
            self._stack.pop()
        if len(self._seen) == seen and isValid(control) and self._state(control) == state:
            self.dead.append(f"{where}: {name}")
        for menu in menus:
            for action in menu.actions():
                if action.isEnabled() and not action.isSeparator() and action.menu() is None:
                    self.press(action, f"{where} → {name}", depth)

    def settle(self) -> None:
        """Let the click's work finish on the worker and its results arrive."""
        self.qtbot.wait(20)
        self.qtbot.waitUntil(lambda: self.runner.idle, timeout=30_000)
        self.qtbot.wait(20)

    # --- what opens -----------------------------------------------------------------------------

    def _answer(self, window: QWidget, where: str, depth: int) -> None:
        self._stack.append(window)  # what a handler opens is the handler's to answer
        try:
            handled = any(handler(window) for handler in self.handlers)
        finally:
            self._stack.pop()
        if handled:
            return
        if depth > 0 and isinstance(window, QDialog) and isValid(window):
            self.settle()  # what the dialog loads arrives before its controls are pressed
            self.walk(window, f"{where} [{window.windowTitle()}]", depth - 1, closing_last=True)
        self.close(window)

    def close(self, window: QWidget) -> None:
        if not isValid(window) or not window.isVisible():
            return
        if isinstance(window, QDialog):
            window.reject()
        else:
            window.close()
        assert not (isValid(window) and window.isVisible()), f"{window.windowTitle()!r} cannot be closed"

    # --- walking --------------------------------------------------------------------------------

    def buttons(self, root: QWidget) -> list[QAbstractButton]:
        found = [
            b
            for b in root.findChildren(QAbstractButton)
            if b.isVisible()
            and b.isEnabled()
            and not isinstance(b.parent(), QTabBar | QAbstractItemView)  # tab scrollers, a table's corner
            and b.window() is root.window()
        ]
        return [b for b in found if not isinstance(b, QCheckBox | QRadioButton) or b.text()]

    def walk(
        self, root: QWidget, where: str, depth: int, *, closing_last: bool = False, done: set[int] | None = None
    ) -> None:
        """Press each enabled button on screen in `root` once (`done`: those pressed already)."""
        done = set() if done is None else done
        while True:
            if not isValid(root) or not root.isVisible():
                return
            waiting = [b for b in self.buttons(root) if id(b) not in done]
            if closing_last:
                waiting.sort(key=lambda b: _closes(b))
            if not waiting:
                return
            button = waiting[0]
            done.add(id(button))
            self.press(button, where, depth)


def _closes(button: QAbstractButton) -> bool:
    box = button.parent()
    if isinstance(box, QDialogButtonBox):
        return box.buttonRole(button) in CLOSING_ROLES
    return find.plain(button.text()) in ("关闭", "取消", "放弃修改")
