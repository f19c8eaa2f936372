"""Signing in to an encrypted station in the window: the password unwraps the key, then the database opens."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from desktop.db import cipher
from desktop.paths import AppPaths
from tests import keyed
from tests.conftest import STAFF_PASSWORD

from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.sign_in import SignInPanel
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.startup.opening import Opening

Start = tuple[MainWindow, SignInPanel, Opening]


@pytest.fixture
def locked_start(qtbot: QtBot, installation: AppPaths, runner: TaskRunner) -> Iterator[Start]:
    cipher.forget(installation.data_dir)  # as in a new process: the key is not known before sign-in
    panel = SignInPanel("测试街道精神健康社工站")
    window = MainWindow.awaiting_sign_in(runner, "测试街道精神健康社工站", panel)
    qtbot.addWidget(window)
    opening = Opening(installation, runner, window, panel, None)
    window.show()
    opening.start()
    yield window, panel, opening
    runner.shutdown()
    opening.dispose()


def test_the_database_stays_closed_until_a_password_opens_its_key(qtbot: QtBot, locked_start: Start) -> None:
    window, panel, opening = locked_start
    qtbot.keyClicks(panel.username, "cw1")
    qtbot.keyClicks(panel.password, "not-the-password")
    qtbot.mouseClick(panel.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.message.text() != "", timeout=20_000)
    assert "用户名或密码不正确" in panel.message.text()
    assert opening.opened is None and window.centralWidget() is panel
    qtbot.keyClicks(panel.password, STAFF_PASSWORD)
    with qtbot.waitSignal(opening.signed_in, timeout=20_000):
        qtbot.keyClick(panel.password, Qt.Key.Key_Return)
    assert opening.opened is not None and window.ctx.actor.username == "cw1"
    assert window.nav.item(window.nav.currentRow()).text() == "服务对象"


def test_a_plain_station_is_converted_when_the_window_opens_it(
    qtbot: QtBot, installation: AppPaths, runner: TaskRunner, tmp_path: Path
) -> None:
    folder = tmp_path / "old"
    folder.mkdir()
    keyed.plain_copy(installation.database, folder / "stationdesk.sqlite3")
    old = AppPaths(folder)
    panel = SignInPanel("测试街道精神健康社工站")
    window = MainWindow.awaiting_sign_in(runner, "测试街道精神健康社工站", panel)
    qtbot.addWidget(window)
    opening = Opening(old, runner, window, panel, None)
    window.show()
    opening.start()
    qtbot.keyClicks(panel.username, "lead")
    qtbot.keyClicks(panel.password, STAFF_PASSWORD)
    with qtbot.waitSignal(opening.signed_in, timeout=30_000):
        qtbot.keyClick(panel.password, Qt.Key.Key_Return)
    assert (folder / "keyring.json").exists() and not cipher.is_plain(old.database)
    assert window.ctx.actor.username == "lead"
    runner.shutdown()
    opening.dispose()
