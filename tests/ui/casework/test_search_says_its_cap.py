"""A search lists its best matches only: the register then says so instead of a silent cap."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from desktop.services.casework.client_lists import SEARCH_LIMIT
from desktop.services.casework.clients import search_clients
from desktop.services.context import ServiceContext
from desktop.services.demo.generate import generate_demo
from tests.conftest import STAFF_PASSWORD

from desktop.ui.casework.clients_page import ClientsPage
from desktop.ui.shell.tasks import TaskRunner


def test_a_search_with_more_matches_than_it_lists_says_so(
    qtbot: QtBot, anonymous: ServiceContext, runner: TaskRunner
) -> None:
    from desktop.services.auth import login

    generate_demo(ServiceContext(anonymous.db, anonymous.paths), clients=300, visits_per_client=0, volunteers=0)
    lead = anonymous.as_actor(login(anonymous, "lead", STAFF_PASSWORD))
    assert len(search_clients(lead, "z")) == SEARCH_LIMIT  # more match than a search lists
    page = ClientsPage(lead, runner)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and runner.idle, timeout=10000)
    assert "只显示最相符" not in page.count_label.text()  # the whole register pages as it scrolls
    page.search_box.setFocus()
    qtbot.keyClick(page.search_box, Qt.Key.Key_Z)
    qtbot.waitUntil(lambda: runner.idle and "只显示最相符的 50 位" in page.count_label.text(), timeout=10000)
    qtbot.keyClicks(page.search_box, "hangshufen")
    qtbot.waitUntil(lambda: runner.idle and page.model.rowCount() < SEARCH_LIMIT, timeout=10000)
    assert "只显示最相符" not in page.count_label.text()
