"""设置 → 用户 (administrator only): create users, change role/team, deactivate, reset passwords."""

from __future__ import annotations

import secrets

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.clock import to_station
from desktop.domain.codes import ROLES, label
from desktop.i18n import current_language
from desktop.services.admin.users import (
    NewUser,
    UserAccount,
    create_account,
    list_accounts,
    reset_password,
    set_active,
    update_account,
)
from desktop.services.context import ServiceContext

from desktop.ui.shell import dialogs
from desktop.ui.shell.errors import show_error
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.shell.unsaved import UnsavedChangesGuard
from desktop.ui.shell.widgets import CodeCombo
from desktop.ui.tables.dto_table import Column, DtoTableModel
from desktop.ui.tables.view import table_view


def temporary_password() -> str:
    """A readable one-time password for a new user or a reset (no look-alike characters)."""
    alphabet = "abcdefghjkmnpqrstuvwxyz23456789"
    return "".join(secrets.choice(alphabet) for _ in range(10))


class UserTableModel(DtoTableModel[UserAccount]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([], parent)
        language = current_language()
        self._columns = [
            Column(self.tr("用户名"), lambda u: u.username),
            Column(self.tr("姓名"), lambda u: u.display_name),
            Column(self.tr("角色"), lambda u: label(ROLES, u.role, language)),
            Column(self.tr("小组"), lambda u: u.team or "—"),
            Column(self.tr("状态"), self._status),
            Column(
                self.tr("上次登录"),
                lambda u: to_station(u.last_login_at).strftime("%Y-%m-%d %H:%M") if u.last_login_at else "—",
            ),
        ]

    def _status(self, user: UserAccount) -> str:
        if not user.active:
            return self.tr("已停用")
        if user.locked:
            return self.tr("已锁定（登录失败过多）")
        if user.must_change_password:
            return self.tr("待修改密码")
        return self.tr("正常")


class UserDialog(UnsavedChangesGuard, QDialog):
    """New user (with a temporary password) or the role, team and name of an existing one."""

    def __init__(self, user: UserAccount | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("新建用户") if user is None else self.tr("编辑用户"))
        self.setMinimumWidth(420)
        self.username = QLineEdit(user.username if user else "")
        self.username.setEnabled(user is None)
        self.display_name = QLineEdit(user.display_name if user else "")
        self.role = CodeCombo(ROLES)
        self.role.set_value(user.role if user else "caseworker")
        self.team = QLineEdit(user.team if user else "")
        self.team.setPlaceholderText(self.tr("同一小组的社工可以看到彼此的个案"))
        form = QFormLayout()
        form.addRow(self.tr("用户名(&U)"), self.username)
        form.addRow(self.tr("姓名(&N)"), self.display_name)
        form.addRow(self.tr("角色(&R)"), self.role)
        form.addRow(self.tr("小组(&T)"), self.team)
        self.password = ""
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if user is None:
            self.password = temporary_password()
            note = QLabel(
                self.tr(
                    "临时密码：<b style='font-family: monospace; font-size: 16px'>{p}</b><br>"
                    "请当面告知该用户；首次登录时须修改密码。"
                ).format(p=self.password)
            )
            note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save_from_guard(self) -> None:
        self.accept()  # the section saves what an accepted dialog holds

    def new_user(self) -> NewUser:
        return NewUser(
            self.username.text().strip(),
            self.display_name.text().strip(),
            str(self.role.value()),
            self.password,
            self.team.text().strip(),
        )


class UsersSection(QWidget):
    def __init__(self, ctx: ServiceContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self.model = UserTableModel(self)
        self.table = table_view(self.model)
        self.table.doubleClicked.connect(lambda _index: self.edit_user())
        self.new_button = QPushButton(self.tr("新建用户(&N)…"))
        self.edit_button = QPushButton(self.tr("编辑(&E)…"))
        self.active_button = QPushButton(self.tr("停用(&D)"))
        self.reset_button = QPushButton(self.tr("重置密码(&P)…"))
        self.new_button.clicked.connect(self.new_user)
        self.edit_button.clicked.connect(self.edit_user)
        self.active_button.clicked.connect(self.toggle_active)
        self.reset_button.clicked.connect(self.reset)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.active_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        hint = QLabel(
            self.tr(
                "同一小组的社工可以看到彼此的个案；站长看全站个案；系统管理员只管理账户，不能查看个案内容。"
                "用户不能删除，只能停用（停用后不能登录，历史记录保留）。"
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        self._update_buttons()

    def refresh(self) -> None:
        ctx = self._ctx
        self._runner.run(lambda: list_accounts(ctx), self._loaded)

    def _loaded(self, rows: list[UserAccount]) -> None:
        selected = self.selected()
        self.model.set_rows(rows)
        if selected is not None:
            for row, user in enumerate(rows):
                if user.id == selected.id:
                    self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> UserAccount | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        user = self.selected()
        for button in (self.edit_button, self.active_button, self.reset_button):
            button.setEnabled(user is not None)
        self.active_button.setText(self.tr("启用(&A)") if user is not None and not user.active else self.tr("停用(&D)"))

    def _run(self, work: object, done_message: str = "") -> None:
        def finished(_result: object) -> None:
            if done_message:
                dialogs.inform(self, self.tr("用户"), done_message, secret=True)
            self.refresh()

        self._runner.run(work, finished, lambda error: show_error(self, error))  # type: ignore[arg-type]

    def new_user(self) -> None:
        dialog = UserDialog(parent=self)
        if dialog.exec():
            data, ctx = dialog.new_user(), self._ctx
            self._run(lambda: create_account(ctx, data))

    def edit_user(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = UserDialog(user, self)
        if dialog.exec():
            ctx, name, role, team = self._ctx, dialog.display_name.text(), str(dialog.role.value()), dialog.team.text()
            self._run(lambda: update_account(ctx, user.id, display_name=name, role=role, team=team))

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        if user.active and not dialogs.confirm(
            self,
            self.tr("停用用户"),
            self.tr("停用后该用户不能再登录，记录仍保留。确定停用 {u} 吗？").format(u=user.username),
        ):
            return
        ctx = self._ctx
        self._run(lambda: set_active(ctx, user.id, not user.active))

    def reset(self) -> None:
        user = self.selected()
        if user is None:
            return
        password = temporary_password()
        if not dialogs.confirm(
            self,
            self.tr("重置密码"),
            self.tr("为 {u} 设置临时密码并解除锁定？该用户下次登录时须修改密码。").format(u=user.username),
        ):
            return
        ctx = self._ctx
        self._run(
            lambda: reset_password(ctx, user.id, password),
            self.tr("{u} 的临时密码：{p}\n请当面告知该用户。").format(u=user.username, p=password),
        )
