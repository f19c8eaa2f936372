"""Every page and the main dialogs fit a 1366×768 or 1280×720 laptop at 100 %, 125 % and 150 % display
scaling (issue 19): shown on an offscreen screen of that size (a subprocess: the screen and
QT_SCALE_FACTOR are fixed when Qt starts), no window is larger than the screen and no button is
cut off, no page wider than the window; long forms scroll, button rows wrap. The main window remembers its place and never opens beyond the screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, QSize
from PySide6.QtWidgets import QApplication, QMainWindow

from desktop.paths import AppPaths
from desktop.services.casework.clients import search_clients
from desktop.services.context import ServiceContext
from desktop.services.forms.casework import print_blank_visit

from desktop.ui.printing.preview import PdfPreviewDialog
from desktop.ui.shell.placement import remember_main_window, restore_main_window

ROOT = Path(__file__).resolve().parents[3]


SCREENS = [
    (1366, 768, "1", "zh"),
    (1366, 768, "1.25", "zh"),
    (1366, 768, "1.5", "zh"),
    (1280, 720, "1.5", "zh"),
    (1366, 768, "1.5", "en"),  # English captions are longer
    (1280, 720, "1.5", "en"),
]


@pytest.mark.parametrize(("width", "height", "scale", "language"), SCREENS)
def test_every_page_and_dialog_fits_the_laptop_screen(
    anonymous: ServiceContext, tmp_path: Path, width: int, height: int, scale: str, language: str
) -> None:
    screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height}
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": scale,
    }
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.shell.fit_probe", str(anonymous.paths.data_dir), language],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


def test_main_window_remembers_its_place_within_the_screen(qtbot: QtBot, installation: AppPaths) -> None:
    area = QApplication.primaryScreen().availableGeometry()
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(640, 420)
    window.move(30, 40)
    remember_main_window(window, installation)
    again = QMainWindow()
    qtbot.addWidget(again)
    restore_main_window(again, installation)
    assert again.size() == QSize(640, 420) and again.pos() == QPoint(30, 40)

    huge = QMainWindow()
    qtbot.addWidget(huge)
    huge.resize(area.width() + 900, area.height() + 700)
    huge.move(area.right() - 50, 0)
    remember_main_window(huge, installation)
    restored = QMainWindow()
    qtbot.addWidget(restored)
    restore_main_window(restored, installation)
    assert area.contains(restored.frameGeometry()), (restored.frameGeometry(), area)


def test_print_preview_is_no_taller_than_its_screen(qtbot: QtBot, caseworker: ServiceContext) -> None:
    client = search_clients(caseworker, "张三丰")[0]
    preview = PdfPreviewDialog(print_blank_visit(caseworker, client.id), "空白访视表")
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitExposed(preview)
    area = preview.screen().availableGeometry()
    assert preview.frameGeometry().height() <= area.height()
    assert area.contains(preview.close_button.mapToGlobal(preview.close_button.rect().bottomRight()))


def test_closing_the_main_window_remembers_where_it_was(
    qtbot: QtBot, caseworker: ServiceContext, installation: AppPaths
) -> None:
    from desktop.preferences import saved_window_geometry
    from desktop.services.admin.setup import station_info

    from desktop.ui.shell.main_window import MainWindow
    from desktop.ui.shell.tasks import TaskRunner

    runner = TaskRunner()  # the window stops it when it closes
    window = MainWindow(caseworker, runner, station_info(caseworker.db))
    qtbot.addWidget(window)
    window.placement_paths = installation
    window.show()
    qtbot.waitExposed(window)
    window.resize(700, 450)
    assert saved_window_geometry(installation) is None
    window.close()
    again = QMainWindow()
    qtbot.addWidget(again)
    restore_main_window(again, installation)
    assert again.size() == QSize(700, 450)
