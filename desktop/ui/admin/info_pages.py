"""Pages that show real installation facts (设置), plus the text pages for capabilities that arrive
in later releases (they say what is coming and show no invented data). 工作台 is dashboard_page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop import __version__
from desktop.services.admin.info import InstallationInfo, installation_info
from desktop.services.context import ServiceContext
from desktop.services.permissions import allowed

from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.shell.widgets import sized_by_current


class SettingsPage(QWidget):
    """设置: this installation's identity and where its data lives; account and security; the
    administrator's users; backups and restore — each tab only for the roles that may use it."""

    def __init__(self, ctx: ServiceContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from desktop.ui.admin.backup_section import BackupSection
        from desktop.ui.admin.language_section import LanguageSection
        from desktop.ui.admin.security_section import SecuritySection
        from desktop.ui.admin.users_section import UsersSection

        self._ctx, self._runner = ctx, runner
        heading = QLabel(self.tr("设置"))
        heading.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.tabs = QTabWidget()
        self.security = SecuritySection(ctx, runner)
        self.users: UsersSection | None = None
        self.backups: BackupSection | None = None
        machine = QWidget()
        box = QGroupBox(self.tr("本机"))
        self.form = QFormLayout(box)
        self.values: dict[str, QLabel] = {}
        for key, caption in (
            ("name", self.tr("站点名称")),
            ("code", self.tr("站点代码")),
            ("district", self.tr("所属区")),
            ("mode", self.tr("模式")),
            ("schema", self.tr("数据库版本")),
            ("data_dir", self.tr("数据目录")),
            ("version", self.tr("程序版本")),
        ):
            value = QLabel("…")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            self.form.addRow(caption, value)
        self.language = LanguageSection(ctx, runner)
        machine_layout = QVBoxLayout(machine)
        machine_layout.addWidget(box)
        machine_layout.addWidget(self.language)
        machine_layout.addStretch(1)
        self.tabs.addTab(machine, self.tr("本机"))
        self.tabs.addTab(self.security, self.tr("账户与安全"))
        if allowed(ctx.actor.role, "users.manage"):
            self.users = UsersSection(ctx, runner)
            self.tabs.addTab(self.users, self.tr("用户"))
        if allowed(ctx.actor.role, "backup.manage"):
            self.backups = BackupSection(ctx, runner)
            self.tabs.addTab(self.backups, self.tr("备份与恢复"))
        self.tabs.currentChanged.connect(lambda _index: self._refresh_tab())
        sized_by_current(self.tabs)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        ctx = self._ctx
        self._runner.run(lambda: installation_info(ctx), self._show)
        self.language.refresh()
        self._refresh_tab()

    def _refresh_tab(self) -> None:
        refresh = getattr(self.tabs.currentWidget(), "refresh", None)
        if callable(refresh):
            refresh()

    def _show(self, info: InstallationInfo) -> None:
        station = info.station
        modes = {"station": self.tr("社工站"), "district": self.tr("区级")}
        for key, text in (
            ("name", station.name),
            ("code", station.code),
            ("district", station.district),
            ("mode", modes.get(station.mode, station.mode)),
            ("schema", station.schema_version),
            ("data_dir", str(self._ctx.paths.data_dir)),
            ("version", __version__),
        ):
            self.values[key].setText(text)


class ComingPage(QWidget):
    """A page whose capability arrives in a later release; it says what is coming, nothing more."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(title)
        heading.setStyleSheet("font-size: 20px; font-weight: 600;")
        body = QLabel(text)
        body.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(1)

    def refresh(self) -> None:
        """Nothing to load yet."""
