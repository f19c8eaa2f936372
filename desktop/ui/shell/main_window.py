"""The main window: navigation on the left, one page at a time on the right.

Pages are shown by role (the services refuse anyway): the coordinator and the administrator see
no case pages, the audit log is for the station lead and the administrator. The window owns the
idle auto-lock, and logs the user out (audited) when it closes.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QWidget,
)

from desktop import __version__
from desktop.domain.codes import ROLES, label
from desktop.i18n import current_language

from desktop.ui.shell import dialogs
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.shell.warmup import IdleWarmUp

if TYPE_CHECKING:
    from desktop.services.admin.security import SecuritySettings
    from desktop.services.admin.setup import StationInfo
    from desktop.services.context import ServiceContext

    from desktop.ui.printing.printer import Printer
    from desktop.ui.shell.lock import ScreenLock


class MainWindow(QMainWindow):
    """`MainWindow(ctx, runner, station)` is the signed-in window. At start-up the window is made
    with `awaiting_sign_in` instead: the frame and a sign-in in the middle, shown before the
    database layer has loaded; `open_workspace` then replaces the sign-in with the pages."""

    ctx: ServiceContext
    lock: ScreenLock
    printer: Printer

    def __init__(self, ctx: ServiceContext | None, runner: TaskRunner, station: StationInfo | None) -> None:
        super().__init__()
        self.runner = runner
        self._signed_in = False
        self._logged_out = False
        self.resize(1280, 800)
        if ctx is not None and station is not None:
            self.open_workspace(ctx, station)

    @classmethod
    def awaiting_sign_in(cls, runner: TaskRunner, station_name: str, sign_in: QWidget) -> MainWindow:
        window = cls(None, runner, None)
        title = QCoreApplication.translate("MainWindow", "社工站工作台 — {station}")
        window.setWindowTitle(title.format(station=station_name))
        window.setCentralWidget(sign_in)
        return window

    def open_workspace(self, ctx: ServiceContext, station: StationInfo) -> None:
        """The signed-in window: navigation, pages, menus, status bar and the idle lock."""
        from desktop.services.admin.security import DEFAULT_IDLE_MINUTES, security_settings
        from desktop.services.permissions import allowed

        from desktop.ui.shell.lock import ScreenLock

        self.ctx, runner = ctx, self.runner
        self.setWindowTitle(self.tr("社工站工作台 — {station}").format(station=station.name))

        self.nav = QListWidget()
        self.nav.setFixedWidth(150)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setStyleSheet("QListWidget { font-size: 15px; } QListWidget::item { padding: 10px 12px; }")
        self.stack = QStackedWidget()

        role = ctx.actor.role
        case_pages = allowed(role, "clients.read")
        volunteer_pages = allowed(role, "volunteers.read")
        # Pages are built when first shown (DESIGN §8 cold start): only the start page is built
        # before the first paint, so neither its siblings' modules nor their first queries delay
        # the window. Until then the stack holds an empty placeholder at the page's position.
        factories: list[tuple[str, str, bool]] = [
            ("dashboard", self.tr("工作台"), case_pages),
            ("clients", self.tr("服务对象"), case_pages),
            ("visits", self.tr("访视记录"), case_pages),
            ("volunteers", self.tr("志愿者"), volunteer_pages),
            ("rota", self.tr("排班"), volunteer_pages),
            ("exchange", self.tr("数据交换"), allowed(role, "sync.exchange")),
            ("audit", self.tr("审计日志"), allowed(role, "audit.read")),
            ("settings", self.tr("设置"), True),
        ]
        self._keys: list[str] = []
        self._built: dict[str, QWidget] = {}
        for key, title, shown in factories:
            if not shown:
                continue
            self._keys.append(key)
            self.nav.addItem(title)
            self.stack.addWidget(QWidget())
        self.nav.currentRowChanged.connect(self._show_page)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        role = label(ROLES, ctx.actor.role, current_language())
        self.statusBar().addPermanentWidget(
            QLabel(
                self.tr("{station}　|　{user}（{role}）").format(
                    station=station.name, user=ctx.actor.display_name, role=role
                )
            )
        )
        self.busy = QLabel("")
        self.statusBar().addWidget(self.busy)
        runner.busy_changed.connect(lambda busy: self.busy.setText(self.tr("正在处理…") if busy else ""))
        self._build_menu()
        self.lock = ScreenLock(ctx, runner, self, DEFAULT_IDLE_MINUTES)
        self.lock.quit_requested.connect(self._quit_from_lock)
        runner.run(lambda: security_settings(ctx), self._apply_security, lambda _error: None)
        self._signed_in = True
        # Start where the role works: the register for case staff, the volunteers for a coordinator.
        start = "clients" if case_pages else ("volunteers" if volunteer_pages else self._keys[0])
        self.nav.setCurrentRow(self._keys.index(start) if start in self._keys else 0)
        self.warm_up = IdleWarmUp(self, runner, self._keys)

    def _build(self, key: str) -> QWidget:
        """Construct the page `key` (its module is imported only now) and wire it to the window."""
        ctx, runner = self.ctx, self.runner
        page: QWidget
        if key == "dashboard":
            from desktop.ui.casework.dashboard_page import DashboardPage

            page = DashboardPage(ctx, runner)
            page.open_client.connect(self.open_client)
            page.open_visit.connect(self.open_visit)
        elif key == "clients":
            from desktop.ui.casework.clients_page import ClientsPage

            page = ClientsPage(ctx, runner)
        elif key == "visits":
            from desktop.ui.casework.visits_page import VisitsPage

            page = VisitsPage(ctx, runner)
            page.open_client.connect(self.open_client)
        elif key == "volunteers":
            from desktop.ui.volunteers.volunteers_page import VolunteersPage

            page = VolunteersPage(ctx, runner)
        elif key == "rota":
            from desktop.ui.volunteers.rota_page import RotaPage

            page = RotaPage(ctx, runner)
        elif key == "exchange":
            from desktop.ui.exchange.exchange_page import ExchangePage

            page = ExchangePage(ctx, runner)
        elif key == "audit":
            from desktop.ui.admin.audit_page import AuditPage

            page = AuditPage(ctx, runner)
        else:
            from desktop.ui.admin.info_pages import SettingsPage

            settings = SettingsPage(ctx, runner)
            settings.security.settings_changed.connect(self._apply_security)
            if settings.backups is not None:
                settings.backups.restored.connect(lambda _result: self._close_after_restore())
            page = settings
        return page

    def _page(self, key: str) -> QWidget | None:
        """The page `key`, built and put in its place on first use; None when the role has none."""
        if key not in self._keys:
            return None
        page = self._built.get(key)
        if page is None:
            page = self._built[key] = self._build(key)
            row = self._keys.index(key)
            placeholder = self.stack.widget(row)
            current = self.stack.currentIndex() == row
            self.stack.insertWidget(row, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            if current:
                self.stack.setCurrentIndex(row)
        return page

    # The pages by name, as before lazy construction (tests and the smoke test use them).
    @property
    def dashboard(self) -> Any:
        return self._page("dashboard")

    @property
    def clients(self) -> Any:
        return self._page("clients")

    @property
    def visits(self) -> Any:
        return self._page("visits")

    @property
    def volunteers(self) -> Any:
        return self._page("volunteers")

    @property
    def rota(self) -> Any:
        return self._page("rota")

    @property
    def audit(self) -> Any:
        return self._page("audit")

    @property
    def settings(self) -> Any:
        return self._page("settings")

    def _apply_security(self, settings: SecuritySettings) -> None:
        self.lock.watcher.set_minutes(settings.idle_lock_minutes)

    def _quit_from_lock(self) -> None:
        from PySide6.QtWidgets import QApplication

        self._log_out()
        QApplication.closeAllWindows()
        QApplication.quit()

    def _close_after_restore(self) -> None:
        from PySide6.QtWidgets import QApplication

        self._logged_out = True  # the database was replaced: nothing more is written to it
        QApplication.closeAllWindows()
        QApplication.quit()

    def _log_out(self) -> None:
        if self._logged_out or not self._signed_in:
            return
        self._logged_out = True
        from desktop.services.auth import logout

        ctx = self.ctx
        # RuntimeError: the worker has already stopped (tests); nothing more can be recorded.
        with contextlib.suppress(RuntimeError):
            self.runner.run(lambda: logout(ctx), None, lambda _error: None)

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        lock_action = QAction(self.tr("锁定屏幕(&L)"), self)
        lock_action.setShortcut(QKeySequence("Ctrl+L"))
        lock_action.triggered.connect(lambda: self.lock.lock())
        file_menu.addAction(lock_action)
        file_menu.addSeparator()
        self._add_sheet_actions(file_menu)
        quit_action = QAction(self.tr("退出(&Q)"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self._build_print_menu()
        go_menu = self.menuBar().addMenu(self.tr("转到(&G)"))
        for row in range(self.nav.count()):
            action = QAction(self.nav.item(row).text(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _checked=False, r=row: self.nav.setCurrentRow(r))
            go_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        about = QAction(self.tr("关于(&A)"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _build_print_menu(self) -> None:
        from desktop.ui.printing.printer import Printer

        self.printer = Printer(self.ctx, self.runner, self)
        menu = self.menuBar().addMenu(self.tr("打印(&P)"))
        self.print_actions: dict[str, QAction] = {}
        for key, text, permission, slot in (
            ("tomorrow", self.tr("明日计划随访空白表（批量）(&B)…"), "print.case", self.printer.tomorrow),
            ("rota", self.tr("志愿者排班表(&R)…"), "print.volunteer", self.printer.rota),
            ("monthly", self.tr("月度工作统计(&M)…"), "print.monthly", self.printer.monthly),
            ("qr", self.tr("从现场访视表二维码录入访视(&Q)…"), "visits.write", self.visit_from_qr),
        ):
            action = QAction(text, self)
            action.setEnabled(self.printer.can(permission))
            action.triggered.connect(lambda _checked=False, run=slot: run())
            menu.addAction(action)
            self.print_actions[key] = action

    def visit_from_qr(self) -> None:
        """Start entering a visit from the QR code of a blank form (a scanner types its text)."""
        from desktop.services.forms.casework import VisitPrefill, visit_prefill_from_qr

        text = dialogs.ask_text(self, self.tr("录入现场访视表"), self.tr("请扫描或粘贴现场访视表上的二维码内容："))
        if not text:
            return
        ctx = self.ctx

        def open_dialog(prefill: VisitPrefill) -> None:
            from datetime import date

            from desktop.ui.casework.visit_dialog import VisitDialog

            dialog = VisitDialog(ctx, self.runner, prefill.client_id, prefill.client_name, self)
            dialog.visit_date.set_date(min(prefill.planned_date, date.today()))
            self.qr_visit_dialog = dialog
            dialog.open()

        self.runner.run(lambda: visit_prefill_from_qr(ctx, text), open_dialog)

    def _add_sheet_actions(self, file_menu: QMenu) -> None:
        import_action = QAction(self.tr("从 Excel 导入(&I)…"), self)
        import_action.triggered.connect(self._open_import_wizard)
        file_menu.addAction(import_action)
        self._sheet_menu = file_menu.addMenu(self.tr("导出 Excel(&E)"))
        self._sheet_exports: Any = None
        file_menu.addSeparator()
        # The export actions need the sheet services (~50 ms of imports): filled in once the
        # window is up; the property below fills them at once if something needs them earlier.
        fill = QTimer(self)  # a child: it dies with the window, so it never fires on a closed one
        fill.setSingleShot(True)
        fill.timeout.connect(lambda: self.sheet_exports)
        fill.start(0)

    def _open_import_wizard(self) -> None:
        from desktop.ui.sheets.export_actions import open_import_wizard

        open_import_wizard(self, self.ctx, self.runner, self._refresh_page)

    @property
    def sheet_exports(self) -> Any:
        if self._sheet_exports is None:
            from desktop.ui.sheets.export_actions import SheetExports

            self._sheet_exports = SheetExports(
                self, self.ctx, self.runner, lambda: (self.stack.currentWidget(), self.nav.currentItem().text())
            )
            self._sheet_exports.build(self._sheet_menu)
        return self._sheet_exports

    def _refresh_page(self) -> None:
        refresh = getattr(self.stack.currentWidget(), "refresh", None)
        if callable(refresh):
            refresh()

    def show_about(self) -> None:
        dialogs.inform(
            self,
            self.tr("关于社工站工作台"),
            self.tr("社工站工作台 StationDesk {version}\n社区精神健康社工站离线工作台。").format(version=__version__),
        )

    def _show_page(self, row: int) -> None:
        if not 0 <= row < len(self._keys):
            return
        page = self._page(self._keys[row])
        assert page is not None
        self.stack.setCurrentIndex(row)
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()
        page.setFocus()

    def open_client(self, client_id: str) -> None:
        """Show a client on the 服务对象 page (from the 工作台 or the visit list)."""
        if self.clients is None:
            return
        self.nav.setCurrentRow(self.stack.indexOf(self.clients))
        self.clients.show_client(client_id)

    def open_visit(self, visit_id: str, client_id: str) -> None:
        self.open_client(client_id)
        if self.clients is not None:
            self.clients.detail.open_visit(visit_id)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._log_out()
        self.runner.shutdown()
        super().closeEvent(event)
