"""The 工作台 fills the tab in view first, then the other tabs, and every tab ends up filled."""

from __future__ import annotations

from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from desktop.domain.clock import station_today
from desktop.services.casework.visits import record_visit
from desktop.services.context import ServiceContext
from tests.unit.casework.helpers import NOTIFIED, stable_visit

from desktop.ui.casework.dashboard_page import DashboardPage
from desktop.ui.shell.tasks import TaskRunner


def test_the_tab_in_view_is_filled_before_the_others(
    qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner
) -> None:
    from desktop.services.casework.clients import search_clients

    risky = search_clients(caseworker, "欧阳娜娜")[0].id
    day = station_today() - timedelta(days=8)
    record_visit(caseworker, stable_visit(risky, day=day, risk_level=4, escalation=NOTIFIED))
    page = DashboardPage(caseworker, runner)
    qtbot.addWidget(page)
    keys = list(page.models)
    page.tabs.setCurrentIndex(keys.index("high_risk"))  # after the due-soon tab, where the others are
    filled: list[str] = []
    for key, model in page.models.items():
        model.modelReset.connect(lambda key=key, model=model: filled.append(key) if model.rowCount() else None)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.summary.text() != "", timeout=5000)  # the counts come last
    # In tab order the due-soon tab would come first (随访进度落后 fills too on most days of a year).
    assert [key for key in filled if key != "pace"] == ["high_risk", "due_soon"] and filled[0] == "high_risk"
    assert [e.client_id for e in page.models["high_risk"].rows] == [risky]
    assert [e.client_id for e in page.models["due_soon"].rows] == [risky]  # its 14-day follow-up
    assert page.tabs.tabText(keys.index("high_risk")).endswith("（1）")
    assert page.heading.text().endswith(station_today().isoformat())


def test_the_pace_tab_lists_who_is_behind_and_opens_the_client(
    qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner
) -> None:
    """Brief c18, 1: the year's ≥ 4 follow-ups where the lead looks, a row that opens the client."""
    from PySide6.QtCore import Qt

    from desktop.services.casework.clients import search_clients
    from desktop.services.casework.dashboard import dashboard
    from tests import keyed
    from tests.ui import find

    behind = search_clients(caseworker, "张伟")[0].id
    today = station_today()
    with keyed.connect(caseworker.paths.database) as connection:  # the schedule misses the year's pace
        connection.execute(
            "UPDATE client_schedule SET pace_year = ?, year_followups = 0, pace_needed_by = ?, pace_late = 1 "
            "WHERE client_id = ?",
            (today.year, date(today.year, 3, 31).isoformat(), behind),
        )
    expected = dashboard(caseworker, today).pace
    page = DashboardPage(caseworker, runner)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.pace_summary.text() != "" and runner.idle, timeout=5000)
    index = next(i for i in range(page.tabs.count()) if find.plain(page.tabs.tabText(i)).startswith("随访进度落后"))
    assert page.tabs.tabText(index) == f"随访进度落后（{expected.total}）"
    assert (
        f"{expected.below_four} 人" in page.pace_summary.text() and f"{expected.total} 人" in page.pace_summary.text()
    )
    page.tabs.setCurrentIndex(index)
    view = page.views["pace"]
    rows = [page.models["pace"].row_at(r).client_id for r in range(page.models["pace"].rowCount())]
    assert behind in rows
    row = rows.index(behind)
    assert view.model().index(row, find.column(view, "本年已随访")).data() == "0 次"
    opened: list[str] = []
    page.open_client.connect(opened.append)
    cell = view.visualRect(view.model().index(row, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert opened == [behind]
