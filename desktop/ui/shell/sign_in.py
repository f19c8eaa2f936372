"""The sign-in the main window shows first: user name and password on a card in the middle.

Only Qt here: the window shows it before the database layer has loaded (docs/architecture.md §8 cold start),
and `desktop.ui.startup.opening` does the checking.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class SignInPanel(QWidget):
    """Emits `submitted(username, password)`; `quit_requested` for 退出."""

    submitted = Signal(str, str)
    quit_requested = Signal()

    def __init__(self, station_name: str, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        card = QFrame()
        card.setObjectName("signInCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setFixedWidth(420)
        card.setStyleSheet("#signInCard { background: palette(base); border-radius: 6px; }")
        title = QLabel(station_name)
        title.setStyleSheet("font-size: 18px; font-weight: 600;")
        title.setWordWrap(True)
        subtitle = QLabel(self.tr("社工站工作台 — 请登录"))
        subtitle.setStyleSheet("color: #555;")
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.username.returnPressed.connect(self._next_or_submit)
        self.password.returnPressed.connect(self.submit)
        form = QFormLayout()
        form.addRow(self.tr("用户名(&U)"), self.username)
        form.addRow(self.tr("密码(&P)"), self.password)
        self.message = QLabel("")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        # Not the constructor that takes the buttons: choosing among its overloads builds the Qt
        # namespace's enums (≈ 30 ms) before the window could show (docs/architecture.md §8).
        self.buttons = QDialogButtonBox()
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.sign_in_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_in_button.setText(self.tr("登录"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("退出"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.quit_requested)

        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 20)
        inner.setSpacing(12)
        inner.addWidget(title)
        inner.addWidget(subtitle)
        inner.addLayout(form)
        if hint:
            hint_label = QLabel(hint)
            hint_label.setWordWrap(True)
            hint_label.setStyleSheet("color: #555;")
            inner.addWidget(hint_label)
        inner.addWidget(self.message)
        inner.addWidget(self.buttons)
        # Stretches rather than an alignment flag: an aligned widget is sized by its plain size
        # hint, which ignores the wrapped hint text's height and squeezes the fields.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.setFocusProxy(self.username)

    def _next_or_submit(self) -> None:
        if self.password.text():
            self.submit()
        else:
            self.password.setFocus()

    def submit(self) -> None:
        if not self.sign_in_button.isEnabled():
            return  # one check at a time: Enter pressed twice must not queue a second attempt
        username, password = self.username.text(), self.password.text()
        if not username.strip() or not password:
            self.message.setText(self.tr("请输入用户名和密码。"))
            return
        self.set_busy(True)
        self.submitted.emit(username, password)

    def set_busy(self, busy: bool) -> None:
        self.sign_in_button.setEnabled(not busy)
        self.username.setReadOnly(busy)
        self.password.setReadOnly(busy)
        if busy:
            self.message.setText("")
        self.sign_in_button.setText(self.tr("正在登录…") if busy else self.tr("登录"))

    def refuse(self, message: str) -> None:
        """The check failed: say why, clear the password and let the user try again."""
        self.set_busy(False)
        self.message.setText(message)
        self.password.clear()
        self.password.setFocus()
