"""Start-up safety: the integrity check before the database is opened, and the daily backup.

Before the database is opened it gets the cheap check of `desktop.db.health` (the last full
check passed and the file is as this program left it, or else the full check now). Once the
window is up a background thread makes the daily backup (which full-checks the database first)
and, when the last full check is a day old, the full integrity and foreign-key check. When a
check fails the user is told what happened and offered the newest good backup; restoring keeps
the damaged file in the backups folder.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from desktop.errors import StorageError
from desktop.paths import AppPaths
from desktop.services.admin.backups import StartupCheck, daily_check, restore_paths, startup_backup, startup_check

from desktop.ui.shell import dialogs

log = logging.getLogger("stationdesk.startup")


def _t(text: str) -> str:
    return QCoreApplication.translate("app", text)


def daily_backup(paths: AppPaths) -> None:
    """The first start of the day backs the database up; a failure is logged, never fatal."""
    try:
        made = startup_backup(paths)
        if made is not None:
            log.info("daily backup written: %s", made.name)
    except (OSError, sqlite3.Error, StorageError) as error:
        # A damaged database is not backed up; the full check that follows reports it.
        log.warning("daily backup failed: %s", getattr(error, "code", type(error).__name__))


def offer_restore(paths: AppPaths, check: StartupCheck, parent: QWidget | None = None) -> bool:
    """Say the database is damaged and offer the latest good backup; True when restored."""
    title = _t("数据库已损坏")
    log.error("database integrity check failed")
    if check.latest_good is None:
        dialogs.critical(
            parent,
            title,
            _t(
                "启动检查发现数据库文件已损坏（SQLite 完整性检查未通过），可能是断电或磁盘故障所致，"
                "且 backups 文件夹中没有完好的备份。程序不会改动该文件；请联系技术支持。\n\n数据目录：{dir}"
            ).format(dir=paths.data_dir),
        )
        return False
    when = check.latest_good.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
    if not dialogs.confirm(
        parent,
        title,
        _t(
            "启动检查发现数据库文件已损坏（SQLite 完整性检查未通过），可能是断电或磁盘故障所致。\n\n"
            "最近一份完好的备份写于 {when}。是否用它恢复？损坏的文件会先另存到 backups 文件夹；"
            "该备份之后录入的内容需要重新录入。\n\n选择“否”将退出程序，不改动任何文件。"
        ).format(when=when),
    ):
        return False
    restore_paths(paths, check.latest_good.path)
    log.info("restored from the latest good backup after a failed integrity check")
    dialogs.inform(parent, title, _t("已从 {when} 的备份恢复。").format(when=when))
    return True


def check_before_open(paths: AppPaths) -> bool:
    """Before the database is opened: the cheap check (a full check when the file changed behind us)."""
    if not paths.database.exists():
        return True
    check = startup_check(paths)
    return check.ok or offer_restore(paths, check)


class BackgroundMaintenance(QObject):
    """After the window is up: the daily backup, then the daily full check (if not done by the backup)."""

    damaged = Signal(object)

    def __init__(self, paths: AppPaths, close_database: Callable[[], None], window: QWidget) -> None:
        super().__init__(window)
        self._paths, self._close_database, self._window = paths, close_database, window
        self.damaged.connect(self._on_damaged)
        self.thread = threading.Thread(target=self._work, name="stationdesk-maintenance", daemon=True)

    def start(self) -> None:
        self.thread.start()

    def _work(self) -> None:
        try:
            daily_backup(self._paths)
            check = daily_check(self._paths)
            if check is not None and not check.ok:
                self.damaged.emit(check)
        except Exception:
            log.exception("background maintenance failed")

    def _on_damaged(self, check: StartupCheck) -> None:
        self._close_database()
        offer_restore(self._paths, check, self._window)
        dialogs.inform(self._window, _t("数据库已损坏"), _t("程序现在关闭，请重新启动。"))
        QApplication.closeAllWindows()
        QApplication.quit()
