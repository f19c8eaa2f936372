"""排班: the weekly rota grid (days × time slots) where the coordinator puts volunteers on shifts.

The week's shifts come from services.rota_week.week_rota; the coordinator edits crews in memory (the
"proposal"), checks it — every conflict the rules find is listed and its cells turn red — and
saves. Saving with conflicts left asks for an explicit confirmation. Shifts are generated from
the templates on official working days; when the calendar does not cover a year the warning is
shown above the grid and the holiday supplement can be entered (节假日补充).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.clock import station_today
from desktop.i18n import mark
from desktop.services.context import ServiceContext
from desktop.services.volunteers import rota_plan, rota_week
from desktop.services.volunteers.register import VolunteerSummary
from desktop.services.volunteers.rota_plan import RotaConflict, SaveResult
from desktop.services.volunteers.rota_week import ShiftRow, WeekRota

from desktop.ui.shell import dialogs
from desktop.ui.shell.errors import show_error
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.shell.widgets import FlowLayout
from desktop.ui.volunteers.rota_crew import RotaCrewEditing
from desktop.ui.volunteers.rota_setup_dialogs import RotaSetupActions

WEEKDAYS = (
    mark("RotaPage", "周一"),
    mark("RotaPage", "周二"),
    mark("RotaPage", "周三"),
    mark("RotaPage", "周四"),
    mark("RotaPage", "周五"),
    mark("RotaPage", "周六"),
    mark("RotaPage", "周日"),
)
CONFLICT = QColor("#f8d7da")
CHANGED = QColor("#fff3cd")
OFF_DAY = QColor("#eeeeee")


# A cell lists this many shifts in full; more (a busy base) are counted, and the side panel lists
# them all when the cell is selected: dozens of crews in one cell are unreadable and slow to lay out.
SHIFTS_SHOWN_IN_CELL = 6
# The grid is first filled with the crews of the shifts its cells show; the other crews and the
# volunteers to pick from are read after these are painted (building their rows on the worker
# holds Python's interpreter lock, and the paint would wait for it).
AFTER_PAINT_MS = 30


class RotaPage(RotaSetupActions, RotaCrewEditing, QWidget):
    def __init__(self, ctx: ServiceContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        today = station_today()
        self.monday = today - dt.timedelta(days=today.weekday())
        self.week: WeekRota | None = None
        self.proposal: dict[str, list[tuple[str, str]]] = {}
        self.conflicts: tuple[RotaConflict, ...] = ()
        self._slots: list[tuple[str, str]] = []
        # The week's shifts by (day, start, end): every cell is looked up on each redraw, and a
        # busy week has a thousand shifts to search otherwise.
        self._cells: dict[tuple[dt.date, str, str], list[ShiftRow]] = {}
        self._candidate_rows: list[VolunteerSummary] = []
        self._generation = 0  # of the week's loads: late answers of an earlier one are dropped
        # The week is asked for before the widgets are built, so the worker reads it while they are
        # (the page is built on its first show: docs/architecture.md §8, first rows ≤ 100 ms); the refresh that
        # follows the first show then waits for this answer instead of asking again.
        self._first_load_pending = True
        self._candidates_owed = False  # the volunteers to pick from are read once the grid is painted
        self._load_week()

        bar = self._build_week_bar()
        setup = self._build_setup_bar()
        self._build_grid()
        left = self._build_conflicts()
        panel = self._build_crew_panel()
        self._build_layout(bar, setup, left, panel)

    def _build_week_bar(self) -> QHBoxLayout:
        heading = QLabel(self.tr("排班"))
        heading.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.previous_button = QPushButton(self.tr("◀ 上一周(&P)"))
        self.this_week_button = QPushButton(self.tr("本周(&T)"))
        self.next_button = QPushButton(self.tr("下一周(&N) ▶"))
        self.week_label = QLabel("")
        self.week_label.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.previous_button.clicked.connect(lambda: self.show_week(self.monday - dt.timedelta(days=7)))
        self.next_button.clicked.connect(lambda: self.show_week(self.monday + dt.timedelta(days=7)))
        self.this_week_button.clicked.connect(lambda: self.show_week(station_today()))
        bar = QHBoxLayout()
        bar.addWidget(heading)
        bar.addSpacing(16)
        for widget in (self.previous_button, self.this_week_button, self.next_button, self.week_label):
            bar.addWidget(widget)
        bar.addStretch(1)
        return bar

    def _build_setup_bar(self) -> FlowLayout:
        self.generate_button = QPushButton(self.tr("按模板生成本周班次(&G)"))
        self.one_off_button = QPushButton(self.tr("新增临时班次(&O)…"))
        self.supplement_button = QPushButton(self.tr("节假日补充(&H)…"))
        self.templates_button = QPushButton(self.tr("班次模板(&M)…"))
        self.rotation_button = QPushButton(self.tr("社区轮值(&C)…"))
        self.templates_button.clicked.connect(self.edit_templates)
        self.rotation_button.clicked.connect(self.edit_rotation)
        self.generate_button.clicked.connect(self.generate)
        self.one_off_button.clicked.connect(self.add_one_off)
        self.supplement_button.clicked.connect(self.edit_supplement)
        setup = FlowLayout(right=False)  # wraps on a small screen (English captions are long)
        for widget in (
            self.generate_button,
            self.one_off_button,
            self.templates_button,
            self.rotation_button,
            self.supplement_button,
        ):
            setup.addWidget(widget)
        return setup

    def _build_grid(self) -> None:
        """The calendar warning above the grid, and the grid of days × time slots."""
        self.warning = QLabel("")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("background: #fff3cd; color: #7a5200; padding: 6px; border-radius: 4px;")
        self.warning.hide()

        self.grid = QTableWidget(0, 7)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setWordWrap(True)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.horizontalHeader().setMinimumHeight(54)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.grid.currentCellChanged.connect(lambda row, column, _r, _c: self._cell_selected(row, column))

    def _build_conflicts(self) -> QWidget:
        """The conflict list and the check / save row under the grid; returns the grid's side."""
        self.conflict_list = QListWidget()
        self.conflict_list.setMaximumHeight(120)
        self.check_button = QPushButton(self.tr("检查冲突(&K)"))
        self.save_button = QPushButton(self.tr("保存排班(&S)"))
        self.undo_button = QPushButton(self.tr("放弃修改(&U)"))
        self.check_button.clicked.connect(self.check)
        self.save_button.clicked.connect(self.save)
        self.undo_button.clicked.connect(lambda: self.show_week(self.monday))
        self.status = QLabel("")
        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        for button in (self.undo_button, self.check_button, self.save_button):
            actions.addWidget(button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.grid, 1)
        left_layout.addWidget(QLabel(self.tr("冲突")))
        left_layout.addWidget(self.conflict_list)
        left_layout.addLayout(actions)
        return left

    def _build_crew_panel(self) -> QGroupBox:
        """班次人员: the chosen shift, its crew, and the volunteers to put on it."""
        panel = QGroupBox(self.tr("班次人员"))
        self.shift_combo = QComboBox()
        self.shift_combo.currentIndexChanged.connect(lambda _i: self._show_crew())
        self.shift_info = QLabel("")
        self.shift_info.setWordWrap(True)
        self.crew_list = QListWidget()
        self.remove_button = QPushButton(self.tr("移出班次(&R)"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("查找：姓名、拼音首字母、手机尾号"))
        self.search_box.textChanged.connect(self._search)
        self.candidates = QListWidget()
        self.candidates.itemActivated.connect(lambda _item: self.assign_selected())
        self.assign_button = QPushButton(self.tr("排入班次(&A)"))
        self.assign_button.clicked.connect(self.assign_selected)
        panel_layout = QVBoxLayout(panel)
        panel_layout.addWidget(self.shift_combo)
        panel_layout.addWidget(self.shift_info)
        panel_layout.addWidget(self.crew_list, 1)
        panel_layout.addWidget(self.remove_button)
        panel_layout.addWidget(self.search_box)
        panel_layout.addWidget(self.candidates, 2)
        panel_layout.addWidget(self.assign_button)
        return panel

    def _build_layout(self, bar: QHBoxLayout, setup: FlowLayout, left: QWidget, panel: QGroupBox) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(panel)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(setup)
        layout.addWidget(self.warning)
        layout.addWidget(splitter, 1)

    # --- loading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._candidates_owed = True
        if not self._first_load_pending:
            self.show_week(self.monday)

    def show_week(self, day: dt.date) -> None:
        self.monday = day - dt.timedelta(days=day.weekday())
        self.proposal, self.conflicts = {}, ()
        self.status.setText("")
        self._load_week()

    def _load_week(self) -> None:
        """The week's shifts with the crews the grid shows; once they are painted, the volunteers to
        pick from and (when the cells hide some shifts) every crew. What is left when the page is
        no longer shown by then is read by the refresh that shows it again."""
        ctx, monday = self._ctx, self.monday
        self._generation += 1
        generation = self._generation

        def after_paint(week: WeekRota) -> None:
            if generation != self._generation or not self.isVisible():
                return
            self._search_if_owed()
            if not week.complete:
                self._runner.run(
                    lambda: rota_week.week_rota(ctx, monday), lambda whole: self._loaded(generation, whole)
                )

        def shown(week: WeekRota) -> None:
            self._loaded(generation, week)
            if generation == self._generation:
                QTimer.singleShot(AFTER_PAINT_MS, self, lambda: after_paint(week))

        self._runner.run(
            lambda: rota_week.week_rota(ctx, monday, crews_per_cell=SHIFTS_SHOWN_IN_CELL), shown, self._load_failed
        )

    def _search_if_owed(self) -> None:
        if self._candidates_owed:
            self._candidates_owed = False
            self._search(self.search_box.text())

    def _load_failed(self, error: BaseException) -> None:
        self._first_load_pending = False  # the next refresh asks again
        show_error(self, error)
        self._search_if_owed()

    def _loaded(self, generation: int, week: WeekRota) -> None:
        self._first_load_pending = False
        if generation != self._generation or week.monday != self.monday:
            return
        self.week = week
        self.week_label.setText(f"{week.monday:%Y-%m-%d} — {week.monday + dt.timedelta(days=6):%m-%d}")
        self.warning.setText(week.warning or "")
        self.warning.setVisible(bool(week.warning))
        self._fill_grid()
        self._show_conflicts()

    # --- grid ------------------------------------------------------------------------------------

    def _fill_grid(self) -> None:
        assert self.week is not None
        week = self.week
        self._slots = sorted({(s.start_time, s.end_time) for s in week.shifts})
        self._cells = {}
        for shift in week.shifts:
            self._cells.setdefault((shift.day, shift.start_time, shift.end_time), []).append(shift)
        current = (self.grid.currentRow(), self.grid.currentColumn())
        # Silent while rebuilt: clearing moves the current cell away, and the side panel would
        # forget which of the cell's shifts was chosen (it is chosen again below).
        self.grid.blockSignals(True)
        self.grid.clear()
        self.grid.setRowCount(len(self._slots))
        self.grid.setColumnCount(7)
        for column, info in enumerate(week.days):
            lines = [self.tr("{weekday} {day}").format(weekday=self.tr(WEEKDAYS[column]), day=f"{info.day:%m-%d}")]
            if info.is_adjusted_workday:
                lines.append(self.tr("调休上班"))
            elif info.holiday_name and not info.is_workday:
                lines.append(info.holiday_name)
            if info.committee_name:
                lines.append(self.tr("轮值：{name}").format(name=info.committee_name))
            self.grid.setHorizontalHeaderItem(column, QTableWidgetItem("\n".join(lines)))
        self.grid.setVerticalHeaderLabels([f"{start}\n{end}" for start, end in self._slots])
        conflict_shifts = {sid for c in self.conflicts for sid in c.shift_ids}
        for row in range(len(self._slots)):
            for column in range(7):
                shifts = self.shifts_in(row, column)
                parts = []
                for shift in shifts[:SHIFTS_SHOWN_IN_CELL]:
                    crew = self.crew(shift)
                    names = self.tr("、").join(name for _vid, name in crew) or self.tr("（未排人）")
                    title = self.tr("{title}（{n}/{capacity}）").format(
                        title=shift.title, n=len(crew), capacity=shift.capacity
                    )
                    parts.append(f"{title}\n{names}")
                if len(shifts) > SHIFTS_SHOWN_IN_CELL:
                    parts.append(
                        self.tr("…… 另有 {n} 个班次（选中此格查看）").format(n=len(shifts) - SHIFTS_SHOWN_IN_CELL)
                    )
                ids = {s.id for s in shifts}
                # The mark keeps a conflict visible when the cell is selected (selection hides the colour).
                mark = "⚠ " if ids & conflict_shifts else ""
                item = QTableWidgetItem(mark + "\n\n".join(parts))
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if ids & conflict_shifts:
                    item.setBackground(QBrush(CONFLICT))
                elif ids & set(self.proposal):
                    item.setBackground(QBrush(CHANGED))
                elif not week.days[column].is_workday:
                    item.setBackground(QBrush(OFF_DAY))
                self.grid.setItem(row, column, item)
        self.grid.resizeRowsToContents()
        for row in range(self.grid.rowCount()):
            self.grid.setRowHeight(row, max(self.grid.rowHeight(row), 72))
        if 0 <= current[0] < len(self._slots):
            self.grid.setCurrentCell(*current)
        self.grid.blockSignals(False)
        self._cell_selected(self.grid.currentRow(), self.grid.currentColumn())
        if self.proposal:
            self.status.setText(self.tr("{n} 个班次有未保存的修改").format(n=len(self.proposal)))

    def _show_crew(self) -> None:
        self._render_candidates()
        self.crew_list.clear()
        shift = self.current_shift()
        enabled = shift is not None
        for widget in (self.assign_button, self.remove_button, self.crew_list):
            widget.setEnabled(enabled)
        if shift is None:
            self.shift_info.setText(self.tr("在左侧表格中选择一个班次。"))
            return
        skill = self.tr("　需要技能：{skill}").format(skill=shift.required_skill) if shift.required_skill else ""
        place = f"　{shift.location}" if shift.location else ""
        if shift.committee_name:
            place += self.tr("　轮值：{name}（★为该居委会志愿者）").format(name=shift.committee_name)
        self.shift_info.setText(
            self.tr("{day}　人数上限 {capacity}").format(day=f"{shift.day:%m-%d}", capacity=shift.capacity)
            + skill
            + place
        )
        for volunteer_id, name in self.crew(shift):
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, volunteer_id)
            self.crew_list.addItem(item)

    # --- checking and saving ---------------------------------------------------------------------

    def check(self) -> None:
        ctx, proposal = self._ctx, self._plain_proposal()
        self._runner.run(lambda: rota_plan.check_rota(ctx, proposal), self._checked)

    def _checked(self, found: tuple[RotaConflict, ...]) -> None:
        self.conflicts = found
        self._fill_grid()
        self._show_conflicts()

    def _show_conflicts(self) -> None:
        self.conflict_list.clear()
        for conflict in self.conflicts:
            self.conflict_list.addItem(f"【{conflict.kind_label}】{conflict.message}")
        if not self.conflicts:
            self.conflict_list.addItem(self.tr("没有发现冲突。") if self.proposal else "")

    def save(self) -> None:
        if not self.proposal:
            self.status.setText(self.tr("没有需要保存的修改。"))
            return
        ctx, proposal = self._ctx, self._plain_proposal()
        self._runner.run(lambda: rota_plan.check_rota(ctx, proposal), lambda found: self._save_checked(proposal, found))

    def _save_checked(self, proposal: dict[str, list[str]], found: tuple[RotaConflict, ...]) -> None:
        self._checked(found)
        accept = False
        if found:
            accept = dialogs.confirm(
                self,
                self.tr("排班有冲突"),
                self.tr("排班还有 {n} 处冲突（见下方列表）。仍要保存吗？").format(n=len(found)),
            )
            if not accept:
                return
        ctx = self._ctx
        self._runner.run(lambda: rota_plan.save_rota(ctx, proposal, accept_conflicts=accept), self._saved)

    def _saved(self, result: SaveResult) -> None:
        self.show_week(self.monday)
        self.status.setText(self.tr("已保存：排入 {a} 人次，移出 {r} 人次。").format(a=result.added, r=result.removed))
