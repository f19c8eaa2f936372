"""The TaskRunner: work on its one worker, every callback later on the GUI thread, in order."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from desktop.ui.shell.tasks import TaskRunner


def test_callbacks_come_on_the_gui_thread_in_order_after_run_returns(qtbot: QtBot, runner: TaskRunner) -> None:
    seen: list[tuple[str, object, bool]] = []
    workers: set[str] = set()

    def work(value: int) -> int:
        workers.add(threading.current_thread().name)
        return value

    def done(value: object) -> None:
        seen.append(("done", value, threading.current_thread() is threading.main_thread()))

    def failed(error: BaseException) -> None:
        seen.append(("error", str(error), threading.current_thread() is threading.main_thread()))

    def fail() -> None:
        raise ValueError("refused")

    for value in range(3):
        runner.run(lambda value=value: work(value), done)  # type: ignore[misc]
    runner.run(fail, done, failed)
    runner.run(lambda: work(3), done)
    assert seen == []  # nothing runs inside `run`, however fast the work was
    qtbot.waitUntil(lambda: len(seen) == 5, timeout=5000)
    assert seen == [
        ("done", 0, True),
        ("done", 1, True),
        ("done", 2, True),
        ("error", "refused", True),
        ("done", 3, True),
    ]
    assert len(workers) == 1 and threading.current_thread().name not in workers
    assert runner.idle


def test_busy_changes_once_for_a_batch(qtbot: QtBot, runner: TaskRunner) -> None:
    states: list[bool] = []
    runner.busy_changed.connect(states.append)
    gate = threading.Event()
    runner.run(gate.wait)
    runner.run(lambda: None)
    assert states == [True] and not runner.idle
    gate.set()
    qtbot.waitUntil(lambda: runner.idle, timeout=5000)
    assert states == [True, False]
