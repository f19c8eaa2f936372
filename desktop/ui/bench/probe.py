"""The GUI half of `stationdesk bench`, run as `python -m desktop.ui.bench.probe DATA_DIR USER PASSWORD_FILE QUERIES`.

Logs in (the real password check), shows the main window and leaves it until it is idle, then
opens each list page the way a user does — a click in the navigation, from the click to its first
rows painted — and a client's visit history, types the search queries into
the 服务对象 search box key by key (keystroke → results painted, the debounce included: that is
what the user waits), and reports peak RSS. Prints one JSON line. Timings use perf_counter.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from desktop import i18n
from desktop.bench.session import logged_in
from desktop.services.context import ServiceContext

from desktop.ui.casework.clients_page import SEARCH_DELAY_MS
from desktop.ui.shell import dialogs
from desktop.ui.shell.fonts import load_fonts
from desktop.ui.shell.tasks import TaskRunner

TIMEOUT_S = 20.0


def _wait(condition: Callable[[], bool], timeout: float = TIMEOUT_S) -> bool:
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            return False
        QApplication.processEvents()
        time.sleep(0.0005)
    return True


def _filled_view(widget: QWidget) -> QAbstractItemView | None:
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if view.isVisible() and model is not None and model.rowCount() > 0:
            return view
    return None


def _open(make: Callable[[], QWidget]) -> tuple[float, QWidget]:
    """Milliseconds from building a page to its first rows painted (inf when none came)."""
    start = time.perf_counter()
    page = make()
    page.resize(1280, 760)
    page.show()
    refresh = getattr(page, "refresh", None)
    if callable(refresh):
        refresh()  # what the main window does when a page is shown
    if not _wait(lambda: _filled_view(page) is not None):
        return float("inf"), page
    view = _filled_view(page)
    assert view is not None
    view.viewport().repaint()
    return (time.perf_counter() - start) * 1000, page


def _idle_main_window(ctx: ServiceContext, runner: TaskRunner) -> QWidget:
    """The main window as the app shows it after log-in, left until it is idle: its start page
    loaded and its idle warm-up done (what a user's first click finds)."""
    from desktop.services.admin.setup import station_info

    from desktop.ui.shell.main_window import MainWindow

    window = MainWindow(ctx, runner, station_info(ctx.db))
    window.show()
    if not _wait(lambda: window.warm_up.done and runner.idle):
        raise RuntimeError("the main window never became idle")
    return window


def _click(widget: QWidget, position: QPoint) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, position)


def _painted_after(click: Callable[[], QWidget]) -> float:
    """Milliseconds from a click (which returns the page it shows) to that page's first rows painted."""
    start = time.perf_counter()
    page = click()
    if not _wait(lambda: _filled_view(page) is not None):
        return float("inf")
    view = _filled_view(page)
    assert view is not None
    view.viewport().repaint()
    return (time.perf_counter() - start) * 1000


def _lists(ctx: ServiceContext, runner: TaskRunner) -> tuple[dict[str, float], QWidget]:
    """Each list opened the way a user opens it: a click on its page in the navigation (or on its
    tab), from the click to the first rows painted. The register is the window's start page,
    already open by then, so it is measured as a fresh page of its own."""
    from desktop.ui.casework.clients_page import ClientsPage

    window = _idle_main_window(ctx, runner)
    nav = window.nav  # type: ignore[attr-defined]
    keys = [page.key for page in window.pages]  # type: ignore[attr-defined]

    def nav_click(key: str) -> Callable[[], QWidget]:
        def click() -> QWidget:
            _click(nav.viewport(), nav.visualItemRect(nav.item(keys.index(key))).center())
            return window.stack.currentWidget()  # type: ignore[attr-defined, no-any-return]

        return click

    def hours_tab() -> QWidget:
        volunteers: Any = window.page("volunteers")  # type: ignore[attr-defined]
        tabs = volunteers.tabs
        _click(tabs.tabBar(), tabs.tabBar().tabRect(tabs.indexOf(volunteers.hours)).center())
        return tabs.currentWidget()  # type: ignore[no-any-return]

    times: dict[str, float] = {}
    for name, click in (
        ("dashboard", nav_click("dashboard")),
        ("visits", nav_click("visits")),
        ("volunteers", nav_click("volunteers")),
        ("hours", hours_tab),
        ("rota (this week)", nav_click("rota")),
        ("audit log", nav_click("audit")),
    ):
        _wait(lambda: runner.idle)  # the previous page's leftover tasks must not delay this one
        times[name] = _painted_after(click)
    _wait(lambda: runner.idle)
    times["clients"], clients = _open(lambda: ClientsPage(ctx, runner))
    _wait(lambda: runner.idle)
    first = clients.model.row_at(0)  # type: ignore[attr-defined]
    detail = clients.detail  # type: ignore[attr-defined]
    start = time.perf_counter()
    clients.show_client(first.id)  # type: ignore[attr-defined]
    if _wait(lambda: detail.history_model.rowCount() > 0):
        detail.history.viewport().repaint()
        times["client history"] = (time.perf_counter() - start) * 1000
    else:
        times["client history"] = float("inf")
    return times, clients


def commit_text(widget: QWidget, text: str) -> None:
    """Chinese arrives as an input-method commit (QTest can type only ASCII keys)."""
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _type(page: QWidget, queries: list[str]) -> list[float]:
    """Milliseconds from each keystroke to the results for it painted."""
    box, model, table = page.search_box, page.model, page.table  # type: ignore[attr-defined]
    loaded = {"count": 0}
    model.loaded.connect(lambda: loaded.__setitem__("count", loaded["count"] + 1))
    timings: list[float] = []
    for query in queries:
        box.clear()
        _wait(lambda: False, 0.3)  # let the cleared box's listing come back before the next query
        for ch in query:
            before = loaded["count"]
            start = time.perf_counter()
            if ch.isascii():
                QTest.keyClick(box, ch)
            else:
                commit_text(box, ch)
            if _wait(lambda before=before: loaded["count"] > before):
                table.viewport().repaint()
                timings.append((time.perf_counter() - start) * 1000)
            else:
                timings.append(float("inf"))
    return timings


def peak_rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for text in status:
            if text.startswith("VmHWM:"):
                return int(text.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str]) -> int:
    data_dir, user, password_file, queries_file = argv
    app = QApplication(sys.argv[:1])
    load_fonts(app)
    i18n.set_backend(lambda context, text: QCoreApplication.translate(context, text))
    dialogs.headless = True
    ctx = logged_in(Path(data_dir), user, Path(password_file))
    db = ctx.db
    runner = TaskRunner()
    try:
        lists, clients = _lists(ctx, runner)
        queries = json.loads(Path(queries_file).read_text(encoding="utf-8"))["keystrokes"]
        keystrokes = _type(clients, queries)
        rss = peak_rss_mb()
    finally:
        runner.shutdown()
        db.dispose()
    finite = {name: (value if value != float("inf") else None) for name, value in lists.items()}
    keys = [k if k != float("inf") else None for k in keystrokes]
    report = {"lists": finite, "keystrokes": keys, "peak_rss_mb": rss, "debounce_ms": SEARCH_DELAY_MS}
    print(json.dumps(report), flush=True)
    return 0


if __name__ == "__main__":
    code = main(sys.argv[1:])
    sys.stdout.flush()
    os._exit(code)  # skip interpreter teardown: PySide6 may crash there, after the figures are out
