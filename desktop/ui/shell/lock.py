"""Auto-lock after idle time: an application-wide idle watcher, curtains over every window, and a
modal unlock dialog that asks for the current user's password.

Nothing is closed or destroyed while locked: open forms (a half-written visit, a client being
edited) stay exactly as they were behind opaque curtains, and window titles that may name a
client are replaced until the unlock. The unlock dialog is application-modal and is the newest
modal window, so it takes input even when a modal form was open underneath.

From the lock screen a person can also quit the program or let a colleague sign in (切换用户).
Quitting saves open visit forms as drafts and refuses while another form holds unsaved edits;
switching first says how many forms are still open, since what is typed there and not saved is
lost (only the signed-in user can unlock and save it); see desktop/ui/shell/switch_user.py.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import AppError
from desktop.services.auth import record_lock, unlock
from desktop.services.context import ServiceContext

from desktop.ui.shell.errors import show_error
from desktop.ui.shell.tasks import TaskRunner

ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.InputMethod,
    }
)


class IdleWatcher(QObject):
    """Emits `idle` after `minutes` without keyboard, mouse or input-method activity anywhere."""

    idle = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.timer.start()

    def set_minutes(self, minutes: float) -> None:
        self.timer.setInterval(max(1, int(minutes * 60_000)))
        if self.timer.isActive():
            self.timer.start()

    def pause(self) -> None:
        self.timer.stop()

    def resume(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        """Stop watching, for good: the application's event filter must not outlive the window,
        or an event arriving while the window is being destroyed reaches a half-deleted watcher
        (a crash, seen when a second window was opened in the same process)."""
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and self.timer.isActive():
            self.timer.start()
        return False


class Curtain(QWidget):
    """An opaque cover over one window's contents while the screen is locked."""

    def __init__(self, window: QWidget, text: str) -> None:
        super().__init__(window)
        self.setObjectName("lockCurtain")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#lockCurtain { background: #2b3a4a; } QLabel { color: #e8eef4; font-size: 18px; }")
        # The text sits in the upper part: the unlock dialog covers the centre.
        label = QLabel(text)
        label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 80, 0, 0)
        layout.addWidget(label)
        layout.addStretch(1)
        self._window = window
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._window.rect())
            self.raise_()
        return False

    def remove(self) -> None:
        self._window.removeEventFilter(self)
        self.hide()
        self.deleteLater()


class LockDialog(QDialog):
    """Asks for the current user's password; Escape and the close button do nothing until
    `release` (quitting or switching user)."""

    unlocked = Signal()
    quit_requested = Signal()
    switch_requested = Signal()

    def __init__(
        self, ctx: ServiceContext, runner: TaskRunner, idle: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self.setWindowTitle(self.tr("社工站工作台 — 已锁定"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setMinimumWidth(460)
        title = QLabel(self.tr("屏幕已锁定"))
        title.setStyleSheet("font-size: 20px; font-weight: 600;")
        why = (
            self.tr("一段时间无操作，为保护服务对象信息已自动锁定。")
            if idle
            else self.tr("为保护服务对象信息，屏幕已锁定。")
        )
        who = QLabel(
            why
            + "\n"
            + self.tr("{user}（{username}），请输入密码解锁。未保存的内容仍保留在原处。").format(
                user=ctx.actor.display_name, username=ctx.actor.username
            )
        )
        who.setWordWrap(True)
        who.setStyleSheet("font-size: 14px;")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("密码"))
        self.message = QLabel("")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox()
        self.unlock_button = self.buttons.addButton(self.tr("解锁(&U)"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.switch_button = self.buttons.addButton(self.tr("切换用户(&W)"), QDialogButtonBox.ButtonRole.ResetRole)
        self.switch_button.setToolTip(self.tr("退出当前用户，回到登录界面由其他人登录"))
        self.quit_button = self.buttons.addButton(self.tr("退出程序(&Q)"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.switch_button.clicked.connect(self.switch_requested)
        self.quit_button.clicked.connect(self.quit_requested)
        self.password.returnPressed.connect(self.try_unlock)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(who)
        layout.addWidget(self.password)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._closing = False

    def try_unlock(self) -> None:
        password, ctx = self.password.text(), self._ctx
        if not password:
            self._say(self.tr("请输入密码。"))
            return
        self.unlock_button.setEnabled(False)
        self._runner.run(lambda: unlock(ctx, password), self._done, self._failed)

    def _done(self, _result: object) -> None:
        self._closing = True
        self.password.clear()
        self.accept()
        self.unlocked.emit()

    def _failed(self, error: BaseException) -> None:
        self.unlock_button.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        if isinstance(error, AppError):
            self._say(error.user_message())
        else:
            show_error(self, error)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def reject(self) -> None:
        """Escape must not unlock (QDialog's closeEvent also goes through here)."""
        if self._closing:
            super().reject()

    def release(self) -> None:
        """Close for good: the user quits or another user signs in."""
        self._closing = True
        self.password.clear()
        self.reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing:
            super().closeEvent(event)
        else:
            event.ignore()


class ScreenLock(QObject):
    """Locks every window of the application after the idle time, until the password is given."""

    locked_changed = Signal(bool)
    quit_requested = Signal()
    switch_requested = Signal()

    def __init__(self, ctx: ServiceContext, runner: TaskRunner, owner: QWidget, minutes: float) -> None:
        super().__init__(owner)
        self._ctx, self._runner, self._owner = ctx, runner, owner
        self.watcher = IdleWatcher(minutes, self)
        self.watcher.idle.connect(lambda: self.lock(idle=True))
        self.dialog: LockDialog | None = None
        self._curtains: list[Curtain] = []
        self._titles: list[tuple[QWidget, str]] = []

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def lock(self, idle: bool = False) -> None:
        if self.locked:
            return
        self.watcher.pause()
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()  # open menus and combo lists would float above the curtains
        text = self.tr("社工站工作台已锁定")
        for window in QApplication.topLevelWidgets():
            if window.isVisible() and window.isWindow() and not isinstance(window, LockDialog):
                self._curtains.append(Curtain(window, text if window is self._owner else ""))
                self._curtains[-1].show()
                self._titles.append((window, window.windowTitle()))
                window.setWindowTitle(self.tr("社工站工作台（已锁定）"))
        self.dialog = LockDialog(self._ctx, self._runner, idle, self._owner)
        self.dialog.unlocked.connect(self._unlocked)
        self.dialog.quit_requested.connect(self.quit_requested)
        self.dialog.switch_requested.connect(self.switch_requested)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self.dialog.password.setFocus()
        ctx = self._ctx
        self._runner.run(lambda: record_lock(ctx), None, lambda _error: None)
        self.locked_changed.emit(True)

    def _unlocked(self) -> None:
        for curtain in self._curtains:
            curtain.remove()
        for window, title in self._titles:
            window.setWindowTitle(title)
        self._curtains.clear()
        self._titles.clear()
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
        self.watcher.resume()
        self.locked_changed.emit(False)

    def dispose(self) -> None:
        """The signed-in session ends (quit, switch user): uncover, close the dialog, stop watching."""
        dialog = self.dialog
        self._unlocked()
        if dialog is not None:
            dialog.release()
        self.watcher.pause()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.watcher)
