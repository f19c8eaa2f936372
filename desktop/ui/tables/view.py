"""The one way a list is shown: `table_view` builds every QTableView in desktop/ui.

Every list here is read-only, selected by whole rows and has no row numbers. What differs per
page is passed in: how many rows may be selected, whether columns fit their contents or keep the
widths the page sets, whether the last column is elided, and whether a header click sorts (the
model's `sort`, which for the register pages orders the SQL query). Alternating row colours are
off on every list (the default), so the factory does not offer them.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QHeaderView, QTableView

# Columns fitted to their contents measure this many rows (the visible ones first), not Qt's default
# 1,000: on a list of a thousand rows measuring every cell cost several times the query
# (docs/architecture.md, first rows painted).
FIT_ROWS = 50

SelectionMode = QAbstractItemView.SelectionMode


def table_view(
    model: QAbstractItemModel,
    *,
    selection: SelectionMode = SelectionMode.SingleSelection,
    fit_columns: bool = True,
    elide_last: bool = False,
    sort_by: int | None = None,
) -> QTableView:
    """A read-only table over `model`, one row (or `selection`) selected at a time.

    `fit_columns`: columns as wide as their first FIT_ROWS rows, the last stretched; otherwise the
    user (or the page, with setColumnWidth) sizes them. `elide_last`: the last column takes the
    remaining width and elides, rather than widening the table past the window. `sort_by`: header
    clicks sort, starting with that column ascending.
    """
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(selection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    if sort_by is not None:
        # Each of these two calls makes the view call model.sort(): a model that sorts in SQL
        # must only record the order until its first listing.
        view.setSortingEnabled(True)
        view.horizontalHeader().setSortIndicator(sort_by, Qt.SortOrder.AscendingOrder)
    header = view.horizontalHeader()
    if fit_columns:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(FIT_ROWS)
    else:
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if elide_last:
        header.setSectionResizeMode(model.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    return view


def enable_with_selection(view: QAbstractItemView, *buttons: QAbstractButton) -> None:
    """Buttons about the selected row(s) are enabled only while a row is selected, so none is ever
    pressed to no effect (issue 19: a dead control). A reload empties the selection: they follow."""

    def follow(*_args: object) -> None:
        try:
            chosen = view.selectionModel().hasSelection()
            for button in buttons:
                button.setEnabled(chosen)
        except RuntimeError:  # a QTableWidget's own model empties itself while the view is destroyed
            return

    view.selectionModel().selectionChanged.connect(follow)
    view.model().modelReset.connect(follow)
    view.model().layoutChanged.connect(follow)
    view.model().rowsRemoved.connect(follow)
    follow()
