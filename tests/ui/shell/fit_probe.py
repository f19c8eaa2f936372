"""Run by test_fits_the_screen.py in a subprocess (the screen size and QT_SCALE_FACTOR are fixed when
Qt starts): every page of the main window for each role, and the main dialogs, shown on the
offscreen screen, in the shipped interface font as the program uses it; prints one JSON list of what
does not fit (a window beyond the screen's available area, a push button cut off by a parent that
does not scroll, a one-line caption or value narrower than its text, a form that scrolls sideways).
The register shows a client, and every tab of a page is looked at, not only the first.

    python -m tests.ui.shell.fit_probe DATA_DIR [LANGUAGE]
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QPushButton,
    QScrollArea,
    QStatusBar,
    QTabWidget,
    QWidget,
)

from desktop.db.open import open_database
from desktop.domain.clock import station_today
from desktop.paths import AppPaths
from desktop.services.admin.setup import station_info
from desktop.services.auth import login
from desktop.services.casework.clients import search_clients
from desktop.services.context import ANONYMOUS, ServiceContext
from tests import keyed
from tests.conftest import ADMIN_PASSWORD, STAFF_PASSWORD

from desktop.ui.shell import dialogs
from desktop.ui.shell.fonts import load_fonts
from desktop.ui.shell.placement import install_screen_fit
from desktop.ui.shell.tasks import TaskRunner

ROLES = (("lead", STAFF_PASSWORD), ("coord", STAFF_PASSWORD), ("district", STAFF_PASSWORD), ("admin", ADMIN_PASSWORD))


def _settle(app: QApplication, runner: TaskRunner, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        if runner.idle:
            break
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()


def _scrolls(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget


def _plain(text: str) -> str:
    return re.sub(r"\(&[^&)]\)", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")


def _cut_labels(window: QWidget, name: str) -> list[str]:
    """One-line plain-text labels narrower than their text (a masked ID cut short, issue 19)."""
    found = []
    for label in window.findChildren(QLabel):
        text = label.text()
        if (
            not label.isVisibleTo(window)
            or label.wordWrap()
            or not text
            or "\n" in text
            or label.textFormat() == Qt.TextFormat.RichText
            or "<" in text
            or label.window() is not window
            or isinstance(label.parentWidget(), QStatusBar)  # "正在处理…" comes and goes as work runs
        ):
            continue
        needed = label.fontMetrics().horizontalAdvance(_plain(text)) + 2 * label.margin()
        if needed > label.contentsRect().width() + 1:
            found.append(f"{name}: {text[:40]!r} cut short ({label.contentsRect().width()} of {needed})")
    return found


def _stray_ampersands(window: QWidget, name: str) -> list[str]:
    """A caption with a shortcut marker but no buddy shows the "&" itself (the audit log's 日期(&D))."""
    return [
        f"{name}: {label.text()!r} shows its '&'"
        for label in window.findChildren(QLabel)
        if label.isVisibleTo(window)
        and label.buddy() is None
        and "&" in label.text().replace("&&", "")
        and "<" not in label.text()
        and label.textFormat() != Qt.TextFormat.RichText
    ]


def _sideways(window: QWidget, name: str) -> list[str]:
    """A form in a scroll area that scrolls sideways (the client form in English, issue 19)."""
    return [
        f"{name}: a form scrolls sideways"
        for area in window.findChildren(QScrollArea)
        if area.isVisibleTo(window) and area.horizontalScrollBar().isVisible() and area.window() is window
    ]


def problems(window: QWidget, name: str) -> list[str]:
    found = _cut_labels(window, name) + _sideways(window, name) + _stray_ampersands(window, name)
    area = window.screen().availableGeometry()
    frame = window.frameGeometry()
    if not area.contains(frame):
        found.append(f"{name}: window {frame.getRect()} beyond the screen {area.getRect()}")
    for button in window.findChildren(QPushButton):
        if button.window() is not window or not button.isVisibleTo(window):
            continue
        parent = button.parentWidget()
        while parent is not None and not _scrolls(parent):
            placed = QRect(button.mapTo(parent, QPoint(0, 0)), button.size())
            if not parent.rect().contains(placed):
                found.append(
                    f"{name}: button {button.text()!r} cut off ({placed.getRect()} in {parent.rect().getRect()})"
                )
                break
            if parent is window:
                break
            parent = parent.parentWidget()
    return found


def _tabs(page: QWidget) -> list[tuple[QTabWidget, int]]:
    """Each tab of the page's first tab widget (the page once when it has none)."""
    found = page.findChildren(QTabWidget)
    if not found:
        return [(None, 0)]  # type: ignore[list-item]
    return [(found[0], index) for index in range(found[0].count())]


def _check(app: QApplication, runner: TaskRunner, window: QWidget, name: str, report: list[str]) -> None:
    window.show()
    _settle(app, runner)
    report.extend(problems(window, name))


def _dialogs(ctx: ServiceContext, runner: TaskRunner) -> list[tuple[str, Callable[[], QWidget]]]:

    from desktop.services.forms import casework as forms

    from desktop.ui.casework.casework_dialogs import EscalationDialog, TextDialog
    from desktop.ui.casework.client_form import ClientFormDialog
    from desktop.ui.casework.client_people_dialogs import ConsentDialog, GuardianDialog
    from desktop.ui.casework.visit_dialog import VisitDialog
    from desktop.ui.printing.preview import PdfPreviewDialog

    client = search_clients(ctx, "")[0]
    return [
        ("client form", lambda: ClientFormDialog(ctx, runner)),
        ("visit form", lambda: VisitDialog(ctx, runner, client.id, client.name)),
        ("print preview", lambda: PdfPreviewDialog(forms.print_blank_visit(ctx, client.id), "空白访视表", runner)),
        ("escalation", lambda: EscalationDialog(station_today(), ())),
        ("addendum", lambda: TextDialog("添加补充说明", "补充或更正的内容：", "保存")),
        ("guardian", lambda: GuardianDialog(ctx, runner, client.id)),
        ("consent", lambda: ConsentDialog(ctx, runner, client.id)),
    ]


def _coordinator_dialogs(ctx: ServiceContext, runner: TaskRunner) -> list[tuple[str, Callable[[], QWidget]]]:

    from desktop.ui.volunteers.certificates_tab import IssueDialog
    from desktop.ui.volunteers.kiosk import KioskWindow
    from desktop.ui.volunteers.rota_dialogs import OneOffShiftDialog, SupplementDialog
    from desktop.ui.volunteers.rota_setup_dialogs import RotationDialog, TemplatesDialog
    from desktop.ui.volunteers.volunteer_dialog import VolunteerDialog

    return [
        ("volunteer form", lambda: VolunteerDialog(ctx, runner)),
        ("templates", lambda: TemplatesDialog(ctx, runner)),
        ("rotation", lambda: RotationDialog(ctx, runner, "徐汇区")),
        ("one-off shift", lambda: OneOffShiftDialog(ctx, runner, station_today())),
        ("holidays", lambda: SupplementDialog(ctx, runner, station_today().year)),
        ("certificate", lambda: IssueDialog(ctx, runner)),
        ("kiosk", lambda: KioskWindow(ctx, runner)),
    ]


def _admin_dialogs(_ctx: ServiceContext, _runner: TaskRunner) -> list[tuple[str, Callable[[], QWidget]]]:
    from desktop.ui.admin.users_section import UserDialog
    from desktop.ui.shell.password_dialog import ChangePasswordDialog

    return [("user", lambda: UserDialog()), ("password", lambda: ChangePasswordDialog(_ctx, _runner))]


def main(data_dir: str) -> int:
    from desktop.ui.shell.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    if len(sys.argv) > 2:
        from desktop import i18n

        from desktop.ui.shell.translation import install_language

        install_language(app, sys.argv[2])
        i18n.set_backend(lambda context, text: QApplication.translate(context, text))
    install_screen_fit(app)
    load_fonts(app)  # the shipped font, as the program runs: metrics differ from the system's
    dialogs.headless = True
    paths = AppPaths(Path(data_dir))
    keyed.unlock(paths.data_dir, "lead", STAFF_PASSWORD)  # the sign-in unwraps the database key first
    db = open_database(paths)
    anonymous = ServiceContext(db, paths, ANONYMOUS)
    report: list[str] = []
    try:
        for username, password in ROLES:
            ctx = anonymous.as_actor(login(anonymous, username, password))
            runner = TaskRunner()  # the main window stops its runner when it closes
            window = MainWindow(ctx, runner, station_info(db))
            for row in range(window.nav.count()):
                window.nav.setCurrentRow(row)
                name = f"{username}/{window.nav.item(row).text()}"
                page = window.stack.currentWidget()
                register = getattr(page, "table", None) if hasattr(page, "detail") else None
                if register is not None:  # the register: a client's page (with its masked ID) has to fit
                    _settle(app, runner)
                    model = register.model()
                    names = [model.row_at(r).name for r in range(model.rowCount())]
                    register.selectRow(names.index("张三丰") if "张三丰" in names else 0)
                for tabs, index in _tabs(page):
                    if tabs is not None:
                        tabs.setCurrentIndex(index)
                    seen = f"{name}/{tabs.tabText(index)}" if tabs is not None else name
                    _check(app, runner, window, seen, report)
                    needed, room = window.stack.minimumSizeHint().width(), window.page_area.viewport().width()
                    if needed > room:  # reachable by scrolling sideways, but its right-hand part is out of sight
                        report.append(f"{seen}: page needs {needed} wide, the window has {room}")
            extra = {"lead": _dialogs, "coord": _coordinator_dialogs, "admin": _admin_dialogs}.get(username)
            for name, make in extra(ctx, runner) if extra else ():
                dialog = make()
                _check(app, runner, dialog, name, report)
                dialog.hide()  # (the kiosk refuses close())
                dialog.deleteLater()
            _settle(app, runner)
            window.close()
    finally:
        db.dispose()
    print(json.dumps(report, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))  # and a language code (en) as the second argument
