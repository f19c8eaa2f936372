"""The only place that opens message boxes, so tests and smoke runs can switch them off."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

log = logging.getLogger(__name__)

# Set by --smoke-test and by tests: messages are logged instead of shown modally.
headless = False
shown: list[tuple[str, str]] = []
# Headless answers for ask_text, taken in order (tests put the "typed" reasons here).
answers: list[str] = []


def inform(parent: QWidget | None, title: str, text: str, *, secret: bool = False) -> None:
    """`secret=True` (a temporary password): headless runs keep the text out of the log."""
    shown.append((title, text))
    if headless:
        log.info("%s: %s", title, "(not logged)" if secret else text)
        return
    QMessageBox.information(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    shown.append((title, text))
    if headless:
        log.warning("%s: %s", title, text)
        return
    QMessageBox.warning(parent, title, text)


def critical(parent: QWidget | None, title: str, text: str) -> None:
    shown.append((title, text))
    if headless:
        log.error("%s: %s", title, text)
        return
    QMessageBox.critical(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    shown.append((title, text))
    if headless:
        return True
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def ask_text(parent: QWidget | None, title: str, label: str, *, password: bool = False) -> str | None:
    """One line of text from the user (e.g. the reason for revealing a value); None when cancelled."""
    shown.append((title, label))
    if headless:
        return answers.pop(0) if answers else None
    mode = QLineEdit.EchoMode.Password if password else QLineEdit.EchoMode.Normal
    text, ok = QInputDialog.getText(parent, title, label, mode)
    return text if ok else None
