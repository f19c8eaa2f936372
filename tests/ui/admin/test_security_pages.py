"""Role-based pages, the administrator's users tab, the audit log page, reveal and password change."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from PySide6.QtCore import Qt

from desktop.models import AuditEvent
from desktop.services.admin.setup import station_info
from desktop.services.admin.users import list_accounts
from desktop.services.auth import login
from desktop.services.context import ServiceContext
from tests.conftest import ADMIN_PASSWORD, STAFF_PASSWORD
from tests.ui import find
from tests.ui.typing import commit_text

from desktop.ui.admin.audit_page import AuditPage
from desktop.ui.admin.info_pages import SettingsPage
from desktop.ui.admin.users_section import UserDialog, UsersSection
from desktop.ui.casework.clients_page import ClientsPage
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.password_dialog import ChangePasswordDialog
from desktop.ui.shell.tasks import TaskRunner


def _as(anonymous: ServiceContext, username: str) -> ServiceContext:
    return anonymous.as_actor(login(anonymous, username, ADMIN_PASSWORD if username == "admin" else STAFF_PASSWORD))


def _window(qtbot: QtBot, ctx: ServiceContext, runner: TaskRunner) -> MainWindow:
    window = MainWindow(ctx, runner, station_info(ctx.db))
    qtbot.addWidget(window)
    window.show()
    return window


def _tabs(window: MainWindow) -> list[str]:
    tabs = find.page(window, "settings", SettingsPage).tabs
    return [tabs.tabText(i) for i in range(tabs.count())]


def test_pages_follow_the_role(qtbot: QtBot, anonymous: ServiceContext, runner: TaskRunner) -> None:
    lead = _window(qtbot, _as(anonymous, "lead"), runner)
    assert find.nav_titles(lead) == ["工作台", "服务对象", "访视记录", "志愿者", "排班", "数据交换", "审计日志", "设置"]
    assert _tabs(lead) == ["本机", "账户与安全", "备份与恢复"]
    admin = _window(qtbot, _as(anonymous, "admin"), runner)
    assert find.nav_titles(admin) == ["数据交换", "审计日志", "设置"]  # no case pages (the 工作台 is case work)
    assert _tabs(admin) == ["本机", "账户与安全", "用户", "备份与恢复"]
    coordinator = _window(qtbot, _as(anonymous, "coord"), runner)
    assert find.nav_titles(coordinator) == ["志愿者", "排班", "设置"]
    assert not find.page(coordinator, "settings", SettingsPage).security.station.isVisible()


def test_admin_creates_a_user_in_the_users_tab(
    qtbot: QtBot, anonymous: ServiceContext, runner: TaskRunner, monkeypatch: object
) -> None:
    admin_ctx = _as(anonymous, "admin")
    window = _window(qtbot, admin_ctx, runner)
    find.show_page(window, "settings")
    settings = find.page(window, "settings", SettingsPage)
    users = find.tab(settings, "用户")
    assert isinstance(users, UsersSection)
    settings.tabs.setCurrentWidget(users)
    qtbot.waitUntil(lambda: users.model.rowCount() == 6, timeout=5000)

    created: dict[str, UserDialog] = {}

    def fill_and_accept(dialog: UserDialog) -> int:
        created["dialog"] = dialog
        qtbot.keyClicks(dialog.username, "cw7")
        commit_text(dialog.display_name, "孙社工")
        qtbot.keyClicks(dialog.team, "A")
        return 1

    monkeypatch.setattr(UserDialog, "exec", fill_and_accept)  # type: ignore[attr-defined]
    find.button(users, "新建用户…").click()
    qtbot.waitUntil(lambda: users.model.rowCount() == 7, timeout=5000)
    row = next(r for r in users.model.rows if r.username == "cw7")
    assert (row.display_name, row.role, row.team, row.must_change_password) == ("孙社工", "caseworker", "A", True)
    password = created["dialog"].password
    assert len(password) == 10
    assert login(anonymous, "cw7", password).must_change_password


def test_reveal_asks_for_a_reason_and_shows_the_full_number(
    qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner, headless_dialogs: list[tuple[str, str]]
) -> None:
    from desktop.ui.shell import dialogs

    window = _window(qtbot, caseworker, runner)
    page = find.page(window, "clients", ClientsPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 4, timeout=5000)
    qtbot.keyClicks(page.search_box, "zsf")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.client is not None, timeout=5000)
    assert page.detail.fields["id"].text() == "110***********002X"
    button = page.detail.reveal_buttons["id"]
    assert button.isEnabled()
    button.click()  # no answer: cancelled, nothing shown
    assert page.detail.fields["id"].text() == "110***********002X"
    dialogs.answers.append("核对身份证信息")
    button.click()
    qtbot.waitUntil(lambda: page.detail.fields["id"].text() == "11010519491231002X", timeout=5000)
    assert not button.isEnabled()
    with caseworker.db.read() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "reveal")).one()
        assert (event.fields, event.reason) == (["id_number"], "核对身份证信息")


def test_audit_page_lists_filters_and_verifies(qtbot: QtBot, anonymous: ServiceContext, runner: TaskRunner) -> None:
    lead = _as(anonymous, "lead")
    window = _window(qtbot, lead, runner)
    audit = find.page(window, "audit", AuditPage)
    find.show_page(window, "audit")
    qtbot.waitUntil(lambda: audit.model.rowCount() > 5, timeout=5000)
    actions = {row.action for row in audit.model.rows}
    assert {"login", "create", "user_create", "setup"} <= actions
    audit.action.setCurrentIndex(audit.action.findData("create"))
    audit.search_button.click()
    qtbot.waitUntil(lambda: {r.action for r in audit.model.rows} == {"create"}, timeout=5000)
    assert audit.model.data(audit.model.index(0, 4)) == "新建"
    audit.verify_button.click()
    qtbot.waitUntil(lambda: "完整" in audit.chain_label.text(), timeout=5000)


def test_change_password_dialog(qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner) -> None:
    dialog = ChangePasswordDialog(caseworker, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.old, STAFF_PASSWORD)
    qtbot.keyClicks(dialog.new, "brand-new-pass")
    qtbot.keyClicks(dialog.repeat, "brand-new-typo")
    dialog.save()
    assert "不一致" in dialog.message.text() and dialog.repeat.text() == ""
    qtbot.keyClicks(dialog.repeat, "brand-new-pass")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert login(caseworker, "cw1", "brand-new-pass").username == "cw1"
    account = next(a for a in list_accounts(_as(caseworker, "admin")) if a.username == "cw1")
    assert not account.must_change_password and not account.locked
