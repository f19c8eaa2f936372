"""Edits are not lost on Esc, 关闭/取消 or the window's close button (issue 19): an editing dialog with
changes asks save (draft) / discard / keep editing, and asks nothing when nothing changed."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from desktop.services.casework.clients import search_clients
from desktop.services.casework.visits import list_visits
from desktop.services.context import ServiceContext
from tests.ui import find
from tests.ui.typing import commit_text

from desktop.ui.casework.casework_dialogs import TextDialog
from desktop.ui.casework.client_form import ClientFormDialog
from desktop.ui.casework.client_people_dialogs import ConsentDialog, GuardianDialog
from desktop.ui.casework.visit_dialog import VisitDialog
from desktop.ui.shell import dialogs
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.shell.unsaved import UnsavedChangesGuard

ASKED = "修改尚未保存"


def _asked(shown: list[tuple[str, str]]) -> int:
    return sum(1 for title, _text in shown if title == ASKED)


def _show(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=3000)
    return dialog


def _visit(qtbot: QtBot, ctx: ServiceContext, runner: TaskRunner) -> VisitDialog:
    client = search_clients(ctx, "张三丰")[0]
    dialog = VisitDialog(ctx, runner, client.id, client.name)
    _show(qtbot, dialog)
    return dialog


def test_esc_on_an_untouched_visit_form_closes_without_asking(
    qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner, headless_dialogs: list[tuple[str, str]]
) -> None:
    dialog = _visit(qtbot, caseworker, runner)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible() and _asked(headless_dialogs) == 0


def test_esc_keep_editing_then_save_as_draft(
    qtbot: QtBot,
    caseworker: ServiceContext,
    runner: TaskRunner,
    headless_dialogs: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = _visit(qtbot, caseworker, runner)
    narrative = dialog.social.edits["narrative"]
    narrative.setFocus()
    commit_text(narrative, "家访，情绪平稳。")
    monkeypatch.setattr(dialogs, "unsaved_answers", ["keep", "draft"])

    qtbot.keyClick(narrative, Qt.Key.Key_Escape)
    assert _asked(headless_dialogs) == 1 and dialog.isVisible()  # keep editing: nothing lost
    assert dialog.social.edits["narrative"].toPlainText() == "家访，情绪平稳。"

    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.mouseClick(find.button(dialog, "关闭"), Qt.MouseButton.LeftButton)
    assert _asked(headless_dialogs) == 2
    client = search_clients(caseworker, "张三丰")[0]
    (saved,) = list_visits(caseworker, client.id)
    assert saved.status == "draft" and dialog.saved is not None and dialog.saved.id == saved.id


def test_window_close_button_discard_closes_and_saves_nothing(
    qtbot: QtBot,
    caseworker: ServiceContext,
    runner: TaskRunner,
    headless_dialogs: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = _visit(qtbot, caseworker, runner)
    commit_text(dialog.social.edits["plan"], "三个月后再访。")
    monkeypatch.setattr(dialogs, "unsaved_answers", ["keep", "discard"])
    assert not dialog.close()  # the title bar's ×: kept open
    assert dialog.isVisible()
    assert dialog.close() and not dialog.isVisible()
    assert _asked(headless_dialogs) == 2
    client = search_clients(caseworker, "张三丰")[0]
    assert list_visits(caseworker, client.id) == []


def test_typing_then_deleting_is_no_change(
    qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner, headless_dialogs: list[tuple[str, str]]
) -> None:
    dialog = _show(qtbot, ClientFormDialog(caseworker, runner))
    name = find.field(dialog, "姓名", QLineEdit)
    qtbot.keyClicks(name, "ab")
    assert isinstance(dialog, UnsavedChangesGuard) and dialog.has_unsaved_changes()
    qtbot.keyClick(name, Qt.Key.Key_Backspace)
    qtbot.keyClick(name, Qt.Key.Key_Backspace)
    qtbot.mouseClick(find.button(dialog, "取消"), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and _asked(headless_dialogs) == 0


def test_client_form_cancel_keeps_typing_and_save_saves(
    qtbot: QtBot,
    caseworker: ServiceContext,
    runner: TaskRunner,
    headless_dialogs: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = _show(qtbot, ClientFormDialog(caseworker, runner))
    assert isinstance(dialog, ClientFormDialog)
    qtbot.waitUntil(lambda: dialog.caseworker.count() > 1, timeout=5000)  # loaded: not a change
    assert not dialog.has_unsaved_changes()
    commit_text(find.field(dialog, "姓名", QLineEdit), "新登记")
    monkeypatch.setattr(dialogs, "unsaved_answers", ["keep", "save"])
    qtbot.mouseClick(find.button(dialog, "取消"), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and _asked(headless_dialogs) == 1
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.saved is not None and search_clients(caseworker, "新登记")


def test_editing_a_loaded_client_is_clean_until_typed(
    qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner, headless_dialogs: list[tuple[str, str]]
) -> None:
    client = search_clients(caseworker, "张三丰")[0]
    dialog = ClientFormDialog(caseworker, runner, client_id=client.id)
    _show(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.name.text() == "张三丰", timeout=5000)  # filled on the worker's answer
    qtbot.waitUntil(lambda: runner.idle, timeout=5000)
    assert not dialog.has_unsaved_changes()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and _asked(headless_dialogs) == 0


@pytest.mark.parametrize("kind", ["guardian", "consent", "text"])
def test_small_editing_dialogs_ask_too(
    qtbot: QtBot,
    caseworker: ServiceContext,
    runner: TaskRunner,
    headless_dialogs: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
) -> None:
    client = search_clients(caseworker, "张三丰")[0]
    dialog: QDialog
    if kind == "guardian":
        dialog = GuardianDialog(caseworker, runner, client.id)
        field = find.field(dialog, "姓名", QLineEdit)
    elif kind == "consent":
        dialog = ConsentDialog(caseworker, runner, client.id)
        field = find.field(dialog, "告知书版本", QLineEdit)
    else:
        dialog = TextDialog("添加补充说明", "内容：", "保存", multiline=False)
        field = dialog.findChild(QLineEdit)
    _show(qtbot, dialog)
    commit_text(field, "李四")
    monkeypatch.setattr(dialogs, "unsaved_answers", ["keep"])
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert dialog.isVisible() and _asked(headless_dialogs) == 1
    qtbot.keyClick(field, Qt.Key.Key_Escape)  # nothing queued: discard
    assert not dialog.isVisible() and _asked(headless_dialogs) == 2


def test_headless_default_is_discard_and_draft_reads_as_save_without_a_draft(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(dialogs, "unsaved_answers", ["draft"])
    assert dialogs.ask_unsaved(None, draft=False) == "save"
    assert dialogs.ask_unsaved(None, draft=True) == "discard"
