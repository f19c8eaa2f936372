"""The 排班 page's crew editing: which shifts a grid cell holds, the shift chosen in the side panel,
the volunteers to pick from, and putting them on or taking them off. Changes are kept in memory
(the "proposal") until the page checks and saves them; nothing here shows text of its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem, QTableWidget

from desktop.services.context import ServiceContext
from desktop.services.volunteers.register import VolunteerSummary, search_volunteers
from desktop.services.volunteers.rota_week import ShiftRow, WeekRota

from desktop.ui.shell.tasks import TaskRunner

CANDIDATES = 100  # volunteers listed to pick from; typing narrows the list


class RotaCrewEditing:
    """Mixed into RotaPage, which holds the state and widgets declared here and redraws the grid
    and the side panel after a change."""

    _ctx: ServiceContext
    _runner: TaskRunner
    week: WeekRota | None
    proposal: dict[str, list[tuple[str, str]]]
    _slots: list[tuple[str, str]]
    _cells: dict[tuple[dt.date, str, str], list[ShiftRow]]
    _candidate_rows: list[VolunteerSummary]
    grid: QTableWidget
    shift_combo: QComboBox
    crew_list: QListWidget
    candidates: QListWidget
    _fill_grid: Callable[[], None]  # RotaPage's methods: redraw the grid, and the chosen shift's crew
    _show_crew: Callable[[], None]

    def _search(self, text: str) -> None:
        ctx = self._ctx
        self._runner.run(
            lambda: search_volunteers(ctx, text, status="active", limit=CANDIDATES), self._candidates_loaded
        )

    def _candidates_loaded(self, rows: list[VolunteerSummary]) -> None:
        self._candidate_rows = rows
        self._render_candidates()

    def _render_candidates(self) -> None:
        """The volunteers to pick from; under 社区轮值 those of the committee on duty come first (★)."""
        shift = self.current_shift()
        on_duty = shift.village_code if shift is not None else ""
        rows = sorted(self._candidate_rows, key=lambda r: not (on_duty and r.village_code == on_duty))
        self.candidates.clear()
        for row in rows:
            skills = "、".join(row.skills)
            mark = "★ " if on_duty and row.village_code == on_duty else ""
            shown = QCoreApplication.translate("RotaPage", "{name}　{skills}").format(name=row.name, skills=skills)
            item = QListWidgetItem(mark + (shown if skills else row.name))
            item.setData(Qt.ItemDataRole.UserRole, (row.id, row.name))
            self.candidates.addItem(item)
        if len(rows) >= CANDIDATES:  # a search's first matches: say that there are more
            text = QCoreApplication.translate("RotaPage", "…只列出前 {n} 位，请输入姓名或拼音缩小范围")
            more = QListWidgetItem(text.format(n=CANDIDATES))
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            self.candidates.addItem(more)

    def crew(self, shift: ShiftRow) -> list[tuple[str, str]]:
        if shift.id in self.proposal:
            return self.proposal[shift.id]
        return [(a.id, a.name) for a in shift.assigned]

    def shifts_in(self, row: int, column: int) -> list[ShiftRow]:
        if self.week is None or not (0 <= row < len(self._slots)) or not 0 <= column < 7:
            return []
        start, end = self._slots[row]
        return list(self._cells.get((self.week.monday + dt.timedelta(days=column), start, end), ()))

    def select_cell(self, row: int, column: int) -> None:
        self.grid.setCurrentCell(row, column)
        self._cell_selected(row, column)

    def _cell_selected(self, row: int, column: int) -> None:
        shifts = self.shifts_in(row, column)
        previous = self.shift_combo.currentData()
        self.shift_combo.blockSignals(True)
        self.shift_combo.clear()
        for shift in shifts:
            self.shift_combo.addItem(f"{shift.title} {shift.start_time}–{shift.end_time}", shift.id)
        index = self.shift_combo.findData(previous)
        self.shift_combo.setCurrentIndex(max(index, 0))
        self.shift_combo.blockSignals(False)
        self._show_crew()

    def _editable_shift(self) -> ShiftRow | None:
        """The chosen shift, once every crew of the week is known: until then a shift past what its
        cell shows has an empty crew, and a change would be saved over its real one."""
        if self.week is None or not self.week.complete:
            return None
        return self.current_shift()

    def current_shift(self) -> ShiftRow | None:
        shift_id = self.shift_combo.currentData()
        if self.week is None or shift_id is None:
            return None
        return next((s for s in self.week.shifts if s.id == shift_id), None)

    def assign(self, volunteer_id: str, name: str) -> None:
        shift = self._editable_shift()
        if shift is None:
            return
        crew = list(self.crew(shift))
        if any(vid == volunteer_id for vid, _ in crew):
            return
        crew.append((volunteer_id, name))
        self.proposal[shift.id] = crew
        self._fill_grid()

    def assign_selected(self) -> None:
        item = self.candidates.currentItem()
        if item is not None:
            self.assign(*item.data(Qt.ItemDataRole.UserRole))

    def unassign(self, volunteer_id: str) -> None:
        shift = self._editable_shift()
        if shift is None:
            return
        self.proposal[shift.id] = [(vid, name) for vid, name in self.crew(shift) if vid != volunteer_id]
        self._fill_grid()

    def remove_selected(self) -> None:
        item = self.crew_list.currentItem()
        if item is not None:
            self.unassign(item.data(Qt.ItemDataRole.UserRole))

    def _plain_proposal(self) -> dict[str, list[str]]:
        return {sid: [vid for vid, _ in crew] for sid, crew in self.proposal.items()}
