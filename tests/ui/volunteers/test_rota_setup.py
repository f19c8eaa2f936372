"""Setting up the rota on screen: a weekly template, the committee rotation, a year's holiday supplement."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from desktop.domain import address
from desktop.errors import ValidationError
from desktop.services.context import ServiceContext
from desktop.services.volunteers.committee_rotation import committee_rotation
from desktop.services.volunteers.roster import list_templates
from desktop.services.volunteers.settings import calendar_status, parse_day_lines
from tests.ui.typing import commit_text

from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.volunteers.rota_dialogs import SupplementDialog
from desktop.ui.volunteers.rota_setup_dialogs import RotationDialog, TemplatesDialog


def test_add_a_tuesday_template(qtbot: QtBot, coordinator: ServiceContext, runner: TaskRunner) -> None:
    dialog = TemplatesDialog(coordinator, runner)
    qtbot.addWidget(dialog)
    commit_text(dialog.title, "前台接待")
    dialog.weekdays[1].setChecked(True)
    dialog.add()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
    assert dialog.table.item(0, 1).text() == "周二（节假日除外）"
    (template,) = list_templates(coordinator)
    assert (template.weekdays, template.start_time, template.end_time) == ((1,), "09:00", "11:30")
    dialog.table.setCurrentCell(0, 0)
    dialog.toggle_selected()
    qtbot.waitUntil(lambda: dialog.table.item(0, 5).text() == "停用", timeout=5000)


def test_committee_rotation_in_chosen_order(qtbot: QtBot, coordinator: ServiceContext, runner: TaskRunner) -> None:
    dialog = RotationDialog(coordinator, runner, "徐汇区")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.villages.count() > 2, timeout=5000)
    first, second = dialog.villages.item(2), dialog.villages.item(0)
    for item in (first, second):
        item.setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save()
    codes = committee_rotation(coordinator).codes
    assert len(codes) == 2 and all(address.get(c) is not None for c in codes)


def test_supplement_for_an_uncovered_year(qtbot: QtBot, coordinator: ServiceContext, runner: TaskRunner) -> None:
    dialog = SupplementDialog(coordinator, runner, 2027)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "需要人工补充" in dialog.state.text(), timeout=5000)
    dialog.holidays.setPlainText("2027-01-01 元旦\n")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save()
    status = calendar_status(coordinator, 2027)
    assert status.holidays == {dt.date(2027, 1, 1): "元旦"}
    with pytest.raises(ValidationError):
        parse_day_lines("2027-13-01 元旦")
