"""Database work off the UI thread, serialised on one worker (the Anki `taskman` pattern).

`TaskRunner.run(work, on_done, on_error)` runs `work()` on the single worker thread and calls the
callbacks on the GUI thread. Errors without an `on_error` go to `desktop.ui.shell.errors.show_error`,
the one place that turns exceptions into messages.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot


class _Bridge(QObject):
    """Carries a closure from the worker thread to the GUI thread, where the bridge lives.

    `deliver` is emitted only on the worker, and a signal emitted on another thread than its
    receiver's is queued to the receiver's event loop: no explicit Qt.ConnectionType, whose first
    use builds the whole Qt namespace of enums (≈ 30 ms) before the sign-in could show.
    """

    deliver = Signal(object)

    @Slot(object)
    def call(self, callback: Callable[[], None]) -> None:
        callback()


class TaskRunner(QObject):
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="stationdesk-db")
        self._bridge = _Bridge()
        self._bridge.deliver.connect(self._bridge.call)
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

        def job() -> None:
            # The outcome is sent from here, on the worker, whatever happens: never from the GUI
            # thread, where the signal would call `_finish` at once, inside `run`.
            try:
                outcome: tuple[Any, BaseException | None] = (work(), None)
            except BaseException as error:
                outcome = (None, error)
            self._bridge.deliver.emit(lambda: self._finish(outcome, on_done, on_error))

        self._executor.submit(job)

    def _finish(
        self,
        outcome: tuple[Any, BaseException | None],
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
    ) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        result, error = outcome
        if error is not None:
            if on_error is not None:
                on_error(error)
            else:
                from desktop.ui.shell.errors import show_error

                show_error(None, error)
            return
        if on_done is not None:
            on_done(result)

    def shutdown(self) -> None:
        self._closed = True
        self._executor.shutdown(wait=True)
