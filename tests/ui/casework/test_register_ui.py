"""Register screens: a new client with the ID check and the duplicate warning, revealing a masked
number (recorded), the 工作台 opening a client, and the 访视记录 page newest first."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from desktop.domain.clock import station_today
from desktop.models import AuditEvent
from desktop.services.admin.setup import station_info
from desktop.services.casework.clients import search_clients
from desktop.services.casework.visits import record_visit
from desktop.services.context import ServiceContext
from tests.ui import find
from tests.ui.typing import commit_text
from tests.unit.casework.helpers import NOTIFIED, stable_visit

from desktop.ui.casework.client_detail import ClientDetailView
from desktop.ui.casework.client_form import ClientFormDialog
from desktop.ui.casework.clients_page import ClientsPage
from desktop.ui.casework.dashboard_page import DashboardPage
from desktop.ui.casework.visits_page import VisitsPage
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.tasks import TaskRunner


def test_new_client_checks_the_id_and_warns_of_a_duplicate(
    qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner, headless_dialogs: list[tuple[str, str]]
) -> None:
    dialog = ClientFormDialog(caseworker, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    commit_text(dialog.name, "张三丰")
    qtbot.keyClicks(dialog.id_number, "11010519491231002x")
    assert "1949-12-31" in dialog.id_hint.text() and "女" in dialog.id_hint.text()
    dialog.id_number.clear()
    qtbot.keyClicks(dialog.id_number, "110105194912310021")
    assert "校验位不符" in dialog.id_hint.text()
    dialog.id_number.clear()
    qtbot.keyClicks(dialog.id_number, "11010519491231002X")
    dialog.district.setCurrentIndex(dialog.district.findText("徐汇区"))
    dialog.township.setCurrentIndex(1)
    dialog.village.setCurrentIndex(dialog.village.count() - 1)  # not in the list: typed by hand
    commit_text(dialog.village_text, "新建居委会")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save()
    assert any(title == "可能重复登记" for title, _ in headless_dialogs)  # confirmed (headless answers yes)
    assert dialog.saved is not None and dialog.saved.address_uncoded
    assert len(search_clients(caseworker, "张三丰")) == 2


def test_reveal_asks_for_a_reason_and_is_recorded(qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner) -> None:
    client = search_clients(caseworker, "张三丰")[0]
    view = ClientDetailView(caseworker, runner)
    qtbot.addWidget(view)
    view.show()
    view.show_client(client.id)
    qtbot.waitUntil(lambda: view.client is not None, timeout=5000)
    assert view.fields["id"].text() == "110***********002X"
    from desktop.ui.shell import dialogs

    dialogs.answers.append("核对医保登记")  # what the user types into the reason box
    find.field(view, "证件号码", QPushButton).click()  # its 显示… button
    qtbot.waitUntil(lambda: view.fields["id"].text() == "11010519491231002X", timeout=5000)
    with caseworker.db.read() as session:
        log = session.scalars(select(AuditEvent).where(AuditEvent.action == "reveal")).all()
        assert [(r.object_id, r.fields, r.reason) for r in log] == [(client.id, ["id_number"], "核对医保登记")]


def test_dashboard_entry_opens_the_client_and_visit_list_is_newest_first(
    qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner
) -> None:
    client = search_clients(caseworker, "欧阳娜娜")[0]
    day = station_today() - timedelta(days=2)
    older = record_visit(caseworker, stable_visit(client.id, day - timedelta(days=10), risk_level=1, mode=3))
    newer = record_visit(caseworker, stable_visit(client.id, day, risk_level=4, escalation=NOTIFIED))
    window = MainWindow(caseworker, runner, station_info(caseworker.db))
    qtbot.addWidget(window)
    window.show()
    find.show_page(window, "dashboard")
    dashboard = find.page(window, "dashboard", DashboardPage)
    model = dashboard.models["high_risk"]
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
    view = dashboard.views["high_risk"]
    view.setFocus()
    view.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    clients = find.page(window, "clients", ClientsPage)
    qtbot.waitUntil(lambda: clients.detail.client is not None, timeout=5000)
    assert window.stack.currentWidget() is clients
    assert clients.detail.client.id == client.id  # type: ignore[union-attr]
    assert "重点关注" in clients.detail.title.text()

    find.show_page(window, "visits")
    visits = find.page(window, "visits", VisitsPage)
    qtbot.waitUntil(lambda: visits.model.rowCount() == 2, timeout=5000)
    assert [visits.model.row_at(n).id for n in range(2)] == [newer.id, older.id]  # type: ignore[union-attr]
    visits.mode.set_value(3)
    visits.refresh()
    qtbot.waitUntil(lambda: visits.model.rowCount() == 1, timeout=5000)
    assert QApplication.instance() is not None


def test_guardian_add_edit_remove_and_consent_withdraw(
    qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner
) -> None:
    from desktop.services.casework.client_people import list_consents, list_guardians

    client = search_clients(caseworker, "张伟")[0]
    view = ClientDetailView(caseworker, runner)
    qtbot.addWidget(view)
    view.show()
    view.show_client(client.id)
    qtbot.waitUntil(lambda: view.add_guardian_button.isEnabled(), timeout=5000)

    view.add_guardian()
    dialog = view.findChildren(QDialog)[-1]
    commit_text(dialog.name, "张母")
    dialog.relationship.set_value("母亲")
    qtbot.keyClicks(dialog.phone, "13900001111")
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        dialog.save()
    qtbot.waitUntil(lambda: view.guardian_model.rowCount() == 1, timeout=5000)
    assert view.guardian_model.row_at(0).phone_masked == "139****1111"  # type: ignore[union-attr]

    view.add_guardian(0)  # Enter on the row edits it
    edit = view.findChildren(QDialog)[-1]
    qtbot.waitUntil(lambda: edit.name.text() == "张母", timeout=5000)
    edit.phone.setText("13900002222")
    with qtbot.waitSignal(edit.finished, timeout=5000):
        edit.save()
    qtbot.waitUntil(lambda: view.guardian_model.row_at(0).phone_masked == "139****2222", timeout=5000)  # type: ignore[union-attr]

    view.add_consent()
    consent = view.findChildren(QDialog)[-1]
    with qtbot.waitSignal(consent.finished, timeout=5000):
        consent.save()
    qtbot.waitUntil(lambda: view.consent_model.rowCount() == 1, timeout=5000)
    view.consents.selectRow(0)
    view.withdraw_button.click()
    qtbot.waitUntil(lambda: view.consent_model.row_at(0).withdrawn_on is not None, timeout=5000)  # type: ignore[union-attr]
    assert not list_consents(caseworker, client.id)[0].in_force

    view.guardians.selectRow(0)
    view.remove_guardian_button.click()
    qtbot.waitUntil(lambda: view.guardian_model.rowCount() == 0, timeout=5000)
    assert list_guardians(caseworker, client.id) == []
