"""Switching language in 设置, and the main window shown in English."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from desktop import i18n
from desktop.preferences import saved_ui_language
from desktop.services.admin.language import forms_language
from desktop.services.admin.setup import station_info
from desktop.services.context import ServiceContext
from tests.conftest import STAFF_PASSWORD

from desktop.ui.admin.info_pages import SettingsPage
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.shell.translation import install_language


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, "en")
    yield
    install_language(qapp, "zh_CN")
    i18n.set_backend(None)


def test_caseworker_switches_the_interface_to_english(
    qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner, headless_dialogs: list[tuple[str, str]]
) -> None:
    page = SettingsPage(caseworker, runner)
    qtbot.addWidget(page)
    page.refresh()
    section = page.language
    assert not section.printing.isEnabled()  # the print language is the lead's
    section.interface.setCurrentIndex(section.interface.findData("en"))
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(headless_dialogs))
    assert saved_ui_language(caseworker.paths) == "en"
    assert "重新启动" in headless_dialogs[-1][1]
    assert forms_language(caseworker) == "zh_CN"


def test_lead_sets_the_print_language(
    qtbot: QtBot, anonymous: ServiceContext, runner: TaskRunner, headless_dialogs: list[tuple[str, str]]
) -> None:
    from desktop.services.auth import login

    lead = anonymous.as_actor(login(anonymous, "lead", STAFF_PASSWORD))
    page = SettingsPage(lead, runner)
    qtbot.addWidget(page)
    page.refresh()
    section = page.language
    assert section.printing.isEnabled()
    section.printing.setCurrentIndex(section.printing.findData("en"))
    section.save_button.click()
    qtbot.waitUntil(lambda: bool(headless_dialogs))
    assert forms_language(lead) == "en"
    assert saved_ui_language(lead.paths) == "zh_CN"  # the interface did not change


def test_main_window_in_english(qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner, english: None) -> None:
    window = MainWindow(caseworker, runner, station_info(caseworker.db))
    qtbot.addWidget(window)
    window.show()
    titles = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert titles[:3] == ["Dashboard", "Clients", "Visits"]
    assert titles[-1] == "Settings"
    # Strings written in a shared base class still read in English under a subclass's context.
    texts = [button.text() for button in window.findChildren(QPushButton)]
    assert texts and not any(_has_chinese(text) for text in texts), texts


def _has_chinese(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


def test_settings_show_the_language_the_window_is_in(
    qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner, english: None
) -> None:
    assert saved_ui_language(caseworker.paths) == "zh_CN"  # started with --lang en, nothing saved
    page = SettingsPage(caseworker, runner)
    qtbot.addWidget(page)
    assert page.language.interface.currentText() == "English"


def test_english_dashboard_tabs_fit_at_1366(
    qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner, english: None
) -> None:
    from desktop.ui.casework.dashboard_page import DashboardPage

    window = MainWindow(caseworker, runner, station_info(caseworker.db))
    qtbot.addWidget(window)
    window.resize(1366, 720)
    window.show()
    dashboard = window.page("dashboard")
    assert isinstance(dashboard, DashboardPage)
    window.nav.setCurrentRow(0)
    qtbot.waitUntil(lambda: runner.idle and "(" in dashboard.tabs.tabText(0), timeout=10000)
    bar = dashboard.tabs.tabBar()
    titles = [bar.tabText(i) for i in range(bar.count())]
    assert all("（" not in t and "）" not in t for t in titles), titles
    needed = sum(bar.tabSizeHint(i).width() for i in range(bar.count()))
    assert needed <= dashboard.tabs.width(), (needed, dashboard.tabs.width(), titles)


def test_no_full_width_punctuation_in_english_translations() -> None:
    import xml.etree.ElementTree as ET
    from pathlib import Path

    catalogue = Path(__file__).resolve().parents[3] / "resources" / "translations" / "stationdesk_en.ts"
    found = [
        (message.findtext("source"), translation.text)
        for message in ET.parse(catalogue).getroot().iter("message")
        if (translation := message.find("translation")) is not None
        and translation.text
        and translation.get("type") not in ("obsolete", "vanished")
        and any(ch in translation.text for ch in "（）：，。；、！？【】《》\u3000")
    ]
    assert found == []
