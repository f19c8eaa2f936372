"""The only place that opens message boxes, so tests and smoke runs can switch them off."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)

# Set by --smoke-test and by tests: messages are logged instead of shown modally.
headless = False
shown: list[tuple[str, str]] = []


def inform(parent: QWidget | None, title: str, text: str) -> None:
    shown.append((title, text))
    if headless:
        log.info("%s: %s", title, text)
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
