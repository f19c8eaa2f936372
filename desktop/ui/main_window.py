"""The main window: navigation on the left, one page at a time on the right."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from desktop import __version__
from desktop.domain.codes import ROLES, label
from desktop.i18n import current_language
from desktop.services.context import ServiceContext
from desktop.services.setup import StationInfo

from desktop.ui import dialogs
from desktop.ui.pages.clients_page import ClientsPage
from desktop.ui.pages.exchange_page import ExchangePage
from desktop.ui.pages.info_pages import ComingPage, DashboardPage, SettingsPage
from desktop.ui.tasks import TaskRunner


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
            (
                self.tr("志愿者"),
                ComingPage(
                    self.tr("志愿者"),
                    self.tr("志愿者登记、培训与表彰记录、服务时长台账和志愿服务记录证明登记将在下一版本提供。"),
                ),
            ),
            (
                self.tr("排班"),
                ComingPage(
                    self.tr("排班"), self.tr("按法定工作日生成的周排班表、冲突检查和前台签到将在下一版本提供。")
                ),
            ),
            (self.tr("数据交换"), ExchangePage(ctx, runner)),
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
        self.nav.setCurrentRow(1)

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        quit_action = QAction(self.tr("退出(&Q)"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
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
