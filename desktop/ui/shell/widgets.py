"""Small reusable widgets: code-list combo boxes, date edits (optional too), a time edit, a form row,
a scrolling form, a wrapping button row.

Keyboard first: a numbered combo shows each code as on the national form ("1 良好"), so typing
the digit picks it; an optional date shows "—" at its minimum and then means "not filled in".
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QPoint, QRect, QSize, Qt, QTime
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QTimeEdit,
    QWidget,
)

from desktop.domain.clock import station_today
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
        self.set_date(value or station_today())

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


def flowing(*widgets: QWidget, even: bool = False) -> QWidget:
    """Widgets side by side in one form row that wrap onto further lines when the row is narrow;
    `even` gives them all the widest one's width, so wrapped lines still read as columns."""
    box = QWidget()
    row = FlowLayout(box, right=False)
    widest = max((widget.sizeHint().width() for widget in widgets), default=0)
    for widget in widgets:
        if even:
            widget.setMinimumWidth(widest)
        row.addWidget(widget)
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


# A row of buttons that wraps onto further lines when its pane is narrow (issue 19: at 1366×768 and
# 125–150 % scaling the client page's 编辑, 记录访视 and print buttons ran off the right edge). Its
# minimum width is that of its widest item and its height follows the width (heightForWidth).
class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6, *, right: bool = True) -> None:
        super().__init__(parent)
        self._right = right
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        visible = [item.sizeHint() for item in self._visible()]
        if not visible:
            return QSize(0, 0)
        width = sum(size.width() for size in visible) + self._gap * (len(visible) - 1)
        return QSize(width, max(size.height() for size in visible))

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        return size

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Lines of items, each line right- or left-aligned; returns the height used."""
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._visible():
            width = item.sizeHint().width()
            if lines[-1] and used + self._gap + width > rect.width():
                lines.append([])
                used = 0
            used += (self._gap if lines[-1] else 0) + width
            lines[-1].append(item)
        y = rect.y()
        for line in lines:
            if not line:
                continue
            height = max(item.sizeHint().height() for item in line)
            if move:
                line_width = sum(item.sizeHint().width() for item in line) + self._gap * (len(line) - 1)
                x = rect.x() + (max(rect.width() - line_width, 0) if self._right else 0)
                for item in line:
                    size = item.sizeHint()
                    top = y + (height - size.height()) // 2  # a caption level with its field
                    item.setGeometry(QRect(QPoint(x, top), QSize(min(size.width(), rect.width()), size.height())))
                    x += size.width() + self._gap
            y += height + self._gap
        return max(y - rect.y() - self._gap, 0)


class TallerWhenNarrow:
    """Mixed in before QWidget: the minimum height follows the width (wrapped captions, a FlowLayout).

    A QSplitter does not ask its panes for height-for-width, so a pane in one would be squeezed to
    a single line per row; saying it in the minimum size lets the page around it scroll instead.
    """

    def minimumSizeHint(self) -> QSize:
        widget = self
        assert isinstance(widget, QWidget)
        hint = super().minimumSizeHint()  # type: ignore[misc]
        layout = widget.layout()
        if layout is not None and layout.hasHeightForWidth() and widget.width() > 0:
            hint.setHeight(max(hint.height(), layout.heightForWidth(widget.width())))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)  # type: ignore[misc]
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # type: ignore[attr-defined]
