"""Export of confirmed hours laid out for entry on 上海志愿者网 (docs/domain.md §4.3): .xlsx or .csv.

One row per volunteer per activity per day: 姓名, 证件号 (masked unless asked for), 志愿者编号,
项目名称, 日期, 时长 (hours rounded by the station's rule). Only confirmed entries not yet reported
are exported — those are what still has to be typed in; afterwards the coordinator marks them
reported with the date. Text that a spreadsheet would run as a formula is written as text (docs/spreadsheets.md).
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from desktop.domain.masking import mask_id
from desktop.domain.sheets.values import csv_text, looks_like_formula
from desktop.domain.volunteering import hours
from desktop.errors import StorageError, ValidationError
from desktop.models import Attendance, Volunteer
from desktop.services.context import ServiceContext
from desktop.services.permissions import entry
from desktop.services.volunteers.hours import _bounds, to_domain
from desktop.services.volunteers.settings import issuer_of, rounding_of

HEADERS = ("姓名", "证件号", "志愿者编号", "项目名称", "日期", "时长")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    attendance_ids: tuple[str, ...]


@entry("volunteers.read")
def export_confirmed_hours(
    ctx: ServiceContext, start: dt.date, end: dt.date, path: Path, *, reveal_id: bool = False
) -> ExportResult:
    """Write confirmed, not yet reported hours of [start, end] to `path` (.xlsx or .csv)."""
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ValidationError("export.format", "导出文件须为 .xlsx 或 .csv 格式。", field="path")
    low, high = _bounds(start, end)
    with ctx.db.read() as session:
        rounding = rounding_of(session)
        project = issuer_of(session).project_name
        found = list(
            session.execute(
                select(Attendance, Volunteer)
                .join(Volunteer, Volunteer.id == Attendance.volunteer_id)
                .where(
                    Attendance.check_in >= low,
                    Attendance.check_in < high,
                    Attendance.deleted.is_(False),
                    Attendance.status == "confirmed",
                )
                .order_by(Volunteer.name_pinyin, Attendance.check_in)
            )
        )
        grouped: dict[tuple[str, str, dt.date], int] = defaultdict(int)
        people: dict[str, Volunteer] = {}
        ids: list[str] = []
        for attendance, volunteer in found:
            entry_ = to_domain(attendance)
            if not entry_.countable:
                continue
            people[volunteer.id] = volunteer
            grouped[(volunteer.id, attendance.activity or project, entry_.check_in.date())] += entry_.minutes or 0
            ids.append(attendance.id)
        table = []
        for (volunteer_id, activity, day), minutes in grouped.items():
            v = people[volunteer_id]
            table.append(
                [
                    v.name,
                    v.id_number if reveal_id else mask_id(v.id_number),
                    v.volunteer_no,
                    project or activity,
                    day.isoformat(),
                    str(hours.round_hours(minutes, rounding)),
                ]
            )
    try:
        if suffix == ".csv":
            with path.open("w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(HEADERS)
                writer.writerows([[csv_text(value) for value in line] for line in table])
        else:
            from openpyxl import Workbook

            book = Workbook()
            sheet = book.active
            sheet.title = "志愿服务时长"
            sheet.append(list(HEADERS))
            for line in table:
                sheet.append([*line[:5], float(line[5])])
                for cell in sheet[sheet.max_row][:5]:
                    if looks_like_formula(cell.value):
                        # openpyxl took the text for a formula; a quoted text cell is never run.
                        cell.data_type = "s"
                        cell.quotePrefix = True
            for column, width in zip("ABCDEF", (10, 22, 20, 24, 12, 8), strict=True):
                sheet.column_dimensions[column].width = width
            book.save(path)
    except OSError as exc:
        raise StorageError(detail=type(exc).__name__) from exc
    return ExportResult(path, len(table), tuple(ids))
