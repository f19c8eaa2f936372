"""A read-only table over a short list of frozen dataclass rows, its cells held by Qt itself.

`DtoTableModel` answers every `data()` call in Python. A view asks for about ten roles per cell
each time it paints or fits a column, and each call crosses into Python: on the 工作台 that was
25–40 ms for one list of 100 rows, more than its queries (DESIGN §8, first rows ≤ 100 ms). This
model turns each row into `QStandardItem`s once, when the rows arrive; painting and measuring
then stay in C++. Use it for lists capped at a few hundred rows; lists that page from SQLite keep
`DtoTableModel`, which computes only the cells a view asks for.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from desktop.ui.item_models.dto_table import Column, Row

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_READ_ONLY = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled


class SmallTableModel(QStandardItemModel, Generic[Row]):
    def __init__(self, columns: Sequence[Column[Row]], parent: Any = None) -> None:
        super().__init__(0, len(columns), parent)
        self._columns = list(columns)
        self._rows: list[Row] = []
        self.setHorizontalHeaderLabels([column.header for column in self._columns])

    def _items(self, row: Row) -> list[QStandardItem]:
        items = []
        for column in self._columns:
            value = column.value(row)
            item = QStandardItem("" if value is None else str(value))
            item.setFlags(_READ_ONLY)
            if column.align_right:
                item.setTextAlignment(_RIGHT)
            items.append(item)
        return items

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Replace the contents and notify attached views."""
        self._rows = []
        self.setRowCount(0)
        self.append_rows(rows)

    def append_rows(self, rows: Sequence[Row]) -> None:
        self._rows.extend(rows)
        for row in rows:
            self.appendRow(self._items(row))

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    @property
    def rows(self) -> list[Row]:
        return list(self._rows)
