"""Cyclic garbage collection on the GUI thread only (the habit Anki's `aqt` keeps for the same reason).

Python's collector runs in whichever thread happens to allocate past its threshold. When that is
the TaskRunner's worker and the garbage holds Qt objects (a closed page whose signal lambdas refer
back to it), their C++ destructors run off the GUI thread and the process crashes — seen as a
segmentation fault inside a worker's query. So the automatic collector is switched off and this
timer collects, generation by generation as the collector would, on the GUI thread.
Reference counting still frees everything that is not in a cycle at once.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 1000


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(CHECK_MS)

    def check(self) -> None:
        young, middle, old = gc.get_count()
        if young > self.threshold[0]:
            gc.collect(0)
            if middle > self.threshold[1]:
                gc.collect(1)
                if old > self.threshold[2]:
                    gc.collect(2)
