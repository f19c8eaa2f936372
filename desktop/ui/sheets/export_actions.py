"""导出 Excel: the File-menu actions that write the current list or a station list to .xlsx.

"当前列表" asks the page for `export_rows()` → (title, headers, rows); a page without it but
with a table exports what its table shows (already masked as on screen). The station lists and
the monthly figures are written by the export service from the database, masked by default.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QTableView, QWidget

from desktop.domain.clock import station_today
from desktop.services.context import ServiceContext
from desktop.services.permissions import allowed
from desktop.services.sheets.export import LIST_TITLES, READ_PERMISSION, ExportResult, export_list, export_rows
from desktop.services.sheets.monthly import export_monthly

from desktop.ui.shell import dialogs
from desktop.ui.shell.errors import show_error
from desktop.ui.shell.tasks import TaskRunner

Rows = tuple[str, Sequence[str], Sequence[Sequence[object]]]


def rows_of_view(view: QTableView, title: str) -> Rows:
    """Headers and displayed text of every loaded row of a table view."""
    model = view.model()
    columns = range(model.columnCount())
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]
    rows = [[model.index(r, c).data() or "" for c in columns] for r in range(model.rowCount())]
    return title, headers, rows


def page_rows(page: QWidget, title: str) -> Rows | None:
    exporter = getattr(page, "export_rows", None)
    if callable(exporter):
        return exporter()  # type: ignore[no-any-return]
    view = getattr(page, "table", None)
    if not isinstance(view, QTableView):
        # The page's main list is its largest table (a detail pane may hold smaller ones).
        views = [v for v in page.findChildren(QTableView) if v.model() is not None and v.isVisible()]
        view = max(views, key=lambda v: v.width() * v.height(), default=None)
    return rows_of_view(view, title) if view is not None and view.model() is not None else None


class SheetExports(QObject):
    """Builds the 导出 Excel submenu and runs each export on the worker."""

    def __init__(
        self,
        window: QMainWindow,
        ctx: ServiceContext,
        runner: TaskRunner,
        current_page: Callable[[], tuple[QWidget, str]],
    ) -> None:
        super().__init__(window)
        self.window, self.ctx, self.runner, self.current_page = window, ctx, runner, current_page

    def build(self, menu: QMenu) -> None:
        current = QAction(self.tr("当前列表(&C)…"), self)
        current.setShortcut(QKeySequence("Ctrl+E"))
        current.triggered.connect(self.export_current)
        menu.addAction(current)
        menu.addSeparator()
        names = {
            "clients": self.tr("服务对象名单(&K)…"),
            "visits": self.tr("访视记录(&V)…"),
            "volunteers": self.tr("志愿者名单(&Z)…"),
            "hours": self.tr("志愿服务时长(&H)…"),
        }
        for what, text in names.items():
            action = QAction(text, self)
            action.setEnabled(allowed(self.ctx.actor.role, READ_PERMISSION[what]))
            action.triggered.connect(lambda _checked=False, w=what: self.export_list(w))
            menu.addAction(action)
        monthly = QAction(self.tr("月度统计(&M)…"), self)
        monthly.setEnabled(allowed(self.ctx.actor.role, "visits.read"))
        monthly.triggered.connect(self.export_monthly)
        menu.addAction(monthly)

    def ask_path(self, suggested: str) -> str:
        path = dialogs.choose_save_path(
            self.window, self.tr("导出为 Excel"), suggested, self.tr("Excel 工作簿 (*.xlsx)")
        )
        if path is None:
            return ""
        if path and not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        return path

    def ask_month(self) -> str | None:
        today = station_today()
        previous = date(today.year - (today.month == 1), (today.month - 2) % 12 + 1, 1)
        text = dialogs.ask_text(
            self.window, self.tr("月度统计"), self.tr("月份（YYYY-MM）："), previous.strftime("%Y-%m")
        )
        return text.strip() if text and text.strip() else None

    def _run(self, work: Callable[[], ExportResult]) -> None:
        def done(result: ExportResult) -> None:
            dialogs.inform(
                self.window,
                self.tr("导出完成"),
                self.tr("已导出 {n} 行到\n{path}").format(n=result.rows, path=result.path),
            )

        self.runner.run(work, done, lambda error: show_error(self.window, error))

    def export_current(self) -> None:
        page, title = self.current_page()
        rows = page_rows(page, title)
        if rows is None:
            dialogs.inform(self.window, self.tr("导出 Excel"), self.tr("当前页面没有可导出的列表。"))
            return
        path = self.ask_path(f"{rows[0]}.xlsx")
        if path:
            ctx = self.ctx
            self._run(lambda: export_rows(ctx, rows[0], rows[1], rows[2], path))

    def export_list(self, what: str) -> None:
        path = self.ask_path(f"{LIST_TITLES[what]}.xlsx")
        if path:
            ctx = self.ctx
            self._run(lambda: export_list(ctx, what, path))

    def export_monthly(self) -> None:
        month = self.ask_month()
        if not month:
            return
        path = self.ask_path(self.tr("月度统计-{month}.xlsx").format(month=month))
        if path:
            ctx = self.ctx
            self._run(lambda: export_monthly(ctx, month, path))


def open_import_wizard(
    window: QWidget, ctx: ServiceContext, runner: TaskRunner, on_imported: Callable[[], Any]
) -> None:
    from desktop.ui.sheets.import_wizard import ImportWizard

    wizard = ImportWizard(ctx, runner, window)
    wizard.finished.connect(lambda _result: on_imported() if wizard.report is not None else None)
    wizard.open()
