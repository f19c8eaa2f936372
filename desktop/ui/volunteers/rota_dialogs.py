"""Small dialogs of the 排班 page: a one-off shift, and the holiday supplement for a year."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import ValidationError
from desktop.services.context import ServiceContext
from desktop.services.volunteers import roster
from desktop.services.volunteers.settings import (
    CalendarStatus,
    calendar_status,
    parse_day_lines,
    set_calendar_supplement,
)

from desktop.ui.shell.errors import show_error
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.shell.unsaved import UnsavedChangesGuard
from desktop.ui.shell.widgets import DateEdit


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(QCoreApplication.translate("rota_dialogs", "保存"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("rota_dialogs", "取消"))
    buttons.rejected.connect(dialog.reject)
    return buttons


class OneOffShiftDialog(UnsavedChangesGuard, QDialog):
    """A shift on one date (e.g. a 社区讲堂), with capacity and required skill."""

    def __init__(self, ctx: ServiceContext, runner: TaskRunner, day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self.setWindowTitle(self.tr("新增临时班次"))
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("如：社区讲堂"))
        self.day = DateEdit(day)
        self.start = QTimeEdit(QTime(9, 0))
        self.end = QTimeEdit(QTime(11, 30))
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        self.capacity = QSpinBox()
        self.capacity.setRange(1, 99)
        self.capacity.setValue(2)
        self.skill = QLineEdit()
        self.location = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("名称(&T)"), self.title)
        form.addRow(self.tr("日期(&D)"), self.day)
        form.addRow(self.tr("开始(&B)"), self.start)
        form.addRow(self.tr("结束(&E)"), self.end)
        form.addRow(self.tr("人数上限(&C)"), self.capacity)
        form.addRow(self.tr("所需技能(&K)"), self.skill)
        form.addRow(self.tr("地点(&L)"), self.location)
        self.buttons = _buttons(self)
        self.buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        data = roster.ShiftInput(
            day=self.day.value(),
            start_time=self.start.time().toString("HH:mm"),
            end_time=self.end.time().toString("HH:mm"),
            title=self.title.text(),
            capacity=self.capacity.value(),
            required_skill=self.skill.text(),
            location=self.location.text(),
        )
        ctx = self._ctx
        self.buttons.setEnabled(False)
        self._runner.run(lambda: roster.create_shift(ctx, data), lambda _id: self.accept(), self._failed)

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_error(self, error)


class SupplementDialog(UnsavedChangesGuard, QDialog):
    """Type in the published holiday notice for a year the calendar package does not know yet."""

    def __init__(self, ctx: ServiceContext, runner: TaskRunner, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self.setWindowTitle(self.tr("节假日补充"))
        self.setMinimumWidth(520)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.year.valueChanged.connect(self._load)
        self.state = QLabel("")
        self.state.setWordWrap(True)
        self.holidays = QPlainTextEdit()
        self.holidays.setPlaceholderText(self.tr("每行一个放假日期（周一至周五），如：\n2027-01-01 元旦"))
        self.workdays = QPlainTextEdit()
        self.workdays.setPlaceholderText(self.tr("每行一个调休上班日期（周六或周日），如：\n2027-02-07 春节"))
        form = QFormLayout()
        form.addRow(self.tr("年份(&Y)"), self.year)
        form.addRow(self.state)
        form.addRow(self.tr("放假日(&O)"), self.holidays)
        form.addRow(self.tr("调休上班日(&W)"), self.workdays)
        self.buttons = _buttons(self)
        self.buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("按国务院办公厅发布的当年节假日安排通知填写。")))
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._load()

    def _load(self) -> None:
        ctx, year = self._ctx, self.year.value()
        self._runner.run(lambda: calendar_status(ctx, year), self._loaded)

    def _loaded(self, status: CalendarStatus) -> None:
        first, last = status.package_years
        if status.covered_by_package:
            self.state.setText(self.tr("本程序已收录{year}年的法定节假日安排，无需补充。").format(year=status.year))
        else:
            self.state.setText(
                self.tr("本程序收录了{first}–{last}年的节假日安排；{year}年需要人工补充。").format(
                    first=first, last=last, year=status.year
                )
            )
        self.holidays.setPlainText("\n".join(f"{d} {n}" for d, n in sorted(status.holidays.items())))
        self.workdays.setPlainText("\n".join(f"{d} {n}" for d, n in sorted(status.adjusted_workdays.items())))
        for widget in (self.holidays, self.workdays, self.buttons):
            widget.setEnabled(not status.covered_by_package)
        self.mark_clean()  # the year's stored days are now shown; earlier typing was replaced

    def save(self) -> None:
        try:
            holidays = parse_day_lines(self.holidays.toPlainText())
            workdays = parse_day_lines(self.workdays.toPlainText())
        except ValidationError as error:
            show_error(self, error)
            return
        ctx, year = self._ctx, self.year.value()
        self._runner.run(
            lambda: set_calendar_supplement(ctx, year, holidays, workdays), lambda _r: self.accept(), self._failed
        )

    def _failed(self, error: BaseException) -> None:
        show_error(self, error)
