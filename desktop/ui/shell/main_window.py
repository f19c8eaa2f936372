"""The main window: navigation on the left, one page at a time on the right.

Pages are shown by role (the services refuse anyway): the coordinator and the administrator see
no case pages, the audit log is for the station lead and the administrator. The window owns the
idle auto-lock, and logs the user out (audited) when it closes. From the lock screen the user can
quit, or sign out so that another user signs in (`switch_user`: the sign-in panel takes the pages'
place in the same window).
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QSize, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from desktop import __version__
from desktop.domain.clock import station_today
from desktop.i18n import current_language

from desktop.ui.shell import dialogs
from desktop.ui.shell.pages import Page, pages_for, start_page
from desktop.ui.shell.placement import MAIN_WINDOW_SIZE, remember_main_window
from desktop.ui.shell.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.paths import AppPaths
    from desktop.services.admin.security import SecuritySettings
    from desktop.services.admin.setup import StationInfo
    from desktop.services.context import ServiceContext

    from desktop.ui.casework.clients_page import ClientsPage
    from desktop.ui.printing.printer import Printer
    from desktop.ui.shell.lock import ScreenLock


class MainWindow(QMainWindow):
    """`MainWindow(ctx, runner, station)` is the signed-in window. At start-up the window is made
    with `awaiting_sign_in` instead: the frame and a sign-in in the middle, shown before the
    database layer has loaded; `open_workspace` then replaces the sign-in with the pages."""

    ctx: ServiceContext
    lock: ScreenLock
    printer: Printer
    pages: tuple[Page, ...]  # the rows of the page table the role sees, as the navigation lists them

    def __init__(self, ctx: ServiceContext | None, runner: TaskRunner, station: StationInfo | None) -> None:
        super().__init__()
        self.runner = runner
        self._signed_in = False
        self._logged_out = False
        self.resize(MAIN_WINDOW_SIZE)  # shrunk to the screen when shown (ui/shell/placement.py)
        # Set by the program (not by tests): where the window's size and position are remembered.
        self.placement_paths: AppPaths | None = None
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

        # Imported here, for the signed-in window only: the sign-in shows before them (the code
        # tables, the address list, and widgets.py, which imports QtCore.Qt: ≈ 30 ms of enums).
        from desktop.ui.shell.lock import ScreenLock
        from desktop.ui.startup.warmup import IdleWarmUp

        self.ctx, runner = ctx, self.runner
        self.setWindowTitle(self.tr("社工站工作台 — {station}").format(station=station.name))
        self.pages = pages_for(ctx.actor.role)
        self._build_navigation()
        self._build_status_bar(station)
        self._build_menu()
        self._station = station
        self.lock = ScreenLock(ctx, runner, self, DEFAULT_IDLE_MINUTES)
        self.lock.quit_requested.connect(self._quit_from_lock)
        self.lock.switch_requested.connect(self._switch_from_lock)
        runner.run(lambda: security_settings(ctx), self._apply_security, lambda _error: None)
        self._signed_in = True
        self.nav.setCurrentRow(self.pages.index(start_page(self.pages)))
        self.warm_up = IdleWarmUp(self, runner, self.pages)

    def _build_navigation(self) -> None:
        from desktop.ui.shell.widgets import sized_by_current

        self.nav = QListWidget()
        self.nav.setFixedWidth(150)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setStyleSheet("QListWidget { font-size: 15px; } QListWidget::item { padding: 10px 12px; }")
        self.stack = QStackedWidget()
        # Pages are built when first shown (docs/architecture.md, cold start): only the start page
        # is built before the first paint, so neither its siblings' modules nor their first
        # queries delay the window. Until then its row of the stack holds an empty widget, swapped out here.
        self._built: dict[str, QWidget] = {}
        for page in self.pages:
            self.nav.addItem(page.caption())
            self.stack.addWidget(QWidget())
        self.nav.currentRowChanged.connect(self._show_page)
        sized_by_current(self.stack)  # a wide page built earlier must not widen the others

        # On a small screen (1366×768 at 150 %) a page scrolls rather than push the window off it.
        self.page_area = QScrollArea()
        self.page_area.setWidgetResizable(True)
        self.page_area.setFrameShape(QFrame.Shape.NoFrame)
        self.page_area.setWidget(self.stack)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.page_area, 1)
        self.setCentralWidget(central)

    def _build_status_bar(self, station: StationInfo) -> None:
        from desktop.domain.codes import ROLES, label

        actor = self.ctx.actor
        role = label(ROLES, actor.role, current_language())
        self.statusBar().addPermanentWidget(
            QLabel(
                self.tr("{station}　|　{user}（{role}）").format(
                    station=station.name, user=actor.display_name, role=role
                )
            )
        )
        self.busy = QLabel("")
        self.statusBar().addWidget(self.busy)
        if not hasattr(self, "_busy_connected"):  # once per window, also after a switch of user
            self._busy_connected = True
            self.runner.busy_changed.connect(self._show_busy)

    def _show_busy(self, busy: bool) -> None:
        if self._signed_in:  # between users the status bar has no busy label
            self.busy.setText(self.tr("正在处理…") if busy else "")

    def page(self, key: str) -> QWidget | None:
        """The page `key` (see desktop/ui/shell/pages.py), built and put in its place on first use;
        None when the signed-in role does not see it."""
        entry = next((page for page in self.pages if page.key == key), None)
        if entry is None:
            return None
        built = self._built.get(key)
        if built is None:
            built = self._built[key] = self._build(entry)
            row = self.pages.index(entry)
            unbuilt = self.stack.widget(row)
            current = self.stack.currentIndex() == row
            self.stack.insertWidget(row, built)
            self.stack.removeWidget(unbuilt)
            unbuilt.deleteLater()
            if current:
                self.stack.setCurrentIndex(row)
        return built

    def _build(self, entry: Page) -> QWidget:
        """Construct a page (its module is imported only now) and connect it to the window."""
        page = entry.build(self.ctx, self.runner)
        for signal_path, slot in entry.signals:
            *parts, name = signal_path.split(".")
            owner: Any = page
            for part in parts:
                owner = getattr(owner, part) if owner is not None else None
            if owner is not None:  # a part the role does not have, such as the backup tab
                getattr(owner, name).connect(getattr(self, slot))
        return page

    def _apply_security(self, settings: SecuritySettings) -> None:
        self.lock.watcher.set_minutes(settings.idle_lock_minutes)

    def _quit_from_lock(self) -> None:
        """Visit forms are saved as drafts first, nothing is asked (see desktop/ui/shell/switch_user.py)."""
        from desktop.ui.shell.switch_user import keep_drafts_then

        lock = self.lock.dialog
        if lock is None or not lock.quit_button.isEnabled():
            return  # a first click is still saving drafts
        lock.quit_button.setEnabled(False)

        def refused() -> None:
            if self.lock.dialog is lock:
                lock.quit_button.setEnabled(True)

        keep_drafts_then(lock, self, self._quit_now, refused)

    def _quit_now(self) -> None:
        from PySide6.QtWidgets import QApplication

        from desktop.ui.shell.switch_user import close_open_forms

        self.lock.dispose()
        close_open_forms(self)
        self.close()  # logs out and stops the worker (closeEvent)
        QApplication.quit()

    def _switch_from_lock(self) -> None:
        from desktop.ui.shell.switch_user import confirm_leaving

        if confirm_leaving(self.lock.dialog, self, switching=True):
            self.switch_user()

    def switch_user(self) -> None:
        """Sign the user out and show the sign-in panel in this window; the next user's pages follow."""
        from PySide6.QtWidgets import QStatusBar

        from desktop.ui.shell.sign_in import SignInPanel
        from desktop.ui.shell.switch_user import close_open_forms

        self.lock.dispose()
        close_open_forms(self)
        self._log_out()
        self._signed_in = False
        self.menuBar().clear()
        self.setStatusBar(QStatusBar())
        self._built.clear()
        self.pages = ()
        self.sign_in = SignInPanel(self._station.name)
        self.sign_in.submitted.connect(self._sign_in_again)
        self.sign_in.quit_requested.connect(self.close)
        self.setWindowTitle(self.tr("社工站工作台 — {station}").format(station=self._station.name))
        self.setCentralWidget(self.sign_in)  # the pages of the user who left are deleted with it
        self.sign_in.setFocus()

    def _sign_in_again(self, username: str, password: str) -> None:
        from desktop.services.auth import login

        base = self.ctx
        self.runner.run(lambda: login(base, username, password), self._signed_in_again, self._refused)

    def _refused(self, error: BaseException) -> None:
        from desktop.errors import AppError

        from desktop.ui.shell.errors import show_error

        self.sign_in.set_busy(False)
        if isinstance(error, AppError):
            self.sign_in.refuse(error.user_message())
        else:
            show_error(self, error)

    def _signed_in_again(self, actor: Any) -> None:
        from dataclasses import replace

        from desktop.ui.shell.password_dialog import ChangePasswordDialog

        ctx = self.ctx.as_actor(actor)
        if actor.must_change_password:
            if not ChangePasswordDialog(ctx, self.runner, forced=True, parent=self).exec():
                self.sign_in.set_busy(False)
                return
            ctx = self.ctx.as_actor(replace(actor, must_change_password=False))
        self._logged_out = False
        self.open_workspace(ctx, self._station)

    def _close_after_restore(self, _result: object = None) -> None:
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
        for row, page in enumerate(self.pages):
            action = QAction(page.caption(), self)
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
            from desktop.ui.casework.visit_dialog import VisitDialog

            dialog = VisitDialog(ctx, self.runner, prefill.client_id, prefill.client_name, self)
            dialog.header.visit_date.set_date(min(prefill.planned_date, station_today()))
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
        if not 0 <= row < len(self.pages):
            return
        page = self.page(self.pages[row].key)
        assert page is not None
        self.stack.setCurrentIndex(row)
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()
        page.setFocus()

    def open_client(self, client_id: str) -> None:
        """Show a client on the 服务对象 page (from the 工作台 or the visit list)."""
        clients = cast("ClientsPage | None", self.page("clients"))
        if clients is None:
            return
        self.nav.setCurrentRow(self.stack.indexOf(clients))
        clients.show_client(client_id)

    def open_visit(self, visit_id: str, client_id: str) -> None:
        self.open_client(client_id)
        clients = cast("ClientsPage | None", self.page("clients"))
        if clients is not None:
            clients.detail.open_visit(visit_id)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.placement_paths is not None:
            with contextlib.suppress(OSError):  # a read-only data folder must not block closing
                remember_main_window(self, self.placement_paths)
        self._log_out()
        if self._signed_in:
            self.lock.watcher.stop()
        self.runner.shutdown()
        super().closeEvent(event)
