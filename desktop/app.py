"""GUI composition root: paths, logging, database (migrated, backup first), Qt, fonts, windows.

Start-up order: QApplication and the shipped CJK font (so Chinese never shows as boxes on a bare
machine) → open and migrate the database → first-run wizard, or demo data with `--demo` →
log-in → main window. Heavy modules (services, pinyin, ReportLab) load only when needed.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QProgressDialog

from desktop import __version__, i18n
from desktop.db.open import open_database
from desktop.errors import AppError
from desktop.logs import setup_logging
from desktop.paths import AppPaths, resolve_paths, resource_path
from desktop.services.context import ANONYMOUS, Actor, ServiceContext
from desktop.services.setup import is_initialised, station_info

from desktop.ui import dialogs
from desktop.ui.errors import install_excepthook
from desktop.ui.tasks import TaskRunner

log = logging.getLogger("stationdesk")
FONT_FILE = ("fonts", "wqy-microhei.ttc")


def load_fonts(app: QApplication) -> str:
    """Make the shipped CJK font the UI font; returns its family name, or "" when it failed."""
    font_id = QFontDatabase.addApplicationFont(str(resource_path(*FONT_FILE)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        font = QFont(families[0])
        font.setPointSize(10)
        app.setFont(font)
        return families[0]
    log.warning("shipped CJK font could not be loaded")
    return ""


def _install_language(app: QApplication, paths: AppPaths, args: argparse.Namespace) -> None:
    from desktop.preferences import ui_language

    from desktop.ui.translation import install_language

    install_language(app, ui_language(paths, getattr(args, "lang", None)))


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _demo_data(ctx_paths: AppPaths, runner: TaskRunner) -> bool:
    """Generate demo data with a progress dialog; True when it was created now."""
    from desktop.services.demo import generate_demo
    from desktop.services.demo_setup import ensure_demo_installation

    progress = QProgressDialog(QCoreApplication.translate("app", "正在生成演示数据，请稍候……"), "", 0, 0)
    progress.setCancelButton(None)
    progress.setWindowTitle(QCoreApplication.translate("app", "社工站工作台"))
    progress.setMinimumDuration(0)
    outcome: dict[str, object] = {}

    def work() -> bool:
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
    db = open_database(paths)
    try:
        return db.origin
    finally:
        db.dispose()


def run_gui(args: argparse.Namespace) -> int:
    """Run the desktop application; returns the process exit code."""
    smoke = bool(getattr(args, "smoke_test", False))
    data_dir = args.data_dir
    if smoke:
        # Offscreen whatever the machine has, on a throw-away data dir (never the user's data).
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        data_dir = data_dir or tempfile.mkdtemp(prefix="stationdesk-smoke-")
    paths = resolve_paths(data_dir).ensure()
    setup_logging(paths)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("StationDesk")
    _install_language(app, paths, args)
    app.setApplicationDisplayName(QCoreApplication.translate("app", "社工站工作台"))
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource_path("icons", "stationdesk.png"))))
    app.setDesktopFileName("stationdesk")  # Wayland/X11 match the window to stationdesk.desktop
    family = load_fonts(app)  # type: ignore[arg-type]
    i18n.set_backend(_translate)
    install_excepthook()
    runner = TaskRunner()
    if smoke:
        from desktop.ui.smoke import run_smoke_test

        return run_smoke_test(app, paths, runner, family, remove=args.data_dir is None)  # type: ignore[arg-type]
    try:
        return _run(app, args, paths, runner)  # type: ignore[arg-type]
    except AppError as error:
        dialogs.critical(None, QCoreApplication.translate("app", "无法启动"), error.user_message())
        return 1
    finally:
        runner.shutdown()


def _run(app: QApplication, args: argparse.Namespace, paths: AppPaths, runner: TaskRunner) -> int:
    from desktop.ui.login_dialog import LoginDialog
    from desktop.ui.main_window import MainWindow

    hint = ""
    if args.demo:
        from desktop.services.demo_setup import DEMO_PASSWORD, DEMO_STATION

        _demo_data(paths, runner)
        if _station_code(paths) == DEMO_STATION["station_code"]:
            hint = QCoreApplication.translate("app", "演示账户：liming（社工）或 wangfang（站长），密码 {p}").format(
                p=DEMO_PASSWORD
            )
    from desktop.ui.startup_checks import BackgroundMaintenance, check_before_open

    if not check_before_open(paths):
        return 1
    db = open_database(paths)
    ctx = ServiceContext(db, paths, ANONYMOUS)
    if not is_initialised(db):
        from desktop.ui.setup_wizard import SetupWizard  # first run only

        wizard = SetupWizard(paths, runner)
        if not wizard.exec():
            return 0
        db.dispose()
        db = open_database(paths)
        ctx = ServiceContext(db, paths, ANONYMOUS)
    station = station_info(db)
    actor = _bench_login(ctx)
    if actor is None:
        dialog = LoginDialog(ctx, runner, station.name, hint)
        if not dialog.exec() or dialog.actor is None:
            return 0
        actor = dialog.actor
    if actor.must_change_password:
        from dataclasses import replace

        from desktop.ui.password_dialog import ChangePasswordDialog

        if not ChangePasswordDialog(ctx.as_actor(actor), runner, forced=True).exec():
            return 0
        actor = replace(actor, must_change_password=False)
    window = MainWindow(ctx.as_actor(actor), runner, station)
    window.show()
    _bench_report_ready()
    # Daily backup (and, for a large database, the full quick_check) run off the UI thread.
    maintenance = BackgroundMaintenance(paths, db.dispose, window)
    maintenance.start()
    code = app.exec()
    db.dispose()
    return code


BENCH_LOGIN = "STATIONDESK_BENCH_LOGIN"
BENCH_READY = "stationdesk-ready"


def _bench_login(ctx: ServiceContext) -> Actor | None:
    """For `stationdesk bench` only: log in as USER with the password in FILE, no dialog.

    Set by the bench as STATIONDESK_BENCH_LOGIN="USER:FILE" (not a command-line option, so not in
    --help). The password goes through the same check as the dialog's (argon2, lockout, audit):
    a wrong one ends the start with the usual error. Without the variable nothing changes.
    """
    spec = os.environ.get(BENCH_LOGIN)
    if not spec:
        return None
    from pathlib import Path

    from desktop.services.auth import login

    username, _, password_file = spec.partition(":")
    password = Path(password_file).read_text(encoding="utf-8").splitlines()[0]
    return login(ctx, username, password)


def _bench_report_ready() -> None:
    """Under the bench, print a marker once the shown main window's event loop is idle."""
    if os.environ.get(BENCH_LOGIN):
        QTimer.singleShot(0, lambda: print(BENCH_READY, flush=True))


