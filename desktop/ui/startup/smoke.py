"""`stationdesk --smoke-test`: the whole program, offscreen, on a throw-away demo station.

Run by the installer build and CI against the frozen (installed) binary, where a missing data
file, Qt plugin or compiled extension only shows when the code path runs. Steps: the shipped CJK
font in Qt, the headless checks of `desktop.smoke` (resources, migrations, demo data, log-in,
search, holiday calendar, a visit PDF, a bundle round trip when sync is built in), the main window
with the register loaded through the worker thread, the About box version, and the PDF opened
with QtPdf (the print preview's engine). Every step prints one line on stdout; the first failure
prints its reason on stderr and the exit code is 1. The temporary data dir is removed on success
and kept (its path printed) on failure.
"""

from __future__ import annotations

import logging
import shutil
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from desktop import __version__, smoke
from desktop.paths import AppPaths
from desktop.smoke import SmokeFailure, check, run_step

from desktop.ui.shell import dialogs
from desktop.ui.shell.tasks import TaskRunner

WAIT_SECONDS = 20.0


def _say(line: str) -> None:
    print(line, flush=True)


def _wait(app: QApplication, condition: Callable[[], bool], seconds: float = WAIT_SECONDS) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        if condition():
            return True
        time.sleep(0.02)
    app.processEvents()
    return condition()


def _font(app: QApplication, family: str) -> str:
    check(bool(family), "font", "the shipped CJK font could not be loaded into Qt")
    metrics = QFontMetrics(app.font())
    missing = [ch for ch in "社工站工作台服务对象" if not metrics.inFontUcs4(ord(ch))]
    check(not missing, "font", f"UI font {app.font().family()} lacks {''.join(missing)}")
    return f"UI font {app.font().family()}"


def _main_window(app: QApplication, ctx: object, runner: TaskRunner, station: object, folder: Path) -> str:
    from desktop.ui.shell.main_window import MainWindow

    window = MainWindow(ctx, runner, station)  # type: ignore[arg-type]
    window.show()
    clients: Any = window.page("clients")
    rows = clients.model.rowCount
    loaded = _wait(app, lambda: rows() > 0 and runner.idle)
    check(window.isVisible(), "window", "the main window is not visible")
    check(loaded, "window", f"the client register did not load within {WAIT_SECONDS:.0f} s")
    unexpected = list(dialogs.shown)
    check(not unexpected, "window", f"messages shown: {[title for title, _text in unexpected]}")
    window.show_about()
    about = dialogs.shown.pop() if dialogs.shown else ("", "")
    check(__version__ in about[1], "window", f"About box does not show version {__version__}")
    shot = window.grab()
    check(not shot.isNull() and shot.save(str(folder / "smoke-window.png")), "window", "could not grab the window")
    size = f"{window.width()}×{window.height()}"
    window.close()
    app.processEvents()
    return f"{window.windowTitle()} ({size}), {rows()} rows loaded, About shows {__version__}"


def _qtpdf(app: QApplication, pdf: Path) -> str:
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument(app)
    document.load(str(pdf))
    check(document.status() == QPdfDocument.Status.Ready, "qtpdf", f"QtPdf could not open the PDF: {document.error()}")
    pages = document.pageCount()
    text = document.getAllText(0).text()
    check("访视" in text, "qtpdf", "the Chinese text of the PDF is not readable by QtPdf")
    image = document.render(0, QSize(595, 842))
    check(pages >= 1 and not image.isNull(), "qtpdf", "QtPdf could not render page 1")
    document.close()
    return f"{pdf.name}: {pages} page(s), {pdf.stat().st_size} bytes, page 1 rendered"


def _close_logs(folder: Path) -> None:
    """Close log files inside the data dir so it can be removed (Windows refuses open files)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        name = getattr(handler, "baseFilename", "")
        if name and Path(name).is_relative_to(folder):
            root.removeHandler(handler)
            handler.close()


def run_smoke_test(app: QApplication, paths: AppPaths, runner: TaskRunner, font_family: str, remove: bool) -> int:
    """Run every step; 0 when all passed, 1 with the reason on stderr otherwise."""
    from desktop.services.demo.setup import DEMO_PASSWORD

    dialogs.headless = True
    started = time.perf_counter()
    _say(f"smoke: StationDesk {__version__} ({'frozen' if getattr(sys, 'frozen', False) else 'source'})")
    ctx = None
    try:
        run_step("font", lambda: _font(app, font_family), _say)
        run_step("resources", smoke.check_resources, _say)
        run_step("demo data", lambda: smoke.create_demo(paths), _say)
        ctx, station = smoke.open_station(paths)
        actor = smoke.log_in(ctx, "liming", DEMO_PASSWORD)
        ctx = ctx.as_actor(actor)
        _say(f"smoke: ok   log-in: {actor.display_name} ({actor.role})")
        run_step("search", lambda: smoke.search(ctx), _say)  # type: ignore[arg-type]
        run_step("calendar", smoke.holiday_calendar, _say)
        pdf = paths.exports / "smoke-visit.pdf"
        run_step("pdf", lambda: smoke.render_pdf(ctx, station.name, paths.exports), _say)  # type: ignore[arg-type]
        run_step("qtpdf", lambda: _qtpdf(app, pdf), _say)
        run_step("window", lambda: _main_window(app, ctx, runner, station, paths.exports), _say)
        run_step("bundle", lambda: smoke.bundle_round_trip(ctx, paths.exports), _say)  # type: ignore[arg-type]
    except SmokeFailure as failure:
        print(f"stationdesk: smoke test FAILED at step {failure}", file=sys.stderr)
        print(f"stationdesk: data kept in {paths.data_dir}", file=sys.stderr)
        return 1
    except Exception as exc:  # a failure outside any step (opening the database, log-in)
        traceback.print_exc()
        print(f"stationdesk: smoke test FAILED: {type(exc).__name__}: {exc}", file=sys.stderr)
        print(f"stationdesk: data kept in {paths.data_dir}", file=sys.stderr)
        return 1
    finally:
        runner.shutdown()
        if ctx is not None:
            ctx.db.dispose()
    _say(f"smoke test ok in {time.perf_counter() - started:.1f} s")
    if remove:
        _close_logs(paths.data_dir)
        shutil.rmtree(paths.data_dir, ignore_errors=True)
    return 0
