"""What a person does in a journey, with real mouse and key events: click a button, choose a page in
the navigation, a tab, a row; wait for the window a click opens; answer a modal dialog."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QListWidget,
    QTabWidget,
    QWidget,
)

from tests.ui import find

WAIT = 20_000


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    """Click `button` with the mouse; it must be visible and enabled, as for a person."""
    assert button.isVisible(), f"{button.text()!r} is not on screen"
    assert button.isEnabled(), f"{button.text()!r} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_caption(qtbot: QtBot, root: QWidget, caption: str) -> None:
    click(qtbot, find.button(root, caption))


def wait_enabled(qtbot: QtBot, root: QWidget, caption: str) -> QAbstractButton:
    qtbot.waitUntil(lambda: find.button(root, caption).isEnabled(), timeout=WAIT)
    return find.button(root, caption)


def navigate(qtbot: QtBot, window: QWidget, title: str) -> QWidget:
    """Click the navigation item `title`; returns the page it shows."""
    nav: QListWidget = window.nav  # type: ignore[attr-defined]
    items = nav.findItems(title, Qt.MatchFlag.MatchExactly)
    assert len(items) == 1, f"navigation items {title!r}: {[nav.item(r).text() for r in range(nav.count())]}"
    nav.scrollToItem(items[0])
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(items[0]).center())
    assert nav.currentItem() is items[0]
    page: QWidget = window.stack.currentWidget()  # type: ignore[attr-defined]
    qtbot.waitUntil(page.isVisible, timeout=WAIT)
    return page


def choose_tab(qtbot: QtBot, root: QWidget, title: str) -> QWidget:
    """Click the tab titled `title` (its start); returns the tab's page."""
    candidates = root.findChildren(QTabWidget)
    if isinstance(root, QTabWidget):
        candidates.insert(0, root)
    for tabs in candidates:
        bar = tabs.tabBar()
        for index in range(tabs.count()):
            if find.plain(tabs.tabText(index)).startswith(title) and tabs.isVisible():
                qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
                assert tabs.currentIndex() == index
                return tabs.widget(index)
    raise AssertionError(f"no visible tab titled {title!r}")


def rows(view: QAbstractItemView) -> int:
    model = view.model()
    return 0 if model is None else model.rowCount()


def cell(view: QAbstractItemView, row: int, header: str) -> str:
    model = view.model()
    return str(model.data(model.index(row, find.column(view, header))) or "")


def _row_position(qtbot: QtBot, view: QAbstractItemView, row: int) -> QPoint:
    """Where row `row` is on screen, once the view has laid it out (scrolled to it)."""
    index = view.model().index(row, 0)
    view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
    qtbot.waitUntil(lambda: not view.visualRect(index).isEmpty(), timeout=WAIT)
    return view.visualRect(index).center()


def select_row(qtbot: QtBot, view: QAbstractItemView, row: int) -> None:
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_row_position(qtbot, view, row))


def open_row(qtbot: QtBot, view: QAbstractItemView, row: int) -> None:
    """Double-click row `row`, as a person opens a list entry."""
    pos = _row_position(qtbot, view, row)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def visible_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def wait_dialog(qtbot: QtBot, title: str, before: list[QDialog] | None = None) -> QDialog:
    """The dialog whose title starts with `title` once it is on screen."""
    seen = before or []

    def found() -> list[QDialog]:
        return [d for d in visible_dialogs() if d not in seen and d.windowTitle().startswith(title)]

    qtbot.waitUntil(lambda: len(found()) == 1, timeout=WAIT)
    return found()[0]


def answer_modal(qtbot: QtBot, title: str, handler: Callable[[QDialog], None]) -> list[BaseException]:
    """For a dialog opened with exec(): once the modal dialog titled `title` shows, run `handler` on
    it (from inside its event loop). Returns where a failure of the handler is kept (the dialog is
    then rejected, so the test does not hang); check it is empty after the click."""
    failures: list[BaseException] = []

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog) and modal.isVisible() and modal.windowTitle().startswith(title):
            try:
                handler(modal)
            except BaseException as error:  # reported by the caller
                failures.append(error)
                if shiboken6.isValid(modal):  # a dialog that deletes itself on close may be gone
                    modal.reject()
            return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    del qtbot
    return failures
