"""Buttons clicked with the mouse, as a caseworker does: `clicked(bool)` must never reach a slot as
one of its parameters (the 记录访视 button once opened every visit as `record=False` and failed)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from desktop.services.casework.client_people import GuardianInput, list_guardians, save_guardian
from desktop.services.casework.clients import search_clients
from desktop.services.context import ServiceContext
from tests.ui import find

from desktop.ui.casework.client_detail import ClientDetailView
from desktop.ui.shell.tasks import TaskRunner


def _client_page(qtbot: QtBot, ctx: ServiceContext, runner: TaskRunner, name: str) -> ClientDetailView:
    client = search_clients(ctx, name)[0]
    view = ClientDetailView(ctx, runner)
    qtbot.addWidget(view)
    view.show()
    view.show_client(client.id)
    qtbot.waitUntil(lambda: find.button(view, "记录访视…").isEnabled(), timeout=5000)
    return view


def _new_dialog(view: ClientDetailView, before: list[QDialog]) -> QDialog:
    opened = [d for d in view.findChildren(QDialog) if d not in before and d.isVisible()]
    assert len(opened) == 1, opened
    return opened[0]


def test_the_record_visit_button_opens_an_empty_visit_form(
    qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner
) -> None:
    view = _client_page(qtbot, caseworker, runner, "张三丰")
    before = view.findChildren(QDialog)

    qtbot.mouseClick(find.button(view, "记录访视…"), Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: any(d.isVisible() for d in view.findChildren(QDialog) if d not in before), timeout=5000)
    dialog = _new_dialog(view, before)
    assert dialog.windowTitle().startswith("访视记录")
    assert find.button(dialog, "定稿").isEnabled()  # a new, editable record, not a read-only old one
    assert QApplication.activeModalWidget() is None or QApplication.activeModalWidget() is dialog
    dialog.reject()


def test_the_add_guardian_button_adds_and_does_not_edit_the_first_guardian(
    qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner
) -> None:
    client = search_clients(caseworker, "张伟")[0]
    save_guardian(caseworker, client.id, GuardianInput(name="张母", relationship="母亲", phone="13900001111"))
    view = _client_page(qtbot, caseworker, runner, "张伟")
    qtbot.waitUntil(lambda: view.guardian_model.rowCount() == 1, timeout=5000)
    before = view.findChildren(QDialog)

    qtbot.mouseClick(find.button(view, "添加监护人…"), Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: any(d.isVisible() for d in view.findChildren(QDialog) if d not in before), timeout=5000)
    dialog = _new_dialog(view, before)
    assert find.field(dialog, "姓名", QLineEdit).text() == ""  # a new guardian, not row 0 opened for editing
    dialog.reject()
    assert [g.name for g in list_guardians(caseworker, client.id)] == ["张母"]
