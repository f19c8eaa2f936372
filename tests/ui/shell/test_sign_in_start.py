"""The usual start driven as a user would: the window shows its sign-in at once, the database opens
behind it, the password is checked, and the pages replace the sign-in."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.paths import AppPaths
from tests.conftest import STAFF_PASSWORD

from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.sign_in import SignInPanel
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.startup.opening import Opening

ROOT = Path(__file__).resolve().parents[3]
Start = tuple[MainWindow, SignInPanel, Opening]


@pytest.fixture
def start(qtbot: QtBot, installation: AppPaths, runner: TaskRunner) -> Iterator[Start]:
    panel = SignInPanel("测试街道精神健康社工站")
    window = MainWindow.awaiting_sign_in(runner, "测试街道精神健康社工站", panel)
    qtbot.addWidget(window)
    opening = Opening(installation, runner, window, panel, None)
    window.show()
    panel.setFocus()
    opening.start()
    yield window, panel, opening
    runner.shutdown()
    opening.dispose()


def _type(qtbot: QtBot, panel: SignInPanel, username: str, password: str) -> None:
    qtbot.keyClicks(panel.username, username)
    qtbot.keyClick(panel.username, Qt.Key.Key_Return)  # Enter in the name moves on to the password
    assert panel.password.hasFocus()
    qtbot.keyClicks(panel.password, password)


def test_the_window_opens_on_its_sign_in_and_signing_in_shows_the_pages(qtbot: QtBot, start: Start) -> None:
    window, panel, opening = start
    assert window.centralWidget() is panel and "测试街道精神健康社工站" in window.windowTitle()
    assert panel.username.hasFocus()
    _type(qtbot, panel, "cw1", STAFF_PASSWORD)
    with qtbot.waitSignal(opening.signed_in, timeout=10_000):
        qtbot.keyClick(panel.password, Qt.Key.Key_Return)
    assert window.nav.item(window.nav.currentRow()).text() == "服务对象"
    assert "李社工" in " ".join(label.text() for label in window.statusBar().findChildren(type(panel.message)))
    assert window.menuBar().actions()  # 文件, 打印, 转到, 帮助 arrive with the pages
    # The window was already on screen when the pages arrived: its idle warm-up still runs.
    qtbot.waitUntil(lambda: window.warm_up.done, timeout=20_000)


def test_a_wrong_password_says_so_and_the_user_can_try_again(
    qtbot: QtBot, start: Start, headless_dialogs: list[tuple[str, str]]
) -> None:
    window, panel, opening = start
    _type(qtbot, panel, "cw1", "not-the-password")
    qtbot.mouseClick(panel.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.message.text() != "", timeout=10_000)
    assert "用户名或密码不正确" in panel.message.text()
    assert panel.password.text() == "" and panel.password.hasFocus() and panel.sign_in_button.isEnabled()
    assert window.centralWidget() is panel
    qtbot.keyClicks(panel.password, STAFF_PASSWORD)
    with qtbot.waitSignal(opening.signed_in, timeout=10_000):
        qtbot.keyClick(panel.password, Qt.Key.Key_Return)
    assert headless_dialogs == []


def test_empty_fields_are_refused_without_a_check(qtbot: QtBot, start: Start) -> None:
    window, panel, _ = start
    qtbot.keyClick(panel.password, Qt.Key.Key_Return)
    assert panel.message.text() == "请输入用户名和密码。" and panel.sign_in_button.isEnabled()
    assert window.centralWidget() is panel


def _typed_in(qtbot: QtBot, installation: AppPaths, runner: TaskRunner) -> Start:
    """The shown sign-in, its opening not started, with the lead's name and password typed."""
    panel = SignInPanel("测试街道精神健康社工站")
    window = MainWindow.awaiting_sign_in(runner, "测试街道精神健康社工站", panel)
    qtbot.addWidget(window)
    opening = Opening(installation, runner, window, panel, None)
    window.show()
    panel.username.setText("lead")
    panel.password.setText(STAFF_PASSWORD)
    return window, panel, opening


def test_a_password_entered_before_the_database_is_open_waits_its_turn(
    qtbot: QtBot, installation: AppPaths, runner: TaskRunner
) -> None:
    window, panel, opening = _typed_in(qtbot, installation, runner)
    opening.start()
    with qtbot.waitSignal(opening.signed_in, timeout=10_000):
        panel.submit()  # same event-loop turn as start(): the opening has not finished yet
    assert opening.opened is not None and window.ctx.actor.username == "lead"
    runner.shutdown()
    opening.dispose()


def test_a_password_submitted_before_the_opening_began_starts_it_first(
    qtbot: QtBot, installation: AppPaths, runner: TaskRunner
) -> None:
    # The program starts the opening on the loop's first turn; Enter may come sooner.
    window, panel, opening = _typed_in(qtbot, installation, runner)
    with qtbot.waitSignal(opening.signed_in, timeout=10_000):
        qtbot.keyClick(panel.password, Qt.Key.Key_Return)  # Enter in the password box, as a user signs in
    assert opening.opened is not None and window.ctx.actor.username == "lead"
    runner.shutdown()
    opening.dispose()


def test_quit_on_the_sign_in_closes_the_window(qtbot: QtBot, start: Start) -> None:
    window, panel, _ = start
    qtbot.mouseClick(panel.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert not window.isVisible()


# What the process has imported when the window with its sign-in is shown: the bench's hook would
# sign in at once, so `Opening.start` (called on the loop's first turn) records it instead and quits.
SCRIPT = """
import json, sys
from desktop.ui.startup import opening as module
def record(self):
    print(json.dumps({"visible": self._window.isVisible(),
                      "heavy": sorted(m for m in ("sqlalchemy", "alembic", "pypinyin", "reportlab", "argon2")
                                      if m in sys.modules)}), flush=True)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    self._window.close()
    QTimer.singleShot(0, QApplication.quit)
module.Opening.start = record
from desktop.cli import main
main(["--data-dir", sys.argv[1]])
"""


def test_the_sign_in_shows_before_the_database_layer_loads(installation: AppPaths) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.pop("STATIONDESK_BENCH_LOGIN", None)
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(installation.data_dir)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    assert shown == {"visible": True, "heavy": []}
