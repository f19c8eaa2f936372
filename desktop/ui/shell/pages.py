"""The main window's pages: one row each, read by the window, its navigation and Go menu, the idle
warm-up, the start-up warm-up and the tests.

A page is built the first time it is shown (docs/architecture.md, cold start): a row names its
module and class as text, so this table imports none of them, and is itself cheap enough to load
before the database layer (it imports no service either). The order of the rows is the order of
the navigation and of the Ctrl+1… shortcuts.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.i18n import mark

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.services.context import ServiceContext

    from desktop.ui.shell.tasks import TaskRunner

# The titles' translation context, the window that shows them (the extractor needs it spelled
# out in each `mark`).
CONTEXT = "MainWindow"


@dataclass(frozen=True)
class Page:
    key: str
    title: str  # the source text; `caption()` is what the navigation shows
    permission: str | None  # the permission whose holders see the page; None: everybody
    module: str
    factory: str  # the page class in `module`, made as `factory(ctx, runner)`
    # Where a role starts: the first start page in the table that the role sees.
    start: bool = False
    # (signal of the page, slot of the window): "a.b" is signal b of the page's part a, left out
    # when the page has no such part (the settings page has no backup tab for some roles).
    signals: tuple[tuple[str, str], ...] = ()

    def caption(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.title)

    def visible_to(self, role: str) -> bool:
        from desktop.services.permissions import allowed  # not before sign-in: see the module notes

        return self.permission is None or allowed(role, self.permission)

    def build(self, ctx: ServiceContext, runner: TaskRunner) -> QWidget:
        """Import the page's module (only now) and make the page."""
        page: QWidget = getattr(importlib.import_module(self.module), self.factory)(ctx, runner)
        return page


PAGES: tuple[Page, ...] = (
    Page(
        "dashboard",
        mark("MainWindow", "工作台"),
        "clients.read",
        "desktop.ui.casework.dashboard_page",
        "DashboardPage",
        signals=(("open_client", "open_client"), ("open_visit", "open_visit")),
    ),
    Page(
        "clients",
        mark("MainWindow", "服务对象"),
        "clients.read",
        "desktop.ui.casework.clients_page",
        "ClientsPage",
        start=True,
    ),
    Page(
        "visits",
        mark("MainWindow", "访视记录"),
        "clients.read",
        "desktop.ui.casework.visits_page",
        "VisitsPage",
        signals=(("open_client", "open_client"),),
    ),
    Page(
        "volunteers",
        mark("MainWindow", "志愿者"),
        "volunteers.read",
        "desktop.ui.volunteers.volunteers_page",
        "VolunteersPage",
        start=True,
    ),
    Page("rota", mark("MainWindow", "排班"), "volunteers.read", "desktop.ui.volunteers.rota_page", "RotaPage"),
    Page(
        "exchange", mark("MainWindow", "数据交换"), "sync.exchange", "desktop.ui.exchange.exchange_page", "ExchangePage"
    ),
    Page("audit", mark("MainWindow", "审计日志"), "audit.read", "desktop.ui.admin.audit_page", "AuditPage"),
    Page(
        "settings",
        mark("MainWindow", "设置"),
        None,
        "desktop.ui.admin.info_pages",
        "SettingsPage",
        signals=(("security.settings_changed", "_apply_security"), ("backups.restored", "_close_after_restore")),
    ),
)

BY_KEY = {page.key: page for page in PAGES}
START_PAGES = tuple(page for page in PAGES if page.start)


def pages_for(role: str) -> tuple[Page, ...]:
    return tuple(page for page in PAGES if page.visible_to(role))


def start_page(pages: Sequence[Page]) -> Page:
    """The page a role starts on, among the pages it sees (`pages`, never empty: everybody has the settings)."""
    return next((page for page in pages if page.start), pages[0])
