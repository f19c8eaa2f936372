"""Log-in: user name and password, checked on the worker (argon2 takes ~0.1 s)."""

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
from desktop.services.auth import login
from desktop.services.context import Actor, ServiceContext

from desktop.ui.errors import show_error
from desktop.ui.tasks import TaskRunner


class LoginDialog(QDialog):
    def __init__(
        self, ctx: ServiceContext, runner: TaskRunner, station_name: str, hint: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("登录 — 社工站工作台"))
        self.setMinimumWidth(380)
        title = QLabel(station_name)
        title.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("用户名(&U)"), self.username)
        form.addRow(self.tr("密码(&P)"), self.password)
        self.message = QLabel("")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("登录"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("退出"))
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        if hint:
            hint_label = QLabel(hint)
            hint_label.setWordWrap(True)
            hint_label.setStyleSheet("color: #555;")
            layout.addWidget(hint_label)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def try_login(self) -> None:
        username, password, ctx = self.username.text(), self.password.text(), self._ctx
        if not username.strip() or not password:
            self.message.setText(self.tr("请输入用户名和密码。"))
            return
        self.buttons.setEnabled(False)
        self._runner.run(lambda: login(ctx, username, password), self._done, self._failed)

    def _done(self, actor: Actor) -> None:
        self.actor = actor
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        if isinstance(error, AppError):
            self.message.setText(error.user_message())
        else:
            show_error(self, error)
