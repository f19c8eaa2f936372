"""Opening the register asks the worker for one listing, not one per header set-up call."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from desktop.services.casework import clients as client_service
from desktop.services.context import ServiceContext

from desktop.ui.casework.clients_page import ClientsPage
from desktop.ui.shell.tasks import TaskRunner


def test_the_register_is_listed_once_on_open_and_again_on_a_header_click(
    qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    listings: list[dict[str, Any]] = []
    original = client_service.list_clients

    def counted(*args: Any, **kwargs: Any) -> Any:
        listings.append(kwargs)
        return original(*args, **kwargs)

    monkeypatch.setattr(client_service, "list_clients", counted)
    page = ClientsPage(caseworker, runner)
    qtbot.addWidget(page)
    page.show()
    page.refresh()  # what the main window does when the page is shown
    qtbot.waitUntil(lambda: page.model.rowCount() == 4 and runner.idle, timeout=5000)
    assert listings == [{"sort": "name", "descending": False}]
    first = page.model.row_at(0)
    assert first is not None
    page.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: len(listings) == 2 and runner.idle, timeout=5000)
    assert listings[1] == {"sort": "name", "descending": True}
    assert page.model.row_at(page.model.rowCount() - 1) == first
