"""从 Excel 导入: file and kind → sheet and column mapping → check (dry run) → import → summary.

Every service call runs on the TaskRunner's worker; a page waits (isComplete false) until its
reply arrives. The check page lists each problem with the row number Excel shows, the column
letter and header, and the message; the import writes the valid rows in one transaction.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.domain.sheets.fields import KIND_LABELS, KINDS
from desktop.i18n import mark
from desktop.services.context import ServiceContext
from desktop.services.permissions import allowed
from desktop.services.sheets.export import export_rows
from desktop.services.sheets.importer import KIND_PERMISSION, ImportReport, SheetPreview, import_sheet, inspect_sheet

from desktop.ui.shell import dialogs
from desktop.ui.shell.errors import show_error
from desktop.ui.shell.tasks import TaskRunner

PROBLEM_COLOURS = {"error": "#b3261e", "duplicate": "#8a5a00", "notice": "#44546a"}


def _item(text: object, *, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem("" if text is None else str(text))
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def kind_label(kind: str) -> str:
    """The kind's caption in the interface language (the domain list holds only the Chinese: in
    English the wizard offered "服务对象")."""
    return QCoreApplication.translate("ImportWizard", KIND_LABELS[kind])


# The captions above, marked so that tools/translations.py collects them for translation.
_KIND_CAPTIONS = (
    mark("ImportWizard", "服务对象"),
    mark("ImportWizard", "访视记录"),
    mark("ImportWizard", "志愿者"),
    mark("ImportWizard", "志愿服务时长"),
)


class _Page(QWizardPage):
    def wizard_(self) -> ImportWizard:
        return self.wizard()  # type: ignore[return-value]


class FilePage(_Page):
    def __init__(self, kinds: list[str]) -> None:
        super().__init__()
        self.setTitle(self.tr("选择文件"))
        self.setSubTitle(self.tr("选择要导入的台账（.xlsx 或 .csv）和其中记录的内容。"))
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("台账文件的位置"))
        browse = QPushButton(self.tr("浏览(&B)…"))
        browse.clicked.connect(self._browse)
        self.kind = QComboBox()
        for kind in kinds:
            self.kind.addItem(kind_label(kind), kind)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout()
        caption = QLabel(self.tr("文件(&F)"))
        caption.setBuddy(self.path)  # addRow gives a layout's caption no buddy: its "&" showed as text
        form.addRow(caption, row)
        form.addRow(self.tr("导入内容(&K)"), self.kind)
        guide = QLabel(
            self.tr(
                "导入分三步：先找到表头并核对每一列，再逐行检查（这一步不写入任何数据），最后一次性导入没有问题的行。\n\n"
                "• 表头可以在标题行、空行之下；常见列名（姓名、身份证号、联系电话、居委会、随访日期、服务时长……）会自动识别。\n"
                "• 日期可写成 2023-5-6、2023/05/06、2023年5月6日、20230506 或 Excel 日期；全角数字、15位旧身份证号都可以。\n"
                "• 有问题的行会列出行号和列；改正后可以再导入同一个文件，已导入的行会被识别为重复，不会重复写入。"
            )
        )
        guide.setWordWrap(True)
        guide.setStyleSheet("color: #44546a; margin-top: 12px;")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(guide)
        layout.addStretch(1)
        self.path.textChanged.connect(self.completeChanged)

    def _browse(self) -> None:
        chosen = dialogs.choose_open_path(
            self, self.tr("选择台账文件"), "", self.tr("表格文件 (*.xlsx *.xlsm *.csv);;所有文件 (*)")
        )
        if chosen:
            self.path.setText(chosen)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip()) and Path(self.path.text().strip()).is_file()


class MappingPage(_Page):
    """Sheet choice and the table of detected header → field, each field a combo to correct."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("工作表与列"))
        self.sheet = QComboBox()
        self.info = QLabel("")
        self.info.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("列"), self.tr("表头"), self.tr("导入为")])
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        form = QFormLayout()
        form.addRow(self.tr("工作表(&S)"), self.sheet)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.info)
        layout.addWidget(self.table, 1)
        self.preview: SheetPreview | None = None
        self._loading = False
        self.sheet.activated.connect(lambda _i: self._inspect(self.sheet.currentText()))

    def initializePage(self) -> None:
        self.preview = None
        self.sheet.clear()
        self.table.setRowCount(0)
        self._inspect(None)

    def _inspect(self, sheet: str | None) -> None:
        wizard = self.wizard_()
        self._loading = True
        self.info.setText(self.tr("正在读取表格…"))
        self.completeChanged.emit()
        path, kind = wizard.path(), wizard.kind()
        wizard.runner.run(lambda: inspect_sheet(wizard.ctx, path, kind, sheet), self._show, self._failed)

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        self.info.setText(self.tr("无法使用该文件，请返回重新选择。"))
        show_error(self, error)
        self.completeChanged.emit()

    def _show(self, preview: SheetPreview) -> None:
        self._loading = False
        self.preview = preview
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(list(preview.sheet_names))
        self.sheet.setCurrentText(preview.sheet)
        self.sheet.blockSignals(False)
        text = self.tr(
            "表头在第 {row} 行，下面约有 {count} 行数据。请核对每一列导入为哪一项；不需要的列选“不导入”。"
        ).format(row=preview.header_row, count=preview.data_rows)
        if preview.missing_required:
            text += " " + self.tr("缺少必需的列：{names}。").format(names="、".join(preview.missing_required))
        self.info.setText(text)
        fields = KINDS[preview.kind]
        self.table.setRowCount(len(preview.columns))
        for row, column in enumerate(preview.columns):
            self.table.setItem(row, 0, _item(column.column))
            self.table.setItem(row, 1, _item(column.header or self.tr("（空）")))
            combo = QComboBox()
            combo.addItem(self.tr("不导入"), "")
            for field in fields:
                combo.addItem(field.label + (self.tr("（必填）") if field.required else ""), field.key)
            combo.setCurrentIndex(max(combo.findData(column.field), 0))
            combo.currentIndexChanged.connect(self.completeChanged)
            self.table.setCellWidget(row, 2, combo)
        self.table.resizeRowsToContents()
        self.completeChanged.emit()

    def mapping(self) -> dict[int, str]:
        result: dict[int, str] = {}
        if self.preview is None:
            return result
        for row, column in enumerate(self.preview.columns):
            combo = self.table.cellWidget(row, 2)
            if isinstance(combo, QComboBox) and combo.currentData():
                result[column.index] = str(combo.currentData())
        return result

    def isComplete(self) -> bool:
        if self._loading or self.preview is None:
            return False
        chosen = list(self.mapping().values())
        required = {field.key for field in KINDS[self.preview.kind] if field.required}
        return len(chosen) == len(set(chosen)) and required <= set(chosen) and bool(chosen)


