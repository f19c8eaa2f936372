"""Register or edit a volunteer: identity, contact, skills, availability, trainings and records."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import address
from desktop.domain.clock import station_today
from desktop.domain.codes import ID_TYPE
from desktop.errors import ValidationError
from desktop.services.context import ServiceContext
from desktop.services.volunteers import register as volunteer_service
from desktop.services.volunteers.register import Commendation, Evaluation, Training, VolunteerDetail, VolunteerInput

from desktop.ui.shell.errors import show_error
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.shell.unsaved import UnsavedChangesGuard
from desktop.ui.shell.widgets import CodeCombo, DateEdit, scrolling
from desktop.ui.volunteers.availability_editor import AvailabilityEditor
from desktop.ui.volunteers.record_table import RecordTable


class VolunteerDialog(UnsavedChangesGuard, QDialog):
    def __init__(
        self,
        ctx: ServiceContext,
        runner: TaskRunner,
        volunteer_id: str | None = None,
        initial: VolunteerInput | None = None,
        parent: QWidget | None = None,
        district: str = "",
    ) -> None:
        super().__init__(parent)
        self._ctx, self._runner, self._id = ctx, runner, volunteer_id
        self.saved: VolunteerDetail | None = None
        self.setWindowTitle(self.tr("编辑志愿者") if volunteer_id else self.tr("登记志愿者"))
        self.resize(720, 560)
        self._build_tabs(self._build_basics(district))
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.warnings)
        layout.addWidget(self.buttons)
        if initial is not None:
            self.set_value(initial)

    def _build_basics(self, district: str) -> QWidget:
        """The 基本信息 tab: identity, contact and committee."""
        self.name = QLineEdit()
        self.id_type = CodeCombo(ID_TYPE)
        self.id_number = QLineEdit()
        self.phone = QLineEdit()
        self.volunteer_no = QLineEdit()
        self.volunteer_no.setPlaceholderText(self.tr("上海志愿者网统一编号（可稍后补填）"))
        self.residence = QLineEdit()
        self.committee = committee_combo(district, self.tr("（未填）"))
        self.skills = QLineEdit()
        self.skills.setPlaceholderText(self.tr("用顿号或逗号分隔，如：心理支持、文书整理"))
        self.joined_on = DateEdit(station_today())
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(70)
        basics = QWidget()
        form = QFormLayout(basics)
        form.addRow(self.tr("姓名(&N)"), self.name)
        form.addRow(self.tr("证件类型"), self.id_type)
        form.addRow(self.tr("证件号码(&I)"), self.id_number)
        form.addRow(self.tr("手机(&P)"), self.phone)
        form.addRow(self.tr("志愿者编号(&O)"), self.volunteer_no)
        form.addRow(self.tr("居住区域(&R)"), self.residence)
        form.addRow(self.tr("所属居委会(&H)"), self.committee)
        form.addRow(self.tr("专业技能(&K)"), self.skills)
        form.addRow(self.tr("加入日期"), self.joined_on)
        form.addRow(self.tr("备注"), self.notes)
        return basics

    def _build_tabs(self, basics: QWidget) -> None:
        self.availability = AvailabilityEditor()
        self.trainings = RecordTable(
            [("name", self.tr("培训名称")), ("day", self.tr("日期")), ("hours", self.tr("学时")),
             ("organiser", self.tr("主办单位")), ("result", self.tr("结果"))]
        )  # fmt: skip
        self.commendations = RecordTable(
            [("name", self.tr("表彰名称")), ("level", self.tr("级别")), ("grantor", self.tr("授予单位")),
             ("day", self.tr("日期"))]
        )  # fmt: skip
        self.evaluations = RecordTable(
            [("evaluator", self.tr("评价主体")), ("content", self.tr("评价内容")), ("grade", self.tr("等级")),
             ("day", self.tr("日期"))]
        )  # fmt: skip
        self.tabs = QTabWidget()
        self.tabs.addTab(scrolling(basics), self.tr("基本信息"))
        self.tabs.addTab(scrolling(self.availability), self.tr("可服务时间"))
        self.tabs.addTab(self.trainings, self.tr("培训"))
        self.tabs.addTab(self.commendations, self.tr("表彰奖励"))
        self.tabs.addTab(self.evaluations, self.tr("评价"))

    def _build_buttons(self) -> None:
        self.warnings = QLabel("")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #7a5200;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def set_value(self, data: VolunteerInput) -> None:
        self.name.setText(data.name)
        self.id_type.set_value(data.id_type)
        self.id_number.setText(data.id_number)
        self.phone.setText(data.phone)
        self.volunteer_no.setText(data.volunteer_no)
        self.residence.setText(data.residence)
        index = self.committee.findData(data.village_code or None)
        self.committee.setCurrentIndex(max(index, 0))
        self.skills.setText("、".join(data.skills))
        if data.joined_on:
            self.joined_on.set_date(data.joined_on)
        self.notes.setPlainText(data.notes)
        self.availability.set_value(data.availability)
        self.trainings.set_records([_as_dict(t) for t in data.trainings])
        self.commendations.set_records([_as_dict(c) for c in data.commendations])
        self.evaluations.set_records([_as_dict(e) for e in data.evaluations])

    def value(self) -> VolunteerInput:
        skills = self.skills.text().replace("，", "、").replace(",", "、").replace(" ", "、").split("、")
        return VolunteerInput(
            name=self.name.text(),
            id_type=str(self.id_type.value() or "id_card"),
            id_number=self.id_number.text(),
            phone=self.phone.text(),
            volunteer_no=self.volunteer_no.text(),
            residence=self.residence.text(),
            village_code=str(self.committee.currentData() or ""),
            skills=tuple(s for s in skills if s.strip()),
            availability=self.availability.value(),
            trainings=tuple(_build(Training, r) for r in self.trainings.records()),
            commendations=tuple(_build(Commendation, r) for r in self.commendations.records()),
            evaluations=tuple(_build(Evaluation, r) for r in self.evaluations.records()),
            joined_on=self.joined_on.value(),
            notes=self.notes.toPlainText(),
        )

    def save(self) -> None:
        try:
            data = self.value()
        except ValidationError as error:
            show_error(self, error)
            return
        ctx, volunteer_id = self._ctx, self._id
        self.buttons.setEnabled(False)
        if volunteer_id:
            work = lambda: volunteer_service.update_volunteer(ctx, volunteer_id, data)  # noqa: E731
        else:
            work = lambda: volunteer_service.create_volunteer(ctx, data)  # noqa: E731
        self._runner.run(work, self._saved, self._failed)

    def _saved(self, detail: VolunteerDetail) -> None:
        self.saved = detail
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_error(self, error)


def _as_dict(record: Any) -> dict[str, str]:
    return {k: ("" if v is None else str(v)) for k, v in record.__dict__.items()}


def _build(kind: type[Any], values: dict[str, str]) -> Any:
    data: dict[str, Any] = {k: v.strip() for k, v in values.items() if k in kind.__dataclass_fields__}
    if data.get("day"):
        try:
            data["day"] = dt.date.fromisoformat(data["day"])
        except ValueError:
            raise ValidationError("volunteer.record_date", "记录中的日期格式应为 YYYY-MM-DD。", field="day") from None
    else:
        data["day"] = None
    if "hours" in data:
        try:
            data["hours"] = float(data["hours"] or 0)
        except ValueError:
            raise ValidationError("volunteer.record_hours", "学时应为数字。", field="hours") from None
    return kind(**data)


def committee_combo(district_name: str, blank: str) -> QComboBox:
    """Committees (居委会) of the station's district, typed to filter (社区轮值 uses them)."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItem(blank, None)
    district = next((d for d in address.districts() if d.name == district_name), None)
    for town in address.townships(district.code) if district else ():
        for village in address.villages(town.code):
            combo.addItem(f"{town.name} · {village.name}", village.code)
    completer = combo.completer()
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return combo
