"""Printing in the app: preview from the client detail, print, save-as, batch with cancel, QR entry."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton

from desktop.domain.clock import station_today
from desktop.models import Client, Visit
from desktop.services.admin.setup import station_info
from desktop.services.context import ServiceContext
from desktop.services.forms import casework as forms
from tests.ui import find
from tests.unit.forms.seed import Seeded, seed
from tests.unit.pdf.helpers import reader, squash, text

from desktop.ui.casework.client_detail import ClientDetailView
from desktop.ui.printing.preview import PdfPreviewDialog
from desktop.ui.printing.printer import Printer
from desktop.ui.shell import dialogs
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.shell.widgets import DateEdit


@pytest.fixture
def seeded(caseworker: ServiceContext) -> Seeded:
    return seed(caseworker)


@pytest.fixture(autouse=True)
def no_queued_answers() -> None:
    dialogs.save_answers.clear()
    dialogs.print_answers.clear()
    dialogs.text_answers.clear()


def _detail(qtbot: QtBot, ctx: ServiceContext, runner: TaskRunner, client_id: str) -> ClientDetailView:
    view = ClientDetailView(ctx, runner)
    qtbot.addWidget(view)
    view.show()
    view.show_client(client_id)
    qtbot.waitUntil(lambda: view.history_model.rowCount() > 0, timeout=5000)
    return view


def _opened(qtbot: QtBot, printer: Printer) -> PdfPreviewDialog:
    qtbot.waitUntil(lambda: printer.dialog is not None and printer.dialog.page_count > 0, timeout=10000)
    assert printer.dialog is not None
    return printer.dialog


def test_visit_preview_from_the_history_shows_every_page(
    qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner, seeded: Seeded
) -> None:
    view = _detail(qtbot, caseworker, runner, seeded.client_id)
    assert view.print_profile_button.isEnabled() and not view.print_visit_button.isEnabled()
    view.history.selectRow(0)  # the latest visit, with the long narrative
    assert view.print_visit_button.isEnabled()
    qtbot.mouseClick(view.print_visit_button, Qt.MouseButton.LeftButton)
    dialog = _opened(qtbot, view.printer)
    expected = len(reader(forms.print_visit(caseworker, seeded.visit_id).content).pages)
    assert expected >= 2 and dialog.page_count == expected
    assert dialog.pages.text() == f"共 {expected} 页"
    assert dialog.rendered.form == "visit" and "张建国" not in dialog.windowTitle()


def test_profile_and_blank_form_and_national_form_buttons(
    qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner, seeded: Seeded
) -> None:
    view = _detail(qtbot, caseworker, runner, seeded.client_id)
    for button, form in (
        (view.print_profile_button, "client"),
        (view.print_blank_button, "blank-visit"),
    ):
        view.printer.dialog = None
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert _opened(qtbot, view.printer).rendered.form == form
    view.history.selectRow(1)
    view.printer.dialog = None
    qtbot.mouseClick(view.print_national_button, Qt.MouseButton.LeftButton)
    assert _opened(qtbot, view.printer).rendered.form == "national-visit"


def test_save_as_and_print(
    qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner, seeded: Seeded, tmp_path: Path
) -> None:
    rendered = forms.print_client(caseworker, seeded.client_id)
    dialog = PdfPreviewDialog(rendered, "服务对象档案", runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.page_count > 0, timeout=5000)

    dialogs.save_answers.append(str(tmp_path / "档案"))  # the suffix is added
    dialog.save_as()
    qtbot.waitUntil(lambda: dialog.saved_to is not None, timeout=5000)
    assert Path(str(dialog.saved_to)).read_bytes() == rendered.content
    assert dialogs.asked[-1][1] == rendered.filename  # a neutral suggested name

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(100)
    assert dialog.print_to(printer) == dialog.page_count
    assert len(reader((tmp_path / "printed.pdf").read_bytes()).pages) == dialog.page_count

    dialog.print_document()  # the print dialog answered "cancel" (headless default): nothing happens
    assert dialogs.asked[-1] == ("print", "")


def _many_due_tomorrow(ctx: ServiceContext, count: int) -> None:
    tomorrow = station_today() + timedelta(days=1)
    with ctx.db.write() as session:
        for index in range(count):
            client = Client(station_code="XH-TEST", name=f"测试{index:03d}", name_pinyin=f"ce shi {index:03d}")
            session.add(client)
            session.flush()
            session.add(
                Visit(
                    client_id=client.id,
                    station_code="XH-TEST",
                    visit_date=station_today() - timedelta(days=13),
                    next_visit_date=tomorrow,
                )
            )


def test_batch_of_tomorrows_forms_then_preview(
    qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner, seeded: Seeded
) -> None:
    printer = Printer(caseworker, runner, _host(qtbot))
    with qtbot.waitSignal(printer.batch_finished, timeout=20000) as finished:
        printer.tomorrow()
    assert finished.args == ["done"]
    dialog = _opened(qtbot, printer)
    assert dialog.rendered.count == 2 and dialog.page_count >= 2
    assert "李翀" in squash(text(dialog.rendered.content))


def test_cancelled_batch_opens_nothing(
    qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner, seeded: Seeded, tmp_path: Path
) -> None:
    _many_due_tomorrow(caseworker, 40)
    printer = Printer(caseworker, runner, _host(qtbot))
    with qtbot.waitSignal(printer.batch_finished, timeout=30000) as finished:
        printer.tomorrow()
        assert printer.progress is not None
        cancel = printer.progress.findChild(QPushButton)
        assert cancel is not None and cancel.text() == "取消"
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)  # 取消 while the forms are being laid out
    assert finished.args == ["cancelled"]
    assert printer.dialog is None and dialogs.shown == []  # no preview, no error box


def _host(qtbot: QtBot) -> MainWindow | object:
    from PySide6.QtWidgets import QWidget

    host = QWidget()
    qtbot.addWidget(host)
    host.show()
    return host


def test_print_menu_follows_the_role_and_qr_entry_opens_the_visit_dialog(
    qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner, seeded: Seeded
) -> None:
    window = MainWindow(caseworker, runner, station_info(caseworker.db))
    qtbot.addWidget(window)
    actions = window.print_actions
    assert actions["tomorrow"].isEnabled() and actions["qr"].isEnabled()
    assert not actions["rota"].isEnabled() and not actions["monthly"].isEnabled()
    from desktop.domain.fieldform import make_field_form_text

    planned = station_today() - timedelta(days=2)
    dialogs.text_answers.append(make_field_form_text("XH-TEST", seeded.client_id, planned))
    window.visit_from_qr()
    qtbot.waitUntil(lambda: getattr(window, "qr_visit_dialog", None) is not None, timeout=5000)
    dialog = window.qr_visit_dialog
    assert "张建国" in dialog.windowTitle() and find.field(dialog, "随访日期", DateEdit).value() == planned
    dialog.reject()
