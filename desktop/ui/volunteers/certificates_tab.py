"""服务证明: the register of 志愿服务记录证明 — issue (numbered, from the ledger), void with a reason.
The printed certificate comes with the printing issue; this tab keeps the register."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.context import ServiceContext
from desktop.services.volunteers import certificates as certificate_service
from desktop.services.volunteers import settings as volunteer_settings
from desktop.services.volunteers.certificates import CertificateRequest, CertificateRow
from desktop.services.volunteers.register import VolunteerSummary, search_volunteers
from desktop.services.volunteers.settings import IssuerSettings

from desktop.ui.shell import dialogs
from desktop.ui.shell.errors import show_error
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.shell.widgets import DateEdit
from desktop.ui.tables.view import enable_with_selection, table_view
from desktop.ui.volunteers.models import CertificateModel


class CertificatesTab(QWidget):
    def __init__(self, ctx: ServiceContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self.model = CertificateModel(self)
        self.table = table_view(self.model)
        issue = QPushButton(self.tr("出具证明(&I)…"))
        void = QPushButton(self.tr("作废(&X)…"))
        issuer = QPushButton(self.tr("出具单位信息(&O)…"))
        issue.clicked.connect(self.issue)
        void.clicked.connect(self.void)
        issuer.clicked.connect(self.edit_issuer)
        enable_with_selection(self.table, void)
        buttons = QHBoxLayout()
        buttons.addWidget(issue)
        buttons.addWidget(void)
        buttons.addStretch(1)
        buttons.addWidget(issuer)
        note = QLabel(self.tr("证明编号按“站点代码-年份-序号”连续编号，作废的编号不再使用。"))
        note.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)

    def refresh(self) -> None:
        ctx = self._ctx
        self._runner.run(lambda: certificate_service.list_certificates(ctx), self.model.set_rows)

    def selected(self) -> CertificateRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def issue(self) -> None:
        dialog = IssueDialog(self._ctx, self._runner, self)
        if dialog.exec():
            self.refresh()
            if dialog.issued is not None:
                dialogs.inform(
                    self, self.tr("已出具"), self.tr("证明编号 {number}").format(number=dialog.issued.number)
                )

    def void(self) -> None:
        row = self.selected()
        if row is None or row.status == "void":
            return
        reason = dialogs.ask_text(
            self, self.tr("作废证明"), self.tr("作废 {number} 的原因（必填）：").format(number=row.number)
        )
        if reason is not None:
            ctx, certificate_id = self._ctx, row.id
            self._runner.run(
                lambda: certificate_service.void_certificate(ctx, certificate_id, reason),
                lambda _r: self.refresh(),
                lambda error: show_error(self, error),
            )

    def edit_issuer(self) -> None:
        ctx = self._ctx
        self._runner.run(lambda: volunteer_settings.issuer_settings(ctx), self._edit_issuer)

    def _edit_issuer(self, current: IssuerSettings) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("出具单位信息"))
        fields = [QLineEdit(v) for v in (current.organisation, current.responsible_person, current.contact)]
        project = QLineEdit(current.project_name)
        form = QFormLayout()
        for label, edit in zip((self.tr("出具主体名称"), self.tr("负责人"), self.tr("联系方式")), fields, strict=True):
            form.addRow(label, edit)
        form.addRow(self.tr("上海志愿者网项目名称"), project)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addLayout(form)
        layout.addWidget(buttons)
        if dialog.exec():
            value = IssuerSettings(*(f.text() for f in fields), project.text())
            ctx = self._ctx
            self._runner.run(lambda: volunteer_settings.set_issuer_settings(ctx, value), None)


class IssueDialog(QDialog):
    """Choose a volunteer and the period; the hours come from the ledger (countable entries only)."""

    def __init__(self, ctx: ServiceContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self.issued: CertificateRow | None = None
        self.setWindowTitle(self.tr("出具志愿服务记录证明"))
        self.setMinimumWidth(480)
        today = dt.date.today()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("查找志愿者：姓名、拼音首字母或手机尾号"))
        self.search.textChanged.connect(self._search)
        self.people = QListWidget()
        self.period_from = DateEdit(today.replace(month=1, day=1))
        self.period_to = DateEdit(today)
        self.summary = QLineEdit()
        self.summary.setPlaceholderText(self.tr("服务内容概述，如：社工站前台接待、康复活动协助"))
        self.notes = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("志愿者(&V)"), self.search)
        form.addRow("", self.people)
        form.addRow(self.tr("服务期间自(&F)"), self.period_from)
        form.addRow(self.tr("至(&T)"), self.period_to)
        form.addRow(self.tr("服务内容(&C)"), self.summary)
        form.addRow(self.tr("备注"), self.notes)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("出具"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.issue)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._search("")

    def _search(self, text: str) -> None:
        ctx = self._ctx
        self._runner.run(lambda: search_volunteers(ctx, text, limit=50), self._found)

    def _found(self, rows: list[VolunteerSummary]) -> None:
        self.people.clear()
        for row in rows:
            item = QListWidgetItem(f"{row.name}　{row.phone_masked}　{row.status_label}")
            item.setData(256, row.id)
            self.people.addItem(item)
        if rows:
            self.people.setCurrentRow(0)

    def issue(self) -> None:
        item = self.people.currentItem()
        if item is None:
            return
        request = CertificateRequest(
            item.data(256), self.period_from.value(), self.period_to.value(), self.summary.text(), self.notes.text()
        )
        ctx = self._ctx
        self.buttons.setEnabled(False)
        self._runner.run(lambda: certificate_service.issue_certificate(ctx, request), self._issued, self._failed)

    def _issued(self, row: CertificateRow) -> None:
        self.issued = row
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_error(self, error)
