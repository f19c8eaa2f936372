"""Finding controls as a person does: the button that says X, the field labelled Y, the tab titled Z,
the page the navigation calls W. Captions are compared without their `&` shortcut markers."""

from __future__ import annotations

import re
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLayoutItem,
    QMainWindow,
    QMenu,
    QTabWidget,
    QWidget,
)

from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.pages import BY_KEY

W = TypeVar("W", bound=QWidget)


def plain(caption: str) -> str:
    """A caption as it reads on screen: `新建用户(&N)…` → `新建用户…`, `&Save` → `Save`, `&&` → `&`."""
    text = re.sub(r"\(&[^&)]\)", "", caption.replace("&&", "\0"))
    return text.replace("&", "").replace("\0", "&")


def _only(found: list[W], what: str) -> W:
    assert len(found) == 1, f"{len(found)} widgets are {what}"
    return found[0]


def button(root: QWidget, caption: str) -> QAbstractButton:
    """The one button (push button, check box, radio button) under `root` that says `caption`."""
    found = [b for b in root.findChildren(QAbstractButton) if plain(b.text()) == caption]
    return _only(found, f"buttons saying {caption!r}")


def field(root: QWidget, caption: str, kind: type[W]) -> W:
    """The `kind` control of the form row labelled `caption` (the row's own field, or the first
    `kind` inside it when the row holds several controls, e.g. a date and a hint)."""
    found: list[W] = []
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            control = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is None or control is None:
                continue
            text = label.widget()
            if isinstance(text, QLabel) and plain(text.text()) == caption:
                found.extend([w for w in _widgets(control) if isinstance(w, kind)][:1])
    return _only(found, f"{kind.__name__} fields labelled {caption!r}")


def _widgets(item: QLayoutItem) -> list[QWidget]:
    """The widgets of a form field in the order they are laid out: the field and what it holds."""
    widget = item.widget()
    if widget is not None:
        return [widget, *widget.findChildren(QWidget)]
    layout = item.layout()
    if layout is None:
        return []
    return [w for index in range(layout.count()) for w in _widgets(layout.itemAt(index))]


def group(root: QWidget, title: str) -> QGroupBox:
    """The one group box under `root` titled `title`."""
    found = [box for box in root.findChildren(QGroupBox) if plain(box.title()) == title]
    return _only(found, f"group boxes titled {title!r}")


def tab(root: QWidget, title: str) -> QWidget:
    """The page of the tab titled `title` (its start: a count may follow) under `root`."""
    found = [
        tabs.widget(index)
        for tabs in root.findChildren(QTabWidget)
        for index in range(tabs.count())
        if plain(tabs.tabText(index)).startswith(title)
    ]
    return _only(found, f"tabs titled {title!r}")


def nav_titles(window: MainWindow) -> list[str]:
    return [window.nav.item(row).text() for row in range(window.nav.count())]


def show_page(window: MainWindow, key: str) -> None:
    """Choose the page in the navigation by its title, as a user does."""
    window.nav.setCurrentRow(nav_titles(window).index(BY_KEY[key].caption()))


def page(window: MainWindow, key: str, kind: type[W]) -> W:
    """The window's page `key` (built if it was not yet), checked to be a `kind`."""
    found = window.page(key)
    assert isinstance(found, kind), f"page {key!r} is {found!r}"
    return found


def column(view: QAbstractItemView, header: str) -> int:
    """The column of `view` whose header says `header`."""
    model = view.model()
    found = [
        col
        for col in range(model.columnCount())
        if plain(str(model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))) == header
    ]
    return _only(found, f"columns headed {header!r}")  # type: ignore[arg-type, type-var]


def menu_action(window: QMainWindow, menu: str, caption: str) -> QAction:
    """The action saying `caption` in the menu bar's menu titled `menu`."""
    menus = [action.menu() for action in window.menuBar().actions() if plain(action.text()) == menu]
    found = [
        action
        for found_menu in menus
        if isinstance(found_menu, QMenu)
        for action in found_menu.actions()
        if plain(action.text()) == caption
    ]
    return _only(found, f"actions {caption!r} in menu {menu!r}")  # type: ignore[arg-type, type-var]


def table(root: QWidget, header: str) -> QAbstractItemView:
    """The one visible table or list under `root` that has a column headed `header`."""
    found = []
    candidates = root.findChildren(QAbstractItemView)
    if isinstance(root, QAbstractItemView):  # a tab whose page is the table itself
        candidates.insert(0, root)
    for view in candidates:
        model = view.model()
        if model is None or isinstance(view, QHeaderView) or not (view is root or view.isVisibleTo(root)):
            continue
        headers = [
            plain(str(model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)))
            for col in range(model.columnCount())
        ]
        if header in headers:
            found.append(view)
    return _only(found, f"tables with a column {header!r}")  # type: ignore[arg-type, type-var]
