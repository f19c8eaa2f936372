"""The 志愿者 page as a coordinator uses it: register a volunteer, find them, pause them; role gating."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QTimer

from desktop.services.admin.setup import station_info
from desktop.services.context import ServiceContext
from desktop.services.volunteers.register import search_volunteers
from tests.ui import find
from tests.ui.typing import commit_text

from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.volunteers.volunteer_dialog import VolunteerDialog
from desktop.ui.volunteers.volunteers_page import VolunteersPage


def test_register_search_and_pause(qtbot: QtBot, coordinator: ServiceContext, runner: TaskRunner) -> None:
    page = VolunteersPage(coordinator, runner)
    qtbot.addWidget(page)
    page.show()
    register = page.register

    def fill_dialog() -> None:
        dialog = next(w for w in register.findChildren(VolunteerDialog) if w.isVisible())
        commit_text(dialog.name, "张三丰")
        qtbot.keyClicks(dialog.id_number, "11010519491231002X")
        qtbot.keyClicks(dialog.phone, "13812345678")
        commit_text(dialog.skills, "心理支持、文书整理")
        dialog.availability.days[0].setText("09:00-12:00")
        dialog.save()

    QTimer.singleShot(200, fill_dialog)
    register.add()  # modal: returns when the dialog is saved
    qtbot.waitUntil(lambda: register.model.rowCount() == 1, timeout=5000)
    row = register.model.row_at(0)
    assert row is not None and row.name == "张三丰" and row.phone_masked == "138****5678"
    assert row.skills == ("心理支持", "文书整理")

    qtbot.keyClicks(register.search_box, "zsf")
    qtbot.waitUntil(lambda: not register._debounce.isActive() and runner.idle, timeout=5000)
    assert register.count.text() == "显示 1 位志愿者"
    register.table.selectRow(0)
    register.pause_button.click()
    qtbot.waitUntil(lambda: register.model.rowCount() == 0, timeout=5000)  # the list shows 在岗 only
    qtbot.waitUntil(lambda: runner.idle, timeout=5000)
    (paused,) = search_volunteers(coordinator, "zsf")
    assert paused.status == "paused"


def test_caseworker_sees_no_volunteer_module_and_coordinator_starts_there(
    qtbot: QtBot, caseworker: ServiceContext, coordinator: ServiceContext, runner: TaskRunner
) -> None:
    window = MainWindow(caseworker, runner, station_info(caseworker.db))
    qtbot.addWidget(window)
    assert "志愿者" not in find.nav_titles(window) and window.page("volunteers") is None
    window = MainWindow(coordinator, runner, station_info(coordinator.db))
    qtbot.addWidget(window)
    assert window.nav.currentItem().text() == "志愿者"
    assert window.stack.currentWidget() is find.page(window, "volunteers", VolunteersPage)


def test_kiosk_button_opens_the_kiosk_as_the_kiosk_actor(
    qtbot: QtBot, coordinator: ServiceContext, runner: TaskRunner
) -> None:
    from desktop.ui.volunteers.kiosk import KioskWindow

    page = VolunteersPage(coordinator, runner)
    qtbot.addWidget(page)
    page.register.kiosk_button.click()
    kiosk = page.register.kiosk
    assert isinstance(kiosk, KioskWindow) and kiosk.isVisible()
    assert kiosk._ctx.actor.role == "kiosk"
    qtbot.waitUntil(lambda: runner.idle, timeout=5000)
    kiosk.allow_close()
    kiosk.close()
