"""GUI composition root: paths, logging, database (migrated, backup first), Qt, fonts, windows.

Start-up order: QApplication and the shipped CJK font (so Chinese never shows as boxes on a bare
machine) → open and migrate the database → first-run wizard, or demo data with `--demo` →
log-in → main window. Heavy modules (services, pinyin, ReportLab) load only when needed.
"""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QProgressDialog

from desktop import __version__, i18n
from desktop.db.open import open_database
from desktop.errors import AppError
from desktop.paths import AppPaths, resolve_paths, resource_path
from desktop.services.context import ANONYMOUS, ServiceContext
from desktop.services.setup import is_initialised, station_info

from desktop.ui import dialogs
from desktop.ui.errors import install_excepthook
from desktop.ui.tasks import TaskRunner

log = logging.getLogger("stationdesk")
FONT_FILE = ("fonts", "wqy-microhei.ttc")


def _setup_logging(paths: AppPaths) -> None:
    paths.logs.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        paths.logs / "stationdesk.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def load_fonts(app: QApplication) -> None:
    font_id = QFontDatabase.addApplicationFont(str(resource_path(*FONT_FILE)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        font = QFont(families[0])
        font.setPointSize(10)
        app.setFont(font)
    else:
        log.warning("shipped CJK font could not be loaded")


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
    data_dir = tempfile.mkdtemp(prefix="stationdesk-smoke-") if smoke else args.data_dir
    paths = resolve_paths(data_dir).ensure()
    _setup_logging(paths)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("StationDesk")
    app.setApplicationDisplayName(QCoreApplication.translate("app", "社工站工作台"))
    app.setApplicationVersion(__version__)
    load_fonts(app)  # type: ignore[arg-type]
    i18n.set_backend(_translate)
    install_excepthook()
    if smoke:
        dialogs.headless = True
    runner = TaskRunner()
    try:
        return _run(app, args, paths, runner, smoke)  # type: ignore[arg-type]
    except AppError as error:
        dialogs.critical(None, QCoreApplication.translate("app", "无法启动"), error.user_message())
        return 1
    finally:
        runner.shutdown()


def _run(app: QApplication, args: argparse.Namespace, paths: AppPaths, runner: TaskRunner, smoke: bool) -> int:
    from desktop.ui.login_dialog import LoginDialog
    from desktop.ui.main_window import MainWindow
    from desktop.ui.setup_wizard import SetupWizard

    hint = ""
    if args.demo or smoke:
        from desktop.services.demo_setup import DEMO_PASSWORD, DEMO_STATION

        _demo_data(paths, runner)
        if smoke or _station_code(paths) == DEMO_STATION["station_code"]:
            hint = QCoreApplication.translate("app", "演示账户：liming（社工）或 wangfang（站长），密码 {p}").format(
                p=DEMO_PASSWORD
            )
    db = open_database(paths)
    ctx = ServiceContext(db, paths, ANONYMOUS)
    if not is_initialised(db):
        wizard = SetupWizard(paths, runner)
        if not wizard.exec():
            return 0
        db.dispose()
        db = open_database(paths)
        ctx = ServiceContext(db, paths, ANONYMOUS)
    station = station_info(db)
    if smoke:
        from desktop.services.auth import login

        actor = login(ctx, "liming", DEMO_PASSWORD)
    else:
        dialog = LoginDialog(ctx, runner, station.name, hint)
        if not dialog.exec() or dialog.actor is None:
            return 0
        actor = dialog.actor
    window = MainWindow(ctx.as_actor(actor), runner, station)
    window.show()
    if smoke:
        QTimer.singleShot(1500, app.quit)
    code = app.exec()
    db.dispose()
    if smoke:
        print(f"smoke test ok: {Path(paths.data_dir)}")
    return code
