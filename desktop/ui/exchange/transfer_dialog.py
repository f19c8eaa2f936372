"""转移到其他站点: the district moves a client to another station (docs/architecture.md §1, ownership).

The dialog names the station the client belongs to now, offers every other station the district
trusts (a bundle reaches only a trusted peer), asks for the reason and, before anything changes,
asks to confirm with both stations named. The service records the move in the audit log with both
station codes and the reason; a refusal (another installation, a client gone meanwhile) is shown
in the user's language and changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services.context import ServiceContext
from desktop.services.exchange.status import (
    StationChoice,
    TransferOptions,
    TransferResult,
    transfer_client,
    transfer_options,
)

from desktop.ui.shell import dialogs
from desktop.ui.shell.errors import show_error
from desktop.ui.shell.tasks import TaskRunner

MIN_REASON = 2


def station_text(station: StationChoice) -> str:
    if not station.name:
        return station.code
    return QCoreApplication.translate("TransferDialog", "{name}（{code}）").format(name=station.name, code=station.code)


class TransferDialog(QDialog):
    """Opened from a client's page; `moved` holds the result once the transfer is done."""

    def __init__(
        self, ctx: ServiceContext, runner: TaskRunner, client_id: str, client_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx, self._runner, self._client_id, self._client_name = ctx, runner, client_id, client_name
        self.options: TransferOptions | None = None
        self.moved: TransferResult | None = None
        self.setWindowTitle(self.tr("转移到其他站点"))
        self.setMinimumWidth(420)
        self.current = QLabel("…")
        self.current.setWordWrap(True)
        self.station = QComboBox()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("如：迁居到该站点辖区"))
        note = QLabel(
            self.tr(
                "转移后由接收站点负责该服务对象；原站点保留只读的历史记录。"
                "服务对象及其访视记录在下次向接收站点导出数据包时一并发送。"
            )
        )
        note.setWordWrap(True)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("服务对象"), QLabel(client_name))
        form.addRow(self.tr("现属站点"), self.current)
        form.addRow(self.tr("接收站点"), self.station)
        form.addRow(self.tr("转移原因"), self.reason)
        self.buttons = QDialogButtonBox()
        self.transfer_button = self.buttons.addButton(self.tr("转移(&T)"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        self.transfer_button.setEnabled(False)
        self.buttons.accepted.connect(self.transfer)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        runner.run(lambda: transfer_options(ctx, client_id), self._loaded, self._refused)

    def _loaded(self, options: TransferOptions) -> None:
        self.options = options
        self.current.setText(station_text(options.current))
        for choice in options.choices:
            self.station.addItem(station_text(choice), choice.code)
        if not options.choices:
            self._say(self.tr("还没有可以接收的站点：请先在“数据交换”页的“密钥与站点”中信任接收站点的登记文件。"))
        self.transfer_button.setEnabled(bool(options.choices))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.adjustSize()  # a wrapped message needs rows the dialog did not have: grow, not squeeze

    def transfer(self) -> None:
        if self.options is None or self.station.currentIndex() < 0:
            return
        reason = self.reason.text().strip()
        if len(reason) < MIN_REASON:
            self._say(self.tr("请填写转移原因（至少 {n} 个字）。").format(n=MIN_REASON))
            self.reason.setFocus()
            return
        self._say("")
        to_code = str(self.station.currentData())
        receiving = self.options.choices[self.station.currentIndex()]
        question = self.tr("把服务对象 {client} 从 {source} 转移到 {target}？\n\n转移原因：{reason}").format(
            client=self._client_name,
            source=station_text(self.options.current),
            target=station_text(receiving),
            reason=reason,
        )
        if not dialogs.confirm(self, self.tr("确认转移"), question):
            return
        self.transfer_button.setEnabled(False)
        ctx, client_id = self._ctx, self._client_id
        self._runner.run(lambda: transfer_client(ctx, client_id, to_code, reason), self._done, self._refused)

    def _done(self, result: TransferResult) -> None:
        self.moved = result
        target = self.options.choices[self.station.currentIndex()] if self.options else None
        dialogs.inform(
            self,
            self.tr("已转移"),
            self.tr("已转移到 {target}，下次向该站点导出数据包时一并发送。").format(
                target=station_text(target) if target else result.to_station
            ),
        )
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.transfer_button.setEnabled(self.options is not None and bool(self.options.choices))
        show_error(self, error)


def open_transfer(
    parent: QWidget,
    ctx: ServiceContext,
    runner: TaskRunner,
    client_id: str,
    client_name: str,
    moved: Callable[[str], None],
) -> TransferDialog:
    """Open the dialog (window-modal); `moved(client_id)` once the client has been transferred."""
    dialog = TransferDialog(ctx, runner, client_id, client_name, parent)

    def finished(_result: int) -> None:
        if dialog.moved is not None:
            moved(dialog.moved.client_id)

    dialog.finished.connect(finished)
    dialog.open()
    return dialog
