"""The wrapping button row (ui/shell/flow.py): one line when there is room, more lines and a taller
row when the pane is narrow, and no button beyond the row's right edge."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QPushButton, QWidget

from desktop.ui.shell.widgets import FlowLayout

CAPTIONS = ("打印档案", "空白访视表", "打印访视记录", "国家随访表")


def _row(qtbot: QtBot, *, right: bool = True) -> tuple[QWidget, list[QPushButton]]:
    row = QWidget()
    qtbot.addWidget(row)
    layout = FlowLayout(row, right=right)
    buttons = [QPushButton(caption) for caption in CAPTIONS]
    for button in buttons:
        layout.addWidget(button)
    return row, buttons


def test_one_line_when_wide_and_wrapped_inside_when_narrow(qtbot: QtBot) -> None:
    row, buttons = _row(qtbot)
    layout = row.layout()
    assert isinstance(layout, FlowLayout)
    wide = layout.sizeHint().width() + 40
    row.resize(wide, layout.heightForWidth(wide))
    row.show()
    qtbot.waitExposed(row)
    assert len({b.geometry().top() for b in buttons}) == 1
    assert buttons[-1].geometry().right() <= row.width()

    narrow = max(b.sizeHint().width() for b in buttons) + 10
    assert layout.heightForWidth(narrow) > layout.heightForWidth(wide)
    row.resize(narrow, layout.heightForWidth(narrow))
    qtbot.waitUntil(lambda: len({b.geometry().top() for b in buttons}) == len(buttons), timeout=2000)
    assert all(b.geometry().left() >= 0 and b.geometry().right() < row.width() for b in buttons)
    assert all(b.geometry().bottom() < row.height() for b in buttons)
    assert layout.minimumSize().width() == max(b.minimumSizeHint().width() for b in buttons)


def test_left_aligned_rows_start_at_the_left(qtbot: QtBot) -> None:
    row, buttons = _row(qtbot, right=False)
    row.resize(2000, 60)
    row.show()
    qtbot.waitExposed(row)
    assert buttons[0].geometry().left() == 0
