"""Small reusable widgets: code-list combo boxes, date edits (optional too), a time edit, a form row.

Keyboard first: a numbered combo shows each code as on the national form ("1 良好"), so typing
the digit picks it; an optional date shows "—" at its minimum and then means "not filled in".
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QTimeEdit,
    QWidget,
)

from desktop.domain.codes import CodeList
from desktop.i18n import current_language


class CodeCombo(QComboBox):
    """A combo box over a code list; `value()` is the code, None for the blank first entry."""

    def __init__(
        self, codes: CodeList, blank: str | None = None, parent: QWidget | None = None, *, numbered: bool = False
    ) -> None:
        super().__init__(parent)
        if blank is not None:
            self.addItem(blank, None)
        english = current_language() == "en"
        for code in codes:
            text = code.en if english else code.zh
            if numbered and isinstance(code.value, int) and not text.startswith(str(code.value)):
                text = f"{code.value} {text}"
            self.addItem(text, code.value)

    def value(self) -> int | str | None:
        return self.currentData()

    def int_value(self) -> int | None:
        value = self.currentData()
        return None if value is None else int(value)

    def set_value(self, value: int | str | None) -> None:
        index = self.findData(value)
        self.setCurrentIndex(max(index, 0))


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class DateEdit(QDateEdit):
    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab leaves the field instead of walking its sections (arrows and typing do that):
        # QDateTimeEdit keeps Tab for its sections and, on a special value, never lets go.
        return QWidget.focusNextPrevChild(self, next)

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.set_date(value or date.today())

    def set_date(self, value: date) -> None:
        self.setDate(to_qdate(value))

    def value(self) -> date:
        return from_qdate(self.date())


EMPTY_DATE = date(1900, 1, 1)


class OptionalDateEdit(DateEdit):
    """A date that may be left empty: the minimum date shows as "—" and reads as None."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(None, parent)
        self.setMinimumDate(to_qdate(EMPTY_DATE))
        self.setSpecialValueText("—")
        self.set_optional(value)

    def set_optional(self, value: date | None) -> None:
        self.setDate(to_qdate(value or EMPTY_DATE))

    def optional(self) -> date | None:
        value = self.value()
        return None if value == EMPTY_DATE else value


class TimeEdit(QTimeEdit):
    """HH:MM; "" when left at 00:00 (no contact starts at midnight)."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)  # Tab leaves the field (see DateEdit)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("HH:mm")

    def text_value(self) -> str:
        time = self.time()
        return "" if (time.hour(), time.minute()) == (0, 0) else f"{time.hour():02d}:{time.minute():02d}"

    def set_text_value(self, text: str) -> None:
        hours, _, minutes = (text or "00:00").partition(":")
        self.setTime(QTime(int(hours or 0), int(minutes or 0)))


def hbox(*widgets: QWidget, stretch: bool = True) -> QWidget:
    """Widgets side by side in one form row (a trailing stretch keeps them at their natural size)."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    if stretch:
        row.addStretch(1)
    return box


def scrolling(content: QWidget) -> QScrollArea:
    """`content` in a frameless scroll area: a long form scrolls on a small screen instead of
    making its window taller than the screen."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area


def sized_by_current(pages: QTabWidget | QStackedWidget) -> None:
    """Only the tab or page shown sets the minimum size: a wide one elsewhere must not make the one
    in view scroll sideways on a small screen (Qt takes the widest of all by default)."""
    stack = pages if isinstance(pages, QStackedWidget) else pages.findChild(QStackedWidget)
    if stack is None:
        return

    def follow(current: int) -> None:
        for index in range(stack.count()):
            policy = QSizePolicy.Policy.Preferred if index == current else QSizePolicy.Policy.Ignored
            stack.widget(index).setSizePolicy(policy, policy)
        stack.updateGeometry()
        pages.updateGeometry()

    pages.currentChanged.connect(follow)
    follow(pages.currentIndex())
