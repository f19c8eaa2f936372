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


# Headless answers for the file, printer and text choke points below (tests queue them).
save_answers: list[str | None] = []
print_answers: list[bool] = []
text_answers: list[str | None] = []
asked: list[tuple[str, str]] = []


def choose_save_path(parent: QWidget | None, title: str, suggested: str, filters: str) -> str | None:
    """The save-file dialog; `suggested` is a neutral file name (never personal data) or a path."""
    asked.append((title, suggested))
    if headless:
        return save_answers.pop(0) if save_answers else None
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    start = suggested
    if "/" not in suggested and "\\" not in suggested:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        start = f"{folder}/{suggested}" if folder else suggested
    path, _filter = QFileDialog.getSaveFileName(parent, title, start, filters)
    return path or None


def choose_printer(parent: QWidget | None, printer: object) -> bool:
    """The system print dialog for `printer` (a QPrinter); True when the user chose to print."""
    asked.append(("print", ""))
    if headless:
        return print_answers.pop(0) if print_answers else False
    from PySide6.QtPrintSupport import QPrintDialog

    dialog = QPrintDialog(printer, parent)  # type: ignore[arg-type]
    return dialog.exec() == QPrintDialog.DialogCode.Accepted


def ask_text(parent: QWidget | None, title: str, label: str, default: str = "") -> str | None:
    """One line of text from the user (a week, a month, a scanned code); None when cancelled."""
    asked.append((title, label))
    if headless:
        return text_answers.pop(0) if text_answers else default
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, default)
    return text if ok else None
