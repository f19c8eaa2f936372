"""The mouse wheel scrolls the form; it never changes a combo box, spin box or date edit that does
not have the keyboard focus (issue 19: scrolling the visit form turned 治疗效果 "2 好转" into "3 无变化").

One filter on the application: such widgets get Qt.FocusPolicy.StrongFocus when polished (the
default WheelFocus would let the wheel give them focus and then change them), and a wheel event
meant for one of them without focus goes to the viewport of the scroll area around it instead.
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QWidget

CHOICE_WIDGETS = (QComboBox, QAbstractSpinBox)


def _choice_widget(watched: QObject) -> QWidget | None:
    """The combo or spin box `watched` is, or the line edit of one (what lies under the pointer)."""
    if isinstance(watched, CHOICE_WIDGETS):
        return watched
    parent = watched.parent() if isinstance(watched, QWidget) else None
    return parent if isinstance(parent, CHOICE_WIDGETS) else None


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Wheel:
            target = _choice_widget(watched)
            if target is None or target.hasFocus():
                return False
            area = _scroll_area_around(target)
            if area is not None and isinstance(event, QWheelEvent):
                viewport = area.viewport()
                source = watched if isinstance(watched, QWidget) else target
                position = viewport.mapFrom(source.window(), source.mapTo(source.window(), event.position()))
                forwarded = QWheelEvent(
                    position,
                    event.globalPosition(),
                    event.pixelDelta(),
                    event.angleDelta(),
                    event.buttons(),
                    event.modifiers(),
                    event.phase(),
                    event.inverted(),
                )
                QApplication.sendEvent(viewport, forwarded)
            return True  # the unfocused choice never sees it
        if kind == QEvent.Type.Polish and isinstance(watched, CHOICE_WIDGETS):
            # QtCore.Qt looked up here, not imported: its first use builds ≈ 100 enums (≈ 30 ms),
            # which the start does not need before the sign-in shows (it has no choice widgets).
            watched.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)
        return False


def install_wheel_guard(app: QApplication) -> WheelGuard:
    """Idempotent: the one guard lives as long as the application (it is the app's child).

    It is found again through an attribute of the application rather than `findChild`, whose first
    look through the application's children wraps its QStyle for Python (≈ 15 ms of enums at start).
    """
    existing = getattr(app, "_stationdesk_wheel_guard", None)
    if isinstance(existing, WheelGuard):
        return existing
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    setattr(app, "_stationdesk_wheel_guard", guard)  # noqa: B010 - not an attribute Qt's stubs know
    return guard