class CheckPage(_Page):
    """The dry run: every problem by row and column, then the commit button imports the rest."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("检查结果"))
        self.setCommitPage(True)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("行"), self.tr("列"), self.tr("表头"), self.tr("类别"), self.tr("说明")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.save_problems = QPushButton(self.tr("导出问题清单(&E)…"))
        self.save_problems.setEnabled(False)
        self.save_problems.clicked.connect(self._save_problems)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_problems)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.report: ImportReport | None = None
        self.lines: list[list[object]] = []

    def initializePage(self) -> None:
        wizard = self.wizard_()
        self.report = None
        self.table.setRowCount(0)
        self.summary.setText(self.tr("正在逐行检查，尚未写入任何数据…"))
        self.completeChanged.emit()
        path, kind, sheet, mapping = wizard.path(), wizard.kind(), wizard.sheet(), wizard.mapping()
        wizard.runner.run(
            lambda: import_sheet(wizard.ctx, path, kind, sheet=sheet, mapping=mapping, dry_run=True),
            self._show,
            self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        self.summary.setText(self.tr("检查未能完成，数据未作任何改动。"))
        show_error(self, error)

    def _show(self, report: ImportReport) -> None:
        self.report = report
        self.summary.setText(
            self.tr(
                "共 {rows} 行数据：可导入 {valid} 行；{errors} 行有问题，{dups} 行与已有记录或前面的行重复，这些行不会导入。"
                "问题行请在表格中改正后再导入一次。"
            ).format(rows=report.rows, valid=report.valid, errors=len(report.error_rows), dups=len(report.duplicates))
        )
        lines: list[tuple[int, str, str, str, str, str]] = []
        for issue in report.errors:
            lines.append((issue.row, issue.column, issue.header, "error", self.tr("错误"), issue.message))
        for dup in report.duplicates:
            lines.append(
                (dup["row"], dup["column"], dup["header"], "duplicate", self.tr("重复"), self._duplicate_text(dup))
            )
        for notice in report.notices:
            lines.append((notice.row, notice.column, notice.header, "notice", self.tr("提示"), notice.message))
        lines.sort(key=lambda line: (line[0], line[3] != "error", line[1]))
        self.lines = [[number, column, header, label, message] for number, column, header, _k, label, message in lines]
        self.save_problems.setEnabled(bool(lines))
        self.table.setRowCount(len(lines))
        for row, (number, column, header, kind, kind_label, message) in enumerate(lines):
            cells = (_item(number, align_right=True), _item(column), _item(header), _item(kind_label), _item(message))
            for index, cell in enumerate(cells):
                if index == 3:
                    cell.setForeground(QColor(PROBLEM_COLOURS[kind]))
                self.table.setItem(row, index, cell)
        self.table.resizeRowsToContents()
        wizard = self.wizard_()
        wizard.setButtonText(QWizard.WizardButton.CommitButton, self.tr("导入 {n} 行(&I)").format(n=report.valid))
        self.completeChanged.emit()

    def problems_path(self) -> str:
        path = dialogs.choose_save_path(
            self,
            self.tr("导出问题清单"),
            self.tr("导入问题清单.xlsx"),
            self.tr("Excel 工作簿 (*.xlsx)"),
        )
        if path is None:
            return ""
        return path if not path or path.lower().endswith(".xlsx") else path + ".xlsx"

    def _save_problems(self) -> None:
        """The problem list as a workbook, to fix the register row by row."""
        path = self.problems_path()
        if not path:
            return
        wizard = self.wizard_()
        headers = [self.tr("行"), self.tr("列"), self.tr("表头"), self.tr("类别"), self.tr("说明")]
        title, rows = self.tr("导入问题清单"), list(self.lines)
        wizard.runner.run(
            lambda: export_rows(wizard.ctx, title, headers, rows, path),
            lambda result: dialogs.inform(
                self, self.tr("导出完成"), self.tr("问题清单已保存到\n{path}").format(path=result.path)
            ),
            lambda error: show_error(self, error),
        )

    def _duplicate_text(self, dup: dict[str, Any]) -> str:
        by = {
            "id_number": self.tr("身份证号相同"),
            "volunteer_no": self.tr("志愿者编号相同"),
            "name_birth": self.tr("姓名和出生日期相同"),
            "client_date_mode": self.tr("同一服务对象、同一天、同一随访形式"),
            "volunteer_check_in": self.tr("同一志愿者、同一签到时间"),
        }.get(dup["by"], "")
        if dup["matches"] == "existing":
            return self.tr("系统中已有此记录（{by}），不再导入。").format(by=by)
        return self.tr("与第 {row} 行重复（{by}），不再导入。").format(row=dup["first_row"], by=by)

    def isComplete(self) -> bool:
        return self.report is not None and self.report.valid > 0


class DonePage(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("导入完成"))
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        QVBoxLayout(self).addWidget(self.summary)
        self.report: ImportReport | None = None
        self._failed_once = False

    def initializePage(self) -> None:
        wizard = self.wizard_()
        self.summary.setText(self.tr("正在导入，请稍候…"))
        path, kind, sheet, mapping = wizard.path(), wizard.kind(), wizard.sheet(), wizard.mapping()
        wizard.runner.run(
            lambda: import_sheet(wizard.ctx, path, kind, sheet=sheet, mapping=mapping), self._show, self._failed
        )

    def _failed(self, error: BaseException) -> None:
        self._failed_once = True
        self.summary.setText(self.tr("导入未能完成，数据未作任何改动。"))
        show_error(self, error)
        self.completeChanged.emit()

    def _show(self, report: ImportReport) -> None:
        self.report = report
        skipped = len(report.error_rows) + len(report.duplicates)
        self.summary.setText(
            self.tr("已导入 {n} 行{kind}。{skipped} 行因有问题或重复未导入。").format(
                n=report.imported, kind=kind_label(report.kind), skipped=skipped
            )
            + "\n\n"
            + self.tr("有问题的行请在表格中改正后再导入同一个文件：已导入的行会被识别为重复，不会重复写入。")
        )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.report is not None or self._failed_once


class ImportWizard(QWizard):
    def __init__(self, ctx: ServiceContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.setWindowTitle(self.tr("从 Excel 导入"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(820, 600)
        kinds = [kind for kind in KINDS if allowed(ctx.actor.role, KIND_PERMISSION[kind])]
        self.file_page = FilePage(kinds)
        self.mapping_page = MappingPage()
        self.check_page = CheckPage()
        self.done_page = DonePage()
        for page in (self.file_page, self.mapping_page, self.check_page, self.done_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步(&N) >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< 上一步(&B)"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("完成"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("取消"))

    def path(self) -> str:
        return self.file_page.path.text().strip()

    def kind(self) -> str:
        return str(self.file_page.kind.currentData())

    def sheet(self) -> str | None:
        preview = self.mapping_page.preview
        return preview.sheet if preview is not None else None

    def mapping(self) -> dict[int, str]:
        return self.mapping_page.mapping()

    @property
    def report(self) -> Any:
        return self.done_page.report
