"""访视记录: the station's visits, newest first, filtered by date range, mode, class and status.

Rows are paged from SQL by keyset as the view scrolls (docs/architecture.md §8a); Enter opens the client.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.clock import station_today
from desktop.domain.codes import CLASSIFICATION, VISIT_MODE, VISIT_STATUS
from desktop.services.casework.visit_lists import PAGE_SIZE, VisitFilter, VisitListRow, search_visits
from desktop.services.context import ServiceContext

from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.shell.widgets import CodeCombo, FlowLayout, OptionalDateEdit
from desktop.ui.tables.dto_table import Column
from desktop.ui.tables.keyset import KeysetModel
from desktop.ui.tables.view import table_view


class VisitListModel(KeysetModel[VisitListRow]):
    def __init__(self, ctx: ServiceContext, runner: TaskRunner, parent: Any = None) -> None:
        super().__init__([], runner, PAGE_SIZE, parent, first_page=self.first_page, next_page=self.next_page)
        self._columns = [
            Column(self.tr("随访日期"), lambda v: v.visit_date.isoformat()),
            Column(self.tr("服务对象"), lambda v: v.client_name),
            Column(self.tr("形式"), lambda v: v.mode_label),
            Column(
                self.tr("危险性"), lambda v: "" if v.risk_level is None else self.tr("{n} 级").format(n=v.risk_level)
            ),
            Column(self.tr("分类"), lambda v: v.classification_label),
            Column(self.tr("下次随访"), lambda v: v.next_visit_date.isoformat() if v.next_visit_date else ""),
            Column(self.tr("状态"), lambda v: v.status_label),
            Column(self.tr("随访人员"), lambda v: v.visitor_name),
        ]
        self._ctx = ctx
        self._filter = VisitFilter()

    def load(self, where: VisitFilter) -> None:
        self._filter = where
        self.reload()

    def first_page(self) -> Callable[[], list[VisitListRow]]:
        ctx, where = self._ctx, self._filter
        return lambda: search_visits(ctx, where)

    def next_page(self, last: VisitListRow) -> Callable[[], list[VisitListRow]]:
        ctx, where = self._ctx, self._filter
        return lambda: search_visits(ctx, where, after=last)


class VisitsPage(QWidget):
    open_client = Signal(str)

    def __init__(self, ctx: ServiceContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("访视记录"))
        heading.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.date_from = OptionalDateEdit(station_today() - timedelta(days=90))
        self.date_to = OptionalDateEdit()
        self.mode = CodeCombo(VISIT_MODE, blank=self.tr("全部形式"))
        self.classification = CodeCombo(CLASSIFICATION, blank=self.tr("全部分类"))
        self.status = CodeCombo(VISIT_STATUS, blank=self.tr("全部状态"))
        self.apply = QPushButton(self.tr("筛选(&L)"))
        self.apply.clicked.connect(self.refresh)
        filters = FlowLayout(right=False)  # wraps on a small screen instead of running off it
        for caption, widget in (
            (self.tr("从"), self.date_from),
            (self.tr("到"), self.date_to),
            ("", self.mode),
            ("", self.classification),
            ("", self.status),
        ):
            if caption:
                filters.addWidget(QLabel(caption))
            filters.addWidget(widget)
        filters.addWidget(self.apply)
        self.model = VisitListModel(ctx, runner, self)
        self.table = table_view(self.model, fit_columns=False)
        self.table.activated.connect(self._activated)
        self.count = QLabel("")
        self.model.loaded.connect(self._update_count)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.setFocusProxy(self.table)

    def current_filter(self) -> VisitFilter:
        mode, classification, status = self.mode.value(), self.classification.value(), self.status.value()
        return VisitFilter(
            date_from=self.date_from.optional(),
            date_to=self.date_to.optional(),
            mode=None if mode is None else int(mode),
            classification=None if classification is None else int(classification),
            status=None if status is None else str(status),
        )

    def refresh(self) -> None:
        self.model.load(self.current_filter())

    def _update_count(self) -> None:
        more = self.tr("（向下滚动加载更多）") if self.model.canFetchMore() else ""
        self.count.setText(self.tr("显示 {n} 条访视记录，新的在前").format(n=self.model.rowCount()) + more)

    def _activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.open_client.emit(row.client_id)
