"""A volunteer checks in and out at the kiosk: by phone tail (with a shared tail) and by card; a
repeated scan records nothing and a check-out soon after the check-in is asked about first."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from PySide6.QtCore import Qt

from desktop.domain.clock import station_today
from desktop.models import Attendance
from desktop.services.context import ServiceContext
from desktop.services.volunteers.hours import ledger
from desktop.services.volunteers.kiosk import KIOSK_ACTOR
from desktop.services.volunteers.register import VolunteerInput, create_volunteer, volunteer_card_text
from tests.clock import hold_clock, station_midday
from tests.ui.find import button

from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.volunteers.kiosk import KioskWindow


@pytest.fixture(autouse=True)
def _daytime(monkeypatch: pytest.MonkeyPatch) -> None:
    """Noon at the station: minutes moved into the past never cross its midnight."""
    hold_clock(monkeypatch, station_midday())


def _kiosk(qtbot: QtBot, coordinator: ServiceContext, runner: TaskRunner) -> KioskWindow:
    window = KioskWindow(coordinator.as_actor(KIOSK_ACTOR), runner)
    qtbot.addWidget(window)
    window.show()
    return window


def _check_in_earlier(coordinator: ServiceContext, volunteer_id: str, minutes: int) -> None:
    """Time passes: the open check-in moves `minutes` into the past (the kiosk reads the real clock)."""
    with coordinator.db.write() as session:
        for row in session.scalars(select(Attendance).where(Attendance.volunteer_id == volunteer_id)):
            row.check_in = row.check_in - dt.timedelta(minutes=minutes)


def _enter(qtbot: QtBot, window: KioskWindow, text: str) -> None:
    window.input.setFocus()
    qtbot.keyClicks(window.input, text)
    qtbot.keyClick(window.input, Qt.Key.Key_Return)


def test_check_in_and_out_by_phone_tail(qtbot: QtBot, coordinator: ServiceContext, runner: TaskRunner) -> None:
    volunteer = create_volunteer(coordinator, VolunteerInput(name="张三丰", phone="13812345678")).id
    window = _kiosk(qtbot, coordinator, runner)
    _enter(qtbot, window, "5678")
    qtbot.waitUntil(lambda: "签到成功" in window.result.text(), timeout=5000)
    assert window.result.text().startswith("张**") and "张三丰" not in window.result.text()
    _enter(qtbot, window, "5678")  # typed again at once: nothing happens but a friendly word
    qtbot.waitUntil(lambda: "无需重复扫描" in window.result.text(), timeout=5000)
    _check_in_earlier(coordinator, volunteer, 10)
    _enter(qtbot, window, "5678")
    qtbot.waitUntil(lambda: "确定现在签退吗" in window.result.text(), timeout=5000)
    assert "服务了 10 分钟" in window.result.text()
    qtbot.mouseClick(button(window, "不签退"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "仍在签到中" in window.result.text(), timeout=5000)
    _enter(qtbot, window, "5678")
    qtbot.waitUntil(lambda: "确定现在签退吗" in window.result.text(), timeout=5000)
    qtbot.mouseClick(button(window, "确定签退"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "签退成功" in window.result.text(), timeout=5000)
    assert "10 分钟" in window.detail.text()
    today = station_today()
    rows = ledger(coordinator, today - dt.timedelta(days=1), today + dt.timedelta(days=1), volunteer_id=volunteer).rows
    assert len(rows) == 1 and rows[0].check_out is not None and not rows[0].auto_closed
    _enter(qtbot, window, "0000")
    qtbot.waitUntil(lambda: "没有找到" in window.result.text(), timeout=5000)


def test_shared_tail_shows_masked_names_to_choose(
    qtbot: QtBot, coordinator: ServiceContext, runner: TaskRunner
) -> None:
    create_volunteer(coordinator, VolunteerInput(name="欧阳娜娜", phone="13700001234"))
    create_volunteer(coordinator, VolunteerInput(name="李四", phone="13900001234"))
    window = _kiosk(qtbot, coordinator, runner)
    _enter(qtbot, window, "1234")
    qtbot.waitUntil(lambda: len(window.choice_buttons) == 2, timeout=5000)
    labels = [b.text() for b in window.choice_buttons]
    assert any("欧阳**" in t for t in labels) and any("李*" in t for t in labels)
    assert not any("娜娜" in t or "李四" in t for t in labels)
    choice = next(b for b in window.choice_buttons if "李*" in b.text())
    qtbot.mouseClick(choice, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.result.text().startswith("李*，签到成功"), timeout=5000)


def test_check_in_and_out_by_card(qtbot: QtBot, coordinator: ServiceContext, runner: TaskRunner) -> None:
    volunteer = create_volunteer(coordinator, VolunteerInput(name="周九", phone="13500005555")).id
    card = volunteer_card_text(coordinator, volunteer)
    window = _kiosk(qtbot, coordinator, runner)
    _enter(qtbot, window, card)  # the USB scanner types the card text and Enter
    qtbot.waitUntil(lambda: "签到成功" in window.result.text(), timeout=5000)
    _enter(qtbot, window, card)  # the card held to the scanner a second time
    qtbot.waitUntil(lambda: "您已在" in window.result.text() and "签到" in window.result.text(), timeout=5000)
    _check_in_earlier(coordinator, volunteer, 120)
    _enter(qtbot, window, card)
    qtbot.waitUntil(lambda: "签退成功" in window.result.text(), timeout=5000)
    assert "本次服务 2 小时，" in window.detail.text()  # hours as hours, not "120 分钟"
    _enter(qtbot, window, card)  # and again just after the check-out: not a new check-in
    qtbot.waitUntil(lambda: "签退，无需重复扫描" in window.result.text(), timeout=5000)
    today = station_today()
    rows = ledger(coordinator, today - dt.timedelta(days=1), today + dt.timedelta(days=1), volunteer_id=volunteer).rows
    assert len(rows) == 1
    _enter(qtbot, window, card[:-2] + "ZZ")
    qtbot.waitUntil(lambda: "无法识别" in window.result.text(), timeout=5000)


def test_a_volunteer_cannot_close_the_kiosk(qtbot: QtBot, coordinator: ServiceContext, runner: TaskRunner) -> None:
    window = _kiosk(qtbot, coordinator, runner)
    window.close()
    assert window.isVisible()
    window.allow_close()
    window.close()
    assert not window.isVisible()
