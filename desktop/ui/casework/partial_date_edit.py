"""A date that may be known to the year or the month only (末次出院时间; docs/domain.md §1.2).

Typed as the national system writes it — 2024, 2024-06 or 2024-06-15 — so the text itself says how
much is known; a label beside it repeats the precision in words. Empty means "not filled in".
Text that is not such a date reads as a clear error (the visit form shows it and saves nothing).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from desktop.domain import partial_dates
from desktop.domain.codes import DATE_PRECISION, label
from desktop.errors import ValidationError
from desktop.i18n import current_language


class PartialDateEdit(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("如 2024、2024-06 或 2024-06-15"))
        self.edit.setToolTip(self.tr("只知道年份或年月时，只写年份或年-月"))
        self.edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,4}(-\d{0,2}(-\d{0,2})?)?")))
        self.edit.setMinimumWidth(150)
        self.precision_label = QLabel()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)
        row.addWidget(self.precision_label)
        self.edit.textChanged.connect(self._edited)
        self.setFocusProxy(self.edit)

    def _edited(self) -> None:
        try:
            _value, precision = self.value()
        except ValidationError:
            self.precision_label.setText("")
        else:
            known = bool(self.edit.text().strip())
            self.precision_label.setText(
                self.tr("（精确到：{p}）").format(p=label(DATE_PRECISION, precision, current_language()))
                if known
                else ""
            )
        self.changed.emit()

    def value(self) -> tuple[date | None, str]:
        """(first day of the period or None, precision); ValidationError for text that is no date."""
        written = self.edit.text().strip()
        if not written:
            return None, partial_dates.FULL
        try:
            return partial_dates.parse(written)
        except ValueError:
            raise ValidationError(
                "visit.discharge_format",
                "末次出院时间应写成 年、年-月 或 年-月-日，如 2024、2024-06、2024-06-15。",
                field="last_discharge_date",
            ) from None

    def set_value(self, value: date | None, precision: str) -> None:
        known = precision if precision in partial_dates.PRECISIONS else partial_dates.FULL
        self.edit.setText(partial_dates.text(value, known) if value is not None else "")
