"""An editable table of simple records (trainings, commendations, evaluations) with add/remove."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class RecordTable(QWidget):
    def __init__(self, columns: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keys = [key for key, _ in columns]
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels([header for _, header in columns])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        add = QPushButton(self.tr("添加(&A)"))
        remove = QPushButton(self.tr("删除所选(&D)"))
        add.clicked.connect(lambda: self.add_row())
        remove.clicked.connect(self.remove_row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_row(self, values: dict[str, str] | None = None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, key in enumerate(self._keys):
            self.table.setItem(row, column, QTableWidgetItem((values or {}).get(key, "")))
        self.table.setCurrentCell(row, 0)

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def set_records(self, records: list[dict[str, str]]) -> None:
        self.table.setRowCount(0)
        for record in records:
            self.add_row(record)

    def records(self) -> list[dict[str, str]]:
        result = []
        for row in range(self.table.rowCount()):
            values = {}
            for column, key in enumerate(self._keys):
                item = self.table.item(row, column)
                values[key] = item.text() if item is not None else ""
            if any(v.strip() for v in values.values()):
                result.append(values)
        return result
