"""出具证明 on a PC whose time zone is not Shanghai: the dialog's period ends on the station's today,
the day the service dates the certificate, so the hours served that day are certified (they were
refused when the dialog used the PC's date). docs/domain.md §2.4."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidget

from desktop.services.context import ServiceContext
from desktop.services.volunteers.certificates import list_certificates
from tests.clock import EVENING_UTC, FAR_TIME_ZONE, fix_clock, process_time_zone
from tests.ui.find import button
from tests.unit.volunteers.test_certificate_station_day import STATION_DAY, served_on_the_station_day

from desktop.ui.shell import dialogs
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.volunteers.certificates_tab import CertificatesTab, IssueDialog


@pytest.fixture
def station_evening(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    fix_clock(monkeypatch, EVENING_UTC)
    with process_time_zone(FAR_TIME_ZONE):
        yield


def test_the_dialog_issues_a_certificate_for_the_stations_today(
    qtbot: QtBot, coordinator: ServiceContext, runner: TaskRunner, station_evening: None
) -> None:
    served_on_the_station_day(coordinator)
    tab = CertificatesTab(coordinator, runner)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.mouseClick(button(tab, "出具证明…"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(isinstance(w, IssueDialog) and w.isVisible() for w in QApplication.topLevelWidgets()))
    issue = next(w for w in QApplication.topLevelWidgets() if isinstance(w, IssueDialog))
    assert issue.period_to.value() == STATION_DAY
    people = issue.findChild(QListWidget)
    assert people is not None
    qtbot.waitUntil(lambda: people.count() > 0, timeout=10000)
    qtbot.mouseClick(button(issue, "出具"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialogs.shown), timeout=10000)
    assert [title for title, _text in dialogs.shown] == ["已出具"]
    [issued] = list_certificates(coordinator)
    assert (issued.issued_on, issued.period_to, issued.minutes) == (STATION_DAY, STATION_DAY, 60)
