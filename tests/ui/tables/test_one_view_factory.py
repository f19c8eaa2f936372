"""Every table in desktop/ui is built by `table_view`, so the lists share one set-up."""

from __future__ import annotations

import re
from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView

from desktop.ui.tables.dto_table import Column, DtoTableModel
from desktop.ui.tables.view import FIT_ROWS, SelectionMode, table_view

UI = Path(__file__).resolve().parents[3] / "desktop" / "ui"
FACTORY = UI / "tables" / "view.py"
# The bench's bare baseline is a plain PySide6 window that imports nothing of ours, by design.
BARE = UI / "bench" / "bare.py"
# A QTableView made directly, or one of its set-up calls repeated outside the factory.
BYPASS = re.compile(r"QTableView\(|setResizeContentsPrecision|setSortingEnabled|setAlternatingRowColors")


def test_no_table_view_is_built_outside_the_factory() -> None:
    found = [
        f"{path.relative_to(UI)}:{number}: {line.strip()}"
        for path in sorted(UI.rglob("*.py"))
        if path not in (FACTORY, BARE)
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if BYPASS.search(line)
    ]
    assert found == []


def test_the_factory_settings(qtbot: QtBot) -> None:
    model: DtoTableModel[str] = DtoTableModel([Column("a", str), Column("b", str)])
    fitted = table_view(model)
    qtbot.addWidget(fitted)
    header = fitted.horizontalHeader()
    assert fitted.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert fitted.selectionMode() == SelectionMode.SingleSelection
    assert fitted.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert fitted.verticalHeader().isHidden() and not fitted.isSortingEnabled()
    assert not fitted.alternatingRowColors()
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.ResizeToContents
    assert header.resizeContentsPrecision() == FIT_ROWS and header.stretchLastSection()

    sized = table_view(model, fit_columns=False, sort_by=0, selection=SelectionMode.ExtendedSelection)
    qtbot.addWidget(sized)
    assert sized.horizontalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.Interactive
    assert sized.isSortingEnabled() and sized.horizontalHeader().sortIndicatorSection() == 0
    assert sized.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert sized.selectionMode() == SelectionMode.ExtendedSelection

    elided = table_view(model, elide_last=True)
    qtbot.addWidget(elided)
    assert elided.horizontalHeader().sectionResizeMode(1) == QHeaderView.ResizeMode.Stretch
    assert elided.horizontalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.ResizeToContents
