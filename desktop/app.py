"""GUI composition root: paths, logging, database (migrated, backup first), Qt, fonts, windows.

Start-up order: QApplication and the shipped CJK font (so Chinese never shows as boxes on a bare
machine) → the main window with its sign-in, shown → (the loop running) the forms' event filters,
and on the worker, while the user types, integrity check and opening of the database → password
check → the pages. A start that needs more — a first
run, a migration, demo data with `--demo`, a file that does not read — does that first, before the
window. Heavy modules (SQLAlchemy, services, pinyin, ReportLab) load only when needed.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QProgressDialog

from desktop import __version__, i18n
from desktop.errors import AppError
from desktop.logs import setup_logging
from desktop.paths import AppPaths, resolve_paths, resource_path

from desktop.ui.shell import dialogs
from desktop.ui.shell.collector import MainThreadCollector
from desktop.ui.shell.errors import install_excepthook
from desktop.ui.shell.fonts import load_fonts
from desktop.ui.shell.placement import install_screen_fit, restore_main_window
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.shell.wheel import install_wheel_guard

if TYPE_CHECKING:
    from desktop.db.session import Database
    from desktop.services.admin.opening import OpenStation

    from desktop.ui.shell.main_window import MainWindow
    from desktop.ui.shell.sign_in import SignInPanel
    from desktop.ui.startup.opening import Opening
    from desktop.ui.volunteers.kiosk import KioskWindow

log = logging.getLogger("stationdesk")


def _install_language(app: QApplication, paths: AppPaths, args: argparse.Namespace) -> None:
    from desktop.preferences import ui_language

    from desktop.ui.shell.translation import install_language

    install_language(app, ui_language(paths, getattr(args, "lang", None)))


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _demo_data(ctx_paths: AppPaths, runner: TaskRunner) -> bool:
    """Generate demo data with a progress dialog; True when it was created now."""
    from desktop.db.open import open_database
    from desktop.services.context import ServiceContext
    from desktop.services.demo.generate import generate_demo
    from desktop.services.demo.setup import ensure_demo_installation

    progress = QProgressDialog(QCoreApplication.translate("app", "正在生成演示数据，请稍候……"), "", 0, 0)
    progress.setCancelButton(None)
    progress.setWindowTitle(QCoreApplication.translate("app", "社工站工作台"))
    progress.setMinimumDuration(0)
    outcome: dict[str, object] = {}

    def work() -> bool:
        from desktop.services.admin.setup import is_initialised

        if ctx_paths.database.exists():
            db = open_database(ctx_paths)
            try:
                if is_initialised(db):
                    return False  # an existing installation opens as it is
            finally:
                db.dispose()
        created = ensure_demo_installation(ctx_paths)
        if created:
            db = open_database(ctx_paths)
            try:
                generate_demo(ServiceContext(db, ctx_paths), clients=2000, visits_per_client=6, volunteers=40)
            finally:
                db.dispose()
        return created

    loop_done = {"flag": False}

    def finished(created: bool) -> None:
        outcome["created"] = created
        loop_done["flag"] = True

    def failed(error: BaseException) -> None:
        outcome["error"] = error
        loop_done["flag"] = True

    runner.run(work, finished, failed)
    progress.show()
    while not loop_done["flag"]:
        QApplication.processEvents()
        QApplication.instance().thread().msleep(20)  # type: ignore[union-attr]
    progress.close()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return bool(outcome.get("created"))


def _station_code(paths: AppPaths) -> str:
    from desktop.db.open import open_database
    from desktop.services.station_key import is_encrypted, public_info

    if is_encrypted(paths.data_dir):  # not open before sign-in: its keyring names it
        return public_info(paths.data_dir).get("station_code", "")
    db = open_database(paths)
    try:
        return db.origin
    finally:
        db.dispose()


def prepare_application(args: argparse.Namespace, paths: AppPaths) -> tuple[QApplication, str]:
    """Logging, the QApplication with its language, names, icon and font, the error hook; returns
    the application and the UI font's family ("" when the shipped font failed to load).
    The forms' filters come later (`guard_forms`), before the first form the user can reach."""
    setup_logging(paths)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("StationDesk")
    _install_language(app, paths, args)  # type: ignore[arg-type]
    app.setApplicationDisplayName(QCoreApplication.translate("app", "社工站工作台"))
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource_path("icons", "stationdesk.png"))))
    app.setDesktopFileName("stationdesk")  # Wayland/X11 match the window to stationdesk.desktop
    family = load_fonts(app)  # type: ignore[arg-type]
    i18n.set_backend(_translate)
    install_excepthook()
    return app, family  # type: ignore[return-value]


