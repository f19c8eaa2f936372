"""Table models of the volunteer screens: register, hours ledger, certificate register."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.services.volunteers.certificates import CertificateRow
from desktop.services.volunteers.hours import LedgerRow
from desktop.services.volunteers.register import VolunteerSummary

from desktop.ui.shell.durations import duration_text
from desktop.ui.tables.dto_table import Column, DtoTableModel

FLAG = QColor("#fff3cd")
VOID = QColor("#888888")
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)


class VolunteerTableModel(DtoTableModel[VolunteerSummary]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(self.tr("姓名"), lambda r: r.name),
                Column(self.tr("性别"), lambda r: r.sex),
                Column(self.tr("手机"), lambda r: r.phone_masked),
                Column(self.tr("志愿者编号"), lambda r: r.volunteer_no),
                Column(self.tr("技能"), lambda r: "、".join(r.skills)),
                Column(self.tr("状态"), lambda r: r.status_label),
            ],
            parent,
        )


class LedgerModel(DtoTableModel[LedgerRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(self.tr("日期"), lambda r: r.day.isoformat()),
                Column(self.tr("志愿者"), lambda r: r.volunteer_name),
                Column(self.tr("活动"), lambda r: r.activity),
                Column(self.tr("签到"), lambda r: f"{r.check_in:%H:%M}"),
                Column(self.tr("签退"), lambda r: f"{r.check_out:%H:%M}" if r.check_out else self.tr("（在岗）")),
                Column(self.tr("休息(分)"), lambda r: r.break_minutes, align_right=True),
                Column(self.tr("时长"), lambda r: duration_text(r.minutes) if r.minutes is not None else ""),
                Column(self.tr("小时"), lambda r: r.hours, align_right=True),
                Column(self.tr("状态"), lambda r: r.status_label),
                Column(self.tr("待核对"), lambda r: self.tr("⚑ 自动签退") if r.needs_review else ""),
                Column(
                    self.tr("备注"), lambda r: r.void_reason or (r.reported_on.isoformat() if r.reported_on else "")
                ),
            ],
            parent,
        )
        self._texts: dict[int, tuple[str, ...]] = {}  # each row's cells, made when first asked for

    def set_rows(self, rows: Sequence[LedgerRow]) -> None:
        self._texts = {}
        super().set_rows(rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Fitting the columns asks each of the first rows' cells for a dozen roles, and did so up
        # to three times when the rows came before the tab's first layout: a row's texts (dates,
        # times, durations, translations) are made once, and the roles not used here end at once.
        if role == _DISPLAY:
            texts = self._texts.get(index.row())
            if texts is None:
                row = self.row_at(index.row()) if index.isValid() else None
                if row is None:
                    return None
                texts = self._texts[index.row()] = tuple(
                    "" if (value := column.value(row)) is None else str(value) for column in self._columns
                )
            return texts[index.column()] if 0 <= index.column() < len(texts) else None
        if role in (_BACKGROUND, _FOREGROUND):
            row = self.row_at(index.row()) if index.isValid() else None
            if row is not None and role == _BACKGROUND and row.needs_review:
                return QBrush(FLAG)
            if row is not None and role == _FOREGROUND and row.status == "void":
                return QBrush(VOID)
            return None
        return super().data(index, role) if role == _ALIGNMENT else None


class CertificateModel(DtoTableModel[CertificateRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(self.tr("证明编号"), lambda r: r.number),
                Column(self.tr("志愿者"), lambda r: r.volunteer_name),
                Column(self.tr("证件号"), lambda r: r.id_masked),
                Column(self.tr("服务期间"), lambda r: f"{r.period_from} — {r.period_to}"),
                Column(self.tr("服务时长(小时)"), lambda r: r.hours, align_right=True),
                Column(self.tr("出具日期"), lambda r: r.issued_on.isoformat()),
                Column(self.tr("经办人"), lambda r: r.handler),
                Column(self.tr("状态"), lambda r: r.status_label),
                Column(self.tr("作废原因"), lambda r: r.void_reason),
            ],
            parent,
        )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is not None and role == Qt.ItemDataRole.ForegroundRole and row.status == "void":
            return QBrush(VOID)
        return super().data(index, role)
