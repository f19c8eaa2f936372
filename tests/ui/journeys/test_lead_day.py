"""The station lead's day through the real window (issue 19): sign in as 王芳 on the demo station,
look at the overdue and high-risk lists, show a client's ID number with a reason, print the
monthly statistics, and find that reveal in the audit log."""

from __future__ import annotations

import re

from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QLabel, QPushButton

from desktop.paths import AppPaths
from desktop.services.casework.dashboard import LIMIT
from desktop.services.demo.setup import DEMO_PASSWORD
from tests.ui import find
from tests.ui.app_under_test import StartApp, sign_in
from tests.ui.journeys.steps import WAIT, cell, choose_tab, click, navigate, rows, select_row, wait_dialog

from desktop.ui.shell import dialogs

REASON = "核对身份以办理监护补助"


def _total(tab_text: str) -> int:
    """The count a dashboard tab shows in its title, e.g. 逾期未访（283，显示前 100 条） → 283."""
    found = re.search(r"（(\d+)", tab_text)
    assert found, tab_text
    return int(found.group(1))


def _more_clients(paths: AppPaths, clients: int) -> None:
    from desktop.db.open import open_database
    from desktop.services.context import ServiceContext
    from desktop.services.demo.generate import generate_demo

    db = open_database(paths)
    try:
        generate_demo(ServiceContext(db, paths), clients=clients, visits_per_client=4, volunteers=0, seed=2)
    finally:
        db.dispose()


def _tab_text(page: object, title: str) -> str:
    tabs = page.tabs  # type: ignore[attr-defined]
    return next(tabs.tabText(i) for i in range(tabs.count()) if tabs.tabText(i).startswith(title))


def test_lead_reveals_an_id_number_with_a_reason_prints_the_month_and_reads_the_audit_log(
    qtbot: QtBot, demo_station: AppPaths, start_app: StartApp
) -> None:
    app = start_app(demo_station)
    sign_in(qtbot, app, "wangfang", DEMO_PASSWORD)
    window = app.window

    dashboard = navigate(qtbot, window, "工作台")
    for title in ("逾期未访", "高风险 / 重点关注"):
        listing = find.table(choose_tab(qtbot, dashboard, title), "应访日期")
        qtbot.waitUntil(lambda listing=listing: rows(listing) > 0, timeout=WAIT)

    clients = navigate(qtbot, window, "服务对象")
    register = find.table(clients, "姓名")
    qtbot.waitUntil(lambda: rows(register) > 0, timeout=WAIT)
    select_row(qtbot, register, 0)
    reveal = find.field(clients, "证件号码", QPushButton)
    qtbot.waitUntil(reveal.isEnabled, timeout=WAIT)
    shown = find.field(clients, "证件号码", QLabel)
    assert "*" in shown.text()  # masked until revealed
    dialogs.answers.append(REASON)  # typed into the reason prompt
    click(qtbot, reveal)
    qtbot.waitUntil(lambda: "*" not in shown.text(), timeout=WAIT)
    assert re.fullmatch(r"\d{17}[\dX]", shown.text()), shown.text()

    find.menu_action(window, "打印", "月度工作统计…").trigger()  # type: ignore[arg-type]
    preview = wait_dialog(qtbot, "打印预览")
    qtbot.waitUntil(lambda: preview.page_count > 0, timeout=WAIT)  # type: ignore[attr-defined]
    click(qtbot, find.button(preview, "关闭"))

    audit = navigate(qtbot, window, "审计日志")
    click(qtbot, find.button(audit, "查询"))
    log = find.table(audit, "原因")
    qtbot.waitUntil(lambda: any(cell(log, r, "原因") == REASON for r in range(rows(log))), timeout=WAIT)
    row = next(r for r in range(rows(log)) if cell(log, r, "原因") == REASON)
    assert cell(log, row, "用户") == "wangfang"
    click(qtbot, find.button(audit, "校验完整性"))
    qtbot.waitUntil(lambda: "哈希链无断点" in " ".join(w.text() for w in audit.findChildren(QLabel)), timeout=WAIT)


def test_lead_sees_the_overdue_and_high_risk_lists_in_full(
    qtbot: QtBot, demo_station: AppPaths, start_app: StartApp
) -> None:
    _more_clients(demo_station, 700)  # more overdue than a list once held (100)
    app = start_app(demo_station)
    sign_in(qtbot, app, "wangfang", DEMO_PASSWORD)
    dashboard = navigate(qtbot, app.window, "工作台")
    qtbot.waitUntil(lambda: "（" in _tab_text(dashboard, "逾期未访"), timeout=WAIT)
    assert _total(_tab_text(dashboard, "逾期未访")) > LIMIT
    for title in ("逾期未访", "高风险 / 重点关注"):
        listing = find.table(choose_tab(qtbot, dashboard, title), "应访日期")
        qtbot.waitUntil(lambda listing=listing: rows(listing) > 0, timeout=WAIT)
        total = _total(_tab_text(dashboard, title))
        while rows(listing) < total:  # 显示更多 until every row is there, as a person would
            shown = rows(listing)
            click(qtbot, find.button(dashboard, "显示更多"))
            qtbot.waitUntil(lambda listing=listing, shown=shown: rows(listing) > shown, timeout=WAIT)
        assert rows(listing) == _total(_tab_text(dashboard, title)), _tab_text(dashboard, title)
