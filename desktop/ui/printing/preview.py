"""The print preview: a rendered form shown with QtPdf, then printed or saved.

The PDF bytes stay in memory (a QBuffer): no temporary file is written, so no personal data
lands on disk unless the user saves it. Printing draws each page as an image at the printer's
resolution (capped at 300 dpi, plenty for forms, and bounded in memory) through
QPdfDocument.render, scaled to the printable area with its aspect ratio kept; landscape forms
(the rota) switch the printer to landscape. Saving goes through `dialogs.choose_save_path` and
the atomic writer of the forms service, on the worker thread.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QPageLayout, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.services.forms import casework as form_service
from desktop.services.forms.casework import RenderedPdf

from desktop.ui.shell import dialogs
from desktop.ui.shell.errors import show_error
from desktop.ui.shell.placement import fit_to_screen
from desktop.ui.shell.tasks import TaskRunner

MAX_PRINT_DPI = 300


class PdfPreviewDialog(QDialog):
    def __init__(
        self, rendered: RenderedPdf, title: str, runner: TaskRunner | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.rendered, self._runner = rendered, runner
        self.saved_to: str | None = None
        self.setWindowTitle(self.tr("打印预览 — {title}").format(title=title))

        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(rendered.content))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.pages = QLabel("")
        self.print_button = QPushButton(self.tr("打印(&P)…"))
        self.save_button = QPushButton(self.tr("另存为(&S)…"))
        self.close_button = QPushButton(self.tr("关闭(&C)"))
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_document)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_as)

        bar = QHBoxLayout()
        bar.addWidget(self.pages, 1)
        for button in (self.print_button, self.save_button, self.close_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        self.document.statusChanged.connect(self._status_changed)
        self._status_changed()
        self.print_button.setFocus()
        # A page's width, as tall as the screen it opens on allows (its buttons stay reachable).
        fit_to_screen(self, QSize(900, 1000))

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def _status_changed(self, *_args: object) -> None:
        ready = self.document.status() == QPdfDocument.Status.Ready
        self.pages.setText(self.tr("共 {n} 页").format(n=self.page_count) if ready else self.tr("正在载入…"))
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    # --- printing --------------------------------------------------------------------------------

    def print_document(self) -> None:
        if self.page_count == 0:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.rendered.filename)
        printer.setFromTo(1, self.page_count)
        first = self.document.pagePointSize(0)
        if first.width() > first.height():
            printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        if dialogs.choose_printer(self, printer):
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Draw the chosen pages on `printer`; returns how many pages were sent."""
        first, last = printer.fromPage(), printer.toPage()
        if first == 0:  # "all pages"
            first, last = 1, self.page_count
        last = min(last, self.page_count)
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            dialogs.warn(self, self.tr("无法打印"), self.tr("打印机无法开始打印，请检查打印机后重试。"))
            return 0
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        sent = 0
        try:
            for index in range(first - 1, last):
                if sent:
                    printer.newPage()
                points = self.document.pagePointSize(index)
                size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                image = self.document.render(index, size)
                area = painter.viewport()
                fitted = size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                target = QRect(
                    area.x() + (area.width() - fitted.width()) // 2, area.y(), fitted.width(), fitted.height()
                )
                painter.drawImage(target, image)
                sent += 1
        finally:
            painter.end()
            QApplication.restoreOverrideCursor()
        return sent

    # --- saving ----------------------------------------------------------------------------------

    def save_as(self) -> None:
        path = dialogs.choose_save_path(
            self, self.tr("另存为 PDF"), self.rendered.filename, self.tr("PDF 文件 (*.pdf)")
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        content = self.rendered.content

        def saved(_result: object) -> None:
            self.saved_to = path
            self.pages.setText(self.tr("已保存：{path}").format(path=path))

        if self._runner is None:
            try:
                form_service.write_pdf(path, content)
            except Exception as error:  # every failure reaches the user through show_error
                show_error(self, error)
                return
            saved(None)
        else:
            self._runner.run(lambda: form_service.write_pdf(path, content), saved, lambda e: show_error(self, e))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.document.close()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.document.close()
        self._buffer.close()
        super().done(result)
