"""The client list model: pages of ClientSummary rows loaded on the worker as the view scrolls.

Clicking a header sorts in SQL (keyset paging continues in that order); no proxy model.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, QTimer

from desktop.i18n import mark
from desktop.services.casework import clients as client_service
from desktop.services.casework.clients import PAGE_SIZE, ClientSummary
from desktop.services.context import ServiceContext

from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.tables.dto_table import Column
from desktop.ui.tables.keyset import KeysetModel


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


class ClientListModel(KeysetModel[ClientSummary]):
    """Whole register in pinyin order, fetched a page at a time; or one page of search results."""

    def __init__(self, ctx: ServiceContext, runner: TaskRunner, parent: Any = None) -> None:
        super().__init__([], runner, PAGE_SIZE, parent, first_page=self.first_page, next_page=self.next_page)
        self._columns = self._make_columns()
        self._ctx = ctx
        self._query = ""
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

    def _load_sync_states(self, rows: Sequence[ClientSummary]) -> None:
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
        self.reload()

    def first_page(self) -> Callable[[], list[ClientSummary]]:
        ctx, query, sort, descending = self._ctx, self._query, self._sort, self._descending

        def work() -> list[ClientSummary]:
            if query:
                return client_service.search_clients(ctx, query, sort=sort, descending=descending)
            return client_service.list_clients(ctx, sort=sort, descending=descending)

        return work

    def next_page(self, last: ClientSummary) -> Callable[[], list[ClientSummary]]:
        ctx, sort, descending = self._ctx, self._sort, self._descending
        return lambda: client_service.list_clients(ctx, after=last, sort=sort, descending=descending)

    def pages_continue(self) -> bool:
        return not self._query  # a search shows its best matches only

    def page_shown(self, rows: Sequence[ClientSummary], first: bool) -> None:
        if first and self._query:
            # While someone types, the sync-state query (one task on the single worker) would hold
            # up the search for their next keystroke: load it once the typing pauses.
            generation = self._generation
            QTimer.singleShot(
                SYNC_STATES_AFTER_SEARCH_MS,
                self,
                lambda: self._load_sync_states(rows) if generation == self._generation else None,
            )
        else:
            self._load_sync_states(rows)
