"""Windows fit the screen they open on (issue 19: 1366×768 laptops at 125 % and 150 % scaling).

Every top-level window or dialog, when it is first shown, is made no larger than the available
area of its screen and moved inside it (one application event filter, `install_screen_fit`), so a
dialog sized for a large monitor still shows its buttons on a small one; long forms scroll
inside. The main window also remembers its size and position in the computer's preferences
file (desktop/preferences.py) and opens at most as large as the screen.
"""

from __future__ import annotations

import base64
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSize
from PySide6.QtWidgets import QApplication, QWidget

from desktop.preferences import save_window_geometry, saved_window_geometry

if TYPE_CHECKING:
    from desktop.paths import AppPaths

MAIN_WINDOW_SIZE = QSize(1280, 800)  # preferred on a screen that has room for it
# Room for a title bar and borders before the window manager has said how large they are.
FRAME_GUESS = QSize(16, 40)
FITTED = "screenFitted"  # a window's property once it was fitted


def available_area(widget: QWidget) -> QRect | None:
    """The screen area a window may use: its parent's screen when it has one, else its own."""
    parent = widget.parentWidget()
    screen = (parent.window().screen() if parent is not None else None) or widget.screen()
    if screen is None:
        screen = QApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def fit_to_screen(widget: QWidget, preferred: QSize | None = None) -> None:
    """Resize `widget` (to `preferred` if given) within its screen and move it inside."""
    area = available_area(widget)
    if area is None:
        return
    frame = widget.frameGeometry().size() - widget.geometry().size()  # title bar, borders
    if frame.isNull():
        frame = FRAME_GUESS  # not shown yet, or the window manager has not framed it yet
    room = QSize(max(area.width() - frame.width(), 200), max(area.height() - frame.height(), 150))
    size = (preferred or widget.size()).boundedTo(room)
    if size != widget.size():
        widget.resize(size)
    geometry = widget.frameGeometry()
    x = min(max(geometry.x(), area.x()), area.right() + 1 - geometry.width())
    y = min(max(geometry.y(), area.y()), area.bottom() + 1 - geometry.height())
    if (x, y) != (geometry.x(), geometry.y()):
        widget.move(max(x, area.x()), max(y, area.y()))


class ScreenFit(QObject):
    """Fits each window once, the first time it is shown (a user may resize it freely afterwards).

    The main window is fitted before it is shown (`restore_main_window`), so its first show asks no
    window type: that would build the Qt namespace's enums (≈ 30 ms, `QtCore.Qt` is looked up only
    when needed for the same reason) before the sign-in shows.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and not watched.property(FITTED)
            and watched.windowType() in (QtCore.Qt.WindowType.Window, QtCore.Qt.WindowType.Dialog)  # not menus, tips
        ):
            watched.setProperty(FITTED, True)
            fit_to_screen(watched)
        return False


def install_screen_fit(app: QApplication) -> ScreenFit:
    """Idempotent, found again like the wheel guard (desktop/ui/shell/wheel.py: not `findChild`)."""
    existing = getattr(app, "_stationdesk_screen_fit", None)
    if isinstance(existing, ScreenFit):
        return existing
    fitter = ScreenFit(app)
    app.installEventFilter(fitter)
    setattr(app, "_stationdesk_screen_fit", fitter)  # noqa: B010 - not an attribute Qt's stubs know
    return fitter


def restore_main_window(window: QWidget, paths: AppPaths) -> None:
    """The size and position of the last session, or the preferred size; never beyond the screen."""
    saved = saved_window_geometry(paths)
    restored = False
    if saved:
        try:
            restored = window.restoreGeometry(QByteArray(base64.b64decode(saved)))
        except ValueError:
            restored = False  # a damaged value: the default below
    if not restored:
        window.resize(MAIN_WINDOW_SIZE)
    fit_to_screen(window)
    window.setProperty(FITTED, True)


def remember_main_window(window: QWidget, paths: AppPaths) -> None:
    data = bytes(window.saveGeometry().data())
    save_window_geometry(paths, base64.b64encode(data).decode("ascii"))
