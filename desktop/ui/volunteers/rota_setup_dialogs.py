"""Setting up the rota: recurring shift templates, and the committee rotation (社区轮值)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import address
from desktop.domain.clock import station_today
from desktop.i18n import mark
from desktop.services.context import ServiceContext
from desktop.services.volunteers import committee_rotation as rotation_service
from desktop.services.volunteers import roster
from desktop.services.volunteers.committee_rotation import CommitteeRotationSetting
from desktop.services.volunteers.roster import TemplateRow

from desktop.ui.shell import dialogs
from desktop.ui.shell.errors import show_error
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.shell.unsaved import UnsavedChangesGuard, fills_form
from desktop.ui.shell.widgets import DateEdit
from desktop.ui.tables.view import enable_with_selection

WEEKDAYS = (
    mark("TemplatesDialog", "周一"),
    mark("TemplatesDialog", "周二"),
    mark("TemplatesDialog", "周三"),
    mark("TemplatesDialog", "周四"),
    mark("TemplatesDialog", "周五"),
    mark("TemplatesDialog", "周六"),
    mark("TemplatesDialog", "周日"),
)


class TemplatesDialog(UnsavedChangesGuard, QDialog):
    """The recurring shifts (e.g. every Tuesday 09:00–11:30 front desk): list, add, switch off."""

    def __init__(self, ctx: ServiceContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self.rows: list[TemplateRow] = []
        self.setWindowTitle(self.tr("班次模板"))
        self.resize(860, 560)
        toggle = self._build_table()
        box = self._build_form()
        add = QPushButton(self.tr("添加模板(&A)"))
        add.clicked.connect(lambda: self.add())
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        close.rejected.connect(self.reject)  # through the guard: a half-typed template is kept
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(toggle, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(box)
        layout.addWidget(add, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(close)
        self.load()

    def _build_table(self) -> QPushButton:
        """The templates list; returns its 停用 / 启用 button."""
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [self.tr("名称"), self.tr("星期"), self.tr("时间"), self.tr("人数"), self.tr("技能"), self.tr("状态")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        toggle = QPushButton(self.tr("停用 / 启用所选(&D)"))
        toggle.clicked.connect(self.toggle_selected)
        enable_with_selection(self.table, toggle)
        return toggle

    def _build_form(self) -> QGroupBox:
        """新增模板: the fields of a new template."""
        box = QGroupBox(self.tr("新增模板"))
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("如：前台接待"))
        self.weekdays = [QCheckBox(self.tr(name)) for name in WEEKDAYS]
        days = QHBoxLayout()
        for check in self.weekdays:
            days.addWidget(check)
        self.working_only = QCheckBox(self.tr("仅法定工作日（含调休上班日；不选星期则每个工作日）"))
        self.working_only.setChecked(True)
        self.start = QTimeEdit(QTime(9, 0))
        self.end = QTimeEdit(QTime(11, 30))
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        self.capacity = QSpinBox()
        self.capacity.setRange(1, 99)
        self.capacity.setValue(2)
        self.skill = QLineEdit()
        self.location = QLineEdit()
        self.valid_from = DateEdit(station_today())
        form = QFormLayout(box)
        form.addRow(self.tr("名称(&T)"), self.title)
        form.addRow(self.tr("星期"), days)
        form.addRow("", self.working_only)
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel("—"))
        times.addWidget(self.end)
        times.addStretch(1)
        form.addRow(self.tr("时间"), times)
        form.addRow(self.tr("人数上限(&C)"), self.capacity)
        form.addRow(self.tr("所需技能(&K)"), self.skill)
        form.addRow(self.tr("地点(&L)"), self.location)
        form.addRow(self.tr("启用日期"), self.valid_from)
        return box

    def load(self) -> None:
        ctx = self._ctx
        self._runner.run(lambda: roster.list_templates(ctx), self._loaded)

    def _loaded(self, rows: list[TemplateRow]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            days = "、".join(self.tr(WEEKDAYS[d]) for d in row.weekdays) or self.tr("每个工作日")
            if row.weekdays and row.working_days_only:
                days += self.tr("（节假日除外）")
            values = (
                row.title,
                days,
                f"{row.start_time}–{row.end_time}",
                str(row.capacity),
                row.required_skill,
                self.tr("启用") if row.active else self.tr("停用"),
            )
            for column, value in enumerate(values):
                self.table.setItem(index, column, QTableWidgetItem(value))

    def save_from_guard(self) -> None:
        self.add(then_close=True)

    def add(self, *, then_close: bool = False) -> None:
        data = roster.TemplateInput(
            title=self.title.text(),
            start_time=self.start.time().toString("HH:mm"),
            end_time=self.end.time().toString("HH:mm"),
            valid_from=self.valid_from.value(),
            weekdays=tuple(i for i, check in enumerate(self.weekdays) if check.isChecked()),
            working_days_only=self.working_only.isChecked(),
            location=self.location.text(),
            capacity=self.capacity.value(),
            required_skill=self.skill.text(),
        )
        ctx = self._ctx
        self._runner.run(
            lambda: roster.create_template(ctx, data),
            lambda _row: self._added(then_close),
            lambda e: show_error(self, e),
        )

    def _added(self, then_close: bool) -> None:
        self.mark_clean()  # what the form holds is saved now
        if then_close:
            self.accept()
            return
        self.load()

    def toggle_selected(self) -> None:
        index = self.table.currentRow()
        if not 0 <= index < len(self.rows):
            return
        row, ctx = self.rows[index], self._ctx
        self._runner.run(
            lambda: roster.set_template_active(ctx, row.id, not row.active),
            lambda _r: self.load(),
            lambda e: show_error(self, e),
        )


class RotationDialog(UnsavedChangesGuard, QDialog):
    """社区轮值: the committees that take turns supplying volunteers, one per working day, in order."""

    def __init__(
        self, ctx: ServiceContext, runner: TaskRunner, district_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self.setWindowTitle(self.tr("社区轮值"))
        self.resize(460, 560)
        self.township = QComboBox()
        district = next((d for d in address.districts() if d.name == district_name), None)
        for town in address.townships(district.code) if district else ():
            self.township.addItem(town.name, town.code)
        self.township.currentIndexChanged.connect(lambda _i: self._fill_villages(()))
        self.villages = QListWidget()
        self.villages.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.anchor = DateEdit(station_today())
        form = QFormLayout()
        form.addRow(self.tr("街道/镇(&T)"), self.township)
        form.addRow(self.tr("轮值起始日(&S)"), self.anchor)
        note = QLabel(
            self.tr(
                "勾选参加轮值的居委会，拖动调整顺序；从起始日起每个法定工作日由一个居委会轮值。全部不选则停用轮值。"
            )
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.villages, 1)
        layout.addWidget(self.buttons)
        ctx = self._ctx
        self._runner.run(lambda: rotation_service.committee_rotation(ctx), self._loaded)

    def extra_state(self) -> object:
        return tuple(self.chosen())  # the committees ticked, in their dragged order

    @fills_form
    def _loaded(self, setting: CommitteeRotationSetting) -> None:
        if setting.codes:
            first = address.get(setting.codes[0])
            index = self.township.findData(first.parent_code) if first is not None else -1
            if index >= 0:
                self.township.blockSignals(True)
                self.township.setCurrentIndex(index)
                self.township.blockSignals(False)
        if setting.anchor:
            self.anchor.set_date(setting.anchor)
        self._fill_villages(setting.codes)

    def _fill_villages(self, chosen: tuple[str, ...]) -> None:
        self.villages.clear()
        units = list(address.villages(self.township.currentData() or ""))
        units.sort(key=lambda u: chosen.index(u.code) if u.code in chosen else len(chosen))
        for unit in units:
            item = QListWidgetItem(unit.name)
            item.setData(Qt.ItemDataRole.UserRole, unit.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if unit.code in chosen else Qt.CheckState.Unchecked)
            self.villages.addItem(item)

    def chosen(self) -> list[str]:
        return [
            self.villages.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.villages.count())
            if self.villages.item(i).checkState() == Qt.CheckState.Checked
        ]

    def save(self) -> None:
        ctx, codes, anchor = self._ctx, self.chosen(), self.anchor.value()
        self._runner.run(
            lambda: rotation_service.set_committee_rotation(ctx, codes, anchor),
            lambda _r: self.accept(),
            lambda e: show_error(self, e),
        )


class RotaSetupActions:
    """The 排班 page's set-up buttons: generate the week, one-off shift, templates, rotation, holidays.

    Mixed into RotaPage, which provides `_ctx`, `_runner`, `monday`, `status` and `show_week`.
    """

    _ctx: ServiceContext
    _runner: TaskRunner
    monday: dt.date
    status: QLabel
    show_week: Callable[[dt.date], None]  # RotaPage's method: reload the week after a change

    def generate(self) -> None:
        ctx, start = self._ctx, self.monday
        end = start + dt.timedelta(days=6)
        self._runner.run(lambda: roster.generate_shifts(ctx, start, end), self._generated)

    def _generated(self, result: roster.GenerationResult) -> None:
        self.show_week(self.monday)
        message = self.tr("新生成 {n} 个班次（已有 {e} 个）。").format(n=result.created, e=result.existing)
        self.status.setText(message)
        if result.warning:
            dialogs.warn(self, self.tr("节假日数据不全"), result.warning)

    def add_one_off(self) -> None:
        from desktop.ui.volunteers.rota_dialogs import OneOffShiftDialog

        dialog = OneOffShiftDialog(self._ctx, self._runner, self.monday, self)
        if dialog.exec():
            self.show_week(self.monday)

    def edit_supplement(self) -> None:
        from desktop.ui.volunteers.rota_dialogs import SupplementDialog

        dialog = SupplementDialog(self._ctx, self._runner, (self.monday + dt.timedelta(days=6)).year, self)
        if dialog.exec():
            self.show_week(self.monday)

    def edit_templates(self) -> None:
        TemplatesDialog(self._ctx, self._runner, self).exec()

    def edit_rotation(self) -> None:
        from desktop.services.admin.setup import station_info

        ctx = self._ctx
        self._runner.run(lambda: station_info(ctx.db).district, self._open_rotation)

    def _open_rotation(self, district: str) -> None:
        if RotationDialog(self._ctx, self._runner, district, self).exec():
            self.show_week(self.monday)
