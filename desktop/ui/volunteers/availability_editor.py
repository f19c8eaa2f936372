"""Editor of a volunteer's availability: a weekly pattern plus dated exceptions.

Each weekday takes ranges like "09:00-11:30, 14:00-17:00"; exceptions are rows of date, kind
(不可用 / 额外可用) and an optional time range (empty = the whole day). The value is the stored
form of desktop.domain.volunteering.availability, validated by the service on save.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.domain.volunteering.availability import WEEKDAY_KEYS
from desktop.errors import ValidationError
from desktop.i18n import mark

from desktop.ui.volunteers.record_table import RecordTable

WEEKDAY_NAMES = (
    mark("AvailabilityEditor", "周一"),
    mark("AvailabilityEditor", "周二"),
    mark("AvailabilityEditor", "周三"),
    mark("AvailabilityEditor", "周四"),
    mark("AvailabilityEditor", "周五"),
    mark("AvailabilityEditor", "周六"),
    mark("AvailabilityEditor", "周日"),
)
# Exception kinds as typed in the table: the Chinese source and its translation are both accepted.
KINDS = {mark("AvailabilityEditor", "不可用"): "unavailable", mark("AvailabilityEditor", "额外可用"): "available"}


class AvailabilityEditor(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        weekly = QGroupBox(self.tr("每周可服务时间（如 09:00-11:30, 14:00-17:00；留空表示当天不可排班）"))
        form = QFormLayout(weekly)
        self.days: list[QLineEdit] = []
        for name in WEEKDAY_NAMES:
            edit = QLineEdit()
            self.days.append(edit)
            form.addRow(self.tr(name), edit)
        self.exceptions = RecordTable(
            [("date", self.tr("日期")), ("kind", self.tr("类型（不可用/额外可用）")), ("start", self.tr("开始")),
             ("end", self.tr("结束"))]
        )  # fmt: skip
        note = QLabel(self.tr("全部留空表示未登记可服务时间：排班时不检查。"))
        note.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(weekly)
        layout.addWidget(QLabel(self.tr("例外日期")))
        layout.addWidget(self.exceptions, 1)
        layout.addWidget(note)

    def set_value(self, data: dict[str, Any]) -> None:
        weekly = (data or {}).get("weekly", {})
        for key, edit in zip(WEEKDAY_KEYS, self.days, strict=True):
            edit.setText(", ".join(f"{a}-{b}" for a, b in weekly.get(key, [])))
        labels = {v: self.tr(k) for k, v in KINDS.items()}
        self.exceptions.set_records(
            [
                {
                    "date": e.get("date", ""),
                    "kind": labels.get(e.get("kind", ""), ""),
                    "start": e.get("start", ""),
                    "end": e.get("end", ""),
                }
                for e in (data or {}).get("exceptions", [])
            ]
        )

    def value(self) -> dict[str, Any]:
        weekly: dict[str, list[list[str]]] = {}
        for key, edit in zip(WEEKDAY_KEYS, self.days, strict=True):
            ranges = []
            for part in edit.text().replace("，", ",").split(","):
                part = part.strip().replace("–", "-").replace("~", "-")
                if not part:
                    continue
                start, _, end = part.partition("-")
                ranges.append([start.strip(), end.strip()])
            if ranges:
                weekly[key] = ranges
        exceptions = []
        for record in self.exceptions.records():
            kinds = {**KINDS, **{self.tr(k): v for k, v in KINDS.items()}}
            kind = kinds.get(record["kind"].strip(), record["kind"].strip() or "unavailable")
            if kind not in KINDS.values():
                raise ValidationError("availability.kind", "例外类型只能是“不可用”或“额外可用”。", field="kind")
            item = {"date": record["date"].strip(), "kind": kind}
            if record["start"].strip() or record["end"].strip():
                item.update(start=record["start"].strip(), end=record["end"].strip())
            exceptions.append(item)
        if not weekly and not exceptions:
            return {}
        return {"version": 1, "weekly": weekly, "exceptions": exceptions}
