"""Pages are built when first shown, and navigation still shows the right page."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.services.admin.setup import station_info
from desktop.services.context import ServiceContext

from desktop.ui.casework.clients_page import ClientsPage
from desktop.ui.casework.visits_page import VisitsPage
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.tasks import TaskRunner


def _settle(qtbot: QtBot, runner: TaskRunner) -> None:
    """Wait until the worker is idle and stays so (a reply may queue the next load)."""
    for _ in range(3):
        qtbot.waitUntil(lambda: runner.idle, timeout=5000)
        qtbot.wait(30)


def _titles(window: MainWindow) -> list[str]:
    return [window.nav.item(row).text() for row in range(window.nav.count())]


def test_only_the_start_page_is_built_and_others_build_when_shown(
    qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner
) -> None:
    window = MainWindow(caseworker, runner, station_info(caseworker.db))
    qtbot.addWidget(window)
    window.show()
    assert set(window._built) == {"clients"}  # the register, where a caseworker starts
    clients = window.stack.currentWidget()
    assert isinstance(clients, ClientsPage)
    _settle(qtbot, runner)

    window.nav.setCurrentRow(_titles(window).index("访视记录"))
    page = window.stack.currentWidget()
    assert isinstance(page, VisitsPage) and "visits" in window._built
    assert window.stack.count() == window.nav.count()  # the placeholder was replaced, not added to
    assert window.stack.indexOf(page) == _titles(window).index("访视记录")

    # Going back shows the same register page, not a second one.
    window.nav.setCurrentRow(_titles(window).index("服务对象"))
    assert window.stack.currentWidget() is clients is window.clients
    _settle(qtbot, runner)


def test_a_page_asked_for_by_name_is_built_in_its_place_without_being_shown(
    qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner
) -> None:
    window = MainWindow(caseworker, runner, station_info(caseworker.db))
    qtbot.addWidget(window)
    window.show()
    settings = window.settings  # e.g. the security settings, wired to the idle lock
    assert "settings" in window._built
    assert window.stack.indexOf(settings) == _titles(window).index("设置")
    assert isinstance(window.stack.currentWidget(), ClientsPage)  # still on the register
    assert window.rota is None and window.audit is None  # not pages of a caseworker
    _settle(qtbot, runner)


def test_opening_a_client_from_the_dashboard_builds_the_register(
    qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner, headless_dialogs: object
) -> None:
    window = MainWindow(caseworker, runner, station_info(caseworker.db))
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(_titles(window).index("工作台"))
    assert window.stack.currentWidget() is window.dashboard
    window.open_client("no-such-client")
    assert window.stack.currentWidget() is window.clients
    _settle(qtbot, runner)
