"""Small reusable widgets: a combo box over a code list, a date edit with sensible defaults."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QWidget

from desktop.domain.codes import CodeList
from desktop.i18n import current_language


class CodeCombo(QComboBox):
    """A combo box over a code list; `value()` is the code, None for the blank first entry."""

    def __init__(self, codes: CodeList, blank: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if blank is not None:
            self.addItem(blank, None)
        english = current_language() == "en"
        for code in codes:
            self.addItem(code.en if english else code.zh, code.value)

    def value(self) -> int | str | None:
        return self.currentData()

    def set_value(self, value: int | str | None) -> None:
        index = self.findData(value)
        self.setCurrentIndex(max(index, 0))


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class DateEdit(QDateEdit):
    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.set_date(value or date.today())

    def set_date(self, value: date) -> None:
        self.setDate(to_qdate(value))

    def value(self) -> date:
        return from_qdate(self.date())
