"""The keyset paging base: written once, pages in order to the end, drops a superseded listing."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.domain.clock import station_today
from desktop.services.casework.visit_lists import PAGE_SIZE, VisitFilter, search_visits
from desktop.services.context import ServiceContext

from desktop.ui.casework.visits_page import VisitListModel
from desktop.ui.shell.tasks import TaskRunner

UI = Path(__file__).resolve().parents[3] / "desktop" / "ui"
BASE = UI / "tables" / "keyset.py"


def test_only_the_base_pages() -> None:
    paging = re.compile(r"def (canFetchMore|fetchMore)\b")
    found = [str(path.relative_to(UI)) for path in UI.rglob("*.py") if paging.search(path.read_text("utf-8"))]
    assert found == [str(BASE.relative_to(UI))]


def test_pages_follow_in_order_and_a_new_listing_drops_the_old(
    qtbot: QtBot, lead: ServiceContext, runner: TaskRunner
) -> None:
    model = VisitListModel(lead, runner)
    everything = search_visits(lead, VisitFilter(), limit=10_000)
    assert len(everything) > PAGE_SIZE
    with qtbot.waitSignal(model.loaded, timeout=20000):
        model.load(VisitFilter())
    assert model.rowCount() == PAGE_SIZE and model.canFetchMore()
    while model.canFetchMore():
        with qtbot.waitSignal(model.loaded, timeout=20000):
            model.fetchMore()
    assert model.rows == everything and not model.canFetchMore()

    # Two listings asked for at once: only the second one's rows are shown, never the first's.
    recent = VisitFilter(date_from=station_today() - timedelta(days=30))
    model.load(VisitFilter())
    model.load(recent)
    qtbot.waitUntil(lambda: runner.idle, timeout=20000)
    assert model.rows == search_visits(lead, recent) and len(model.rows) < PAGE_SIZE
