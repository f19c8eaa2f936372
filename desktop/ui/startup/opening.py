"""The usual start, after the main window shows its sign-in: open the database on the worker while
the user types, check the password there too, then put the pages in the window.

Both steps run on the TaskRunner's single worker, in that order, so a password submitted before
the database is open simply waits its turn; the UI thread never waits on either (docs/architecture.md §8).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from desktop.errors import AppError
from desktop.paths import AppPaths

from desktop.ui.shell.pages import START_PAGES
from desktop.ui.shell.sign_in import SignInPanel
from desktop.ui.shell.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.services.admin.backups import StartupCheck
    from desktop.services.admin.opening import OpenStation
    from desktop.services.context import Actor

    from desktop.ui.shell.main_window import MainWindow

# Loaded on the worker once the database is open, so the first page after the sign-in does not
# import them on the UI thread: the workspace's own modules and the first start page of the page
# table, the register, where case staff start (who signs in is not known yet).
WARM_MODULES = (
    "desktop.services.auth",
    "desktop.ui.shell.lock",
    "desktop.ui.startup.warmup",
    "desktop.ui.printing.printer",
    START_PAGES[0].module,
)


class Opening(QObject):
    """Drives one start from the shown sign-in to the signed-in window; `signed_in` when done."""

    signed_in = Signal()

    def __init__(
        self, paths: AppPaths, runner: TaskRunner, window: MainWindow, panel: SignInPanel, opened: OpenStation | None
    ) -> None:
        super().__init__(window)
        self._paths, self._runner, self._window, self._panel = paths, runner, window, panel
        # Written on the worker by `_open`, read there by `_check_password` (same thread, in order)
        # and on the UI thread only after the sign-in succeeded.
        self.opened = opened
        self._started = False
        panel.submitted.connect(self._submit)
        panel.quit_requested.connect(window.close)

    def start(self) -> None:
        self._started = True
        self._runner.run(self._open, self._after_open, self._failed_to_open)

    def start_once(self) -> None:
        """`start`, unless it has begun: the program starts it once the loop has shown the window,
        or a password submitted before that does (the worker opens the database first)."""
        if not self._started:
            self.start()

    def dispose(self) -> None:
        if self.opened is not None:
            self.opened.close()

    # On the worker.
    def _open(self) -> StartupCheck | None:
        if self.opened is None:
            from desktop.services.admin.opening import OpenStation, locked, open_station

            if locked(self._paths):  # encrypted: it opens with the key the password unwraps
                self._warm()
                return None
            outcome = open_station(self._paths)
            if not isinstance(outcome, OpenStation):
                return outcome
            self.opened = outcome
        self._warm()
        return None

    def _warm(self) -> None:
        for name in WARM_MODULES:
            importlib.import_module(name)

    def _check_password(self, username: str, password: str) -> Actor:
        from desktop.services.admin.opening import OpenStation, locked, open_station
        from desktop.services.auth import login

        if self.opened is None and locked(self._paths):
            from desktop.services.station_key import unlock

            unlock(self._paths.data_dir, username, password)  # a wrong password fails here
            outcome = open_station(self._paths)
            if not isinstance(outcome, OpenStation):
                raise DamagedOnOpening(outcome)
            self.opened = outcome
        if self.opened is None:
            raise StartInterrupted()
        return login(self.opened.ctx, username, password)

    # On the UI thread.
    def _after_open(self, damaged: StartupCheck | None) -> None:
        if damaged is None:
            return
        from desktop.ui.startup.startup_checks import offer_restore

        if offer_restore(self._paths, damaged, self._window):
            self.start()
        else:
            self._window.close()

    def _failed_to_open(self, error: BaseException) -> None:
        if isinstance(error, AppError):  # a database newer than this program, a failed migration…
            from desktop.ui.shell import dialogs

            dialogs.critical(self._window, QApplication.translate("app", "无法启动"), error.user_message())
        else:
            from desktop.ui.shell.errors import show_error

            show_error(self._window, error)
        self._window.close()

    def _submit(self, username: str, password: str) -> None:
        self.start_once()
        self._runner.run(lambda: self._check_password(username, password), self._accepted, self._refused)

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, DamagedOnOpening):
            self._panel.set_busy(False)
            self._after_open(error.check)
            return
        if isinstance(error, AppError):
            self._panel.refuse(error.user_message())
        else:
            from desktop.ui.shell.errors import show_error

            self._panel.set_busy(False)
            show_error(self._window, error)

    def _accepted(self, actor: Actor) -> None:
        opened = self.opened
        assert opened is not None  # `_check_password` returned an actor only with the database open
        ctx = opened.ctx.as_actor(actor)
        if actor.must_change_password:
            from dataclasses import replace

            from desktop.ui.shell.password_dialog import ChangePasswordDialog

            if not ChangePasswordDialog(ctx, self._runner, forced=True, parent=self._window).exec():
                self._window.close()
                return
            ctx = opened.ctx.as_actor(replace(actor, must_change_password=False))
        self._window.open_workspace(ctx, opened.station)
        from desktop.ui.startup.startup_checks import BackgroundMaintenance

        # The daily backup and the full check (owed by this start, or the daily one) run off the UI thread.
        BackgroundMaintenance(self._paths, opened.close, self._window, full_check_owed=opened.full_check_owed).start()
        self.signed_in.emit()


class DamagedOnOpening(AppError):
    """An encrypted database failed its start-up check once the sign-in had unlocked it."""

    default_code = "storage.damaged"
    default_message = "数据库文件已损坏。"

    def __init__(self, check: StartupCheck) -> None:
        super().__init__()
        self.check = check


class StartInterrupted(AppError):
    """The password was submitted while the start was being undone (a damaged file, a restore)."""

    default_code = "start.interrupted"
    default_message = "程序仍在打开数据库，请稍后再登录。"
