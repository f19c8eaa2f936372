"""The main window: navigation on the left, one page at a time on the right."""

from __future__ import annotations

from PySide6.QtCore import QSize
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
from desktop.services.context import ServiceContext
from desktop.services.permissions import allowed
from desktop.services.setup import StationInfo

from desktop.ui import dialogs
from desktop.ui.pages.clients_page import ClientsPage
from desktop.ui.pages.info_pages import ComingPage, DashboardPage, SettingsPage
from desktop.ui.printing import Printer
from desktop.ui.tasks import TaskRunner
from desktop.ui.volunteers.rota_page import RotaPage
from desktop.ui.volunteers.volunteers_page import VolunteersPage


class MainWindow(QMainWindow):
    def __init__(self, ctx: ServiceContext, runner: TaskRunner, station: StationInfo) -> None:
        super().__init__()
        self.ctx, self.runner = ctx, runner
        self.setWindowTitle(self.tr("社工站工作台 — {station}").format(station=station.name))
        self.resize(1280, 800)

        self.nav = QListWidget()
        self.nav.setFixedWidth(150)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setStyleSheet("QListWidget { font-size: 15px; } QListWidget::item { padding: 10px 12px; }")
        self.stack = QStackedWidget()

        self.dashboard = DashboardPage(ctx, runner)
        self.clients = ClientsPage(ctx, runner)
        self.settings = SettingsPage(ctx, runner)
        # The volunteer module is for coordinators and leads (DOMAIN §5.2); others see why it is closed.
        may_volunteer = allowed(ctx.actor.role, "volunteers.read")
        no_access = self.tr("您的角色无权使用志愿者模块（仅志愿者协调员和站长可用）。")
        self.volunteers = VolunteersPage(ctx, runner) if may_volunteer else ComingPage(self.tr("志愿者"), no_access)
        self.rota = RotaPage(ctx, runner) if may_volunteer else ComingPage(self.tr("排班"), no_access)
        pages: list[tuple[str, QWidget]] = [
            (self.tr("工作台"), self.dashboard),
            (self.tr("服务对象"), self.clients),
            (
                self.tr("访视记录"),
                ComingPage(
                    self.tr("访视记录"),
                    self.tr(
                        "全站访视记录列表（按日期、形式、分类筛选）将在下一版本提供。现在可在“服务对象”中打开某位服务对象，"
                        "查看其访视记录并记录新的访视。"
                    ),
                ),
            ),
            (self.tr("志愿者"), self.volunteers),
            (self.tr("排班"), self.rota),
            (
                self.tr("数据交换"),
                ComingPage(
                    self.tr("数据交换"),
                    self.tr("与区精神卫生中心 / 区社工总站之间加密、签名的数据包导出与导入将在下一版本提供。"),
                ),
            ),
            (self.tr("设置"), self.settings),
        ]
        for title, page in pages:
            self.nav.addItem(title)
            self.stack.addWidget(page)
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
        # A volunteer coordinator has no access to case data: start on the volunteer register.
        start_on_volunteers = may_volunteer and not allowed(ctx.actor.role, "clients.read")
        self.nav.setCurrentRow(3 if start_on_volunteers else 1)

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
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
        from desktop.services.forms import VisitPrefill, visit_prefill_from_qr

        text = dialogs.ask_text(self, self.tr("录入现场访视表"), self.tr("请扫描或粘贴现场访视表上的二维码内容："))
        if not text:
            return
        ctx = self.ctx

        def open_dialog(prefill: VisitPrefill) -> None:
            from datetime import date

            from desktop.ui.visit_dialog import VisitDialog

            dialog = VisitDialog(ctx, self.runner, prefill.client_id, prefill.client_name, self)
            dialog.visit_date.set_date(min(prefill.planned_date, date.today()))
            self.qr_visit_dialog = dialog
            dialog.open()

        self.runner.run(lambda: visit_prefill_from_qr(ctx, text), open_dialog)

    def _add_sheet_actions(self, file_menu: QMenu) -> None:
        from desktop.ui.sheets.export_actions import SheetExports, open_import_wizard

        import_action = QAction(self.tr("从 Excel 导入(&I)…"), self)
        import_action.triggered.connect(lambda: open_import_wizard(self, self.ctx, self.runner, self._refresh_page))
        file_menu.addAction(import_action)
        self.sheet_exports = SheetExports(
            self, self.ctx, self.runner, lambda: (self.stack.currentWidget(), self.nav.currentItem().text())
        )
        self.sheet_exports.build(file_menu.addMenu(self.tr("导出 Excel(&E)")))
        file_menu.addSeparator()

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
        self.stack.setCurrentIndex(row)
        page = self.stack.currentWidget()
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()
        page.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.runner.shutdown()
        super().closeEvent(event)
