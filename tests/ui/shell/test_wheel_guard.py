"""The wheel scrolls the visit form and never changes the combo box, spin box or date under the
pointer unless that field has the focus (issue 19: 治疗效果 "2 好转" became "3 无变化")."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from desktop.services.casework.clients import search_clients
from desktop.services.context import ServiceContext

from desktop.ui.casework.visit_dialog import VisitDialog
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.shell.wheel import WheelGuard, install_wheel_guard
from desktop.ui.shell.widgets import DateEdit

UP = 120  # one notch away from the user: the form scrolls up, a focused combo goes to the previous entry


@pytest.fixture
def guarded() -> None:
    """As the program does at start (desktop/app.py); it stays for the rest of the session."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_wheel_guard(app)


def _wheel(widget: QWidget, notches: int = 1, *, under_pointer: bool = True) -> None:
    """A wheel turn over the middle of `widget`, delivered to the widget under the pointer there
    (a synthesised event is not passed on to parents: `under_pointer=False` sends it to `widget`)."""
    window = widget.window()
    at = widget.mapTo(window, widget.rect().center())
    under = (window.childAt(at) or widget) if under_pointer else widget
    local = QPointF(under.mapFrom(window, at))
    event = QWheelEvent(
        local,
        QPointF(under.mapToGlobal(local)),
        QPoint(0, 0),
        QPoint(0, UP * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(under, event)


def _open(qtbot: QtBot, ctx: ServiceContext, runner: TaskRunner) -> VisitDialog:
    client = search_clients(ctx, "张三丰")[0]
    dialog = VisitDialog(ctx, runner, client.id, client.name)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_wheel_over_an_unfocused_combo_scrolls_the_form(
    qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner, guarded: None
) -> None:
    dialog = _open(qtbot, caseworker, runner)
    combo = dialog.checklist.combos["treatment_effect"]
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel cannot give it the focus
    combo.setCurrentIndex(2)
    dialog.scroll.ensureWidgetVisible(combo, 0, 0)
    bar = dialog.scroll.verticalScrollBar()
    before = bar.value()
    assert before > 0
    _wheel(combo)
    assert combo.currentIndex() == 2
    assert bar.value() < before  # the form scrolled instead

    # With the focus the combo is the user's to turn: the same wheel now changes it.
    dialog.scroll.ensureWidgetVisible(combo, 0, 0)
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus, timeout=2000)
    _wheel(combo)
    assert combo.currentIndex() == 1


def test_wheel_over_an_unfocused_date_or_spin_box_changes_nothing(
    qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner, guarded: None
) -> None:
    dialog = _open(qtbot, caseworker, runner)
    date = dialog.header.visit_date
    assert isinstance(date, DateEdit)
    dialog.checklist.combos["treatment_effect"].setFocus()
    day = date.date()
    _wheel(date, -1)
    _wheel(date, -1, under_pointer=False)
    assert date.date() == day
    date.setFocus()
    qtbot.waitUntil(date.hasFocus, timeout=2000)
    _wheel(date, -1, under_pointer=False)  # one step back (a visit date cannot lie ahead)
    assert date.date() != day


def test_the_guard_is_installed_once(guarded: None) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_wheel_guard(app)
    assert len(app.findChildren(WheelGuard)) == 1
    combo = QComboBox()
    combo.ensurePolished()
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus
