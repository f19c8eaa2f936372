"""Closing an editing dialog with unsaved changes asks first (issue 19: Esc or 关闭 discarded a visit).

Mixed in before QDialog (`class ClientFormDialog(UnsavedChangesGuard, QDialog)`). What the dialog's
own input widgets hold is read when it is first shown and again when it is closed without saving;
when the two differ, `dialogs.ask_unsaved` offers save (or save as draft) / discard / keep editing.
Esc, a 关闭/取消 button wired to `reject` and the window's close button all end in `reject()`
(QDialog's closeEvent calls it), so overriding `reject` guards all three. Comparing values rather
than listening to change signals means typing something and deleting it again asks nothing.

Values the program fills in after the dialog is shown (a record loaded on the worker thread) are
not the user's edits: such methods are decorated with `@fills_form`, which moves the baseline
along when nothing had been changed yet.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, ClassVar, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTableView,
    QTextEdit,
    QWidget,
)

from desktop.ui.shell import dialogs

F = TypeVar("F", bound=Callable[..., Any])


def widget_value(widget: QWidget) -> object:
    """What a person can change in `widget`; None for widgets that hold nothing typed or chosen."""
    if isinstance(widget, QLineEdit):
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractSpinBox | QComboBox) or widget.isReadOnly():
            return None  # the spin box or combo box itself is read
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return None if widget.isReadOnly() else widget.toPlainText()
    if isinstance(widget, QComboBox):
        return (widget.currentIndex(), widget.currentText())
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QCheckBox | QRadioButton):
        return widget.isChecked()
    if isinstance(widget, QTableView) and widget.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers:
        model = widget.model()
        if model is None:
            return None
        return tuple(
            (model.index(r, c).data(), model.index(r, c).data(Qt.ItemDataRole.CheckStateRole))
            for r in range(model.rowCount())
            for c in range(model.columnCount())
        )
    return None


class UnsavedChangesGuard:
    """The mixin. Dialogs override `save_from_guard` when saving is not `self.save()`, and
    `extra_state` for what they keep outside widgets (the visit's recorded notifications)."""

    offers_draft: ClassVar[bool] = False
    _guard_baseline: tuple[object, ...] | None = None

    # --- what a dialog may override ------------------------------------------------------------

    def save_from_guard(self) -> None:
        """Save as the dialog's own save button does; the dialog closes itself once saved."""
        self.save()  # type: ignore[attr-defined]

    def extra_state(self) -> object:
        return None

    def keep_unasked(self, done: Callable[[bool], None]) -> None:
        """Keep the edits with nobody asked (the lock screen quits for a colleague who cannot
        answer for them): `done(True)` once they are kept, `done(False)` when this form cannot
        keep them on its own. Only a form with drafts can (the visit form overrides this)."""
        done(False)

    def form_kind(self) -> str:
        """What the form is, without naming anyone (said at the locked screen)."""
        return QCoreApplication.translate("UnsavedChangesGuard", "编辑窗口")

    # --- the state ----------------------------------------------------------------------------

    def form_state(self) -> tuple[object, ...]:
        own = self  # a QDialog
        assert isinstance(own, QDialog)
        values = [
            widget_value(widget)
            for widget in own.findChildren(QWidget)
            if widget.window() is own  # not the fields of a dialog opened from this one
        ]
        return (*values, self.extra_state())

    def mark_clean(self) -> None:
        self._guard_baseline = self.form_state()

    def has_unsaved_changes(self) -> bool:
        return self._guard_baseline is not None and self.form_state() != self._guard_baseline

    @contextmanager
    def filling(self) -> Iterator[None]:
        """Changes made inside the block are the program's, not the user's."""
        clean = not self.has_unsaved_changes()
        try:
            yield
        finally:
            if clean and self._guard_baseline is not None:
                self.mark_clean()

    # --- Qt overrides -------------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        if self._guard_baseline is None:
            self.mark_clean()
        super().showEvent(event)  # type: ignore[misc]

    def reject(self) -> None:
        if not self.has_unsaved_changes():
            super().reject()  # type: ignore[misc]
            return
        answer = dialogs.ask_unsaved(self, draft=self.offers_draft)  # type: ignore[arg-type]
        if answer == "discard":
            super().reject()  # type: ignore[misc]
        elif answer in ("save", "draft"):
            self.save_from_guard()


def fills_form(method: F) -> F:
    """Decorates a guarded dialog's method that fills fields with stored values (see the module)."""

    @functools.wraps(method)
    def wrapper(self: UnsavedChangesGuard, *args: Any, **kwargs: Any) -> Any:
        with self.filling():
            return method(self, *args, **kwargs)

    return wrapper  # type: ignore[return-value]
