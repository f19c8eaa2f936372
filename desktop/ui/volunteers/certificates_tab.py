"""服务证明: the register of 志愿服务记录证明 — issue (numbered, from the ledger), void with a reason,
print (the preview prints or saves a PDF). Issuing first asks for the issuer fields still empty."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
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

from desktop.domain.clock import station_today
from desktop.services.context import ServiceContext
from desktop.services.volunteers import certificates as certificate_service
from desktop.services.volunteers import settings as volunteer_settings
from desktop.services.volunteers.certificates import CertificateRequest, CertificateRow
from desktop.services.volunteers.register import VolunteerSummary, search_volunteers
from desktop.services.volunteers.settings import IssuerSettings

from desktop.ui.printing.printer import Printer
from desktop.ui.shell import dialogs
from desktop.ui.shell.errors import show_error
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.shell.unsaved import UnsavedChangesGuard
from desktop.ui.shell.widgets import DateEdit
from desktop.ui.tables.view import enable_with_selection, table_view
from desktop.ui.volunteers.issuer_dialog import IssuerDialog, missing_issuer_fields
from desktop.ui.volunteers.models import CertificateModel

PICK_LIMIT = 50  # volunteers listed to pick from; typing narrows the list


class CertificatesTab(QWidget):
    def __init__(self, ctx: ServiceContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self.model = CertificateModel(self)
        self.table = table_view(self.model)
        self.printer = Printer(ctx, runner, self)
        issue = QPushButton(self.tr("出具证明(&I)…"))
        void = QPushButton(self.tr("作废(&X)…"))
        print_button = QPushButton(self.tr("打印(&P)…"))
        print_button.setToolTip(self.tr("打印所选证明：先预览，再打印或另存为 PDF"))
        self.full_id = QCheckBox(self.tr("打印完整证件号码(&U)"))
        self.full_id.setToolTip(self.tr("交给志愿者本人的证明需要完整证件号码；留档或公示用脱敏版本"))
        issuer = QPushButton(self.tr("出具单位信息(&O)…"))
        issue.clicked.connect(self.issue)
        void.clicked.connect(self.void)
        print_button.clicked.connect(self.print_selected)
        issuer.clicked.connect(self.edit_issuer)
        enable_with_selection(self.table, void, print_button)
        buttons = QHBoxLayout()
        buttons.addWidget(issue)
        buttons.addWidget(void)
        buttons.addWidget(print_button)
        buttons.addWidget(self.full_id)
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
        """Issue a certificate; when an issuer field is empty, ask for it first (naming it)."""
        ctx = self._ctx
        self._runner.run(lambda: volunteer_settings.issuer_settings(ctx), self._issue_with)

    def _issue_with(self, current: IssuerSettings) -> None:
        missing = missing_issuer_fields(current)
        if not missing:
            self._open_issue_dialog()
            return
        dialog = IssuerDialog(current, missing, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save_issuer(dialog.value(), then_issue=True))
        dialog.open()

    def _open_issue_dialog(self) -> None:
        dialog = IssueDialog(self._ctx, self._runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._issued(dialog.issued))
        dialog.open()

    def _issued(self, issued: CertificateRow | None) -> None:
        self.refresh()
        if issued is not None:
            dialogs.inform(self, self.tr("已出具"), self.tr("证明编号 {number}").format(number=issued.number))

    def print_selected(self) -> None:
        row = self.selected()
        if row is None:
            dialogs.inform(self, self.tr("打印证明"), self.tr("请先在列表中选择要打印的证明。"))
            return
        if row.status == "void":
            dialogs.warn(self, self.tr("打印证明"), self.tr("{number} 已作废，不能打印。").format(number=row.number))
            return
        from desktop.services.forms.volunteer import print_certificate

        unmasked = self.full_id.isChecked()
        volunteer_id, certificate_id = row.volunteer_id, row.id
        self.printer.preview(
            lambda ctx: print_certificate(ctx, volunteer_id, certificate_id=certificate_id, unmasked=unmasked),
            self.tr("志愿服务记录证明 {number}").format(number=row.number),
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
        dialog = IssuerDialog(current, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save_issuer(dialog.value(), then_issue=False))
        dialog.open()

    def _save_issuer(self, value: IssuerSettings, *, then_issue: bool) -> None:
        ctx = self._ctx
        self._runner.run(
            lambda: volunteer_settings.set_issuer_settings(ctx, value),
            lambda _r: self._open_issue_dialog() if then_issue else None,
            lambda error: show_error(self, error),
        )


class IssueDialog(UnsavedChangesGuard, QDialog):
    """Choose a volunteer and the period; the hours come from the ledger (countable entries only)."""

    def __init__(self, ctx: ServiceContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self.issued: CertificateRow | None = None
        self.setWindowTitle(self.tr("出具志愿服务记录证明"))
        self.setMinimumWidth(480)
        today = station_today()
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

    def save_from_guard(self) -> None:
        self.issue()

    def _search(self, text: str) -> None:
        ctx = self._ctx
        self._runner.run(lambda: search_volunteers(ctx, text, limit=PICK_LIMIT), self._found)

    def _found(self, rows: list[VolunteerSummary]) -> None:
        self.people.clear()
        for row in rows:
            item = QListWidgetItem(
                self.tr("{name}　{phone}　{status}").format(
                    name=row.name, phone=row.phone_masked, status=row.status_label
                )
            )
            item.setData(256, row.id)
            self.people.addItem(item)
        if rows:
            self.people.setCurrentRow(0)
        if len(rows) >= PICK_LIMIT:  # a search's best matches: say that there are more
            more = QListWidgetItem(self.tr("…只列出前 {n} 位，请输入姓名或手机尾号缩小范围").format(n=PICK_LIMIT))
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            self.people.addItem(more)

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
