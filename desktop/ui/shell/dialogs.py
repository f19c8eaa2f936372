"""The only place that opens message boxes and file, folder and text prompts, so tests and smoke
runs can switch them off (headless: each prompt takes the next answer queued for its kind)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
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


# Headless answers for the file, folder, printer, number and text choke points below (tests queue them).
save_answers: list[str | None] = []
open_answers: list[str | None] = []
folder_answers: list[str | None] = []
int_answers: list[int | None] = []
print_answers: list[bool] = []
text_answers: list[str | None] = answers  # type: ignore[assignment]  # one queue for both names
asked: list[tuple[str, str]] = []
# Where each file or folder prompt started (tests read it; headless runs record it too).
started_in: list[str] = []


def _start(folder: str = "") -> str:
    """One rule for every file and folder prompt: the given folder, else a mounted removable
    drive, else Documents (desktop/ui/shell/start_folder.py)."""
    from desktop.ui.shell.start_folder import start_folder

    start = folder or start_folder()
    started_in.append(start)
    return start


def choose_save_path(parent: QWidget | None, title: str, suggested: str, filters: str) -> str | None:
    """The save-file dialog; `suggested` is a neutral file name (never personal data) or a path.
    A bare file name starts where every prompt starts (`_start`)."""
    asked.append((title, suggested))
    bare = "/" not in suggested and "\\" not in suggested
    folder = _start() if bare else ""
    if headless:
        return save_answers.pop(0) if save_answers else None
    from PySide6.QtWidgets import QFileDialog

    start = f"{folder}/{suggested}" if bare and folder else suggested
    path, _filter = QFileDialog.getSaveFileName(parent, title, start, filters)
    return path or None


def choose_open_path(parent: QWidget | None, title: str, folder: str, filters: str) -> str | None:
    """The open-file dialog, starting in `folder` ("" for where every prompt starts)."""
    asked.append((title, folder))
    start = _start(folder)
    if headless:
        return open_answers.pop(0) if open_answers else None
    from PySide6.QtWidgets import QFileDialog

    path, _filter = QFileDialog.getOpenFileName(parent, title, start, filters)
    return path or None


def choose_folder(parent: QWidget | None, title: str) -> str | None:
    asked.append((title, ""))
    start = _start()
    if headless:
        return folder_answers.pop(0) if folder_answers else None
    from PySide6.QtWidgets import QFileDialog

    return QFileDialog.getExistingDirectory(parent, title, start) or None


def choose_printer(parent: QWidget | None, printer: object) -> bool:
    """The system print dialog for `printer` (a QPrinter); True when the user chose to print."""
    asked.append(("print", ""))
    if headless:
        return print_answers.pop(0) if print_answers else False
    from PySide6.QtPrintSupport import QPrintDialog

    dialog = QPrintDialog(printer, parent)  # type: ignore[arg-type]
    return dialog.exec() == QPrintDialog.DialogCode.Accepted


def ask_text(
    parent: QWidget | None, title: str, label: str, default: str = "", *, password: bool = False
) -> str | None:
    """One line of text (a week, a scanned code, the reason for a reveal); None when cancelled."""
    asked.append((title, label))
    shown.append((title, label))
    if headless:
        return text_answers.pop(0) if text_answers else (default or None)
    mode = QLineEdit.EchoMode.Password if password else QLineEdit.EchoMode.Normal
    text, ok = QInputDialog.getText(parent, title, label, mode, default)
    return text if ok else None


def ask_int(parent: QWidget | None, title: str, label: str, value: int, minimum: int, maximum: int) -> int | None:
    """A whole number between `minimum` and `maximum`; None when cancelled."""
    asked.append((title, label))
    if headless:
        return int_answers.pop(0) if int_answers else value
    number, ok = QInputDialog.getInt(parent, title, label, value, minimum, maximum)
    return number if ok else None


# Headless answers for ask_unsaved, taken in order. Nothing queued: "discard", so a headless close
# (smoke runs, tests that close a form) behaves as closing did before the guard existed.
unsaved_answers: list[str] = []
UNSAVED_CHOICES = ("draft", "save", "discard", "keep")


def _t(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


def ask_unsaved(parent: QWidget | None, *, draft: bool) -> str:
    """An editing dialog is being closed with changes: "draft" (only when `draft`) or "save",
    "discard", or "keep" (go on editing; also Esc and the box's close button)."""
    title = _t("修改尚未保存")
    if draft:
        text = _t("表单中有尚未保存的修改。要保存为草稿、放弃修改，还是继续编辑？")
    else:
        text = _t("表单中有尚未保存的修改。要保存、放弃修改，还是继续编辑？")
    shown.append((title, text))
    if headless:
        answer = unsaved_answers.pop(0) if unsaved_answers else "discard"
        return "save" if answer == "draft" and not draft else answer
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    save = box.addButton(_t("保存草稿(&S)") if draft else _t("保存(&S)"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(_t("放弃修改(&D)"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(_t("继续编辑(&K)"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(keep)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return "draft" if draft else "save"
    return "discard" if clicked is discard else "keep"
