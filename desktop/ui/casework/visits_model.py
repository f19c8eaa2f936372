"""A client's visit history as a table."""

from __future__ import annotations

from typing import Any

from desktop.services.casework.visits import VisitSummary

from desktop.ui.tables.dto_table import Column, DtoTableModel


class VisitHistoryModel(DtoTableModel[VisitSummary]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent)
        self._columns = [
            Column(self.tr("随访日期"), lambda v: v.visit_date.isoformat()),
            Column(self.tr("形式"), lambda v: v.mode_label),
            Column(
                self.tr("危险性"), lambda v: "" if v.risk_level is None else self.tr("{n} 级").format(n=v.risk_level)
            ),
            Column(self.tr("分类"), lambda v: v.classification_label),
            Column(self.tr("下次随访"), lambda v: v.next_visit_date.isoformat() if v.next_visit_date else ""),
            Column(self.tr("状态"), lambda v: v.status_label),
            Column(self.tr("随访人员"), lambda v: v.visitor_name),
            Column(self.tr("摘要"), lambda v: v.narrative_excerpt),
        ]
