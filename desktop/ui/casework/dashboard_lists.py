"""One 工作台 list in full: the first page comes with the others, later pages when asked for.

The dashboard service reads each list a page at a time and says how many rows the whole list has;
this model keeps that count and reads the next page (by offset, in the list's own order) when the
view is scrolled to its end or 显示更多 is clicked (OffsetPaging), so no row is out of reach.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Signal

from desktop.services.casework.dashboard import LIMIT, DashboardList

from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.tables.dto_table import Column, Row
from desktop.ui.tables.keyset import OffsetPaging
from desktop.ui.tables.small_table import SmallTableModel

PageQuery = Callable[[int], Callable[[], DashboardList]]  # offset -> the query, run on the worker


class DashboardListModel(OffsetPaging, SmallTableModel[Row]):
    grown = Signal()  # after a further page has been added
    page_size = LIMIT

    def __init__(self, columns: Sequence[Column[Row]], runner: TaskRunner, parent: Any = None) -> None:
        super().__init__(columns, parent)
        self._runner = runner
        self.total = 0

    def show_first(self, listing: DashboardList, query: PageQuery) -> None:
        """The first page of a new listing; `query` reads the pages after it."""
        self.set_rows(listing.entries)

        def pages(offset: int) -> Callable[[], tuple[Sequence[Any], int]]:
            read = query(offset)
            return lambda: _entries(read())

        self.start_listing(listing.total, pages)

    def page_added(self) -> None:
        self.grown.emit()


def _entries(listing: DashboardList) -> tuple[Sequence[Any], int]:
    return listing.entries, listing.total
