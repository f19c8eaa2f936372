"""The hours tab paints its first rows, then completes the period with totals, as one ledger would."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from desktop.domain.clock import station_today
from desktop.services.context import ServiceContext
from desktop.services.demo.generate import generate_demo
from desktop.services.volunteers.hours import FIRST_ROWS, ledger

from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.volunteers.hours_tab import HoursTab


@pytest.fixture
def tab(qtbot: QtBot, coordinator: ServiceContext, runner: TaskRunner) -> HoursTab:
    """The tab over 400 demo shifts of 30 volunteers, shown."""
    generate_demo(
        ServiceContext(coordinator.db, coordinator.paths), clients=0, visits_per_client=0, volunteers=30, shifts=400
    )
    shown = HoursTab(coordinator, runner)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_first_rows_then_the_whole_period(
    qtbot: QtBot, coordinator: ServiceContext, runner: TaskRunner, tab: HoursTab
) -> None:
    today = station_today()
    start = today - dt.timedelta(days=120)
    expected = ledger(coordinator, start, today)
    assert len(expected.rows) > FIRST_ROWS, "the demo period is too short to need a second load"
    tab.start.setDate(start)  # refreshes, as a coordinator picking the period does
    qtbot.waitUntil(lambda: runner.idle and str(len(expected.rows)) in tab.summary.text(), timeout=20000)
    assert tab.model.rows == list(expected.rows)
    tab.flagged_only.setChecked(True)
    flagged = ledger(coordinator, start, today, flagged_only=True).rows
    qtbot.waitUntil(lambda: runner.idle and tab.model.rows == list(flagged), timeout=20000)
    assert all(row.needs_review for row in tab.model.rows)


def test_a_quick_second_change_is_not_overwritten_by_the_first(
    qtbot: QtBot, coordinator: ServiceContext, runner: TaskRunner, tab: HoursTab
) -> None:
    today = station_today()
    start = today - dt.timedelta(days=120)
    flagged = ledger(coordinator, start, today, flagged_only=True).rows
    everything = ledger(coordinator, start, today).rows
    assert 0 < len(flagged) < len(everything)
    tab.start.setDate(start)  # the whole period is asked for…
    tab.flagged_only.setChecked(True)  # …and, before any answer, only the flagged entries
    qtbot.waitUntil(lambda: runner.idle and f"共 {len(flagged)} 条" in tab.summary.text(), timeout=20000)
    qtbot.wait(100)  # nothing late may arrive after the last answer
    assert runner.idle and tab.model.rows == list(flagged)
    assert f"共 {len(flagged)} 条" in tab.summary.text()


def test_a_tab_left_before_its_whole_period_is_read_reads_it_when_shown_again(
    qtbot: QtBot, coordinator: ServiceContext, runner: TaskRunner, tab: HoursTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The next page's first rows do not wait behind the period of a tab nobody looks at any more."""
    import desktop.ui.volunteers.hours_tab as hours_tab

    today = station_today()
    start = today - dt.timedelta(days=120)
    expected = ledger(coordinator, start, today)
    periods: list[dt.date] = []
    monkeypatch.setattr(
        hours_tab.hours_service,
        "ledger",
        lambda ctx, first, last, **kw: periods.append(first) or ledger(ctx, first, last, **kw),
    )
    monkeypatch.setattr(hours_tab, "WHOLE_PERIOD_AFTER_MS", 1000)  # time to leave before it is asked for
    tab.start.setDate(start)
    qtbot.waitUntil(lambda: runner.idle and len(tab.model.rows) == FIRST_ROWS, timeout=20000)
    tab.hide()  # the user went to another page before the rest of the period was asked for
    qtbot.wait(1200)
    assert runner.idle and periods == [] and tab.summary.text() == ""
    tab.show()
    tab.refresh()  # what showing the volunteers page (or this tab) again does
    qtbot.waitUntil(lambda: runner.idle and str(len(expected.rows)) in tab.summary.text(), timeout=20000)
    assert periods == [start] and tab.model.rows == list(expected.rows)


def test_the_ledger_shows_the_rows_it_was_given_last(
    qtbot: QtBot, coordinator: ServiceContext, runner: TaskRunner, tab: HoursTab
) -> None:
    """Each row's texts are made once; new rows (another period, a changed entry) are never shown
    with the texts of the rows they replace, nor appended rows with stale ones."""
    from PySide6.QtCore import Qt

    today = station_today()
    rows = ledger(coordinator, today - dt.timedelta(days=120), today).rows
    first, second = rows[0], rows[-1]
    assert (first.day, first.volunteer_name) != (second.day, second.volunteer_name)
    model = tab.model

    def shown(row: int) -> tuple[str, str]:
        return tuple(model.data(model.index(row, c), Qt.ItemDataRole.DisplayRole) for c in (0, 1))  # type: ignore[return-value]

    model.set_rows([first])
    assert shown(0) == (first.day.isoformat(), first.volunteer_name)
    model.set_rows([second])
    assert shown(0) == (second.day.isoformat(), second.volunteer_name)
    model.append_rows([first])
    assert [shown(0), shown(1)] == [
        (second.day.isoformat(), second.volunteer_name),
        (first.day.isoformat(), first.volunteer_name),
    ]
