"""设置 → 备份与恢复 (station lead, administrator): the backups folder, back up now, restore.

Restoring replaces the whole database, so it asks twice in plain words, backs up the current
database first (the service does), and then closes the program: everyone logs in again on the
restored data.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.clock import to_station
from desktop.i18n import mark
from desktop.services.admin.backups import BackupFile, RestoreResult, create_backup, list_backups, restore_backup
from desktop.services.context import ServiceContext

from desktop.ui.shell import dialogs
from desktop.ui.shell.errors import show_error
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.tables.dto_table import Column, DtoTableModel
from desktop.ui.tables.view import table_view

KIND_LABELS = {
    "daily": mark("BackupModel", "每日"),
    "weekly": mark("BackupModel", "每周"),
    "manual": mark("BackupModel", "手动"),
    "pre-import": mark("BackupModel", "导入前"),
    "pre-restore": mark("BackupModel", "恢复前"),
}


def kind_label(kind: str) -> str:
    if kind.startswith("pre-migrate"):
        return mark("BackupModel", "升级前")
    for prefix, text in KIND_LABELS.items():
        if kind.startswith(prefix):
            return text
    return kind


class BackupModel(DtoTableModel[BackupFile]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([], parent)
        self._columns = [
            Column(self.tr("时间"), lambda b: to_station(b.created_at).strftime("%Y-%m-%d %H:%M")),
            Column(self.tr("类型"), lambda b: self.tr(kind_label(b.kind))),
            Column(self.tr("大小"), lambda b: f"{b.size / 1_048_576:.1f} MB", align_right=True),
            Column(self.tr("文件"), lambda b: b.path.name),
        ]


class BackupSection(QWidget):
    restored = Signal(object)

    def __init__(self, ctx: ServiceContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        intro = QLabel(
            self.tr(
                "程序每天首次启动时自动备份（保留 7 份每日备份和 4 份每周备份），升级和导入数据前也会自动备份。"
                "备份文件在数据目录的 backups 文件夹中。"
            )
        )
        intro.setWordWrap(True)
        self.model = BackupModel(self)
        self.table = table_view(self.model)
        self.backup_button = QPushButton(self.tr("立即备份(&B)"))
        self.restore_button = QPushButton(self.tr("从所选备份恢复(&R)…"))
        self.file_button = QPushButton(self.tr("从其他文件恢复(&F)…"))
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.file_button.clicked.connect(self.restore_file)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
        )
        self.restore_button.setEnabled(False)
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.file_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.empty = QLabel(self.tr("backups 文件夹中还没有备份。点“立即备份”做第一份。"))
        self.empty.setStyleSheet("color: #555;")
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        ctx = self._ctx
        self._runner.run(lambda: list_backups(ctx), self._loaded)

    def _loaded(self, rows: list[BackupFile]) -> None:
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)

    def backup_now(self) -> None:
        ctx = self._ctx
        self.backup_button.setEnabled(False)

        def done(_path: Path) -> None:
            self.backup_button.setEnabled(True)
            self.refresh()

        def failed(error: BaseException) -> None:
            self.backup_button.setEnabled(True)
            show_error(self, error)

        self._runner.run(lambda: create_backup(ctx), done, failed)

    def restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        backup = self.model.row_at(rows[0].row()) if rows else None
        if backup is not None:
            self._restore(backup.path, to_station(backup.created_at).strftime("%Y-%m-%d %H:%M"))

    def restore_file(self) -> None:
        name = dialogs.choose_open_path(
            self,
            self.tr("选择备份文件"),
            str(self._ctx.paths.backups),
            self.tr("数据库备份 (*.sqlite3 *.db);;所有文件 (*)"),
        )
        if name:
            self._restore(Path(name), Path(name).name)

    def _restore(self, source: Path, what: str) -> None:
        if not dialogs.confirm(
            self,
            self.tr("从备份恢复"),
            self.tr(
                "用 {what} 的备份替换当前全部数据？\n\n此后录入的内容将不在恢复后的数据中（当前数据库会先另存为“恢复前”备份）。"
                "恢复完成后程序将关闭，请重新启动并登录。"
            ).format(what=what),
        ):
            return
        ctx = self._ctx
        self._runner.run(lambda: restore_backup(ctx, source), self._restored, lambda e: show_error(self, e))

    def _restored(self, result: RestoreResult) -> None:
        dialogs.inform(self, self.tr("已恢复"), self.tr("数据已从备份恢复。程序现在关闭，请重新启动并登录。"))
        self.restored.emit(result)
