"""The rota page asks for its week while it builds its widgets, and the refresh that follows the
first show does not ask a second time; a later refresh reads the week again."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from PySide6.QtWidgets import QWidget

from desktop.domain.clock import station_today
from desktop.services.auth import login
from desktop.services.context import ServiceContext
from desktop.services.volunteers.roster import TemplateInput, create_template, generate_shifts
from tests.conftest import STAFF_PASSWORD

from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.volunteers.rota_page import RotaPage


def test_the_week_is_read_once_when_the_page_opens(qtbot: QtBot, anonymous: ServiceContext, runner: TaskRunner) -> None:
    coordinator = anonymous.as_actor(login(anonymous, "coord", STAFF_PASSWORD))
    monday = station_today() - dt.timedelta(days=station_today().weekday())
    create_template(coordinator, TemplateInput("前台接待", "09:00", "11:30", monday - dt.timedelta(days=7)))
    generate_shifts(coordinator, monday, monday + dt.timedelta(days=6))
    week_reads: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().startswith("SELECT shifts.id, shifts.shift_date"):
            week_reads.append(statement)

    event.listen(coordinator.db.engine, "before_cursor_execute", count)
    try:
        page = RotaPage(coordinator, runner)
        qtbot.addWidget(page)
        assert page.grid.rowCount() == 0
        # No refresh yet: the week asked for by the constructor arrives on its own.
        qtbot.waitUntil(lambda: page.grid.rowCount() == 1 and runner.idle, timeout=5000)
        assert any("前台接待" in page.grid.item(0, c).text() for c in range(7))
        assert len(week_reads) == 1

        opened = RotaPage(coordinator, runner)
        qtbot.addWidget(opened)
        opened.show()
        opened.refresh()  # what the main window does once a new page is shown
        qtbot.waitUntil(lambda: opened.grid.rowCount() == 1 and runner.idle, timeout=5000)
        qtbot.wait(50)
        assert len(week_reads) == 2  # one read for the new page, not two
        opened.refresh()  # coming back to the page later: read again, someone may have changed it
        qtbot.waitUntil(lambda: len(week_reads) == 3 and runner.idle, timeout=5000)
    finally:
        event.remove(coordinator.db.engine, "before_cursor_execute", count)


def test_a_failed_first_read_is_asked_again_by_the_next_refresh(
    qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner, headless_dialogs: list[tuple[str, str]]
) -> None:
    # A caseworker may not read the rota: the constructor's read fails and says so.
    page = RotaPage(caseworker, runner)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: len(headless_dialogs) == 1 and runner.idle, timeout=5000)
    page.refresh()  # the week again (refused again) and the volunteer list (refused too)
    qtbot.waitUntil(lambda: runner.idle, timeout=5000)
    qtbot.wait(50)
    assert len(headless_dialogs) == 3


def test_the_week_is_asked_for_before_any_widget_is_built(
    qtbot: QtBot, anonymous: ServiceContext, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The constructor is split into _build_* parts; the read must still start ahead of them all."""
    coordinator = anonymous.as_actor(login(anonymous, "coord", STAFF_PASSWORD))
    built_when_asked: list[bool] = []
    run = runner.run

    def watching(work: Any, on_done: Any = None, on_error: Any = None) -> None:
        page = getattr(on_error, "__self__", None)  # the week's read reports its failure to the page
        if isinstance(page, RotaPage):
            built_when_asked.append(bool(page.findChildren(QWidget)))
        run(work, on_done, on_error)

    monkeypatch.setattr(runner, "run", watching)
    page = RotaPage(coordinator, runner)
    qtbot.addWidget(page)
    assert page.findChildren(QWidget)  # the check above looks at something that does get built
    assert built_when_asked[0] is False
    qtbot.waitUntil(lambda: runner.idle, timeout=5000)
