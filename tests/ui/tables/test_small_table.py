"""The capped-list model keeps its cells in Qt: same rows, headers and alignment as DtoTableModel."""

from __future__ import annotations

from dataclasses import dataclass

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from desktop.ui.tables.dto_table import Column
from desktop.ui.tables.small_table import SmallTableModel
from desktop.ui.tables.view import table_view


@dataclass(frozen=True)
class Item:
    name: str
    days: int | None


COLUMNS = [Column("姓名", lambda i: i.name), Column("天数", lambda i: i.days, align_right=True)]


def test_rows_headers_alignment_and_read_only_cells(qtbot: QtBot) -> None:
    model: SmallTableModel[Item] = SmallTableModel(COLUMNS)
    view = table_view(model)
    qtbot.addWidget(view)
    model.set_rows([Item("张三", 3), Item("李四", None)])
    assert (model.rowCount(), model.columnCount()) == (2, 2)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "天数"
    assert [model.data(model.index(r, c)) for r in range(2) for c in range(2)] == ["张三", "3", "李四", ""]
    assert model.data(model.index(0, 1), Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    )
    assert model.data(model.index(0, 0), Qt.ItemDataRole.TextAlignmentRole) is None
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert model.row_at(1) == Item("李四", None) and model.row_at(2) is None


def test_set_rows_replaces_and_append_rows_adds(qtbot: QtBot) -> None:
    model: SmallTableModel[Item] = SmallTableModel(COLUMNS)
    model.set_rows([Item("张三", 1), Item("李四", 2)])
    model.set_rows([Item("王五", 5)])
    assert model.rows == [Item("王五", 5)] and model.rowCount() == 1
    model.append_rows([Item("赵六", 6)])
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == ["王五", "赵六"]
    assert model.row_at(1) == Item("赵六", 6)
    model.set_rows([])
    assert model.rowCount() == 0 and model.rows == []