def guard_forms() -> None:
    """The application's event filters every form relies on: the wheel never changes a choice that
    has no focus, and each window fits the screen (issue 19). Idempotent.

    Installed once the usual start's window has shown its sign-in (which has neither choices nor
    dialogs, and is fitted itself): a Python filter on the application sees every event of the
    first show, and wrapping each for Python costs ≈ 40 ms before the sign-in appears.
    """
    app = QApplication.instance()
    install_wheel_guard(app)  # type: ignore[arg-type]
    install_screen_fit(app)  # type: ignore[arg-type]


def run_gui(args: argparse.Namespace) -> int:
    """Run the desktop application; returns the process exit code."""
    smoke = bool(getattr(args, "smoke_test", False))
    data_dir = args.data_dir
    if smoke:
        # Offscreen whatever the machine has, on a throw-away data dir (never the user's data).
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        data_dir = data_dir or tempfile.mkdtemp(prefix="stationdesk-smoke-")
    paths = resolve_paths(data_dir).ensure()
    app, family = prepare_application(args, paths)
    _collector = MainThreadCollector(app)  # kept referenced until the application ends
    runner = TaskRunner()
    if smoke:
        from desktop.ui.startup.smoke import run_smoke_test

        guard_forms()
        return run_smoke_test(app, paths, runner, family, remove=args.data_dir is None)  # type: ignore[arg-type]
    try:
        started = start_window(args, paths, runner)
        if started is None:
            return 0
        try:
            return app.exec()
        finally:
            runner.shutdown()  # the worker may still be opening the database: let it finish first
            started.opening.dispose()
    except AppError as error:
        dialogs.critical(None, QCoreApplication.translate("app", "无法启动"), error.user_message())
        return 1
    finally:
        runner.shutdown()


@dataclass
class Started:
    """The shown window at its sign-in, and the start that opens the database behind it."""

    window: MainWindow
    panel: SignInPanel
    opening: Opening


def start_window(args: argparse.Namespace, paths: AppPaths, runner: TaskRunner) -> Started | None:
    """Everything `stationdesk` does before the event loop: demo data, first run, the shown window
    at its sign-in, the database to open behind it as the loop begins; None when the user gave up
    before it.
    The journey tests start the application here and drive the loop themselves."""
    from desktop.db.peek import station_ready

    from desktop.ui.shell.main_window import MainWindow
    from desktop.ui.shell.sign_in import SignInPanel
    from desktop.ui.startup.opening import Opening

    hint = ""
    if args.demo:
        from desktop.services.demo.setup import DEMO_PASSWORD, DEMO_STATION

        guard_forms()
        _demo_data(paths, runner)
        if _station_code(paths) == DEMO_STATION["station_code"]:
            hint = QCoreApplication.translate("app", "演示账户：liming（社工）或 wangfang（站长），密码 {p}").format(
                p=DEMO_PASSWORD
            )
    opened: OpenStation | None = None
    station_name = station_ready(paths.database)
    if station_name is None:
        guard_forms()  # the wizard and the start's dialogs come before the window
        opened = _open_carefully(paths, runner)
        if opened is None:
            return None
        station_name = opened.station.name
    panel = SignInPanel(station_name, hint)
    window = MainWindow.awaiting_sign_in(runner, station_name, panel)
    window.placement_paths = paths
    restore_main_window(window, paths)
    opening = Opening(paths, runner, window, panel, opened)
    window.show()
    panel.setFocus()
    QTimer.singleShot(0, lambda: _after_shown(opening))
    _bench_sign_in(panel, opening)
    return Started(window, panel, opening)


def _after_shown(opening: Opening) -> None:
    """The rest of the start as the loop begins, before any form can be reached (the sign-in has none).

    The database opens only now: the worker's first imports (SQLAlchemy, the services) would
    otherwise take the interpreter's lock from the first paint.
    """
    guard_forms()
    opening.start_once()


