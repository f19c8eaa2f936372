"""Leaving the lock screen without the password: 切换用户 signs the user out and a colleague signs
in in the same window, after saying that open forms close unsaved; 退出程序 saves an open visit form
as a draft and quits without a question, and refuses (saying why) while a form without drafts holds
unsaved edits (issue 19)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from shiboken6 import isValid
from sqlalchemy import select

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from desktop.models import AuditEvent
from desktop.services.admin.setup import station_info
from desktop.services.casework.clients import search_clients
from desktop.services.casework.visits import get_visit, list_visits
from desktop.services.context import ServiceContext
from tests.conftest import STAFF_PASSWORD
from tests.ui import find
from tests.ui.typing import commit_text

from desktop.ui.casework.client_form import ClientFormDialog
from desktop.ui.casework.clients_page import ClientsPage
from desktop.ui.casework.visit_dialog import VisitDialog
from desktop.ui.shell import dialogs
from desktop.ui.shell.lock import Curtain
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.tasks import TaskRunner


def _locked_with_a_form(qtbot: QtBot, ctx: ServiceContext, runner: TaskRunner) -> tuple[MainWindow, VisitDialog]:
    window = MainWindow(ctx, runner, station_info(ctx.db))
    qtbot.addWidget(window)
    window.show()
    clients = find.page(window, "clients", ClientsPage)
    qtbot.waitUntil(lambda: clients.model.rowCount() > 0 and runner.idle, timeout=5000)
    client = search_clients(ctx, "张三丰")[0]
    form = VisitDialog(ctx, runner, client.id, client.name, window)
    form.show()
    commit_text(form.social.edits["narrative"], "尚未保存的记录")
    window.lock.lock()
    assert window.lock.dialog is not None and window.lock.dialog.isVisible()
    return window, form


def _gone(widget: QWidget) -> bool:
    return not isValid(widget) or not widget.isVisible()


def _actions(ctx: ServiceContext) -> list[tuple[str, str]]:
    with ctx.db.read() as session:
        return [(e.action, e.username) for e in session.scalars(select(AuditEvent).order_by(AuditEvent.seq))]


def test_switch_user_from_the_lock_screen(qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner) -> None:
    window, form = _locked_with_a_form(qtbot, caseworker, runner)
    lock = window.lock.dialog
    assert lock is not None
    qtbot.mouseClick(find.button(lock, "切换用户"), Qt.MouseButton.LeftButton)
    title, text = dialogs.shown[-1]
    assert title == "切换用户" and "1 个窗口" in text and "张三丰" not in text
    qtbot.waitUntil(lambda: _gone(lock) and _gone(form), timeout=5000)
    assert not [c for c in window.findChildren(Curtain) if c.isVisible()]
    sign_in = find.button(window, "登录")
    qtbot.keyClicks(find.field(window, "用户名", QLineEdit), "lead")
    qtbot.keyClicks(find.field(window, "密码", QLineEdit), STAFF_PASSWORD)
    qtbot.mouseClick(sign_in, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "审计日志" in find.nav_titles(window) if window.pages else False, timeout=10000)
    qtbot.waitUntil(lambda: runner.idle, timeout=5000)
    assert "王站长" in " ".join(w.text() for w in window.statusBar().findChildren(type(window.busy)))
    assert window.lock.dialog is None and not window.lock.locked
    actions = _actions(caseworker)
    cw_logout = next(i for i, (action, _who) in enumerate(actions) if action == "logout")
    assert actions[cw_logout][1] == "cw1" and ("login", "lead") in actions[cw_logout:]
    window.lock.lock()  # the new user's lock asks the new user
    new_lock = window.lock.dialog
    assert new_lock is not None
    qtbot.keyClicks(new_lock.password, STAFF_PASSWORD)
    qtbot.mouseClick(new_lock.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.lock.locked, timeout=5000)


def _visits(ctx: ServiceContext, client_name: str) -> list[tuple[str, str]]:
    client = search_clients(ctx, client_name)[0]
    return [(v.status, get_visit(ctx, v.id).data.narrative) for v in list_visits(ctx, client.id)]


def test_quit_from_the_lock_screen_saves_the_open_visit_as_a_draft(
    qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner
) -> None:
    window, form = _locked_with_a_form(qtbot, caseworker, runner)
    lock = window.lock.dialog
    assert lock is not None and _visits(caseworker, "张三丰") == []
    asked = len(dialogs.shown)
    qtbot.mouseClick(find.button(lock, "退出程序"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert dialogs.shown[asked:] == []  # nobody was asked anything
    assert _gone(lock) and _gone(form)
    assert QApplication.activeModalWidget() is None
    assert _visits(caseworker, "张三丰") == [("draft", "尚未保存的记录")]
    assert ("logout", "cw1") in _actions(caseworker)


def test_quit_from_the_lock_screen_refuses_while_a_client_form_holds_unsaved_edits(
    qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner
) -> None:
    window, visit = _locked_with_a_form(qtbot, caseworker, runner)
    window.lock.dialog.release()
    window.lock.dispose()
    client = search_clients(caseworker, "张伟")[0]
    form = ClientFormDialog(caseworker, runner, window, client_id=client.id)
    form.show()
    qtbot.waitUntil(lambda: runner.idle and find.field(form, "姓名", QLineEdit).text() == "张伟", timeout=5000)
    commit_text(find.field(form, "姓名", QLineEdit), "改")
    window.lock.lock()
    lock = window.lock.dialog
    assert lock is not None
    quit_button = find.button(lock, "退出程序")
    qtbot.mouseClick(quit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(title == "退出程序" for title, _ in dialogs.shown), timeout=5000)
    text = next(text for title, text in dialogs.shown if title == "退出程序")
    assert "服务对象信息" in text and "1 份访视记录存为草稿" in text and "张伟" not in text
    qtbot.waitUntil(quit_button.isEnabled, timeout=5000)
    assert window.isVisible() and form.isVisible() and window.lock.locked
    assert search_clients(caseworker, "张伟")[0].name == "张伟"  # the edit is neither saved nor lost
    assert _visits(caseworker, "张三丰") == [("draft", "尚未保存的记录")]
    assert visit.isVisible()
