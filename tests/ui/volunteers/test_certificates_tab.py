"""服务证明 from the window: the first issue asks for the issuer fields still empty (naming them),
then the certificate is issued, previewed and saved as a PDF, all by clicking captions (issue 19)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QListWidget, QTableView

from desktop.domain.clock import station_today
from desktop.services.context import ServiceContext
from desktop.services.demo.generate import generate_demo
from desktop.services.volunteers.settings import issuer_settings
from tests.ui.find import button, field

from desktop.ui.shell import dialogs
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.volunteers.certificates_tab import CertificatesTab

LONG_NAME = "上海市徐汇区凌云街道精神健康社会工作服务站"


@pytest.fixture
def tab(qtbot: QtBot, coordinator: ServiceContext, runner: TaskRunner) -> CertificatesTab:
    generate_demo(
        ServiceContext(coordinator.db, coordinator.paths), clients=0, visits_per_client=0, volunteers=3, shifts=40
    )
    shown = CertificatesTab(coordinator, runner)
    qtbot.addWidget(shown)
    shown.resize(1100, 600)
    shown.show()
    shown.refresh()
    return shown


def _dialog(qtbot: QtBot, title: str) -> QDialog:
    found: list[QDialog] = []

    def open_now() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
        found[:] = [w for w in found if w.windowTitle() == title]
        return len(found) == 1

    qtbot.waitUntil(open_now, timeout=10000)
    return found[0]


def _click(qtbot: QtBot, root: QDialog | CertificatesTab, caption: str) -> None:
    qtbot.mouseClick(button(root, caption), Qt.MouseButton.LeftButton)


def test_issue_asks_for_the_missing_issuer_fields_then_prints(
    qtbot: QtBot, coordinator: ServiceContext, runner: TaskRunner, tab: CertificatesTab, tmp_path: Path
) -> None:
    assert issuer_settings(coordinator).responsible_person == ""
    _click(qtbot, tab, "出具证明…")
    issuer = _dialog(qtbot, "出具单位信息")
    assert "负责人" in issuer.note.text() and "联系方式" in issuer.note.text()  # type: ignore[attr-defined]
    organisation = field(issuer, "出具主体名称", QLineEdit)
    organisation.setText(LONG_NAME)
    metrics = organisation.fontMetrics()
    assert organisation.width() > metrics.horizontalAdvance(LONG_NAME)  # the station name is not clipped
    _click(qtbot, issuer, "保存")  # still missing: the dialog stays and says what
    assert issuer.isVisible() and "负责人" in issuer.note.text()  # type: ignore[attr-defined]
    field(issuer, "负责人", QLineEdit).setText("王站长")  # typed through an input method
    qtbot.keyClicks(field(issuer, "联系方式", QLineEdit), "021-64381234")
    _click(qtbot, issuer, "保存")

    issue = _dialog(qtbot, "出具志愿服务记录证明")
    people = issue.findChild(QListWidget)
    assert people is not None
    qtbot.waitUntil(lambda: people.count() > 0, timeout=10000)
    issue.period_from.setDate(station_today() - dt.timedelta(days=366))  # type: ignore[attr-defined]
    _click(qtbot, issue, "出具")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10000)
    assert issuer_settings(coordinator).responsible_person == "王站长"
    assert any(title == "已出具" for title, _text in dialogs.shown)

    table = tab.findChild(QTableView)
    assert table is not None
    rect = table.visualRect(tab.model.index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    _click(qtbot, tab, "打印…")
    qtbot.waitUntil(lambda: tab.printer.dialog is not None, timeout=20000)
    preview = tab.printer.dialog
    assert preview is not None
    qtbot.waitUntil(lambda: preview.page_count > 0, timeout=10000)
    target = tmp_path / "certificate.pdf"
    dialogs.save_answers.append(str(target))
    _click(qtbot, preview, "另存为…")
    qtbot.waitUntil(lambda: target.exists() and target.stat().st_size > 0, timeout=10000)
    assert target.read_bytes().startswith(b"%PDF")
