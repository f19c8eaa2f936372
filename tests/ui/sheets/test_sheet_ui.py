"""The import wizard and the 导出 Excel actions, driven as a user would (offscreen)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QComboBox, QWizard

from desktop.services.admin.setup import station_info
from desktop.services.casework.clients import count_clients
from desktop.services.context import ServiceContext
from tests.ui import find
from tests.unit.sheets import messy

from desktop.ui.casework.clients_page import ClientsPage
from desktop.ui.sheets.export_actions import SheetExports
from desktop.ui.sheets.import_wizard import ImportWizard
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.tasks import TaskRunner


def _wizard(qtbot: QtBot, ctx: ServiceContext, runner: TaskRunner, path: Path) -> ImportWizard:
    wizard = ImportWizard(ctx, runner)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    return wizard


def test_wizard_checks_then_imports(
    qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner, tmp_path: Path
) -> None:
    path = messy.write_xlsx(tmp_path / "台账.xlsx")
    before = count_clients(caseworker)
    wizard = _wizard(qtbot, caseworker, runner, path)
    kinds = [wizard.file_page.kind.itemData(i) for i in range(wizard.file_page.kind.count())]
    assert kinds == ["clients", "visits"]  # a caseworker imports no volunteer data
    assert wizard.file_page.isComplete()
    wizard.next()
    page = wizard.mapping_page
    qtbot.waitUntil(page.isComplete, timeout=10000)
    assert page.sheet.count() == 2 and page.sheet.currentText() == "2023台账"
    assert "第 4 行" in page.info.text()
    assert page.mapping()[3] == "id_number" and 0 not in page.mapping()
    # The user says the phone column is not to be imported.
    phone = page.table.cellWidget(5, 2)
    assert isinstance(phone, QComboBox)
    phone.setCurrentIndex(phone.findData(""))
    wizard.next()
    check = wizard.check_page
    qtbot.waitUntil(lambda: check.report is not None, timeout=10000)
    shown = {
        (check.table.item(r, 0).text(), check.table.item(r, 1).text(), check.table.item(r, 3).text())
        for r in range(check.table.rowCount())
    }
    assert ("10", "D", "错误") in shown and ("16", "E", "错误") in shown and ("16", "N", "错误") in shown
    assert not any(row == "11" for row, _, _ in shown)
    assert ("12", "D", "重复") in shown
    assert count_clients(caseworker) == before  # the check wrote nothing
    problems = tmp_path / "问题.xlsx"
    check.problems_path = lambda: str(problems)  # type: ignore[method-assign]
    check.save_problems.click()
    qtbot.waitUntil(problems.exists, timeout=10000)
    listed = list(openpyxl.load_workbook(problems).active.values)
    assert listed[2] == ("行", "列", "表头", "类别", "说明") and (10, "D", "身份证号码", "错误") in [
        row[:4] for row in listed[3:]
    ]
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.isEnabled() and "7" in commit.text()  # rows 6, 7, 8, 11, 13, 14, 15
    wizard.next()
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=10000)
    assert wizard.report.imported == 7
    assert "已导入 7 行服务对象" in wizard.done_page.summary.text()
    assert count_clients(caseworker) == before + 7


def test_wizard_refuses_a_file_that_is_not_a_spreadsheet(
    qtbot: QtBot,
    caseworker: ServiceContext,
    runner: TaskRunner,
    tmp_path: Path,
    headless_dialogs: list[tuple[str, str]],
) -> None:
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"hello")
    wizard = _wizard(qtbot, caseworker, runner, junk)
    wizard.next()
    qtbot.waitUntil(lambda: bool(headless_dialogs), timeout=10000)
    assert "无法读取该文件" in headless_dialogs[-1][1]
    assert not wizard.mapping_page.isComplete()


@pytest.fixture
def window(qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner) -> MainWindow:
    main = MainWindow(caseworker, runner, station_info(caseworker.db))
    qtbot.addWidget(main)
    main.show()
    clients = find.page(main, "clients", ClientsPage)
    qtbot.waitUntil(lambda: clients.model.rowCount() > 0, timeout=5000)
    return main


def test_file_menu_has_the_sheet_entries(window: MainWindow) -> None:
    texts = [action.text() for action in window.menuBar().actions()[0].menu().actions()]
    assert "从 Excel 导入(&I)…" in texts and "导出 Excel(&E)" in texts


def test_export_the_current_list(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    headless_dialogs: list[tuple[str, str]],
) -> None:
    out = tmp_path / "当前.xlsx"
    monkeypatch.setattr(SheetExports, "ask_path", lambda self, suggested: str(out))
    window.sheet_exports.export_current()
    qtbot.waitUntil(lambda: out.exists() and bool(headless_dialogs), timeout=10000)
    rows = list(openpyxl.load_workbook(out).active.values)
    assert rows[2][:4] == ("姓名", "性别", "年龄", "身份证号")
    names = {row[0] for row in rows[3:]}
    assert {"张三丰", "张伟", "欧阳娜娜", "曾小贤"} <= names
    assert "11010519491231002X" not in repr(rows) and "13812345678" not in repr(rows)


def test_export_monthly_from_the_menu(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    headless_dialogs: list[tuple[str, str]],
) -> None:
    out = tmp_path / "月报.xlsx"
    monkeypatch.setattr(SheetExports, "ask_path", lambda self, suggested: str(out))
    monkeypatch.setattr(SheetExports, "ask_month", lambda self: "2026-01")
    window.sheet_exports.export_monthly()
    qtbot.waitUntil(lambda: bool(headless_dialogs), timeout=10000)
    assert headless_dialogs[-1][0] == "导出完成"
    assert openpyxl.load_workbook(out).sheetnames == ["概况", "按随访形式", "按随访分类"]
