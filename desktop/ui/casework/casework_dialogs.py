"""Small dialogs of the casework screens: the risk ≥ 3 escalation record, an addendum, a reason."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.clock import station_wall_now
from desktop.domain.codes import NOTIFIED_PARTY, NOTIFY_CHANNEL
from desktop.services.casework.visit_input import Notification

from desktop.ui.casework.visit_review_dialog import parties_text
from desktop.ui.shell.unsaved import UnsavedChangesGuard
from desktop.ui.shell.widgets import CodeCombo

ESCALATION_ROWS = 4


def _buttons(dialog: QDialog, ok: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("casework_dialogs", "取消")
    )
    buttons.rejected.connect(dialog.reject)
    return buttons


class EscalationDialog(UnsavedChangesGuard, QDialog):
    """docs/domain.md §2.3: who was notified (精防医生 / 民警 / 居委 / 监护人), when and how; it blocks the save."""

    def __init__(
        self,
        visit_date: date,
        existing: tuple[Notification, ...],
        parent: QWidget | None = None,
        *,
        required: tuple[str, ...] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("危险性3级及以上：记录通知情况"))
        self.required = required
        self.notifications: tuple[Notification, ...] = ()
        intro = QLabel(
            self.tr(
                "危险性评估为3级及以上。请立即通知精防医生/社区卫生服务中心；有危害自身或他人的危险时，"
                "须通知监护人、居委和公安。请记录已通知的人员、时间和方式。本次随访分类将为“不稳定”，"
                "并在两周内（{due}前）再次随访；服务对象列入“重点关注”，直到以后的随访危险性降至2级及以下。"
            ).format(due=(visit_date + timedelta(days=14)).isoformat())
        )
        intro.setWordWrap(True)
        must = QLabel(
            self.tr("本次须通知：{parties}（每位填写姓名、时间和方式）。").format(parties=parties_text(required))
        )
        must.setVisible(bool(required))
        must.setWordWrap(True)
        grid = self._build_rows(existing, required)
        self.message = QLabel("")
        self.message.setStyleSheet("color: #b00020;")
        self.buttons = _buttons(self, self.tr("确定(&O)"))
        self.buttons.accepted.connect(self._accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(must)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.rows[0][0].setFocus()

    def _build_rows(self, existing: tuple[Notification, ...], required: tuple[str, ...]) -> QGridLayout:
        """One row per notified party: who, name, when, how; filled from `existing` or the required parties."""
        grid = QGridLayout()
        for col, text in enumerate((self.tr("通知对象"), self.tr("姓名"), self.tr("时间"), self.tr("方式"))):
            grid.addWidget(QLabel(text), 0, col)
        self.rows: list[tuple[CodeCombo, QLineEdit, QDateTimeEdit, CodeCombo]] = []
        now = station_wall_now().replace(second=0, microsecond=0)
        for r in range(ESCALATION_ROWS):
            party = CodeCombo(NOTIFIED_PARTY, blank=self.tr("（不填）"))
            name = QLineEdit()
            when = QDateTimeEdit(QDateTime(now))
            when.setDisplayFormat("yyyy-MM-dd HH:mm")
            channel = CodeCombo(NOTIFY_CHANNEL)
            for col, widget in enumerate((party, name, when, channel)):
                grid.addWidget(widget, r + 1, col)
            self.rows.append((party, name, when, channel))
        for n, note in enumerate(existing[:ESCALATION_ROWS]):
            party, name, when, channel = self.rows[n]
            party.set_value(note.party)
            name.setText(note.name)
            when.setDateTime(QDateTime.fromString(note.at, "yyyy-MM-dd HH:mm"))
            channel.set_value(note.channel)
        if not existing:
            # The parties who must be told, 精防医生 first: the caseworker fills in names and times.
            doctor = str(NOTIFIED_PARTY[0].value)  # the code (精防医生), not shown text
            first = sorted(required, key=lambda party: party != doctor) or [doctor]
            for row, party_name in zip(self.rows, first, strict=False):
                row[0].set_value(party_name)
        return grid

    def value(self) -> tuple[Notification, ...]:
        notes = []
        for party, name, when, channel in self.rows:
            if party.value() is None:
                continue
            notes.append(
                Notification(
                    str(party.value()),
                    name.text().strip(),
                    when.dateTime().toString("yyyy-MM-dd HH:mm"),
                    str(channel.value()),
                )
            )
        return tuple(notes)

    def save_from_guard(self) -> None:
        self._accept()

    def _accept(self) -> None:
        notes = self.value()
        if not notes:
            self.message.setText(self.tr("请至少记录一位已通知的人员。"))
            return
        told = {note.party for note in notes if note.name}
        missing = [party for party in self.required if party not in told]
        if missing:
            self.message.setText(self.tr("请记录已通知{parties}的姓名。").format(parties=parties_text(tuple(missing))))
            return
        self.notifications = notes
        self.accept()


class TextDialog(UnsavedChangesGuard, QDialog):
    """One required text: an addendum to a finalised visit, or the reason for revealing a value."""

    def __init__(self, title: str, prompt: str, ok: str, parent: QWidget | None = None, *, multiline: bool = True):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.text_edit: QPlainTextEdit | QLineEdit
        if multiline:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            self.text_edit = edit
        else:
            self.text_edit = QLineEdit()
        label = QLabel(prompt)
        label.setWordWrap(True)
        self.buttons = _buttons(self, ok)
        self.buttons.accepted.connect(self._accept)
        form = QFormLayout()
        form.addRow(self.text_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.text_edit.setFocus()

    def text(self) -> str:
        edit = self.text_edit
        return (edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()).strip()

    def save_from_guard(self) -> None:
        self._accept()

    def _accept(self) -> None:
        if self.text():
            self.accept()
