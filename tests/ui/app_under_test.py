"""The real application on a demo station, started as `stationdesk` starts it, for the journeys and
the all-controls walk (its fixtures are made available to tests/ui by tests/ui/conftest.py).

The demo station is generated once per session (demo set-up and data, a few seconds) and copied
for each test. `start_app` goes through `desktop.app.prepare_application` and `start_window`, the
same steps `run_gui` takes before its event loop (which the test drives instead through qtbot).
Every error box and every log line at ERROR or above fails the test at its end.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop.logs import LOG_FILE, close_logging
from desktop.paths import AppPaths

from desktop.ui.shell import dialogs
from desktop.ui.shell.tasks import TaskRunner

DEMO_CLIENTS = 300
_KEPT: list[object] = []


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo station as `stationdesk --demo` makes it, smaller (300 clients, 15 volunteers)."""
    from desktop.db.open import open_database
    from desktop.services.context import ServiceContext
    from desktop.services.demo.generate import generate_demo
    from desktop.services.demo.setup import ensure_demo_installation

    paths = AppPaths(tmp_path_factory.mktemp("demo-station") / "data").ensure()
    ensure_demo_installation(paths)
    db = open_database(paths)
    try:
        generate_demo(ServiceContext(db, paths), clients=DEMO_CLIENTS, visits_per_client=4, volunteers=15)
    finally:
        db.dispose()
    close_logging(paths)
    return paths.data_dir


@pytest.fixture
def demo_station(demo_template: Path, tmp_path: Path) -> AppPaths:
    from tests.conftest import share_key

    target = tmp_path / "station"
    shutil.copytree(demo_template, target)
    share_key(demo_template, target)  # the copy's encrypted database opens with the template's key
    return AppPaths(target)


DISTRICT_CODE = "XH-DIST"
DISTRICT_PASSWORD = "district-pass-1"
DISTRICT_USER = "quguan"


def make_district(folder: Path) -> AppPaths:
    """A district installation (its admin's password is also its key password) with a district
    administrator, DISTRICT_USER, who signs in with DISTRICT_PASSWORD."""
    from desktop.db.open import open_database
    from desktop.services.admin.setup import initialise
    from desktop.services.auth import create_user

    district = AppPaths(folder)
    initialise(
        district,
        station_code=DISTRICT_CODE,
        station_name="徐汇区社工站管理",
        district="徐汇区",
        mode="district",
        admin_username="admin",
        admin_password=DISTRICT_PASSWORD,
    )
    db = open_database(district)
    try:
        create_user(
            db, username=DISTRICT_USER, display_name="区管理员", role="district_admin", password=DISTRICT_PASSWORD
        )
    finally:
        db.dispose()
    close_logging(district)
    return district


@dataclass
class Errors:
    """Error boxes shown (title, text) while the application ran."""

    boxes: list[tuple[str, str]] = field(default_factory=list)


@pytest.fixture
def error_boxes(monkeypatch: pytest.MonkeyPatch) -> Errors:
    """Records every warning and error box, as the user would have seen it."""
    errors = Errors()
    warn, critical = dialogs.warn, dialogs.critical

    def record_warn(parent: QWidget | None, title: str, text: str) -> None:
        errors.boxes.append((title, text))
        warn(parent, title, text)

    def record_critical(parent: QWidget | None, title: str, text: str) -> None:
        errors.boxes.append((title, text))
        critical(parent, title, text)

    monkeypatch.setattr(dialogs, "warn", record_warn)
    monkeypatch.setattr(dialogs, "critical", record_critical)
    return errors


@dataclass
class App:
    """The started application: its window, and what it showed and logged."""

    paths: AppPaths
    window: QWidget
    panel: QWidget
    opening: object
    runner: TaskRunner
    errors: Errors
    # The boxes a test expects (the walk: a validation message is the right answer to an empty form).
    expected: Callable[[tuple[str, str]], bool] = lambda _box: False

    def unexpected_boxes(self) -> list[tuple[str, str]]:
        return [box for box in self.errors.boxes if not self.expected(box)]

    def log_problems(self) -> list[str]:
        log = self.paths.logs / LOG_FILE
        text = log.read_text(encoding="utf-8") if log.exists() else ""
        return [line for line in text.splitlines() if " ERROR " in line or " CRITICAL " in line or "Traceback" in line]


StartApp = Callable[[AppPaths], App]


@pytest.fixture
def start_app(qtbot: QtBot, error_boxes: Errors) -> Iterator[StartApp]:
    """Starts the application on a data directory; at the end, fails on error boxes and logged errors."""
    from desktop.app import prepare_application, start_window
    from desktop.cli import build_parser

    started: list[App] = []

    def start(paths: AppPaths) -> App:
        args = build_parser(with_commands=False).parse_args(["--data-dir", str(paths.data_dir)])
        pytest_qt_hook = sys.excepthook
        prepare_application(args, paths)
        # The app's hook shows exceptions in slots as error boxes; pytest-qt's, restored here,
        # also fails the test with the traceback (qt_no_exception_capture stays off).
        sys.excepthook = pytest_qt_hook
        runner = TaskRunner()
        result = start_window(args, paths, runner)
        assert result is not None, "the start stopped before the window"
        app = App(paths, result.window, result.panel, result.opening, runner, error_boxes)
        started.append(app)
        return app

    yield start
    for queue in (dialogs.answers, dialogs.save_answers, dialogs.open_answers, dialogs.folder_answers):
        queue.clear()  # answers a failed test did not use must not answer the next test's prompts
    for app in started:
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget is not app.window:
                widget.close()
        app.window.close()
        app.runner.shutdown()
        app.opening.dispose()  # type: ignore[attr-defined]
        # Kept, closed, until the session ends: windows, runners and their connections collected
        # at some later point of a later test crashed it (PySide6, several main windows in one process).
        _KEPT.append(app)
        close_logging(app.paths)
        assert app.unexpected_boxes() == [], f"error boxes: {app.unexpected_boxes()}"
        assert app.log_problems() == [], "\n".join(app.log_problems())


def sign_in(qtbot: QtBot, app: App, username: str, password: str) -> None:
    """Type the user name, Enter, the password, Enter: wait for the pages."""
    panel = app.panel
    qtbot.keyClicks(panel.username, username)  # type: ignore[attr-defined]
    qtbot.keyClick(panel.username, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    qtbot.keyClicks(panel.password, password)  # type: ignore[attr-defined]
    with qtbot.waitSignal(app.opening.signed_in, timeout=20_000):  # type: ignore[attr-defined]
        qtbot.keyClick(panel.password, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    # The pages replace the sign-in as the central widget; they are on screen once it is shown.
    qtbot.waitUntil(lambda: app.window.centralWidget().isVisible(), timeout=20_000)  # type: ignore[attr-defined]
