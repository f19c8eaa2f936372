"""The 工作台 fills the tab in view first, then the other tabs, and every tab ends up filled."""

from __future__ import annotations

from datetime import date, timedelta

from pytestqt.qtbot import QtBot

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
    day = date.today() - timedelta(days=8)
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
    assert filled == ["high_risk", "due_soon"]  # in tab order the due-soon tab would come first
    assert [e.client_id for e in page.models["high_risk"].rows] == [risky]
    assert [e.client_id for e in page.models["due_soon"].rows] == [risky]  # its 14-day follow-up
    assert page.tabs.tabText(keys.index("high_risk")).endswith("（1）")
    assert page.heading.text().endswith(date.today().isoformat())
