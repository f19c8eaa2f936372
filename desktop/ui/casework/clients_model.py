"""The client list model: pages of ClientSummary rows loaded on the worker as the view scrolls.

Clicking a header sorts in SQL (keyset paging continues in that order); no proxy model.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal

from desktop.i18n import mark
from desktop.services.casework import clients as client_service
from desktop.services.casework.clients import PAGE_SIZE, ClientSummary
from desktop.services.context import ServiceContext

from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.tables.dto_table import Column, DtoTableModel


def _columns(tr: Callable[[str], str]) -> list[Column[ClientSummary]]:
    return [
        Column(tr(mark("ClientListModel", "姓名")), lambda r: ("★ " if r.key_attention else "") + r.name),
        Column(tr(mark("ClientListModel", "性别")), lambda r: r.sex),
        Column(tr(mark("ClientListModel", "年龄")), lambda r: r.age, align_right=True),
        Column(tr(mark("ClientListModel", "身份证号")), lambda r: r.id_masked),
        Column(tr(mark("ClientListModel", "联系电话")), lambda r: r.phone_masked),
        Column(tr(mark("ClientListModel", "居委会")), lambda r: r.village),
        Column(tr(mark("ClientListModel", "管理状态")), lambda r: r.management_status),
        Column(tr(mark("ClientListModel", "负责社工")), lambda r: r.caseworker_name),
    ]


# Column index → (service sort key, whether an ascending click means descending in SQL).
# The 同步 column of search results is filled once typing has paused this long.
SYNC_STATES_AFTER_SEARCH_MS = 300

SORTABLE = {
    0: ("name", False),
    2: ("birth_date", True),
    5: ("village", False),
    6: ("status", False),
    7: ("caseworker", False),
}


class ClientListModel(DtoTableModel[ClientSummary]):
    """Whole register in pinyin order, fetched a page at a time; or one page of search results."""

    loaded = Signal()

    def __init__(self, ctx: ServiceContext, runner: TaskRunner, parent: Any = None) -> None:
        super().__init__([], parent)
        self._columns = self._make_columns()
        self._ctx = ctx
        self._runner = runner
        self._query = ""
        self._has_more = False
        self._loading = False
        self._generation = 0
        self._sort = "name"
        self._descending = False
        self._listed = False  # no listing asked for yet

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in SORTABLE:
            return
        key, inverted = SORTABLE[column]
        self._sort = key
        self._descending = (order == Qt.SortOrder.DescendingOrder) != inverted
        # The view's set-up (sorting enabled, the initial indicator) calls this twice before the
        # page's first refresh: only record the order then, or three listings queue on the worker.
        if self._listed:
            self.search(self._query)

    def _make_columns(self) -> list[Column[ClientSummary]]:
        # Last column: whether the district has the record (issue 6), filled in after each page.
        self._sync: dict[str, str] = {}
        labels = {"unsent": self.tr("未发送"), "sent": self.tr("已发送"), "confirmed": self.tr("区级已确认")}
        return [*_columns(self.tr), Column(self.tr("同步"), lambda r: labels.get(self._sync.get(r.id, ""), ""))]

    def _load_sync_states(self, rows: list[ClientSummary]) -> None:
        if not rows:
            return
        ctx, ids, generation = self._ctx, [r.id for r in rows], self._generation

        def done(states: dict[str, str]) -> None:
            if generation != self._generation or not self._rows:
                return
            self._sync.update(states)
            column = len(self._columns) - 1
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

        def work() -> dict[str, str]:
            # Imported here, on the worker after the first rows are painted: sync_status pulls in
            # the exchange machinery (~70 ms), which the first paint of the register does not need.
            from desktop.services.exchange import status as sync_status

            return sync_status.sync_states(ctx, "clients", ids)

        # A role without the right to see sync states simply gets an empty column.
        self._runner.run(work, done, lambda _error: None)

    def search(self, text: str) -> None:
        """Start a new listing (empty text) or search; stale replies are ignored."""
        self._query = text.strip()
        self._listed = True
        self._generation += 1
        generation = self._generation
        self._loading = True
        ctx, query, sort, descending = self._ctx, self._query, self._sort, self._descending

        def work() -> list[ClientSummary]:
            if query:
                return client_service.search_clients(ctx, query, sort=sort, descending=descending)
            return client_service.list_clients(ctx, sort=sort, descending=descending)

        self._runner.run(work, lambda rows: self._replace(generation, rows))

    def _replace(self, generation: int, rows: list[ClientSummary]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._has_more = not self._query and len(rows) == PAGE_SIZE
        self.set_rows(rows)
        self.loaded.emit()
        if self._query:
            # While someone types, the sync-state query (one task on the single worker) would hold
            # up the search for their next keystroke: load it once the typing pauses.
            QTimer.singleShot(
                SYNC_STATES_AFTER_SEARCH_MS,
                self,
                lambda: self._load_sync_states(rows) if generation == self._generation else None,
            )
        else:
            self._load_sync_states(rows)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and self._has_more and not self._loading

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if not self.canFetchMore(parent) or not self._rows:
            return
        last = self._rows[-1]
        self._loading = True
        generation, ctx, sort, descending = self._generation, self._ctx, self._sort, self._descending
        self._runner.run(
            lambda: client_service.list_clients(ctx, after=last, sort=sort, descending=descending),
            lambda rows: self._extend(generation, rows),
        )

    def _extend(self, generation: int, rows: list[ClientSummary]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._has_more = len(rows) == PAGE_SIZE
        self.append_rows(rows)
        self.loaded.emit()
        self._load_sync_states(rows)
