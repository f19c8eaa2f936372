"""One 工作台 list in full: the first page comes with the others, later pages when asked for.

The dashboard service reads each list a page at a time and says how many rows the whole list has;
this model keeps that count and reads the next page (by offset, in the list's own order) when the
view is scrolled to its end or 显示更多 is clicked, so no row is out of reach (issue 19).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Signal

from desktop.services.casework.dashboard import LIMIT, DashboardList

from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.tables.dto_table import Column, Row
from desktop.ui.tables.small_table import SmallTableModel

Index = QModelIndex | QPersistentModelIndex
PageQuery = Callable[[int], Callable[[], DashboardList]]  # offset -> the query, run on the worker


class DashboardListModel(SmallTableModel[Row]):
    grown = Signal()  # after a further page has been added

    def __init__(self, columns: Sequence[Column[Row]], runner: TaskRunner, parent: Any = None) -> None:
        super().__init__(columns, parent)
        self._runner = runner
        self._query: PageQuery | None = None
        self._generation = 0  # a page of an earlier listing that arrives late is dropped
        self._loading = False
        self.total = 0

    def show_first(self, listing: DashboardList, query: PageQuery) -> None:
        """The first page of a new listing; `query` reads the pages after it."""
        self._generation += 1
        self._loading = False
        self._query = query
        self.total = listing.total
        self.set_rows(listing.entries)

    def missing(self) -> int:
        return max(self.total - self.rowCount(), 0)

    def loading(self) -> bool:
        return self._loading

    def load_more(self) -> None:
        if self._loading or not self.missing() or self._query is None:
            return
        generation, offset = self._generation, self.rowCount()
        self._loading = True
        self._runner.run(self._query(offset), lambda listing: self._arrived(generation, offset, listing))

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self._loading and self.missing() > 0

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self.load_more()

    def _arrived(self, generation: int, offset: int, listing: DashboardList) -> None:
        if generation != self._generation or offset != self.rowCount():
            return
        self._loading = False
        self.append_rows(listing.entries)
        # Rows can leave the list between pages (a visit recorded meanwhile): a short page ends it.
        self.total = listing.total if len(listing.entries) == LIMIT else self.rowCount()
        self.grown.emit()
