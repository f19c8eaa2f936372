"""A coordinator builds next week's rota on the grid and resolves a double booking before saving."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from desktop.domain.clock import station_today
from desktop.services.context import ServiceContext
from desktop.services.volunteers.register import VolunteerInput, create_volunteer
from desktop.services.volunteers.roster import TemplateInput, create_template
from desktop.services.volunteers.rota_week import week_rota

from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.volunteers.rota_page import RotaPage


def _setup(coordinator: ServiceContext) -> tuple[str, str]:
    start = station_today() - dt.timedelta(days=7)
    create_template(coordinator, TemplateInput("前台接待", "09:00", "11:30", start, capacity=2))
    create_template(coordinator, TemplateInput("电话关怀", "10:00", "12:00", start, capacity=1))
    zhang = create_volunteer(coordinator, VolunteerInput(name="张三", phone="13800001111")).id
    li = create_volunteer(coordinator, VolunteerInput(name="李四", phone="13800002222")).id
    return zhang, li


def _pick(qtbot: QtBot, page: RotaPage, query: str, name: str) -> None:
    page.search_box.setText(query)
    qtbot.waitUntil(lambda: page.candidates.count() == 1 and name in page.candidates.item(0).text(), timeout=5000)
    page.candidates.setCurrentRow(0)
    qtbot.mouseClick(page.assign_button, Qt.MouseButton.LeftButton)


def _cell(page: RotaPage, start: str, end: str) -> tuple[int, int]:
    assert page.week is not None
    row = page._slots.index((start, end))
    column = next(c for c in range(7) if page.shifts_in(row, c))
    return row, column


def test_coordinator_builds_next_week_and_resolves_a_double_booking(
    qtbot: QtBot, coordinator: ServiceContext, runner: TaskRunner
) -> None:
    zhang, li = _setup(coordinator)
    page = RotaPage(coordinator, runner)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    next_monday = page.monday + dt.timedelta(days=7)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.week is not None and page.week.monday == next_monday, timeout=5000)
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.week is not None and len(page.week.shifts) > 0, timeout=5000)
    assert page.grid.rowCount() == 2 and "前台接待" in page.grid.item(*_cell(page, "09:00", "11:30")).text()

    # 张三 on the front desk and on the overlapping phone round of the same day.
    front, phone = _cell(page, "09:00", "11:30"), _cell(page, "10:00", "12:00")
    page.select_cell(*front)
    _pick(qtbot, page, "zs", "张三")
    page.select_cell(*phone)
    _pick(qtbot, page, "zs", "张三")
    assert "张三" in page.grid.item(*phone).text() and page.status.text() != ""
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(page.conflicts) > 0, timeout=5000)
    assert [c.kind for c in page.conflicts] == ["double_booking"]
    assert "时间冲突" in page.conflict_list.item(0).text() and "张三" in page.conflict_list.item(0).text()
    assert page.grid.item(*phone).text().startswith("⚠")

    # Resolve: take 张三 off the phone round and put 李四 there instead.
    page.select_cell(*phone)
    page.crew_list.setCurrentRow(0)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    _pick(qtbot, page, "ls", "李四")
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.conflict_list.item(0).text() == "没有发现冲突。", timeout=5000)
    assert page.conflicts == ()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status.text().startswith("已保存"), timeout=5000)

    saved = week_rota(coordinator, next_monday)
    crews = {(s.day, s.title): [a.id for a in s.assigned] for s in saved.shifts}
    day = next_monday + dt.timedelta(days=front[1])
    assert crews[(day, "前台接待")] == [zhang] and crews[(day, "电话关怀")] == [li]
    assert sum(len(c) for c in crews.values()) == 2


def test_committee_on_duty_volunteers_come_first(qtbot: QtBot, coordinator: ServiceContext, runner: TaskRunner) -> None:
    from desktop.domain import address
    from desktop.services.volunteers.committee_rotation import set_committee_rotation

    town = next(t for t in address.townships("310104") if t.name.startswith("凌云路"))
    committee = address.villages(town.code)[0]
    start = station_today() - dt.timedelta(days=7)
    create_template(coordinator, TemplateInput("前台接待", "09:00", "11:30", start, capacity=2))
    set_committee_rotation(coordinator, [committee.code], start)  # one committee: on duty every day
    create_volunteer(coordinator, VolunteerInput(name="艾一", phone="13800003333"))
    create_volunteer(coordinator, VolunteerInput(name="张二", phone="13800004444", village_code=committee.code))
    page = RotaPage(coordinator, runner)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.week is not None and len(page.week.shifts) > 0 and runner.idle, timeout=5000)
    page.select_cell(*_cell(page, "09:00", "11:30"))
    qtbot.waitUntil(lambda: page.candidates.count() == 2, timeout=5000)
    assert page.candidates.item(0).text().startswith("★ 张二") and page.candidates.item(1).text() == "艾一"
    assert committee.name in page.shift_info.text()
    header = page.grid.horizontalHeaderItem(_cell(page, "09:00", "11:30")[1]).text()
    assert committee.name in header
