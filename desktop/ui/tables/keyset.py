"""A list paged from SQL by keyset: the first page, then the page after the last row shown.

Each query runs on the TaskRunner's worker. A new listing (`reload`) makes every answer of an
earlier one stale: it is dropped on arrival, so a slow first page cannot overwrite a newer search.
Lists that page as the view scrolls leave `fetch_on_scroll` on (Qt calls `fetchMore` when the last
row comes into view); a list with a "load more" button turns it off and calls `load_more`.

Only the paging lives here: the cells are DtoTableModel's, computed when a view asks for them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Signal

from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.tables.dto_table import Column, DtoTableModel, Row

Index = QModelIndex | QPersistentModelIndex
Query = Callable[[], Sequence[Row]]


class KeysetModel(DtoTableModel[Row]):
    """A list paged by the two query builders it is given: the first page, and the page after a row.

    `first_page()` takes the listing's arguments now (not when the worker runs the query);
    `next_page(last)` continues after `last` in the first page's order. Both are called on the GUI
    thread and return the query the worker runs."""

    loaded = Signal()  # after each page has been shown (the first or a further one)
    fetch_on_scroll: ClassVar[bool] = True

    def __init__(
        self,
        columns: Sequence[Column[Row]],
        runner: TaskRunner,
        page_size: int,
        parent: Any = None,
        *,
        first_page: Callable[[], Query[Row]],
        next_page: Callable[[Row], Query[Row]],
    ) -> None:
        super().__init__(columns, parent)
        self._first_page, self._next_page = first_page, next_page
        self._runner = runner
        self._page_size = page_size
        self._generation = 0
        self._has_more = False
        self._loading = False

    # --- what a list may refine ---------------------------------------------------------------

    def pages_continue(self) -> bool:
        """False for a listing that is one page by nature (a search's best matches)."""
        return True

    def page_shown(self, rows: Sequence[Row], first: bool) -> None:
        """Called after each page is in the model (more to fetch for these rows, say)."""

    # --- paging ---------------------------------------------------------------------------------

    def reload(self) -> None:
        """Start a new listing from the first page; answers of the listing before are dropped."""
        self._generation += 1
        self._start(self._first_page(), first=True)

    def has_more(self) -> bool:
        """Whether a further page may exist and none is on its way."""
        return self._has_more and not self._loading

    def load_more(self) -> None:
        if not self.has_more() or not self._rows:
            return
        self._start(self._next_page(self._rows[-1]), first=False)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return self.fetch_on_scroll and not parent.isValid() and self.has_more()

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self.load_more()

    def _start(self, query: Query[Row], *, first: bool) -> None:
        generation = self._generation
        self._loading = True
        self._runner.run(query, lambda rows: self._arrived(generation, rows, first))

    def _arrived(self, generation: int, rows: Sequence[Row], first: bool) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._has_more = self.pages_continue() and len(rows) == self._page_size
        if first:
            self.set_rows(rows)
        else:
            self.append_rows(rows)
        self.loaded.emit()
        self.page_shown(rows, first)


# Offset → the query for the page from there, run on the worker: (its rows, the whole list's count).
OffsetQuery = Callable[[int], Callable[[], tuple[Sequence[Any], int]]]


class OffsetPaging:
    """Paging for a list whose first page arrives with the whole list's count (the 工作台's lists,
    read together for speed): the page after the rows shown is read by offset when the view is
    scrolled to its end (`fetchMore`) or `load_more` is called. Mixed into a table model class
    (before it) that has `rowCount`, `append_rows` and `_runner`; `page_added` is called after each page."""

    page_size: int
    _runner: TaskRunner

    def start_listing(self, total: int, query: OffsetQuery) -> None:
        """A new listing whose first rows the model now holds; answers for an earlier one are dropped."""
        self._offset_generation = getattr(self, "_offset_generation", 0) + 1
        self._offset_loading = False
        self._offset_query: OffsetQuery | None = query
        self.total = total

    def missing(self) -> int:
        return max(getattr(self, "total", 0) - self.rowCount(), 0)  # type: ignore[attr-defined]

    def loading(self) -> bool:
        return bool(getattr(self, "_offset_loading", False))

    def load_more(self) -> None:
        query = getattr(self, "_offset_query", None)
        if self.loading() or not self.missing() or query is None:
            return
        generation, offset = self._offset_generation, self.rowCount()  # type: ignore[attr-defined]
        self._offset_loading = True
        self._runner.run(query(offset), lambda page: self._offset_arrived(generation, offset, page))

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self.loading() and self.missing() > 0

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self.load_more()

    def page_added(self) -> None:
        """Called after each further page is in the model."""

    def _offset_arrived(self, generation: int, offset: int, page: tuple[Sequence[Any], int]) -> None:
        if generation != self._offset_generation or offset != self.rowCount():  # type: ignore[attr-defined]
            return
        rows, total = page
        self._offset_loading = False
        self.append_rows(rows)  # type: ignore[attr-defined]
        # Rows can leave the list between pages (a visit recorded meanwhile): a short page ends it.
        self.total = total if len(rows) == self.page_size else self.rowCount()  # type: ignore[attr-defined]
        self.page_added()
