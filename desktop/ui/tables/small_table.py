"""A read-only table over a short list of frozen dataclass rows, its cells held by Qt itself.

`DtoTableModel` answers every `data()` call in Python. A view asks for about ten roles per cell
each time it paints or fits a column, and each call crosses into Python: on the 工作台 that was
25–40 ms for one list of 100 rows, more than its queries (docs/architecture.md §8, first rows ≤ 100 ms). This
model writes each cell's text into Qt once, when the rows arrive; painting and measuring then stay
in C++. Use it for lists capped at a few hundred rows; lists that page from SQLite keep
`DtoTableModel`, which computes only the cells a view asks for.

The cells are written with `setData`, not as `QStandardItem`s made in Python: each of those keeps
a Python wrapper alive as long as the model, and thousands of them made every later full garbage
collection ≈ 60 ms slower (seen on the register opened after the 工作台).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from desktop.ui.tables.dto_table import Column, Row

_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class SmallTableModel(QStandardItemModel, Generic[Row]):
    def __init__(self, columns: Sequence[Column[Row]], parent: Any = None) -> None:
        super().__init__(0, len(columns), parent)
        self._columns = list(columns)
        self._rows: list[Row] = []
        self.setHorizontalHeaderLabels([column.header for column in self._columns])
        # Every cell Qt creates is a copy of this one: selectable, never editable.
        prototype = QStandardItem()
        prototype.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
        self.setItemPrototype(prototype)

    def _write(self, first: int, rows: Sequence[Row]) -> None:
        for n, row in enumerate(rows, first):
            for c, column in enumerate(self._columns):
                value = column.value(row)
                index = self.index(n, c)
                self.setData(index, "" if value is None else str(value), _DISPLAY)
                if column.align_right:
                    self.setData(index, _RIGHT, _ALIGNMENT)

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Replace the contents; attached views see one reset, not a signal per cell."""
        self.beginResetModel()
        self.blockSignals(True)
        try:
            self._rows = list(rows)
            self.setRowCount(0)
            self.setRowCount(len(self._rows))
            self._write(0, self._rows)
        finally:
            self.blockSignals(False)
        self.endResetModel()

    def append_rows(self, rows: Sequence[Row]) -> None:
        if not rows:
            return
        first = len(self._rows)
        self._rows.extend(rows)
        self.insertRows(first, len(rows))
        self._write(first, rows)

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    @property
    def rows(self) -> list[Row]:
        return list(self._rows)
