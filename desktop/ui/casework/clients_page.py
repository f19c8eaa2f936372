"""服务对象: the register with search as you type, and the selected client's detail."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QPoint, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import current_language
from desktop.services.casework.client_lists import SEARCH_LIMIT
from desktop.services.context import ServiceContext
from desktop.services.permissions import allowed

from desktop.ui.casework.client_detail import ClientDetailView
from desktop.ui.casework.clients_model import ClientListModel
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.tables.view import table_view

# Keystroke to painted results ≤ 50 ms (docs/architecture.md §8): the search itself takes ~1–7 ms on 100,000
# clients, so no pause is added; the zero-interval timer still merges keys that arrive in one event-loop pass.
SEARCH_DELAY_MS = 0


class ClientsPage(QWidget):
    def __init__(self, ctx: ServiceContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_box = QLineEdit()
        # Short enough for the list pane at 1366 px and 150 % scaling; the tooltip says it all.
        self.search_box.setPlaceholderText(self.tr("搜索：姓名、首字母（如 zsf）、证件或手机尾号"))
        self.search_box.setToolTip(self.tr("搜索：姓名、拼音或首字母（如 zsf）、身份证号或手机号后几位、居委会"))
        self.search_box.setClearButtonEnabled(True)
        self.count_label = QLabel("")

        self.model = ClientListModel(ctx, runner, self)
        self.table = table_view(self.model, fit_columns=False, sort_by=0)  # the model sorts in SQL
        # English labels ("Female", "Neighbourhood committee") are wider than their Chinese.
        widths = (
            (100, 64, 44, 170, 116, 170, 110, 110)
            if current_language() == "en"
            else (100, 44, 48, 170, 116, 150, 70, 80)
        )
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.table.activated.connect(lambda index: self._open_row(index.row()))
        if allowed(ctx.actor.role, "sync.transfer"):  # the district: 转移到其他站点… on a row too
            self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            self.table.customContextMenuRequested.connect(self._row_menu)

        self._ctx, self._runner = ctx, runner
        self.detail = ClientDetailView(ctx, runner)
        self.detail.client_changed.connect(lambda _id: self.model.search(self.search_box.text()))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.new_button = QPushButton(self.tr("登记服务对象(&N)…"))
        self.new_button.setShortcut(QKeySequence("Ctrl+N"))
        self.new_button.clicked.connect(self.new_client)
        self.new_button.setVisible(allowed(ctx.actor.role, "clients.write"))  # not the district's
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_box, 1)
        search_row.addWidget(self.new_button)
        left_layout.addLayout(search_row)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(lambda: self.model.search(self.search_box.text()))
        self.search_box.textChanged.connect(lambda _text: self._debounce.start())
        self.search_box.returnPressed.connect(self._search_now)
        self.model.loaded.connect(self._update_count)
        self.setFocusProxy(self.search_box)

    def refresh(self) -> None:
        self.model.search(self.search_box.text())

    def _search_now(self) -> None:
        self._debounce.stop()
        self.model.search(self.search_box.text())

    def _update_count(self) -> None:
        count = self.model.rowCount()
        suffix = self.tr("（向下滚动加载更多）") if self.model.canFetchMore() else ""
        if self.search_box.text().strip() and count >= SEARCH_LIMIT:
            suffix = self.tr("（只显示最相符的 {n} 位，请多输入几个字缩小范围）").format(n=SEARCH_LIMIT)
        self.count_label.setText(self.tr("显示 {n} 位服务对象").format(n=count) + suffix)

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self._open_row(indexes[0].row())

    def _open_row(self, row: int) -> None:
        client = self.model.row_at(row)
        if client is not None:
            self.detail.show_client(client.id)

    def _row_menu(self, pos: QPoint) -> None:
        client = self.model.row_at(self.table.indexAt(pos).row())
        if client is None:
            return
        from desktop.ui.exchange.transfer_dialog import open_transfer

        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        action = menu.addAction(self.tr("转移到其他站点(&T)…"))
        action.triggered.connect(
            lambda: open_transfer(self, self._ctx, self._runner, client.id, client.name, self._transferred)
        )
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def _transferred(self, client_id: str) -> None:
        self.model.search(self.search_box.text())
        self.detail.show_client(client_id)

    def new_client(self) -> None:
        from desktop.ui.casework.client_form import ClientFormDialog

        dialog = ClientFormDialog(self._ctx, self._runner, self)
        self.client_form = dialog

        def finished(_result: int) -> None:
            if dialog.saved is not None:
                self.model.search(self.search_box.text())
                self.detail.show_client(dialog.saved.id)

        dialog.finished.connect(finished)
        dialog.open()

    def show_client(self, client_id: str) -> None:
        """Open a client chosen elsewhere (工作台, 访视记录)."""
        self.detail.show_client(client_id)
