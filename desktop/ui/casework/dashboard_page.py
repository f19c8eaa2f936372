"""工作台: today's overdue, due-soon, high-risk / 重点关注, behind-pace, lost-contact and draft lists.

Computed by the dashboard service each time the page is shown (never stored). Enter or a double
click on a row opens the client (a draft opens its visit form). Each list shows its first page at
once and the rest as it is scrolled or 显示更多 is clicked (DashboardListModel).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.clock import station_today
from desktop.services.admin.info import station_counts
from desktop.services.casework.dashboard import (
    DashboardList,
    DraftEntry,
    DueEntry,
    PaceEntry,
    PaceList,
    dashboard_lists,
)
from desktop.services.context import ServiceContext

from desktop.ui.casework.dashboard_lists import DashboardListModel, PageQuery
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.tables.dto_table import Column
from desktop.ui.tables.view import table_view


def _date(value: object) -> str:
    return value.isoformat() if value is not None else ""  # type: ignore[attr-defined]


class DashboardPage(QWidget):
    open_client = Signal(str)
    open_visit = Signal(str, str)  # visit id, client id

    def __init__(self, ctx: ServiceContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self.heading = QLabel(self.tr("工作台"))
        self.heading.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.mine = QCheckBox(self.tr("只看我负责的服务对象(&M)"))
        self.mine.setChecked(ctx.actor.role == "caseworker")
        self.mine.toggled.connect(lambda _on: self.refresh())
        self.summary = QLabel("")
        # The year's ≥ 4 follow-ups rule, counted as the monthly statistics count it.
        self.pace_summary = QLabel("")
        self.pace_summary.setWordWrap(True)
        self.values: dict[str, QLabel] = {}
        self.tabs = QTabWidget()
        self.models: dict[str, DashboardListModel[Any]] = {}
        self._generation = 0  # results of an earlier refresh that arrive late are dropped
        self.views: dict[str, QTableView] = {}
        self._titles = {
            "overdue": self.tr("逾期未访"),
            "due_soon": self.tr("7日内到期"),
            "high_risk": self.tr("高风险 / 重点关注"),
            "pace": self.tr("随访进度落后"),
            "lost": self.tr("失访"),
            "drafts": self.tr("未定稿的访视"),
        }
        self._build_tabs(runner)
        self._build_layout()

    def _build_tabs(self, runner: TaskRunner) -> None:
        due_columns: list[Column[DueEntry]] = [
            Column(self.tr("姓名"), lambda e: ("★ " if e.key_attention else "") + e.name),
            Column(self.tr("应访日期"), lambda e: _date(e.due)),
            Column(self.tr("逾期天数"), lambda e: e.days if e.days and e.days > 0 else "", align_right=True),
            Column(self.tr("上次访视"), lambda e: _date(e.last_visit_date)),
            Column(
                self.tr("上次危险性"), lambda e: "" if e.last_risk is None else self.tr("{n} 级").format(n=e.last_risk)
            ),
            Column(self.tr("两周复访"), lambda e: _date(e.followup_due)),
            Column(self.tr("居委会"), lambda e: e.village),
            Column(self.tr("负责社工"), lambda e: e.caseworker_name),
            Column(self.tr("状态"), lambda e: e.status_label),
        ]
        draft_columns: list[Column[DraftEntry]] = [
            Column(self.tr("姓名"), lambda d: d.name),
            Column(self.tr("访视日期"), lambda d: _date(d.visit_date)),
            Column(self.tr("形式"), lambda d: d.mode_label),
            Column(self.tr("随访人员"), lambda d: d.visitor_name),
        ]
        columns = {"drafts": draft_columns, "pace": self._pace_columns()}
        for key, title in self._titles.items():
            model: DashboardListModel[Any] = DashboardListModel(columns.get(key, due_columns), runner, self)
            view = table_view(model)
            view.activated.connect(lambda index, k=key: self._activate(k, index.row()))
            model.grown.connect(lambda k=key: self._show_count(k))
            self.models[key], self.views[key] = model, view
            self.tabs.addTab(view, title)
        self.shown_count = QLabel("")
        self.more = QPushButton(self.tr("显示更多(&N)"))
        self.more.setToolTip(self.tr("列表往下滚动到底时也会接着显示"))
        self.more.clicked.connect(self._load_more)
        self.tabs.currentChanged.connect(lambda _index: self._update_more())

    def _pace_columns(self) -> list[Column[PaceEntry]]:
        """随访进度落后: how far the year's follow-ups are from four, and by when the next is needed."""
        return [
            Column(self.tr("姓名"), lambda e: ("★ " if e.key_attention else "") + e.name),
            Column(self.tr("本年已随访"), lambda e: self.tr("{n} 次").format(n=e.followups), align_right=True),
            Column(self.tr("下次随访应在此前"), lambda e: _date(e.needed_by)),
            Column(self.tr("应访日期"), lambda e: _date(e.due)),
            Column(self.tr("上次访视"), lambda e: _date(e.last_visit_date)),
            Column(self.tr("居委会"), lambda e: e.village),
            Column(self.tr("负责社工"), lambda e: e.caseworker_name),
            Column(self.tr("状态"), lambda e: e.status_label),
        ]

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.mine)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.pace_summary)
        layout.addWidget(self.tabs, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.shown_count)
        bottom.addWidget(self.more)
        layout.addLayout(bottom)
        self._update_more()
        self.setFocusProxy(self.tabs)

    def refresh(self) -> None:
        ctx, today = self._ctx, station_today()
        mine = ctx.actor.user_id if self.mine.isChecked() else None
        self._generation += 1
        generation = self._generation
        keys = list(self._titles)
        shown = keys[max(self.tabs.currentIndex(), 0)]
        others = [key for key in keys if key != shown]
        # The tab in view first, then the other tabs, then the summary counts: the first rows wait
        # for one list's queries only (docs/architecture.md §8, first rows ≤ 100 ms); the rest follow at once.
        for wanted in ([shown], others):
            self._runner.run(
                lambda wanted=wanted: dashboard_lists(ctx, wanted, today, caseworker_id=mine),
                lambda lists: self._show(generation, today, lists),
            )
        self._runner.run(lambda: station_counts(ctx), self._show_counts)

    def _show(self, generation: int, today: date, lists: dict[str, DashboardList]) -> None:
        if generation != self._generation:
            return
        self.heading.setText(self.tr("工作台　{day}").format(day=today.isoformat()))
        mine = self._ctx.actor.user_id if self.mine.isChecked() else None
        for key in self._titles:
            listing = lists.get(key)
            if listing is None:
                continue
            self.models[key].show_first(listing, self._pages(key, today, mine))
            self._show_count(key)
            if isinstance(listing, PaceList):
                self._show_pace(today, listing)

    def _show_pace(self, today: date, listing: PaceList) -> None:
        text = self.tr(
            "{year} 年随访不足 4 次：{below} 人，其中按现有安排年底前达不到 4 次（随访进度落后）：{behind} 人"
        )
        self.pace_summary.setText(text.format(year=today.year, below=listing.below_four, behind=listing.total))

    def _pages(self, key: str, today: date, mine: str | None) -> PageQuery:
        ctx = self._ctx
        return lambda offset: lambda: dashboard_lists(ctx, [key], today, caseworker_id=mine, offset=offset)[key]

    def _show_count(self, key: str) -> None:
        n = list(self._titles).index(key)
        title = self.tr("{title}（{n}）").format(title=self._titles[key], n=self.models[key].total)
        self.tabs.setTabText(n, title)
        self._update_more()

    def _current_model(self) -> DashboardListModel[Any]:
        return self.models[list(self._titles)[max(self.tabs.currentIndex(), 0)]]

    def _update_more(self) -> None:
        model = self._current_model()
        partial = model.missing() > 0
        self.shown_count.setText(
            self.tr("已显示 {shown} / {total} 条").format(shown=model.rowCount(), total=model.total) if partial else ""
        )
        self.more.setVisible(partial)
        self.more.setEnabled(not model.loading())

    def _load_more(self) -> None:
        self._current_model().load_more()
        self._update_more()

    def _show_counts(self, counts: dict[str, int]) -> None:
        self.summary.setText(
            self.tr("本站：服务对象 {c} 人，访视记录 {v} 条，志愿者 {k} 人").format(
                c=counts.get("clients", 0), v=counts.get("visits", 0), k=counts.get("volunteers", 0)
            )
        )
        for key in ("clients", "visits", "volunteers"):
            self.values.setdefault(key, QLabel()).setText(str(counts.get(key, 0)))

    def _activate(self, key: str, row: int) -> None:
        entry = self.models[key].row_at(row)
        if isinstance(entry, DraftEntry):
            self.open_visit.emit(entry.visit_id, entry.client_id)
        elif isinstance(entry, DueEntry | PaceEntry):
            self.open_client.emit(entry.client_id)
