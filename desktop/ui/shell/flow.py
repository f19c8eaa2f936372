"""A row of buttons that wraps onto further lines when its pane is narrow (issue 19: at 1366×768
and 125–150 % scaling the client page's 编辑, 记录访视 and print buttons ran off the right edge).

Laid out right-aligned (or left-aligned) like the button rows it replaces; its minimum width is that of its widest
button, and its height follows the width (heightForWidth), so the pane grows a line instead.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


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
