"""Start-up safety: the integrity check before the database is opened, and the daily backup.

Before the database is opened it gets the cheap check of `desktop.db.health`: a header and schema
read, and — when the file is not as this program left it — its full check owed. Once the window
is up a background thread runs `services.admin.backups.maintenance`: the daily backup (which
full-checks the database first), the owed full check, or the daily one when the last is a day old. When a
check fails the user is told what happened and offered the newest good backup; restoring keeps
the damaged file in the backups folder.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from desktop.domain.clock import to_station
from desktop.paths import AppPaths
from desktop.services.admin.backups import StartupCheck, maintenance, restore_paths, startup_check

from desktop.ui.shell import dialogs

log = logging.getLogger("stationdesk.startup")


def _t(text: str) -> str:
    return QCoreApplication.translate("app", text)


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
    when = to_station(check.latest_good.created_at).strftime("%Y-%m-%d %H:%M")
    if not dialogs.confirm(
        parent,
        title,
        _t(
            "启动检查发现数据库文件已损坏（SQLite 完整性检查未通过），可能是断电或磁盘故障所致。\n\n"
            "最近一份完好的备份写于 {when}（backups 文件夹中的 {file}）。是否用它恢复？损坏的文件会先另存到 backups 文件夹；"
            "该备份之后录入的内容需要重新录入。\n\n选择“否”将退出程序，不改动任何文件。"
        ).format(when=when, file=check.latest_good.path.name),
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
    """After the window is up: the full check this start owes (a file not as we left it), the daily
    backup (which full-checks first, so it stands for that check), then the daily full check if due.

    On a thread of its own, not the task runner: the full check takes seconds to minutes on a large
    file and the pages' reads must not queue behind it. Damage found here locks the window with the
    offer of the newest good backup; no backup is made of a file that failed (backup.source_damaged).
    """

    damaged = Signal(object)

    def __init__(
        self, paths: AppPaths, close_database: Callable[[], None], window: QWidget, *, full_check_owed: bool = False
    ) -> None:
        super().__init__(window)
        self._paths, self._close_database, self._window = paths, close_database, window
        self._owed = full_check_owed
        self.damaged.connect(self._on_damaged)
        self.thread = threading.Thread(target=self._work, name="stationdesk-maintenance", daemon=True)

    def start(self) -> None:
        self.thread.start()

    def _work(self) -> None:
        try:
            check = maintenance(self._paths, full_check_owed=self._owed)
            if check is not None and not check.ok:
                self.damaged.emit(check)
        except Exception:
            log.exception("background maintenance failed")

    def _on_damaged(self, check: StartupCheck) -> None:
        self._window.setEnabled(False)  # nothing more is read from or written to the damaged file
        self._close_database()
        offer_restore(self._paths, check, self._window)
        dialogs.inform(self._window, _t("数据库已损坏"), _t("程序现在关闭，请重新启动。"))
        QApplication.closeAllWindows()
        QApplication.quit()
