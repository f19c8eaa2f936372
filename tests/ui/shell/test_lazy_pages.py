"""Pages are built when first shown, and navigation still shows the right page."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QWidget

from desktop.services.admin.setup import station_info
from desktop.services.context import ServiceContext
from tests.ui import find

from desktop.ui.admin.info_pages import SettingsPage
from desktop.ui.casework.clients_page import ClientsPage
from desktop.ui.casework.dashboard_page import DashboardPage
from desktop.ui.casework.visits_page import VisitsPage
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.pages import PAGES
from desktop.ui.shell.tasks import TaskRunner


def _settle(qtbot: QtBot, runner: TaskRunner) -> None:
    """Wait until the worker is idle and stays so (a reply may queue the next load)."""
    for _ in range(3):
        qtbot.waitUntil(lambda: runner.idle, timeout=5000)
        qtbot.wait(30)


def _built(window: MainWindow) -> list[str]:
    """The pages in the stack that are more than the bare placeholder they start as."""
    return [page.key for row, page in enumerate(window.pages) if type(window.stack.widget(row)) is not QWidget]


def test_only_the_start_page_is_built_and_others_build_when_shown(
    qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner
) -> None:
    window = MainWindow(caseworker, runner, station_info(caseworker.db))
    qtbot.addWidget(window)
    window.show()
    assert _built(window) == ["clients"]  # the register, where a caseworker starts
    clients = window.stack.currentWidget()
    assert isinstance(clients, ClientsPage)
    _settle(qtbot, runner)

    find.show_page(window, "visits")
    page = window.stack.currentWidget()
    assert isinstance(page, VisitsPage) and _built(window) == ["clients", "visits"]
    assert window.stack.count() == window.nav.count()  # the placeholder was replaced, not added to
    assert window.stack.indexOf(page) == find.nav_titles(window).index("访视记录")

    # Going back shows the same register page, not a second one.
    find.show_page(window, "clients")
    assert window.stack.currentWidget() is clients is window.page("clients")
    _settle(qtbot, runner)


def test_a_page_asked_for_by_name_is_built_in_its_place_without_being_shown(
    qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner
) -> None:
    window = MainWindow(caseworker, runner, station_info(caseworker.db))
    qtbot.addWidget(window)
    window.show()
    settings = find.page(window, "settings", SettingsPage)  # e.g. the security settings, wired to the idle lock
    assert "settings" in _built(window)
    assert window.stack.indexOf(settings) == find.nav_titles(window).index("设置")
    assert isinstance(window.stack.currentWidget(), ClientsPage)  # still on the register
    assert window.page("rota") is None and window.page("audit") is None  # not pages of a caseworker
    _settle(qtbot, runner)


def test_opening_a_client_from_the_dashboard_builds_the_register(
    qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner, headless_dialogs: object
) -> None:
    window = MainWindow(caseworker, runner, station_info(caseworker.db))
    qtbot.addWidget(window)
    window.show()
    find.show_page(window, "dashboard")
    assert isinstance(window.stack.currentWidget(), DashboardPage)
    window.open_client("no-such-client")
    assert window.stack.currentWidget() is find.page(window, "clients", ClientsPage)
    _settle(qtbot, runner)


def test_the_navigation_lists_the_page_table_in_its_order(
    qtbot: QtBot, anonymous: ServiceContext, runner: TaskRunner
) -> None:
    from desktop.services.auth import login
    from tests.conftest import STAFF_PASSWORD

    lead = anonymous.as_actor(login(anonymous, "lead", STAFF_PASSWORD))
    window = MainWindow(lead, runner, station_info(lead.db))
    qtbot.addWidget(window)
    assert find.nav_titles(window) == [page.caption() for page in PAGES]  # the station lead sees every page
    go_menu = next(a.menu() for a in window.menuBar().actions() if find.plain(a.text()) == "转到")
    assert [action.text() for action in go_menu.actions()] == find.nav_titles(window)
    for page in PAGES:  # every row's class is found, and its signals reach slots of the window
        assert isinstance(window.page(page.key), QWidget), page.key
        for _signal, slot in page.signals:
            assert callable(getattr(window, slot, None)), (page.key, slot)
    _settle(qtbot, runner)
