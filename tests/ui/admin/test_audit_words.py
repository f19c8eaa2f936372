"""The audit log speaks the reader's language: field captions, not database names; actions and
record types translated; a person's masked name instead of a UUID; a lockout's length in words."""

from __future__ import annotations

import re

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from desktop.errors import AppError
from desktop.services.admin.setup import station_info
from desktop.services.auth import login
from desktop.services.casework.clients import ClientInput, search_clients, update_client
from desktop.services.context import ServiceContext
from tests.conftest import STAFF_PASSWORD
from tests.ui import find

from desktop.ui.admin.audit_page import AuditPage
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.tasks import TaskRunner

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-")


def _cells(page: AuditPage, action: str) -> list[dict[str, str]]:
    model = page.model
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
    return [
        {headers[c]: str(model.data(model.index(r, c)) or "") for c in range(model.columnCount())}
        for r in range(model.rowCount())
        if model.row_at(r) is not None and model.row_at(r).action == action  # type: ignore[union-attr]
    ]


def test_the_audit_log_reads_as_words(
    qtbot: QtBot, anonymous: ServiceContext, caseworker: ServiceContext, runner: TaskRunner
) -> None:
    client = search_clients(caseworker, "张伟")[0]
    update_client(caseworker, client.id, ClientInput(name="张伟", phone="13900001111", notes="已电话联系"))
    for _ in range(6):  # a mistyped password until the account locks
        with pytest.raises(AppError):
            login(anonymous, "coord", "wrong-password")
    lead = anonymous.as_actor(login(anonymous, "lead", STAFF_PASSWORD))
    window = MainWindow(lead, runner, station_info(lead.db))
    qtbot.addWidget(window)
    window.show()
    find.show_page(window, "audit")
    page = find.page(window, "audit", AuditPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 5, timeout=5000)

    (update,) = _cells(page, "update")
    assert (update["操作"], update["对象"], update["记录"]) == ("修改", "服务对象", "张*")
    assert "备注" in update["字段"] and "notes" not in update["字段"]
    created = _cells(page, "create")
    assert {row["记录"] for row in created} >= {"张**", "欧阳**"}
    leftover = [row["字段"] for row in created if re.search(r"[a-z]{3}", row["字段"])]
    assert leftover == []
    (lockout,) = _cells(page, "lockout")
    assert (lockout["操作"], lockout["记录"], lockout["结果"]) == ("账户锁定", "周协调", "15 分钟")
    logins = _cells(page, "login")
    assert logins and all(not UUID.search(row["记录"]) for row in logins)
    column = list(page.model.rows).index(next(r for r in page.model.rows if r.action == "update"))
    assert page.model.data(page.model.index(column, 6), Qt.ItemDataRole.ToolTipRole) == client.id
    (setup,) = _cells(page, "setup")
    assert setup["字段"] == "站点代码、所属区、工作模式、站点名称"  # a station's mode, not a visit's
