"""设置 → 账户与安全: change one's own password; for the lead and the administrator, the idle
minutes before auto-lock and whether caseworkers see every case of the station."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.admin.security import (
    MAX_IDLE_MINUTES,
    MIN_IDLE_MINUTES,
    SecuritySettings,
    security_settings,
    update_security_settings,
)
from desktop.services.context import ServiceContext
from desktop.services.permissions import allowed

from desktop.ui.shell import dialogs
from desktop.ui.shell.errors import show_error
from desktop.ui.shell.password_dialog import ChangePasswordDialog
from desktop.ui.shell.tasks import TaskRunner


class SecuritySection(QWidget):
    settings_changed = Signal(object)

    def __init__(self, ctx: ServiceContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        account = QGroupBox(self.tr("我的账户"))
        account_layout = QHBoxLayout(account)
        account_layout.addWidget(
            QLabel(self.tr("当前用户：{u}（{n}）").format(u=ctx.actor.username, n=ctx.actor.display_name))
        )
        account_layout.addStretch(1)
        self.password_button = QPushButton(self.tr("修改密码(&W)…"))
        self.password_button.clicked.connect(self.change_password)
        account_layout.addWidget(self.password_button)

        self.station = QGroupBox(self.tr("本站安全设置"))
        form = QFormLayout(self.station)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)
        self.idle_minutes.setSuffix(self.tr(" 分钟"))
        self.idle_minutes.setMinimumWidth(120)
        self.see_station = QCheckBox(self.tr("社工可查看本站全部个案"))
        # The alternative in a wrapping line of its own: a check box's caption never wraps, and in
        # English the whole sentence made the settings page scroll sideways (issue 19).
        otherwise = QLabel(self.tr("不勾选时，社工只看本人及同组的个案。"))
        otherwise.setWordWrap(True)
        self.save_button = QPushButton(self.tr("保存设置(&S)"))
        self.save_button.clicked.connect(self.save)
        form.addRow(self.tr("无操作自动锁定(&L)"), self.idle_minutes)
        form.addRow("", self.see_station)
        form.addRow("", otherwise)
        form.addRow("", self.save_button)
        can_configure = allowed(ctx.actor.role, "security.configure")
        self.station.setEnabled(can_configure)
        self.station.setVisible(can_configure)

        layout = QVBoxLayout(self)
        layout.addWidget(account)
        layout.addWidget(self.station)
        layout.addStretch(1)

    def refresh(self) -> None:
        ctx = self._ctx
        self._runner.run(lambda: security_settings(ctx), self._show)

    def _show(self, settings: SecuritySettings) -> None:
        self.idle_minutes.setValue(settings.idle_lock_minutes)
        self.see_station.setChecked(settings.caseworkers_see_station)

    def save(self) -> None:
        ctx = self._ctx
        wanted = SecuritySettings(self.idle_minutes.value(), self.see_station.isChecked())

        def done(saved: SecuritySettings) -> None:
            dialogs.inform(self, self.tr("安全设置"), self.tr("设置已保存。"))
            self.settings_changed.emit(saved)

        self._runner.run(lambda: update_security_settings(ctx, wanted), done, lambda e: show_error(self, e))

    def change_password(self) -> None:
        dialog = ChangePasswordDialog(self._ctx, self._runner, parent=self)
        if dialog.exec():
            dialogs.inform(self, self.tr("修改密码"), self.tr("密码已修改，下次登录请使用新密码。"))
