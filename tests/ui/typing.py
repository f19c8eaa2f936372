"""Typing as a Chinese user does: the input method commits whole words to the focused widget.

QTest.keyClicks only knows ASCII keys (it asserts on anything else), so Chinese text is sent the
way an IME delivers it, as a QInputMethodEvent with a commit string.
"""

from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget


def commit_text(widget: QWidget, text: str) -> None:
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
