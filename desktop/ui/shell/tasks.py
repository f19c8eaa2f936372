"""Database work off the UI thread, serialised on one worker (the Anki `taskman` pattern).

`TaskRunner.run(work, on_done, on_error)` runs `work()` on the single worker thread and calls the
callbacks on the GUI thread. Errors without an `on_error` go to `desktop.ui.shell.errors.show_error`,
the one place that turns exceptions into messages.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal


class _Bridge(QObject):
    """Carries a closure from the worker thread to the GUI thread through a queued signal."""

    deliver = Signal(object)


class TaskRunner(QObject):
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="stationdesk-db")
        self._bridge = _Bridge()
        self._bridge.deliver.connect(lambda callback: callback(), Qt.ConnectionType.QueuedConnection)
        self._pending = 0
        self._closed = False

    @property
    def idle(self) -> bool:
        return self._pending == 0

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        if self._closed:
            # A timer that fires while the program closes (a deferred refresh): nothing to show it in.
            return
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        future = self._executor.submit(work)
        future.add_done_callback(lambda f: self._bridge.deliver.emit(lambda: self._finish(f, on_done, on_error)))

    def _finish(
        self,
        future: Future[Any],
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
    ) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        error = future.exception()
        if error is not None:
            if on_error is not None:
                on_error(error)
            else:
                from desktop.ui.shell.errors import show_error

                show_error(None, error)
            return
        if on_done is not None:
            on_done(future.result())

    def shutdown(self) -> None:
        self._closed = True
        self._executor.shutdown(wait=True)
