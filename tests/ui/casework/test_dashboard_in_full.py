"""Every 工作台 list reaches all of its rows: the tab says the whole count, 显示更多 and scrolling
to the end read the rest, page by page, in the list's own order (issue 19)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from desktop.domain.clock import station_today
from desktop.models import ClientSchedule
from desktop.services.casework.dashboard import LIMIT, dashboard_lists
from desktop.services.context import ServiceContext
from desktop.services.demo.generate import generate_demo
from tests.conftest import STAFF_PASSWORD
from tests.ui.find import button, plain, tab

from desktop.ui.casework.dashboard_page import DashboardPage
from desktop.ui.shell.tasks import TaskRunner


@pytest.fixture
def lead(anonymous: ServiceContext) -> ServiceContext:
    """A station lead whose overdue list is longer than one page: a demo station whose next visits
    all fell due last week (the schedule row is where the 工作台 reads when a visit is due)."""
    from desktop.services.auth import login

    generate_demo(ServiceContext(anonymous.db, anonymous.paths), clients=150, visits_per_client=1, volunteers=0)
    with anonymous.db.write() as session:
        session.execute(update(ClientSchedule).values(next_due=station_today() - timedelta(days=7)))
    return anonymous.as_actor(login(anonymous, "lead", STAFF_PASSWORD))


def _tab_index(page: DashboardPage, title: str) -> int:
    return next(i for i in range(page.tabs.count()) if plain(page.tabs.tabText(i)).startswith(title))


def test_the_overdue_list_shows_every_row(qtbot: QtBot, lead: ServiceContext, runner: TaskRunner) -> None:
    whole = dashboard_lists(lead, ["overdue"], station_today(), limit=10_000)["overdue"]
    assert whole.total > LIMIT + 20  # more than a page, not two
    page = DashboardPage(lead, runner)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.refresh()
    page.tabs.setCurrentIndex(_tab_index(page, "逾期未访"))
    model = page.models["overdue"]
    qtbot.waitUntil(lambda: model.rowCount() == LIMIT, timeout=10_000)
    assert page.tabs.tabText(_tab_index(page, "逾期未访")) == f"逾期未访（{whole.total}）"
    assert page.shown_count.text() == f"已显示 {LIMIT} / {whole.total} 条"
    more = button(page, "显示更多")
    assert more.isVisible()
    qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: model.rowCount() == whole.total, timeout=10_000)
    assert [e.client_id for e in model.rows] == [e.client_id for e in whole.entries]
    assert not more.isVisible() and page.shown_count.text() == ""


def test_scrolling_to_the_end_reads_the_next_page(qtbot: QtBot, lead: ServiceContext, runner: TaskRunner) -> None:
    page = DashboardPage(lead, runner)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.tabs.setCurrentIndex(_tab_index(page, "逾期未访"))
    page.refresh()
    model = page.models["overdue"]
    qtbot.waitUntil(lambda: model.rowCount() == LIMIT, timeout=10_000)
    view = tab(page, "逾期未访")
    assert isinstance(view, QTableView)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: model.rowCount() > LIMIT, timeout=10_000)
