"""Log-in as a dialog (the kiosk asks a coordinator to sign in before it closes): the main
window's sign-in panel, checked on the worker (argon2 takes ~0.1 s)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from desktop.errors import AppError
from desktop.services.auth import login
from desktop.services.context import Actor, ServiceContext

from desktop.ui.shell.errors import show_error
from desktop.ui.shell.sign_in import SignInPanel
from desktop.ui.shell.tasks import TaskRunner


class LoginDialog(QDialog):
    def __init__(
        self, ctx: ServiceContext, runner: TaskRunner, station_name: str, hint: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("登录 — 社工站工作台"))
        self.panel = SignInPanel(station_name, hint)
        self.username, self.password = self.panel.username, self.panel.password
        self.message, self.buttons = self.panel.message, self.panel.buttons
        self.panel.submitted.connect(self._check)
        self.panel.quit_requested.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)
        self.setFocusProxy(self.panel)

    def _check(self, username: str, password: str) -> None:
        ctx = self._ctx
        self._runner.run(lambda: login(ctx, username, password), self._done, self._failed)

    def _done(self, actor: Actor) -> None:
        self.actor = actor
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, AppError):
            self.panel.refuse(error.user_message())
        else:
            self.panel.set_busy(False)
            show_error(self, error)
