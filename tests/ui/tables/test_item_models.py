"""Every item model of desktop/ui passes Qt's QAbstractItemModelTester over a demo station's rows.

The tester watches the model while it is filled the way its page fills it (a paged list page by
page, to the end), then emptied and refilled; any complaint fails the test. The list of cases is
checked against the QAbstractItemModel subclasses found in desktop/ui, so a new model needs a case.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QAbstractItemModel, QMessageLogContext, QModelIndex, QtMsgType, qInstallMessageHandler
from PySide6.QtTest import QAbstractItemModelTester

from desktop.domain.clock import station_today
from desktop.services.admin.backups import create_backup, list_backups
from desktop.services.admin.users import list_accounts
from desktop.services.audit import AuditFilter
from desktop.services.casework import clients as client_service
from desktop.services.casework.dashboard import LISTS, DashboardList, dashboard_lists
from desktop.services.casework.visit_lists import PAGE_SIZE as VISIT_PAGE
from desktop.services.casework.visit_lists import VisitFilter
from desktop.services.casework.visits import list_visits
from desktop.services.context import ServiceContext
from desktop.services.volunteers import certificates as certificate_service
from desktop.services.volunteers.hours import ledger
from desktop.services.volunteers.register import search_volunteers
from desktop.services.volunteers.settings import IssuerSettings, set_issuer_settings

import desktop.ui
from desktop.ui.admin.audit_page import AuditModel
from desktop.ui.admin.backup_section import BackupModel
from desktop.ui.admin.users_section import UserTableModel
from desktop.ui.casework.clients_model import ClientListModel
from desktop.ui.casework.dashboard_lists import DashboardListModel
from desktop.ui.casework.visits_model import VisitHistoryModel
from desktop.ui.casework.visits_page import VisitListModel
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.tables.dto_table import Column, DtoTableModel
from desktop.ui.tables.keyset import KeysetModel
from desktop.ui.tables.small_table import SmallTableModel
from desktop.ui.volunteers.models import CertificateModel, LedgerModel, VolunteerTableModel

WARN_ONLY = QAbstractItemModelTester.FailureReportingMode.Warning


@dataclass(frozen=True)
class Station:
    lead: ServiceContext
    admin: ServiceContext
    runner: TaskRunner
    qtbot: QtBot


# A case makes its model (not yet filled) and says how its page fills it.
Build = Callable[[Station], tuple[QAbstractItemModel, Callable[[], None]]]


def _rows(model: Any, rows: list[Any]) -> Callable[[], None]:
    assert rows, f"the demo station gave {type(model).__name__} no rows to show"
    return lambda: model.set_rows(rows)


def _paged(station: Station, model: KeysetModel[Any], start: Callable[[], None]) -> Callable[[], None]:
    def fill() -> None:
        with station.qtbot.waitSignal(model.loaded, timeout=20000):
            start()
        while model.has_more():
            with station.qtbot.waitSignal(model.loaded, timeout=20000):
                model.load_more()
        station.qtbot.waitUntil(lambda: station.runner.idle, timeout=20000)  # e.g. the register's sync column
        assert model.rowCount() > 0

    return fill


def _clients(station: Station) -> tuple[QAbstractItemModel, Callable[[], None]]:
    model = ClientListModel(station.lead, station.runner)
    return model, _paged(station, model, lambda: model.search(""))


def _visits(station: Station) -> tuple[QAbstractItemModel, Callable[[], None]]:
    model = VisitListModel(station.lead, station.runner)
    fill = _paged(station, model, lambda: model.load(VisitFilter()))

    def fill_past_the_first_page() -> None:
        fill()
        assert model.rowCount() > VISIT_PAGE, "the demo station's visits fit on one page"

    return model, fill_past_the_first_page


def _audit(station: Station) -> tuple[QAbstractItemModel, Callable[[], None]]:
    model = AuditModel(station.lead, station.runner)
    return model, _paged(station, model, lambda: model.load(AuditFilter()))


def _keyset(station: Station) -> tuple[QAbstractItemModel, Callable[[], None]]:
    """The paging base on its own: the register by name, 25 at a time, through the service."""
    ctx = station.lead
    model: KeysetModel[Any] = KeysetModel(
        [Column("姓名", lambda row: row.name)],
        station.runner,
        25,
        first_page=lambda: lambda: client_service.list_clients(ctx, limit=25),
        next_page=lambda last: lambda: client_service.list_clients(ctx, last, limit=25),
    )

    def fill_past_the_first_page() -> None:
        _paged(station, model, model.reload)()
        assert model.rowCount() > 25, "the demo station's register fits on one page"

    return model, fill_past_the_first_page


def _history(station: Station) -> tuple[QAbstractItemModel, Callable[[], None]]:
    model = VisitHistoryModel()
    client = client_service.list_clients(station.lead)[0]
    return model, _rows(model, list_visits(station.lead, client.id))


def _backups(station: Station) -> tuple[QAbstractItemModel, Callable[[], None]]:
    model = BackupModel()
    create_backup(station.lead)
    return model, _rows(model, list_backups(station.lead))


def _users(station: Station) -> tuple[QAbstractItemModel, Callable[[], None]]:
    model = UserTableModel()
    return model, _rows(model, list_accounts(station.admin))


def _volunteers(station: Station) -> tuple[QAbstractItemModel, Callable[[], None]]:
    model = VolunteerTableModel()
    return model, _rows(model, search_volunteers(station.lead))


def _ledger(station: Station) -> tuple[QAbstractItemModel, Callable[[], None]]:
    model = LedgerModel()
    today = station_today()
    return model, _rows(model, list(ledger(station.lead, today - timedelta(days=366), today).rows))


def _certificates(station: Station) -> tuple[QAbstractItemModel, Callable[[], None]]:
    model = CertificateModel()
    today = station_today()
    volunteer = search_volunteers(station.lead)[0]
    set_issuer_settings(station.lead, IssuerSettings("测试街道精神健康社工站", "王站长", "021-64381234", "复元同行"))
    request = certificate_service.CertificateRequest(volunteer.id, today - timedelta(days=366), today)
    issued = certificate_service.issue_certificate(station.lead, request)
    certificate_service.void_certificate(station.lead, issued.id, "测试作废")  # a void row is drawn grey
    certificate_service.issue_certificate(station.lead, request)
    return model, _rows(model, certificate_service.list_certificates(station.lead))


def _dto_table(station: Station) -> tuple[QAbstractItemModel, Callable[[], None]]:
    # As the client detail's guardian and consent tables and the exchange page's tables use it.
    model: DtoTableModel[client_service.ClientSummary] = DtoTableModel(
        [Column("姓名", lambda c: c.name), Column("年龄", lambda c: c.age, align_right=True)]
    )
    return model, _rows(model, client_service.list_clients(station.lead))


def _small_table(station: Station) -> tuple[QAbstractItemModel, Callable[[], None]]:
    # As the 工作台 uses it: its lists of clients due or overdue.
    model: SmallTableModel[Any] = SmallTableModel(
        [Column("姓名", lambda e: e.name), Column("逾期天数", lambda e: e.days, align_right=True)]
    )
    lists = dashboard_lists(station.lead, LISTS, station_today())
    return model, _rows(
        model, [entry for key in LISTS if key not in ("drafts", "pace") for entry in lists[key].entries]
    )


def _dashboard_list(station: Station) -> tuple[QAbstractItemModel, Callable[[], None]]:
    # One 工作台 tab: its first page, then the next one read by offset.
    model: DashboardListModel[Any] = DashboardListModel([Column("姓名", lambda e: e.name)], station.runner)
    today = station_today()
    key = max(("overdue", "due_soon", "high_risk"), key=lambda k: dashboard_lists(station.lead, [k], today)[k].total)

    def page(offset: int) -> Callable[[], DashboardList]:
        return lambda: dashboard_lists(station.lead, [key], today, limit=5, offset=offset)[key]

    def fill() -> None:
        model.show_first(page(0)(), page)
        with station.qtbot.waitSignal(model.grown, timeout=20000):
            model.load_more()
        assert model.rowCount() > 5

    return model, fill


CASES: dict[type[QAbstractItemModel], Build] = {
    ClientListModel: _clients,
    VisitListModel: _visits,
    AuditModel: _audit,
    VisitHistoryModel: _history,
    BackupModel: _backups,
    UserTableModel: _users,
    VolunteerTableModel: _volunteers,
    LedgerModel: _ledger,
    CertificateModel: _certificates,
    DtoTableModel: _dto_table,
    SmallTableModel: _small_table,
    DashboardListModel: _dashboard_list,
    KeysetModel: _keyset,
}


def item_model_classes() -> set[type[QAbstractItemModel]]:
    """Every QAbstractItemModel subclass defined in desktop/ui (each module imported to find them)."""
    for module in pkgutil.walk_packages(desktop.ui.__path__, "desktop.ui."):
        importlib.import_module(module.name)
    found: set[type[QAbstractItemModel]] = set()
    pending = [QAbstractItemModel]
    while pending:
        for subclass in pending.pop().__subclasses__():
            pending.append(subclass)
            if subclass.__module__.startswith("desktop.ui."):
                found.add(subclass)
    return found


def test_every_item_model_has_a_case() -> None:
    found = item_model_classes()
    assert {DtoTableModel, SmallTableModel, ClientListModel} <= found  # the walk does find them
    assert found == set(CASES)


@pytest.fixture
def model_complaints() -> Iterator[list[str]]:
    """What QAbstractItemModelTester reports (in Warning mode, as Qt warnings) during the test."""
    complaints: list[str] = []

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if context.category == "qt.modeltest" or "FAIL!" in message:
            complaints.append(message)

    previous = qInstallMessageHandler(handler)
    yield complaints
    qInstallMessageHandler(previous)


def _check(model: QAbstractItemModel, fill: Callable[[], None], complaints: list[str]) -> None:
    tester = QAbstractItemModelTester(model, WARN_ONLY)
    fill()
    assert model.rowCount() > 0
    rows = list(model.rows)  # type: ignore[attr-defined]
    # Growing, shrinking, emptying and refilling: the signals a page's refreshes send.
    model.append_rows(rows[:3])  # type: ignore[attr-defined]
    model.set_rows(rows[:2])  # type: ignore[attr-defined]
    model.set_rows([])  # type: ignore[attr-defined]
    model.set_rows(rows)  # type: ignore[attr-defined]
    for row in range(min(model.rowCount(), 50)):
        for column in range(model.columnCount()):
            model.data(model.index(row, column))
    assert complaints == []
    del tester


@pytest.mark.parametrize("model_class", list(CASES), ids=lambda cls: cls.__name__)
def test_item_model_passes_the_model_tester(
    model_class: type[QAbstractItemModel],
    qtbot: QtBot,
    lead: ServiceContext,
    admin: ServiceContext,
    runner: TaskRunner,
    model_complaints: list[str],
) -> None:
    model, fill = CASES[model_class](Station(lead, admin, runner, qtbot))
    assert type(model) is model_class
    _check(model, fill, model_complaints)


class _MiscountedInsert(DtoTableModel[str]):
    """Announces one inserted row for every batch, however many it adds: the tester must object."""

    def append_rows(self, rows: Any) -> None:
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first)
        self._rows.extend(rows)
        self.endInsertRows()


def test_the_tester_complaints_fail_the_check(qtbot: QtBot, model_complaints: list[str]) -> None:
    model = _MiscountedInsert([Column("a", str)])
    with pytest.raises(AssertionError):
        _check(model, lambda: model.set_rows(["x", "y", "z"]), model_complaints)
    assert any("FAIL!" in complaint for complaint in model_complaints)
