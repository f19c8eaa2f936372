"""服务时长: the hours ledger for a period — review flagged entries, confirm, mark reported, void,
set breaks, change the display rounding, and export confirmed hours for 上海志愿者网."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.clock import station_today
from desktop.domain.codes import HOURS_ROUNDING, HOURS_STATUS, text_of
from desktop.errors import ValidationError
from desktop.services.context import ServiceContext
from desktop.services.volunteers import hours as hours_service
from desktop.services.volunteers import settings as volunteer_settings
from desktop.services.volunteers.hours import Ledger, LedgerRow
from desktop.services.volunteers.hours_export import ExportResult, export_confirmed_hours
from desktop.services.volunteers.kiosk import close_forgotten_checkouts

from desktop.ui.shell import dialogs
from desktop.ui.shell.durations import duration_text
from desktop.ui.shell.errors import show_error
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.shell.widgets import CodeCombo, DateEdit, FlowLayout, hbox
from desktop.ui.tables.view import SelectionMode, enable_with_selection, table_view
from desktop.ui.volunteers.models import LedgerModel

# After the first rows are set, the next turns of the event loop paint them; then the whole period.
WHOLE_PERIOD_AFTER_MS = 30


WARNINGS_SHOWN = 20  # lines of warnings under the ledger; the rest are counted


class HoursTab(QWidget):
    def __init__(self, ctx: ServiceContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self._generation = 0  # of refresh(): late answers of an earlier one are dropped
        top = self._build_filters()
        self._build_table()
        buttons = self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.warnings)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)

    def _build_filters(self) -> FlowLayout:
        """The period, status and rounding row; any change of the period or status lists again."""
        today = station_today()
        self.start = DateEdit(today.replace(day=1))
        self.end = DateEdit(today)
        self.status = QComboBox()
        self.status.addItem(self.tr("全部状态"), None)
        for code in HOURS_STATUS:
            self.status.addItem(text_of(code), code.value)
        self.flagged_only = QCheckBox(self.tr("只看待核对(&F)"))
        self.rounding = CodeCombo(HOURS_ROUNDING)
        self.rounding.activated.connect(lambda _i: self.change_rounding())
        refresh = QPushButton(self.tr("查询(&Q)"))
        refresh.clicked.connect(self.refresh)
        for widget in (self.start, self.end):
            widget.dateChanged.connect(lambda _d: self.refresh())
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())
        self.flagged_only.toggled.connect(lambda _on: self.refresh())
        # Rows that wrap: in English at 150 % scaling they were wider than the page (issue 19).
        top = FlowLayout(right=False)
        period = (QLabel(self.tr("从")), self.start, QLabel(self.tr("到")), self.end)
        top.addWidget(hbox(*period, stretch=False))
        top.addWidget(self.status)
        top.addWidget(self.flagged_only)
        top.addWidget(hbox(QLabel(self.tr("显示取整")), self.rounding, stretch=False))
        top.addWidget(refresh)
        return top

    def _build_table(self) -> None:
        self.model = LedgerModel(self)
        self.table = table_view(self.model, selection=SelectionMode.ExtendedSelection)
        self.warnings = QLabel("")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #7a5200;")
        self.summary = QLabel("")

    def _build_buttons(self) -> FlowLayout:
        buttons = FlowLayout(right=False)
        for text, slot in (
            (self.tr("核对自动签退(&V)…"), self.review),
            (self.tr("休息时长(&B)…"), self.set_break),
            (self.tr("确认(&C)"), self.confirm),
            (self.tr("标记已上报(&R)…"), self.report),
            (self.tr("作废(&X)…"), self.void),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            if slot in (self.set_break, self.confirm, self.report):  # silent without a selection
                enable_with_selection(self.table, button)
        self.reveal_id = QCheckBox(self.tr("导出完整证件号"))
        export = QPushButton(self.tr("导出已确认工时(&E)…"))
        export.clicked.connect(self.export)
        buttons.addWidget(hbox(self.reveal_id, export, stretch=False))
        return buttons

    def refresh(self) -> None:
        ctx, start, end = self._ctx, self.start.value(), self.end.value()
        status, flagged = self.status.currentData(), self.flagged_only.isChecked()
        self._generation += 1
        generation = self._generation

        def first_rows() -> tuple[LedgerRow, ...]:
            # Forgotten check-outs are closed (and flagged) even when the kiosk was not running.
            close_forgotten_checkouts(ctx)
            return hours_service.ledger_first_rows(ctx, start, end, status=status, flagged_only=flagged)

        def whole_period() -> None:
            # Left by then (the next page's click): showing the tab again refreshes it.
            if generation == self._generation and self.isVisible():
                self._runner.run(
                    lambda: hours_service.ledger(ctx, start, end, status=status, flagged_only=flagged),
                    lambda ledger: self._loaded(generation, ledger),
                )

        def shown(rows: tuple[LedgerRow, ...]) -> None:
            if generation != self._generation:
                return  # the filters changed meanwhile: a newer refresh is on its way
            self.model.set_rows(rows)
            # The whole period is read only after these rows are painted: building its rows holds
            # Python's interpreter lock on the worker, and the paint would wait for it.
            QTimer.singleShot(WHOLE_PERIOD_AFTER_MS, self, whole_period)

        # First rows painted ≤ 100 ms (docs/architecture.md §8); the whole period, totals and warnings follow.
        self._runner.run(first_rows, shown)

    def _loaded(self, generation: int, ledger: Ledger) -> None:
        if generation != self._generation:
            return
        shown = self.model.rows
        if shown and shown == list(ledger.rows[: len(shown)]):
            self.model.append_rows(ledger.rows[len(shown) :])  # keeps the selection and scroll position
        else:
            self.model.set_rows(ledger.rows)
        self.rounding.set_value(ledger.rounding)
        shown = [w.message for w in ledger.warnings[:WARNINGS_SHOWN]]
        if len(ledger.warnings) > WARNINGS_SHOWN:
            shown.append(self.tr("……另有 {n} 条提示").format(n=len(ledger.warnings) - WARNINGS_SHOWN))
        self.warnings.setText("\n".join(shown))
        counted = sum(
            r.minutes or 0 for r in ledger.rows if r.status in ("confirmed", "reported") and not r.needs_review
        )
        flagged = sum(1 for r in ledger.rows if r.needs_review)
        self.summary.setText(
            self.tr("共 {n} 条记录；已确认 {time}；待核对 {f} 条。").format(
                n=len(ledger.rows), time=duration_text(counted), f=flagged
            )
        )

    def selected_rows(self) -> list[LedgerRow]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [r for r in (self.model.row_at(i) for i in rows) if r is not None]

    def _run(self, work: object) -> None:
        self._runner.run(work, lambda _r: self.refresh(), lambda error: show_error(self, error))  # type: ignore[arg-type]

    def change_rounding(self) -> None:
        ctx, value = self._ctx, str(self.rounding.value())
        self._run(lambda: volunteer_settings.set_hours_rounding(ctx, value))

    def confirm(self) -> None:
        ids = [r.id for r in self.selected_rows()]
        if ids:
            ctx = self._ctx
            self._run(lambda: hours_service.confirm_attendance(ctx, ids))

    def report(self) -> None:
        ids = [r.id for r in self.selected_rows()]
        if not ids:
            return
        text = dialogs.ask_text(
            self, self.tr("标记已上报"), self.tr("录入上海志愿者网的日期（YYYY-MM-DD）："), str(station_today())
        )
        if text is None:
            return
        try:
            day = dt.date.fromisoformat(text.strip())
        except ValueError:
            show_error(self, ValidationError("hours.reported_date", "日期格式应为 YYYY-MM-DD。", field="reported_on"))
            return
        ctx = self._ctx
        self._run(lambda: hours_service.mark_reported(ctx, ids, day))

    def void(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1:
            dialogs.inform(self, self.tr("作废"), self.tr("请选择一条记录。"))
            return
        reason = dialogs.ask_text(self, self.tr("作废工时记录"), self.tr("作废原因（必填）："))
        if reason is not None:
            ctx, attendance_id = self._ctx, rows[0].id
            self._run(lambda: hours_service.void_attendance(ctx, attendance_id, reason))

    def set_break(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        minutes = dialogs.ask_int(
            self, self.tr("休息时长"), self.tr("休息（不计入服务时间）分钟数："), rows[0].break_minutes, 0, 600
        )
        if minutes is not None:
            ctx, attendance_id = self._ctx, rows[0].id
            self._run(lambda: hours_service.set_break(ctx, attendance_id, minutes))

    def review(self) -> None:
        rows = [r for r in self.selected_rows() if r.needs_review]
        if len(rows) != 1:
            dialogs.inform(self, self.tr("核对"), self.tr("请选择一条标有“自动签退”的记录。"))
            return
        row = rows[0]
        assert row.check_out is not None
        text = dialogs.ask_text(
            self,
            self.tr("核对自动签退"),
            self.tr("该志愿者忘记签退，系统按班次结束时间签退。请填写实际离开时间（时:分）："),
            f"{row.check_out:%H:%M}",
        )
        if text is None:
            return
        try:
            wall = dt.time.fromisoformat(text.strip())
        except ValueError:
            show_error(self, ValidationError("hours.timestamp", "时间格式应为 时:分，如 11:30。", field="check_out"))
            return
        check_out = dt.datetime.combine(row.check_in.date(), wall, row.check_in.tzinfo)
        ctx = self._ctx
        self._run(lambda: hours_service.review_attendance(ctx, row.id, check_out=check_out))

    def export(self) -> None:
        name = self.tr("志愿服务时长_{start}_{end}.xlsx").format(start=self.start.value(), end=self.end.value())
        path = dialogs.choose_save_path(
            self,
            self.tr("导出已确认工时"),
            str(self._ctx.paths.data_dir / "exports" / name),
            "Excel (*.xlsx);;CSV (*.csv)",
        )
        if not path:
            return
        ctx, start, end, reveal = self._ctx, self.start.value(), self.end.value(), self.reveal_id.isChecked()
        self._runner.run(
            lambda: export_confirmed_hours(ctx, start, end, Path(path), reveal_id=reveal),
            self._exported,
            lambda error: show_error(self, error),
        )

    def _exported(self, result: ExportResult) -> None:
        dialogs.inform(
            self,
            self.tr("导出完成"),
            self.tr("已导出 {n} 行到 {path}。录入上海志愿者网后，请将这些记录标记为已上报。").format(
                n=result.rows, path=result.path
            ),
        )
