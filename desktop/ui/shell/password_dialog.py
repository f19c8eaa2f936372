"""Change one's own password: old password, new password twice; checked on the worker."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import AppError
from desktop.services.auth import MIN_PASSWORD_LENGTH, change_password
from desktop.services.context import ServiceContext

from desktop.ui.shell.errors import show_error
from desktop.ui.shell.tasks import TaskRunner


class ChangePasswordDialog(QDialog):
    def __init__(
        self, ctx: ServiceContext, runner: TaskRunner, *, forced: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self.setWindowTitle(self.tr("修改密码"))
        self.setMinimumWidth(400)
        self.old = QLineEdit()
        self.new = QLineEdit()
        self.repeat = QLineEdit()
        for edit in (self.old, self.new, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("临时密码(&O)") if forced else self.tr("当前密码(&O)"), self.old)
        form.addRow(self.tr("新密码(&N)"), self.new)
        form.addRow(self.tr("再次输入新密码(&R)"), self.repeat)
        intro = QLabel(
            self.tr("您正在使用管理员设置的临时密码。请先设置一个只有您知道的新密码（至少 {n} 个字符）。").format(
                n=MIN_PASSWORD_LENGTH
            )
            if forced
            else self.tr("新密码至少 {n} 个字符。").format(n=MIN_PASSWORD_LENGTH)
        )
        intro.setWordWrap(True)
        self.message = QLabel("")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("修改"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("退出程序") if forced else self.tr("取消")
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        old, new = self.old.text(), self.new.text()
        if new != self.repeat.text():
            self.message.setText(self.tr("两次输入的新密码不一致。"))
            self.repeat.clear()
            self.repeat.setFocus()
            return
        ctx = self._ctx
        self.buttons.setEnabled(False)
        self._runner.run(lambda: change_password(ctx, old, new), lambda _r: self.accept(), self._failed)

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, AppError):
            self.message.setText(error.user_message())
        else:
            show_error(self, error)
