"""Every button and every menu action of every page, for every role of the demo station, pressed
in the real window; every dialog they open has its own buttons pressed too, then is closed
(issue 19, item 2). Fails on the generic "发生了意外错误" box, a traceback or ERROR in the log, and an
exception in a slot (pytest-qt's capture is on: `qt_no_exception_capture` is not set).

Not pressed, with the reason (tests/ui/walker.py, LEAVES): 文件 → 退出 (closes the application),
设置 → 备份与恢复 → 从所选备份恢复… and 从其他文件恢复… (replace the database and close the
application). 退出程序 on the lock screen is not reached: the walk unlocks it.
The lock screen, when a button locks it, is unlocked by typing the password; the check-in kiosk
is left as a coordinator leaves it (Ctrl+Shift+Q and a coordinator's password).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHeaderView,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)

from desktop.paths import AppPaths
from desktop.services.demo.setup import DEMO_PASSWORD
from tests.ui import find
from tests.ui.app_under_test import DISTRICT_PASSWORD, DISTRICT_USER, StartApp, make_district, sign_in
from tests.ui.journeys.steps import answer_modal, choose_tab, navigate, rows, select_row
from tests.ui.walker import LEAVES, Walker

GENERIC_ERROR = "发生了意外错误"
# Presses that showed no effect and are left as they are, with the reason (none at present).
KNOWN_DEAD: dict[str, str] = {}
LOCKED = "社工站工作台 — 已锁定"
KIOSK = "志愿者签到"
# The demo station's users (desktop/services/demo/setup.py), one per role, and a district's.
USERS = ("admin", "wangfang", "liming", "zhouyun", DISTRICT_USER)


def _unlock(qtbot: QtBot, password_typed: str) -> Callable[[QWidget], bool]:
    def answer(window: QWidget) -> bool:
        if window.windowTitle() != LOCKED:
            return False
        password = next(e for e in window.findChildren(QLineEdit) if e.echoMode() == QLineEdit.EchoMode.Password)
        qtbot.keyClicks(password, password_typed)
        qtbot.keyClick(password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not (isValid(window) and window.isVisible()), timeout=20_000)
        return True

    return answer


def _select_rows(walker: Walker, page: QWidget) -> None:
    """Select the last row of each list on screen with nothing selected: the buttons about a
    selected row come alive (a list with a selection keeps it: choosing another client would
    empty the client's visit history again). The last: the oldest visit of a history, a finalised
    one; in the users list not the admin walking it (重置密码 would lock the admin out)."""
    for view in page.findChildren(QAbstractItemView):
        if isinstance(view, QHeaderView) or not view.isVisible() or rows(view) == 0:
            continue
        if view.selectionModel() is not None and view.selectionModel().hasSelection():
            continue
        for _attempt in range(3):  # a refresh that was still on its way may empty the list once more
            select_row(walker.qtbot, view, rows(view) - 1)
            walker.settle()
            if view.selectionModel().hasSelection():
                break


def _leave_kiosk(qtbot: QtBot) -> Callable[[QWidget], bool]:
    """The kiosk closes only for a coordinator or lead: Ctrl+Shift+Q, then 周云 signs in."""

    def answer(window: QWidget) -> bool:
        if window.windowTitle() != KIOSK:
            return False

        def sign_in_to_leave(dialog: QDialog) -> None:
            qtbot.keyClicks(dialog.username, "zhouyun")  # type: ignore[attr-defined]
            qtbot.keyClicks(dialog.password, DEMO_PASSWORD)  # type: ignore[attr-defined]
            qtbot.keyClick(dialog.password, Qt.Key.Key_Return)  # type: ignore[attr-defined]

        failures = answer_modal(qtbot, "登录", sign_in_to_leave)
        window.activateWindow()  # shortcuts reach the active window only
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
        keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Q, keys)
        qtbot.waitUntil(lambda: not (isValid(window) and window.isVisible()), timeout=20_000)
        assert failures == []
        return True

    return answer


def _walk_part(walker: Walker, page: QWidget, where: str, done: set[int]) -> None:
    """Select rows and press what is new, again while pressing brings new buttons (a press that
    reloads a list empties its selection and disables the buttons about the selected row)."""
    for _round in range(3):
        before = len(done)
        _select_rows(walker, page)
        walker.walk(page, where, 1, done=done)
        if len(done) == before:
            return


def _walk_page(walker: Walker, page: QWidget, title: str) -> None:
    done: set[int] = set()
    _walk_part(walker, page, title, done)
    for tabs in [t for t in page.findChildren(QTabWidget) if t.isVisible()]:
        for index in range(tabs.count()):
            if not (tabs.isVisible() and tabs.isTabEnabled(index)):
                continue
            tab_title = find.plain(tabs.tabText(index))
            choose_tab(walker.qtbot, tabs, tab_title)
            walker.settle()
            _walk_part(walker, page, f"{title} / {tab_title}", done)


def _menu_actions(menu: QMenu) -> list[QAction]:
    found: list[QAction] = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        sub = action.menu()
        if isinstance(sub, QMenu):
            found.extend(_menu_actions(sub))
        else:
            found.append(action)
    return found


@pytest.mark.parametrize("username", USERS)
def test_every_button_and_action_of_every_page(
    qtbot: QtBot,
    demo_station: AppPaths,
    start_app: StartApp,
    username: str,
    tmp_path: Path,
    request: pytest.FixtureRequest,
) -> None:
    assert not request.config.getini("qt_no_exception_capture")  # an exception in a slot fails the walk
    district = username == DISTRICT_USER
    password = DISTRICT_PASSWORD if district else DEMO_PASSWORD
    app = start_app(make_district(tmp_path / "district") if district else demo_station)
    app.expected = lambda box: GENERIC_ERROR not in box[1]  # a message about what was typed is an answer
    sign_in(qtbot, app, username, password)
    window = app.window
    walker = Walker(qtbot, app.runner, handlers=[_unlock(qtbot, password), _leave_kiosk(qtbot)])
    walker.settle()

    titles = find.nav_titles(window)  # type: ignore[arg-type]
    for title in titles:
        page = navigate(qtbot, window, title)
        walker.settle()
        _walk_page(walker, page, title)
    for menu_action in window.menuBar().actions():  # type: ignore[attr-defined]
        menu = menu_action.menu()
        assert isinstance(menu, QMenu)
        for action in _menu_actions(menu):
            if action.isEnabled():
                walker.press(action, find.plain(menu_action.text()))

    assert len(walker.pressed) > 10, walker.pressed
    assert set(walker.dead) <= set(KNOWN_DEAD), f"pressed to no visible effect: {walker.dead}"
    assert all(reason for _where, reason in walker.skipped)
    assert {where for where, _ in walker.skipped} <= set(LEAVES)
