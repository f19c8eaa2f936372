"""The head of the visit form: date, mode, who was seen, times, place, and which path applies
(an ordinary follow-up, lost to follow-up, or death — docs/domain.md §1.1 #3, #4)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLineEdit, QWidget

from desktop.domain.clock import station_today
from desktop.domain.codes import DEATH_CAUSE, DEATH_ILLNESS, LOST_REASON, VISIT_MODE, VISIT_OBJECT, text_of
from desktop.i18n import mark

from desktop.ui.shell.widgets import CodeCombo, DateEdit, OptionalDateEdit, TimeEdit, hbox

PATHS = (
    ("visit", mark("VisitHeader", "正常随访")),
    ("lost", mark("VisitHeader", "失访")),
    ("death", mark("VisitHeader", "死亡")),
)


class VisitHeader(QWidget):
    """Builds the three group boxes the dialog lays out; reads and writes their VisitInput fields."""

    def __init__(self) -> None:
        super().__init__()
        self.visit_date = DateEdit(station_today())
        self.visit_date.setMaximumDate(self.visit_date.date())
        self.mode = CodeCombo(VISIT_MODE, numbered=True)
        self.mode.set_value(2)
        self.objects = {int(c.value): QCheckBox(f"{c.value} {text_of(c)}") for c in VISIT_OBJECT}
        self.objects[1].setChecked(True)
        self.start_time, self.end_time = TimeEdit(), TimeEdit()
        self.location = QLineEdit()
        self.location.setMinimumWidth(420)
        self.path_combo = CodeCombo(())
        for value, text in PATHS:
            self.path_combo.addItem(self.tr(text), value)
        self.basics = basics = QGroupBox(self.tr("基本情况"))
        form = QFormLayout(basics)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("随访日期(&D)"), self.visit_date)
        form.addRow(self.tr("随访形式(&M)"), self.mode)
        form.addRow(self.tr("随访对象(&O)"), hbox(*self.objects.values()))
        form.addRow(self.tr("开始 / 结束时间"), hbox(self.start_time, self.end_time))
        form.addRow(self.tr("地点"), self.location)
        form.addRow(self.tr("本次情况(&W)"), self.path_combo)

        self.lost_reason = CodeCombo(LOST_REASON, blank=self.tr("（请选择）"), numbered=True)
        self.lost_other = QLineEdit()
        self.lost_box = QGroupBox(self.tr("失访"))
        QFormLayout(self.lost_box).addRow(self.tr("失访原因"), hbox(self.lost_reason, self.lost_other))
        self.death_date = OptionalDateEdit()
        self.death_cause = CodeCombo(DEATH_CAUSE, blank=self.tr("（请选择）"), numbered=True)
        self.death_illness = CodeCombo(DEATH_ILLNESS, blank=self.tr("（躯体疾病时选择）"), numbered=True)
        self.death_other = QLineEdit()
        self.death_box = QGroupBox(self.tr("死亡"))
        death_form = QFormLayout(self.death_box)
        death_form.addRow(self.tr("死亡日期"), self.death_date)
        death_form.addRow(self.tr("死亡原因"), hbox(self.death_cause, self.death_illness, self.death_other))

    def path(self) -> str:
        return str(self.path_combo.value())

    def value(self) -> dict[str, Any]:
        path = self.path()
        return {
            "visit_date": self.visit_date.value(),
            "mode": int(self.mode.value() or 2),
            "objects_seen": tuple(code for code, check in self.objects.items() if check.isChecked()),
            "start_time": self.start_time.text_value(),
            "end_time": self.end_time.text_value(),
            "location": self.location.text(),
            "lost_reason": self.lost_reason.int_value() if path == "lost" else None,
            "lost_reason_other": self.lost_other.text() if path == "lost" else "",
            "death_date": self.death_date.optional() if path == "death" else None,
            "death_cause": self.death_cause.int_value() if path == "death" else None,
            "death_illness": self.death_illness.int_value() if path == "death" else None,
            "death_cause_other": self.death_other.text() if path == "death" else "",
        }

    def set_value(self, data: Any) -> None:
        self.visit_date.setMaximumDate(self.visit_date.maximumDate().addYears(50))
        self.visit_date.set_date(data.visit_date)
        self.mode.set_value(data.mode)
        for code, check in self.objects.items():
            check.setChecked(code in data.objects_seen)
        self.start_time.set_text_value(data.start_time)
        self.end_time.set_text_value(data.end_time)
        self.location.setText(data.location)
        self.path_combo.set_value(data.path)
        self.lost_reason.set_value(data.lost_reason)
        self.lost_other.setText(data.lost_reason_other)
        self.death_date.set_optional(data.death_date)
        self.death_cause.set_value(data.death_cause)
        self.death_illness.set_value(data.death_illness)
        self.death_other.setText(data.death_cause_other)


__all__ = ["PATHS", "VisitHeader"]
