"""The app shell driven as a user would: log in, search a name, open a client, log a visit."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop.domain.clock import station_today
from desktop.services.admin.setup import station_info
from desktop.services.casework.visits import list_visits
from desktop.services.context import ServiceContext
from tests.conftest import STAFF_PASSWORD
from tests.ui import find
from tests.ui.typing import commit_text

from desktop.ui.admin.info_pages import SettingsPage
from desktop.ui.casework.clients_page import ClientsPage
from desktop.ui.casework.dashboard_page import DashboardPage
from desktop.ui.casework.visit_dialog import VisitDialog
from desktop.ui.shell.login_dialog import LoginDialog
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.shell.widgets import CodeCombo


def _login_dialog(qtbot: QtBot, ctx: ServiceContext, runner: TaskRunner) -> LoginDialog:
    dialog = LoginDialog(ctx, runner, "测试街道精神健康社工站")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_login_with_the_right_password(qtbot: QtBot, anonymous: ServiceContext, runner: TaskRunner) -> None:
    dialog = _login_dialog(qtbot, anonymous, runner)
    qtbot.keyClicks(dialog.username, "cw1")
    qtbot.keyClicks(dialog.password, STAFF_PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.actor.display_name == "李社工"


def test_wrong_password_shows_a_message_and_stays_open(
    qtbot: QtBot, anonymous: ServiceContext, runner: TaskRunner
) -> None:
    dialog = _login_dialog(qtbot, anonymous, runner)
    qtbot.keyClicks(dialog.username, "cw1")
    qtbot.keyClicks(dialog.password, "not-the-password")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=5000)
    assert "用户名或密码不正确" in dialog.message.text()
    assert dialog.isVisible() and dialog.actor is None and dialog.password.text() == ""


def _window(qtbot: QtBot, ctx: ServiceContext, runner: TaskRunner) -> MainWindow:
    window = MainWindow(ctx, runner, station_info(ctx.db))
    qtbot.addWidget(window)
    window.show()
    clients = find.page(window, "clients", ClientsPage)
    qtbot.waitUntil(lambda: clients.model.rowCount() > 0, timeout=5000)
    return window


def test_search_by_pinyin_initials_then_open_client(
    qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner
) -> None:
    window = _window(qtbot, caseworker, runner)
    page = find.page(window, "clients", ClientsPage)
    assert page.model.rowCount() == 4
    qtbot.keyClicks(page.search_box, "zsf")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert page.model.row_at(0).name == "张三丰"  # type: ignore[union-attr]
    assert page.model.data(page.model.index(0, 3)) == "110***********002X"  # masked in the list
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.title.text().startswith("张三丰"), timeout=5000)
    assert page.detail.fields["id"].text() == "110***********002X"
    assert page.detail.log_button.isEnabled()


def test_log_a_visit_by_keyboard_and_see_it_in_the_history(
    qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner
) -> None:
    window = _window(qtbot, caseworker, runner)
    page = find.page(window, "clients", ClientsPage)
    qtbot.keyClicks(page.search_box, "zhangsf")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.client is not None, timeout=5000)
    client = page.detail.client
    assert client is not None

    dialog = VisitDialog(caseworker, runner, client.id, client.name, page.detail)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    mode = find.field(dialog, "随访形式", CodeCombo)
    mode.setFocus()
    qtbot.keyClick(mode, Qt.Key.Key_Down)  # 家庭访视 → 电话
    qtbot.keyClick(dialog.checklist.risk, Qt.Key.Key_Down)  # （未评估） → 0级
    qtbot.keyClick(dialog.classification, Qt.Key.Key_End)  # → 稳定
    narrative = dialog.social.edits["narrative"]
    commit_text(narrative, "电话随访，情绪平稳，按时服药。")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.keyClick(narrative, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # save the draft
    saved = dialog.saved
    assert saved is not None and saved.mode_label == "电话" and saved.risk_level == 0 and saved.classification == 3

    page.detail.show_client(client.id)
    qtbot.waitUntil(lambda: page.detail.history_model.rowCount() == 1, timeout=5000)
    model = page.detail.history_model
    assert model.data(model.index(0, 0)) == station_today().isoformat()
    assert model.data(model.index(0, 1)) == "电话"
    assert model.data(model.index(0, 3)) == "稳定"
    assert [v.narrative_excerpt for v in list_visits(caseworker, client.id)] == ["电话随访，情绪平稳，按时服药。"]


def test_a_refused_visit_keeps_the_dialog_open_with_the_input(
    qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner, headless_dialogs: list[tuple[str, str]]
) -> None:
    from desktop.services.casework.clients import search_clients

    client = search_clients(caseworker, "张三丰")[0]
    dialog = VisitDialog(caseworker, runner, client.id, client.name)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.next_date.set_date(date(2000, 1, 1))  # before the visit date: refused by the service
    commit_text(dialog.social.edits["narrative"], "要保留的内容")
    dialog.save(final=False)
    qtbot.waitUntil(lambda: bool(headless_dialogs), timeout=5000)
    assert "下次随访日期须晚于本次随访日期" in headless_dialogs[-1][1]
    assert dialog.isVisible() and dialog.social.edits["narrative"].toPlainText() == "要保留的内容"
    assert list_visits(caseworker, client.id) == []


def test_navigation_shows_every_page(qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner) -> None:
    window = _window(qtbot, caseworker, runner)
    titles = find.nav_titles(window)
    # A caseworker's pages: the volunteer, exchange and audit pages belong to other roles.
    assert titles == ["工作台", "服务对象", "访视记录", "设置"]
    window.nav.setCurrentRow(0)
    dashboard = find.page(window, "dashboard", DashboardPage)
    assert window.stack.currentWidget() is dashboard
    qtbot.waitUntil(lambda: "服务对象 4 人" in dashboard.summary.text(), timeout=5000)
    assert dashboard.tabs.tabText(1).startswith("7日内到期")
    window.nav.setCurrentRow(3)
    settings = find.page(window, "settings", SettingsPage)
    assert window.stack.currentWidget() is settings
    qtbot.waitUntil(lambda: settings.values["code"].text() == "XH-TEST", timeout=5000)
