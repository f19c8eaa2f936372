"""设置 → 备份与恢复: back up now, then restore the selected backup (confirmed), data as backed up."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.services.auth import login
from desktop.services.casework.clients import ClientInput, create_client, list_clients
from desktop.services.context import ServiceContext
from tests.conftest import STAFF_PASSWORD

from desktop.ui.admin.backup_section import BackupSection
from desktop.ui.shell.tasks import TaskRunner


def test_backup_now_then_restore_it(
    qtbot: QtBot, anonymous: ServiceContext, runner: TaskRunner, headless_dialogs: list[tuple[str, str]]
) -> None:
    lead = anonymous.as_actor(login(anonymous, "lead", STAFF_PASSWORD))
    section = BackupSection(lead, runner)
    qtbot.addWidget(section)
    section.show()
    section.refresh()
    qtbot.waitUntil(lambda: section.model.rowCount() == 0, timeout=5000)
    section.backup_now()
    qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=5000)
    assert section.model.data(section.model.index(0, 1)) == "手动"
    names_then = {c.name for c in list_clients(lead)}

    create_client(lead, ClientInput(name="后来添加"))
    assert "后来添加" in {c.name for c in list_clients(lead)}

    section.table.selectRow(0)
    assert section.restore_button.isEnabled()
    with qtbot.waitSignal(section.restored, timeout=10000):
        section.restore_button.click()
    assert any("替换当前全部数据" in text for _title, text in headless_dialogs)
    assert {c.name for c in list_clients(lead)} == names_then
    section.refresh()
    qtbot.waitUntil(lambda: section.model.rowCount() == 2, timeout=5000)  # + the pre-restore copy
    assert {section.model.data(section.model.index(r, 1)) for r in range(2)} == {"手动", "恢复前"}
