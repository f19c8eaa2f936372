"""审计日志 (station lead, administrator): who did what to which record, filtered, newest first,
with a check of the hash chain. The log holds ids and field names, no values: they are shown as a
reader says them (audit_labels: actions, record types, field captions; a person's masked name
instead of the record's id, which stays in the tooltip and the filter)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.clock import station_today, to_station
from desktop.domain.codes import ROLES, label
from desktop.i18n import current_language
from desktop.services.audit import AuditFilter, AuditRow, ChainCheck, audit_usernames, list_events, verify_chain
from desktop.services.context import ServiceContext

from desktop.ui.admin.audit_labels import (
    ACTION_LABELS,
    OTHER_ROLES,
    _t,
    action_text,
    fields_text,
    object_text,
    result_text,
)
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.shell.widgets import DateEdit
from desktop.ui.tables.dto_table import Column
from desktop.ui.tables.keyset import Index, KeysetModel
from desktop.ui.tables.view import SelectionMode, table_view

PAGE = 500


class AuditModel(KeysetModel[AuditRow]):
    """Events newest first, a page of PAGE at a time; the page's button asks for the next one."""

    fetch_on_scroll = False

    def __init__(self, ctx: ServiceContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__([], runner, PAGE, parent, first_page=self.first_page, next_page=self.next_page)
        self._ctx = ctx
        self._filter = AuditFilter()
        language = current_language()
        self._columns = [
            Column(self.tr("序号"), lambda r: r.seq, align_right=True),
            Column(self.tr("时间"), lambda r: to_station(r.at).strftime("%Y-%m-%d %H:%M:%S")),
            Column(self.tr("用户"), lambda r: r.username or "—"),
            Column(
                self.tr("角色"),
                lambda r: _t(OTHER_ROLES[r.role]) if r.role in OTHER_ROLES else label(ROLES, r.role, language),
            ),
            Column(self.tr("操作"), lambda r: action_text(r.action)),
            Column(self.tr("对象"), lambda r: object_text(r.object_type)),
            Column(self.tr("记录"), lambda r: r.object_name or r.object_id),
            Column(self.tr("结果"), lambda r: result_text(r.result)),
            Column(self.tr("原因"), lambda r: r.reason),
            Column(self.tr("字段"), lambda r: fields_text(r.fields, r.object_type)),
        ]
        self._record_column = 6

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # The record's id stays at hand (to copy into the filter) where its name is shown.
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self._record_column:
            row = self.row_at(index.row())
            return row.object_id if row is not None and row.object_id else None
        return super().data(index, role)

    def load(self, where: AuditFilter) -> None:
        self._filter = where
        self.reload()

    def first_page(self) -> Callable[[], list[AuditRow]]:
        ctx, where = self._ctx, self._filter
        return lambda: list_events(ctx, where, limit=PAGE)

    def next_page(self, last: AuditRow) -> Callable[[], list[AuditRow]]:
        ctx, where, before = self._ctx, self._filter, last.seq
        return lambda: list_events(ctx, where, before_seq=before, limit=PAGE)


class AuditPage(QWidget):
    def __init__(self, ctx: ServiceContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self._build_controls()
        filters = self._build_filters()
        footer = self._build_table(ctx, runner)
        self._build_layout(filters, footer)

    def _build_controls(self) -> None:
        self._heading = QLabel(self.tr("审计日志"))
        self._heading.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.user = QComboBox()
        self.user.addItem(self.tr("（全部用户）"), "")
        self.action = QComboBox()
        self.action.addItem(self.tr("（全部操作）"), "")
        for value, text in ACTION_LABELS.items():
            self.action.addItem(_t(text), value)
        self.date_from = DateEdit(station_today() - timedelta(days=30))
        self.date_to = DateEdit(station_today())
        self.object_id = QLineEdit()
        self.object_id.setPlaceholderText(self.tr("记录编号（可只输前几位）"))
        self.search_button = QPushButton(self.tr("查询(&S)"))
        self.search_button.setDefault(True)
        self.search_button.clicked.connect(self.refresh)
        self.object_id.returnPressed.connect(self.refresh)
        self.verify_button = QPushButton(self.tr("校验完整性(&V)"))
        self.verify_button.clicked.connect(self.verify)
        self.chain_label = QLabel("")
        self.chain_label.setWordWrap(True)

    def _build_filters(self) -> QFormLayout:
        filters = QFormLayout()
        row1 = QHBoxLayout()
        row1.addWidget(self.user, 1)
        row1.addWidget(self.action, 1)
        filters.addRow(self.tr("用户 / 操作"), row1)
        row2 = QHBoxLayout()
        row2.addWidget(self.date_from)
        row2.addWidget(QLabel(self.tr("至")))
        row2.addWidget(self.date_to)
        row2.addStretch(1)
        # A caption of a row that is a layout gets no buddy from addRow: its "&" showed as text.
        dates = QLabel(self.tr("日期(&D)"))
        dates.setBuddy(self.date_from)
        filters.addRow(dates, row2)
        row3 = QHBoxLayout()
        row3.addWidget(self.object_id, 1)
        row3.addWidget(self.search_button)
        object_caption = QLabel(self.tr("对象编号(&O)"))
        object_caption.setBuddy(self.object_id)
        filters.addRow(object_caption, row3)
        return filters

    def _build_table(self, ctx: ServiceContext, runner: TaskRunner) -> QHBoxLayout:
        """The event list; returns its footer row (count, more)."""
        self.model = AuditModel(ctx, runner, self)
        self.model.loaded.connect(self._update_footer)
        # Fitted on FIT_ROWS rows like every other list, not Qt's 1,000: a page holds 500 events,
        # and each time the table's geometry changes (3 times when the window lays out the
        # freshly built page) all of them were measured again — 75,000 data() calls. The field
        # list can be long (a new record names every field): it is elided, not pushing the table
        # sideways. The page never chose a selection mode: it keeps Qt's default, several rows.
        self.table = table_view(self.model, selection=SelectionMode.ExtendedSelection, elide_last=True)
        self.more_button = QPushButton(self.tr("加载更早的记录(&M)"))
        self.more_button.clicked.connect(self.model.load_more)
        self.count_label = QLabel("")
        footer = QHBoxLayout()
        footer.addWidget(self.count_label, 1)
        footer.addWidget(self.more_button)
        return footer

    def _build_layout(self, filters: QFormLayout, footer: QHBoxLayout) -> None:
        chain = QHBoxLayout()
        chain.addWidget(self.chain_label, 1)
        chain.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addLayout(filters)
        layout.addLayout(chain)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            username=str(self.user.currentData() or ""),
            action=str(self.action.currentData() or ""),
            object_id=self.object_id.text().strip(),
            date_from=self.date_from.value(),
            date_to=self.date_to.value(),
        )

    def refresh(self) -> None:
        self.model.load(self.current_filter())
        ctx = self._ctx
        # After the first page, on the same worker: the rows are painted without waiting for it.
        self._runner.run(lambda: audit_usernames(ctx), self._names_loaded)

    def _names_loaded(self, names: list[str]) -> None:
        chosen = self.user.currentData()
        self.user.blockSignals(True)
        self.user.clear()
        self.user.addItem(self.tr("（全部用户）"), "")
        for name in names:
            if name:
                self.user.addItem(name, name)
        self.user.setCurrentIndex(max(0, self.user.findData(chosen)))
        self.user.blockSignals(False)

    def _update_footer(self) -> None:
        self.more_button.setEnabled(self.model.has_more())
        self.count_label.setText(self.tr("显示 {n} 条记录").format(n=self.model.rowCount()))

    def verify(self) -> None:
        ctx = self._ctx
        self.verify_button.setEnabled(False)
        self._runner.run(lambda: verify_chain(ctx), self._verified)

    def _verified(self, check: ChainCheck) -> None:
        self.verify_button.setEnabled(True)
        if check.ok:
            self.chain_label.setStyleSheet("color: #1b5e20;")
            self.chain_label.setText(self.tr("审计日志完整：共 {n} 条记录，哈希链无断点。").format(n=check.rows))
        else:
            self.chain_label.setStyleSheet("color: #b00020; font-weight: 600;")
            self.chain_label.setText(
                self.tr("审计日志在第 {seq} 条处断开（记录被改动、删除或插入）。请报告站长并保留本机现状。").format(
                    seq=check.broken_seq
                )
            )
