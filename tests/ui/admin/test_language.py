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
