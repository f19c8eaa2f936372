"""Run by test_fits_the_screen.py in a subprocess (the screen size and QT_SCALE_FACTOR are fixed when
Qt starts): every page of the main window for each role, and the main dialogs, shown on the
offscreen screen; prints one JSON list of what does not fit (a window beyond the screen's available
area, a push button cut off by a parent that does not scroll).

    python -m tests.ui.shell.fit_probe DATA_DIR [LANGUAGE]
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QPushButton, QWidget

from desktop.db.open import open_database
from desktop.paths import AppPaths
from desktop.services.admin.setup import station_info
from desktop.services.auth import login
from desktop.services.casework.clients import search_clients
from desktop.services.context import ANONYMOUS, ServiceContext
from tests import keyed
from tests.conftest import ADMIN_PASSWORD, STAFF_PASSWORD

from desktop.ui.shell import dialogs
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


def problems(window: QWidget, name: str) -> list[str]:
    found = []
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


def _check(app: QApplication, runner: TaskRunner, window: QWidget, name: str, report: list[str]) -> None:
    window.show()
    _settle(app, runner)
    report.extend(problems(window, name))


def _dialogs(ctx: ServiceContext, runner: TaskRunner) -> list[tuple[str, Callable[[], QWidget]]]:
    from datetime import date

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
        ("escalation", lambda: EscalationDialog(date.today(), ())),
        ("addendum", lambda: TextDialog("添加补充说明", "补充或更正的内容：", "保存")),
        ("guardian", lambda: GuardianDialog(ctx, runner, client.id)),
        ("consent", lambda: ConsentDialog(ctx, runner, client.id)),
    ]


def _coordinator_dialogs(ctx: ServiceContext, runner: TaskRunner) -> list[tuple[str, Callable[[], QWidget]]]:
    from datetime import date

    from desktop.ui.volunteers.certificates_tab import IssueDialog
    from desktop.ui.volunteers.kiosk import KioskWindow
    from desktop.ui.volunteers.rota_dialogs import OneOffShiftDialog, SupplementDialog
    from desktop.ui.volunteers.rota_setup_dialogs import RotationDialog, TemplatesDialog
    from desktop.ui.volunteers.volunteer_dialog import VolunteerDialog

    return [
        ("volunteer form", lambda: VolunteerDialog(ctx, runner)),
        ("templates", lambda: TemplatesDialog(ctx, runner)),
        ("rotation", lambda: RotationDialog(ctx, runner, "徐汇区")),
        ("one-off shift", lambda: OneOffShiftDialog(ctx, runner, date.today())),
        ("holidays", lambda: SupplementDialog(ctx, runner, date.today().year)),
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
                _check(app, runner, window, name, report)
                needed, room = window.stack.minimumSizeHint().width(), window.page_area.viewport().width()
                if needed > room:  # reachable by scrolling sideways, but its right-hand part is out of sight
                    report.append(f"{name}: page needs {needed} wide, the window has {room}")
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