def _open_carefully(paths: AppPaths, runner: TaskRunner) -> OpenStation | None:
    """Integrity check, backup and migration, and the first-run wizard, before any window."""
    from desktop.services.admin.opening import opened_station
    from desktop.services.admin.setup import is_initialised

    from desktop.ui.startup.startup_checks import check_before_open

    if not check_before_open(paths):
        return None
    opened = opened_station(paths)
    if is_initialised(opened.ctx.db):
        return opened
    opened.close()
    from desktop.ui.startup.setup_wizard import SetupWizard  # first run only

    if not SetupWizard(paths, runner).exec():
        return None
    return opened_station(paths)


BENCH_LOGIN = "STATIONDESK_BENCH_LOGIN"
BENCH_READY = "stationdesk-ready"
BENCH_SIGNED_IN = "stationdesk-signed-in"


def _bench_sign_in(panel: SignInPanel, opening: Opening) -> None:
    """For `stationdesk bench` only: sign in as a user who types instantly.

    Set by the bench as STATIONDESK_BENCH_LOGIN="USER:FILE" (not a command-line option, so not in
    --help). Once the shown window's event loop is idle it prints BENCH_READY, then types USER and
    the password in FILE into the sign-in and presses Enter — the same path as a user, argon2,
    lockout and audit included — and prints BENCH_SIGNED_IN once the pages are up and idle.
    Without the variable nothing changes.
    """
    spec = os.environ.get(BENCH_LOGIN)
    if not spec:
        return
    from pathlib import Path

    username, _, password_file = spec.partition(":")
    password = Path(password_file).read_text(encoding="utf-8").splitlines()[0]

    def ready() -> None:
        print(BENCH_READY, flush=True)
        panel.username.setText(username)
        panel.password.setText(password)
        panel.password.returnPressed.emit()

    opening.signed_in.connect(lambda: QTimer.singleShot(0, lambda: print(BENCH_SIGNED_IN, flush=True)))
    QTimer.singleShot(0, ready)


def run_kiosk(args: argparse.Namespace) -> int:
    """`stationdesk kiosk`: the full-screen check-in window, acting only as the kiosk actor."""
    paths = resolve_paths(args.data_dir).ensure()
    app, _family = prepare_application(args, paths)
    app.setApplicationDisplayName(QCoreApplication.translate("app", "志愿者签到"))
    guard_forms()
    _collector = MainThreadCollector(app)  # kept referenced until the application ends
    runner = TaskRunner()
    started = start_kiosk(paths, runner)
    if started is None:
        runner.shutdown()
        return 1
    kiosk, db = started
    try:
        if getattr(args, "windowed", False):
            kiosk.resize(1280, 800)
            kiosk.show()
        else:
            # Cover the screen even where no window manager honours full-screen requests.
            kiosk.setGeometry(app.primaryScreen().geometry())  # type: ignore[attr-defined]
            kiosk.showFullScreen()
        return app.exec()
    finally:
        runner.shutdown()
        db.dispose()


def start_kiosk(paths: AppPaths, runner: TaskRunner) -> tuple[KioskWindow, Database] | None:
    """The kiosk's window and the station's checked database; None once an error box said why not.

    The same start check as the window's and the command line's: a damaged file is refused, naming
    the newest good backup, before anything reads or writes it."""
    from desktop.db.open import open_database
    from desktop.errors import SetupError
    from desktop.services.admin.backups import refuse_if_damaged
    from desktop.services.admin.setup import is_initialised
    from desktop.services.context import ServiceContext
    from desktop.services.volunteers.kiosk import KIOSK_ACTOR

    from desktop.ui.volunteers.kiosk import KioskWindow

    db = None
    try:
        if not paths.database.exists():
            raise SetupError()
        refuse_if_damaged(paths)
        db = open_database(paths)
        if not is_initialised(db):
            raise SetupError()
        return KioskWindow(ServiceContext(db, paths, KIOSK_ACTOR), runner), db
    except AppError as error:
        if db is not None:
            db.dispose()
        dialogs.critical(None, QCoreApplication.translate("app", "无法启动"), error.user_message())
        return None
