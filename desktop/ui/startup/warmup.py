"""What the main window prepares once it is up and idle, so a first click on a page does not pay for it.

Pages are built on first show (docs/architecture.md, cold start), so the first click on one used
to import its modules, read the address dictionary (≈ 30 ms) and — with a heap grown by start-up —
often trigger a full garbage collection (50–65 ms) in the middle of loading the page. None of that
depends on the user, so it is done here, after the window has painted and its start page has
loaded, where nobody waits for it:

- each page module the role can open is imported on its own turn of the event loop, so a click
  or key press in between is handled after one import at most (the longest, the exchange page
  with the bundle and key code, ≈ 90 ms on the target PC; on the GUI thread because concurrent
  imports of modules that import each other can fail with a deadlock error);
- the address dictionary is read on the worker thread;
- then `gc.freeze()` moves everything start-up created (modules, Qt wrappers, the dictionary)
  out of the collector's reach: later full collections scan only what pages create, not the
  whole start-up heap again. Those objects are still freed by reference counting.
"""

from __future__ import annotations

import gc
import importlib
import logging
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from desktop.domain import address

from desktop.ui.shell.pages import Page
from desktop.ui.shell.tasks import TaskRunner

log = logging.getLogger(__name__)

# After the window is shown: the first paint, the start page's first rows and the cold-start
# marker come first (they are measured by the bench); a user does not click before this anyway.
START_DELAY_MS = 300
RETRY_MS = 50
_frozen = False  # freezing twice would only add what the first freeze left to the permanent set


class IdleWarmUp(QObject):
    """Started by the first show of `window` (at once if it is already shown); imports the modules
    of `pages` (the rows of desktop/ui/shell/pages.py the window shows) one per turn; `done` (and
    `finished`) once everything is ready."""

    finished = Signal()

    def __init__(self, window: QWidget, runner: TaskRunner, pages: Sequence[Page]) -> None:
        super().__init__(window)
        self._runner = runner
        self._modules = [page.module for page in pages]
        self._started = False
        self.done = False
        if window.isVisible():  # the pages replaced the sign-in of a window already on screen
            self._start()
        else:
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and not self._started:
            watched.removeEventFilter(self)
            self._start()
        return False

    def _start(self) -> None:
        self._started = True
        QTimer.singleShot(START_DELAY_MS, self, self._step)

    def _step(self) -> None:
        if not self._runner.idle:
            # The start page is still loading: its rows come before any of this.
            QTimer.singleShot(RETRY_MS, self, self._step)
            return
        if self._modules:
            module = self._modules.pop(0)
            try:
                importlib.import_module(module)
            except Exception:  # the page shows its own error when opened; the rest still warms up
                log.exception("warm-up could not import %s", module)
            QTimer.singleShot(0, self, self._step)
            return
        self._runner.run(address.load, lambda _none: self._finish(), lambda _error: self._finish())

    def _finish(self) -> None:
        global _frozen
        if not self.done:
            if not _frozen:
                gc.freeze()
                _frozen = True
            self.done = True
            self.finished.emit()