def run_kiosk(args: argparse.Namespace) -> int:
    """`stationdesk kiosk`: the full-screen check-in window, acting only as the kiosk actor."""
    from desktop.errors import SetupError
    from desktop.services.kiosk import KIOSK_ACTOR

    from desktop.ui.volunteers.kiosk import KioskWindow

    paths = resolve_paths(args.data_dir).ensure()
    setup_logging(paths)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("StationDesk")
    _install_language(app, paths, args)
    app.setApplicationDisplayName(QCoreApplication.translate("app", "志愿者签到"))
    load_fonts(app)  # type: ignore[arg-type]
    i18n.set_backend(_translate)
    install_excepthook()
    runner = TaskRunner()
    db = None
    try:
        db = open_database(paths)
        if not is_initialised(db):
            raise SetupError()
        window = KioskWindow(ServiceContext(db, paths, KIOSK_ACTOR), runner)
        if getattr(args, "windowed", False):
            window.resize(1280, 800)
            window.show()
        else:
            # Cover the screen even where no window manager honours full-screen requests.
            window.setGeometry(app.primaryScreen().geometry())  # type: ignore[attr-defined]
            window.showFullScreen()
        return app.exec()
    except AppError as error:
        dialogs.critical(None, QCoreApplication.translate("app", "无法启动"), error.user_message())
        return 1
    finally:
        runner.shutdown()
        if db is not None:
            db.dispose()
