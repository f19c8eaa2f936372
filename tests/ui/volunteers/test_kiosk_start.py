"""`stationdesk kiosk` starts only on a sound database: the same start check as the window's and
the command line's refuses a damaged file, names the newest good backup, and opens nothing."""

from __future__ import annotations

import os
import shutil

from pytestqt.qtbot import QtBot

from desktop.app import start_kiosk
from desktop.db import backup as files
from desktop.paths import AppPaths
from tests.integration.security.damage import damage_index_pages, demo_with_a_good_backup

from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.volunteers.kiosk import KioskWindow


def test_the_kiosk_refuses_a_damaged_database_and_names_the_good_backup(
    installation: AppPaths, runner: TaskRunner, headless_dialogs: list[tuple[str, str]]
) -> None:
    good = demo_with_a_good_backup(installation)
    copy = installation.database.with_name("copy.sqlite3")
    shutil.copyfile(installation.database, copy)
    assert damage_index_pages(copy) > 0
    assert files.quick_check(copy)  # the damage a quick look misses: indexes that disagree with tables
    os.replace(copy, installation.database)

    assert start_kiosk(installation, runner) is None
    (title, text) = headless_dialogs[-1]
    assert title == "无法启动"
    assert "数据库文件已损坏" in text and good.name in text and "stationdesk restore" in text


def test_the_kiosk_opens_on_a_sound_database(
    installation: AppPaths, runner: TaskRunner, qtbot: QtBot, headless_dialogs: list[tuple[str, str]]
) -> None:
    demo_with_a_good_backup(installation)
    started = start_kiosk(installation, runner)
    assert started is not None, headless_dialogs
    window, db = started
    qtbot.addWidget(window)
    try:
        assert isinstance(window, KioskWindow)
        assert not headless_dialogs
    finally:
        db.dispose()
