"""Opening printed forms from the app: render on the worker, then the preview.

`Printer.preview(work, title)` runs a forms service on the worker thread and opens the preview
with its bytes; `Printer.batch_blank_forms(day)` renders the blank forms of a day's planned
visits as one PDF with a cancellable progress dialog (cancelling keeps nothing), then previews
it. The menu actions for the rota and the monthly statistics ask for the week or month first.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.domain.clock import station_today
from desktop.services.context import ServiceContext
from desktop.services.permissions import allowed

from desktop.ui.shell import dialogs
from desktop.ui.shell.errors import show_error
from desktop.ui.shell.tasks import TaskRunner

if TYPE_CHECKING:  # the PDF stack (ReportLab, QtPdf) loads on the first print, not at start-up
    from desktop.services.forms.casework import RenderedPdf

    from desktop.ui.printing.preview import PdfPreviewDialog


class _Progress(QObject):
    """Carries batch progress from the worker thread to the progress dialog (queued signal)."""

    changed = Signal(int, int)


class Printer(QObject):
    """Print actions of one window; `dialog` is the preview last opened (tests read it)."""

    opened = Signal(object)
    batch_finished = Signal(str)  # "done" | "cancelled" | "failed"

    def __init__(self, ctx: ServiceContext, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx, self._runner, self._parent = ctx, runner, parent
        self.dialog: PdfPreviewDialog | None = None
        self.progress: QProgressDialog | None = None

    def can(self, permission: str) -> bool:
        return allowed(self._ctx.actor.role, permission)

    def preview(self, work: Callable[[ServiceContext], RenderedPdf], title: str) -> None:
        ctx = self._ctx
        self._runner.run(lambda: work(ctx), lambda result: self.show(result, title), self._failed)

    def show(self, rendered: RenderedPdf, title: str) -> PdfPreviewDialog:
        from desktop.ui.printing.preview import PdfPreviewDialog

        self.dialog = PdfPreviewDialog(rendered, title, self._runner, self._parent)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()
        self.opened.emit(self.dialog)
        return self.dialog

    def _failed(self, error: BaseException) -> None:
        show_error(self._parent, error)

    # --- the menu actions ------------------------------------------------------------------------

    def rota(self) -> None:
        today = station_today().isocalendar()
        week = dialogs.ask_text(
            self._parent,
            self.tr("打印志愿者排班表"),
            self.tr("周次（YYYY-Www，如 2026-W48）："),
            f"{today.year}-W{today.week:02d}",
        )
        if week:
            from desktop.services.forms import volunteer as forms_volunteer

            self.preview(lambda ctx: forms_volunteer.print_rota(ctx, week.strip()), self.tr("志愿者排班表"))

    def monthly(self) -> None:
        month = dialogs.ask_text(
            self._parent, self.tr("打印月度工作统计"), self.tr("月份（YYYY-MM）："), f"{station_today():%Y-%m}"
        )
        if month:
            from desktop.services.forms import monthly as forms_stats

            self.preview(lambda ctx: forms_stats.print_monthly(ctx, month.strip()), self.tr("月度工作统计"))

    def tomorrow(self) -> None:
        self.batch_blank_forms(station_today() + timedelta(days=1))

    # --- batch -----------------------------------------------------------------------------------

    def batch_blank_forms(self, day: date) -> None:
        cancel = threading.Event()
        progress = QProgressDialog(
            self.tr("正在生成 {day} 计划随访的空白访视表…").format(day=day.isoformat()),
            self.tr("取消"),
            0,
            0,
            self._parent,
        )
        progress.setWindowTitle(self.tr("批量打印"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumDuration(0)
        progress.canceled.connect(cancel.set)
        bridge = _Progress(progress)

        def step(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)
            progress.setLabelText(
                self.tr("正在生成第 {n} / {total} 份空白访视表…").format(n=min(done + 1, total), total=total)
            )

        bridge.changed.connect(step)
        self.progress = progress
        progress.show()
        ctx = self._ctx

        from desktop.services.forms import casework as form_service

        def work() -> RenderedPdf:
            return form_service.print_blank_visits_due(ctx, day, progress=bridge.changed.emit, cancelled=cancel.is_set)

        def done(result: RenderedPdf) -> None:
            progress.canceled.disconnect(cancel.set)
            progress.close()
            self.show(result, self.tr("{day} 计划随访空白表（{n} 份）").format(day=day.isoformat(), n=result.count))
            self.batch_finished.emit("done")

        def failed(error: BaseException) -> None:
            progress.close()
            if getattr(error, "code", "") == "pdf.cancelled":
                self.batch_finished.emit("cancelled")  # the user asked for it: nothing to report
                return
            show_error(self._parent, error)
            self.batch_finished.emit("failed")

        self._runner.run(work, done, failed)
