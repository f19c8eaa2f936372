"""A cell with more shifts than it shows: the page paints the shown crews first and reads the
others next; until they are in, the crews cannot be changed (a hidden shift's crew is not known
yet, and a change would be saved over it)."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from desktop.domain.clock import station_today
from desktop.services.context import ServiceContext
from desktop.services.volunteers.register import VolunteerInput, create_volunteer
from desktop.services.volunteers.roster import ShiftInput, create_shift
from desktop.services.volunteers.rota_plan import save_rota

from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.volunteers import rota_page
from desktop.ui.volunteers.rota_page import SHIFTS_SHOWN_IN_CELL, RotaPage


def _pick(qtbot: QtBot, page: RotaPage, name: str) -> None:
    page.search_box.setText(name)
    qtbot.waitUntil(lambda: page.candidates.count() == 1 and name in page.candidates.item(0).text(), timeout=5000)
    page.candidates.setCurrentRow(0)
    qtbot.mouseClick(page.assign_button, Qt.MouseButton.LeftButton)


def test_a_hidden_shifts_crew_is_changed_only_once_it_is_read(
    qtbot: QtBot, coordinator: ServiceContext, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monday = station_today() - dt.timedelta(days=station_today().weekday())
    shifts = [
        create_shift(coordinator, ShiftInput(day=monday, start_time="09:00", end_time="10:00", title=f"讲堂{n}"))
        for n in range(1, SHIFTS_SHOWN_IN_CELL + 2)
    ]
    zhang = create_volunteer(coordinator, VolunteerInput(name="张三", phone="13800001111")).id
    li = create_volunteer(coordinator, VolunteerInput(name="李四", phone="13800002222")).id
    hidden = shifts[-1]
    save_rota(coordinator, {hidden: [zhang]})

    monkeypatch.setattr(rota_page, "AFTER_PAINT_MS", 60_000)  # the other crews wait: that moment, held
    page = RotaPage(coordinator, runner)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.week is not None and runner.idle, timeout=5000)
    assert page.week is not None and not page.week.complete
    assert "另有 1 个班次" in page.grid.item(0, 0).text()
    page.select_cell(0, 0)
    page.shift_combo.setCurrentIndex(page.shift_combo.findData(hidden))
    _pick(qtbot, page, "李四")
    assert page.proposal == {}  # not [李四] alone, which saving would put in place of 张三

    monkeypatch.setattr(rota_page, "AFTER_PAINT_MS", 0)
    qtbot.mouseClick(page.this_week_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.week is not None and page.week.complete and runner.idle, timeout=5000)
    assert page.shift_combo.currentData() == hidden
    assert [page.crew_list.item(i).text() for i in range(page.crew_list.count())] == ["张三"]
    _pick(qtbot, page, "李四")
    assert page.proposal == {hidden: [(zhang, "张三"), (li, "李四")]}
