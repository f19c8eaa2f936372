"""Auto-lock: idle → every window covered, wrong password refused, right password unlocks with
the unsaved form input still there."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.services.admin.setup import station_info
from desktop.services.casework.clients import search_clients
from desktop.services.context import ServiceContext
from tests.conftest import STAFF_PASSWORD
from tests.ui import find
from tests.ui.typing import commit_text

from desktop.ui.casework.clients_page import ClientsPage
from desktop.ui.casework.visit_dialog import VisitDialog
from desktop.ui.shell.lock import Curtain, IdleWatcher
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.tasks import TaskRunner


def _window(qtbot: QtBot, ctx: ServiceContext, runner: TaskRunner) -> MainWindow:
    window = MainWindow(ctx, runner, station_info(ctx.db))
    qtbot.addWidget(window)
    window.show()
    clients = find.page(window, "clients", ClientsPage)
    qtbot.waitUntil(lambda: clients.model.rowCount() > 0, timeout=5000)
    qtbot.waitUntil(lambda: runner.idle, timeout=5000)  # the idle minutes from the settings have arrived
    return window


def test_idle_lock_covers_the_form_and_unlocks_with_the_password(
    qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner
) -> None:
    window = _window(qtbot, caseworker, runner)
    client = search_clients(caseworker, "张三丰")[0]
    dialog = VisitDialog(caseworker, runner, client.id, client.name, window)
    qtbot.addWidget(dialog)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)  # as exec() would
    dialog.show()
    commit_text(dialog.social.edits["narrative"], "上门访视，尚未保存的记录")
    assert "张三丰" in dialog.windowTitle()

    window.lock.watcher.set_minutes(0.003)  # ~0.2 s of idleness
    window.lock.watcher.resume()
    qtbot.waitUntil(lambda: window.lock.locked, timeout=5000)
    lock = window.lock.dialog
    assert lock is not None and lock.isVisible()
    covered = [c.parentWidget() for c in window.findChildren(Curtain)] + [
        c.parentWidget() for c in dialog.findChildren(Curtain)
    ]
    assert window in covered and dialog in covered
    assert all(c.isVisible() and c.geometry() == c.parentWidget().rect() for c in window.findChildren(Curtain))
    assert "张三丰" not in dialog.windowTitle()  # titles that name a client are hidden too
    assert QApplication.activeModalWidget() is lock

    qtbot.keyClick(lock, Qt.Key.Key_Escape)  # Escape does not unlock
    assert window.lock.locked and lock.isVisible()
    qtbot.keyClicks(lock.password, "wrong-password")
    qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: lock.message.text() != "", timeout=5000)
    assert "不正确" in lock.message.text() and window.lock.locked

    qtbot.keyClicks(lock.password, STAFF_PASSWORD)
    qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.lock.locked, timeout=5000)
    qtbot.waitUntil(lambda: not window.findChildren(Curtain), timeout=5000)
    assert dialog.isVisible() and dialog.social.edits["narrative"].toPlainText() == "上门访视，尚未保存的记录"
    assert "张三丰" in dialog.windowTitle()
    assert window.lock.watcher.timer.isActive()  # watching again


def test_activity_postpones_the_lock(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLineEdit

    fired: list[bool] = []
    watcher = IdleWatcher(0.03)  # 1.8 s
    watcher.idle.connect(lambda: fired.append(True))
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    for _ in range(12):  # keep typing for ~2.4 s, longer than the idle time
        qtbot.wait(200)
        qtbot.keyClick(edit, Qt.Key.Key_A)
    assert fired == []
    qtbot.waitUntil(lambda: fired == [True], timeout=3000)
    watcher.pause()
    QApplication.instance().removeEventFilter(watcher)  # type: ignore[union-attr]


def test_menu_locks_at_once_and_the_lock_is_audited(
    qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner
) -> None:
    from sqlalchemy import select

    from desktop.models import AuditEvent

    window = _window(qtbot, caseworker, runner)
    window.lock.lock()
    assert window.lock.locked
    lock = window.lock.dialog
    assert lock is not None
    qtbot.keyClicks(lock.password, STAFF_PASSWORD)
    qtbot.mouseClick(lock.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.lock.locked, timeout=5000)
    with caseworker.db.read() as session:
        actions = list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)))
    assert actions[-2:] == ["lock", "unlock"]
