"""Import of a register (台账): inspect the sheet, dry-run it, then write the valid rows at once.

`inspect_sheet` finds the header row and proposes a column mapping for the import dialog;
`import_sheet` reads every data row, reports each problem with its row number as Excel shows
it, the column letter and header text, and a Chinese message (never the value), reports rows
that duplicate an existing record or an earlier row, and — unless it is a dry run — writes all
remaining rows in ONE transaction. A row with any problem is left out entirely.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from desktop.domain import address
from desktop.domain.clock import station_today
from desktop.domain.sheets import fields as sheet_fields
from desktop.domain.sheets import values as cell_values
from desktop.domain.sheets.rows import CLEANERS, RowContext
from desktop.errors import ValidationError
from desktop.models import Client, Volunteer
from desktop.services.context import ServiceContext
from desktop.services.permissions import entry, require
from desktop.services.settings import get_setting
from desktop.services.sheets import matching, writers
from desktop.services.sheets.reader import SheetData, read_sheet

KIND_PERMISSION = {
    "clients": "clients.write",
    "visits": "visits.write",
    "volunteers": "volunteers.write",
    "hours": "volunteers.write",
}
_NOTE_PREFIXES = ("合计", "总计", "小计", "注", "备注", "说明", "填表", "制表", "审核", "负责人", "填报")


@dataclass(frozen=True)
class ColumnMapping:
    column: str  # letter, as Excel shows it
    index: int
    header: str
    field: str  # "" when the column is not imported
    field_label: str


@dataclass(frozen=True)
class SheetPreview:
    kind: str
    sheet_names: tuple[str, ...]
    sheet: str
    header_row: int
    columns: tuple[ColumnMapping, ...]
    missing_required: tuple[str, ...]
    data_rows: int


@dataclass(frozen=True)
class RowIssue:
    row: int
    column: str
    header: str
    field: str
    code: str
    message: str


@dataclass(frozen=True)
class ImportReport:
    kind: str
    sheet: str
    header_row: int
    rows: int
    valid: int
    imported: int
    dry_run: bool
    columns: tuple[ColumnMapping, ...]
    errors: tuple[RowIssue, ...] = ()
    duplicates: tuple[dict[str, Any], ...] = ()
    notices: tuple[RowIssue, ...] = ()
    skipped_rows: tuple[int, ...] = field(default=())

    @property
    def error_rows(self) -> tuple[int, ...]:
        return tuple(sorted({issue.row for issue in self.errors}))

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["mapping"] = {c.header: c.field for c in self.columns if c.field}
        data["error_rows"] = list(self.error_rows)
        del data["columns"]
        return data


def _check_kind(ctx: ServiceContext, kind: str) -> None:
    sheet_fields.fields_of(kind)
    require(ctx, KIND_PERMISSION[kind])


def _district_code(ctx: ServiceContext) -> str:
    with ctx.db.read() as session:
        district = str(get_setting(session, "district", "") or "").strip()
    for unit in address.districts():
        if district in (unit.code, unit.name, unit.name.removesuffix("区")):
            return unit.code
    return ""


def _columns(kind: str, headers: tuple[object, ...], mapping: Mapping[int, str]) -> tuple[ColumnMapping, ...]:
    width = max([len(headers), *(index + 1 for index in mapping)]) if (headers or mapping) else 0
    labels = {item.key: item.label for item in sheet_fields.fields_of(kind)}
    return tuple(
        ColumnMapping(
            sheet_fields.column_letter(index),
            index,
            cell_values.fold(headers[index]) if index < len(headers) else "",
            mapping.get(index, ""),
            labels.get(mapping.get(index, ""), ""),
        )
        for index in range(width)
    )


def _layout(
    data: SheetData, kind: str, overrides: Mapping[str, str] | None, mapping: Mapping[int, str] | None
) -> tuple[int, int, tuple[object, ...], dict[int, str]]:
    """(position of the header in data.rows, position of the first data row, headers, index → field)."""
    if not data.rows:
        raise ValidationError("sheet.empty", "工作表中没有任何内容。")
    position = sheet_fields.find_header_row(data.cells(), kind)
    headers: tuple[object, ...] = data.rows[position][1]
    first_data = position + 1
    if first_data < len(data.rows) and data.rows[first_data][0] == data.rows[position][0] + 1:
        combined = sheet_fields.two_row_header(headers, data.rows[first_data][1], kind)
        if combined is not None:
            headers, first_data = combined, first_data + 1
    if mapping is not None:
        known = {item.key for item in sheet_fields.fields_of(kind)}
        if any(key not in known for key in mapping.values() if key):
            raise ValidationError("sheet.map_field", "映射中的字段名不是该导入类型的字段。")
        result = {index: key for index, key in mapping.items() if key}
    else:
        result = sheet_fields.auto_map(headers, kind)
    if overrides:
        result = sheet_fields.apply_overrides(headers, result, overrides, kind)
    if len(set(result.values())) != len(result):
        raise ValidationError("sheet.map_twice", "同一个字段被映射到了多列，请只保留一列。")
    return position, first_data, headers, result


@entry("sheets.import")
def inspect_sheet(ctx: ServiceContext, path: Path | str, kind: str, sheet: str | None = None) -> SheetPreview:
    """Find the header row and propose a mapping, for the import dialog's mapping page."""
    _check_kind(ctx, kind)
    data = read_sheet(path, sheet)
    position, first_data, headers, mapping = _layout(data, kind, None, None)
    missing = tuple(item.label for item in sheet_fields.missing_required(mapping, kind))
    return SheetPreview(
        kind, data.sheet_names, data.sheet, data.rows[position][0], _columns(kind, headers, mapping), missing,
        len(data.rows) - first_data,
    )  # fmt: skip


def _is_note_row(cells: tuple[object, ...], mapping: Mapping[int, str]) -> bool:
    """Blank in every imported column, or a lone footer line (合计…, 填表人：…)."""
    filled = [i for i, cell in enumerate(cells) if not cell_values.is_blank(cell)]
    if not any(i in mapping for i in filled):
        return True
    if len(filled) == 1:
        only = cell_values.fold(cells[filled[0]])
        return only.startswith(_NOTE_PREFIXES) or "：" in only or ":" in only
    return False


@entry("sheets.import")
def import_sheet(
    ctx: ServiceContext,
    path: Path | str,
    kind: str,
    *,
    sheet: str | None = None,
    overrides: Mapping[str, str] | None = None,
    mapping: Mapping[int, str] | None = None,
    dry_run: bool = False,
    today: date | None = None,
) -> ImportReport:
    """Check every row; unless `dry_run`, write the valid, non-duplicate rows in one transaction."""
    _check_kind(ctx, kind)
    data = read_sheet(path, sheet)
    position, first_data, headers, columns_map = _layout(data, kind, overrides, mapping)
    missing = sheet_fields.missing_required(columns_map, kind)
    if missing:
        raise ValidationError(
            "sheet.missing_column", "表格缺少必需的列：{columns}。请在列映射中指定。",
            columns="、".join(item.label for item in missing),
        )  # fmt: skip
    context = RowContext(today or station_today(), _district_code(ctx))
    field_column = {key: index for index, key in columns_map.items()}
    columns = _columns(kind, headers, columns_map)

    def issue(row: int, key: str, code: str, message: str) -> RowIssue:
        index = field_column.get(key)
        if index is None:
            return RowIssue(row, "", "", key, code, message)
        return RowIssue(row, sheet_fields.column_letter(index), columns[index].header, key, code, message)

    errors: list[RowIssue] = []
    notices: list[RowIssue] = []
    skipped: list[int] = []
    candidates: list[matching.Outcome] = []
    data_rows = 0
    for number, cells in data.rows[first_data:]:
        if _is_note_row(cells, columns_map) or sheet_fields.exact_header_hits(cells, kind) >= max(3, len(columns_map)):
            skipped.append(number)
            continue
        data_rows += 1
        mapped = {key: cells[index] if index < len(cells) else None for index, key in columns_map.items()}
        clean = CLEANERS[kind](mapped, context)
        notices.extend(issue(number, p.field, p.code, p.message) for p in clean.notices)
        if clean.problems:
            errors.extend(issue(number, p.field, p.code, p.message) for p in clean.problems)
            continue
        if kind == "hours":
            clean.values["check_in"] = writers.shanghai_to_utc(clean.values["check_in"])
            clean.values["check_out"] = writers.shanghai_to_utc(clean.values["check_out"])
        candidates.append(matching.Outcome(number, clean))

    session_scope = ctx.db.read() if dry_run else ctx.db.write()
    with session_scope as session:
        secret = bytes.fromhex(get_setting(session, "id_hash_secret"))
        matching.add_hashes(candidates, secret)
        if kind == "clients":
            matching.match_people(session, candidates, secret, Client)
        elif kind == "volunteers":
            matching.match_people(session, candidates, secret, Volunteer)
        elif kind == "visits":
            matching.match_visits(session, candidates, secret)
        else:
            matching.match_hours(session, candidates, secret)
        duplicates = [_locate(outcome.duplicate, field_column, columns) for outcome in candidates if outcome.duplicate]
        writable = [o for o in candidates if not o.duplicate and not o.problem]
        for outcome in candidates:
            notices.extend(issue(outcome.row, *notice) for notice in outcome.notices)
            if outcome.problem and not outcome.duplicate:
                errors.append(issue(outcome.row, *outcome.problem))
        imported = 0
        if not dry_run:
            with session.no_autoflush:
                imported = writers.write_rows(session, ctx, kind, [(o.clean.values, o.target_id) for o in writable])
    errors.sort(key=lambda e: (e.row, e.column))
    # A duplicate is left out whatever its details; its notices would only be noise.
    duplicate_rows = {d["row"] for d in duplicates}
    notices = [n for n in notices if n.row not in duplicate_rows]
    return ImportReport(
        kind=kind,
        sheet=data.sheet,
        header_row=data.rows[position][0],
        rows=data_rows,
        valid=len(writable),
        imported=imported,
        dry_run=dry_run,
        columns=columns,
        errors=tuple(errors),
        duplicates=tuple(duplicates),
        notices=tuple(notices),
        skipped_rows=tuple(skipped),
    )


# The column that decided a duplicate, so the report can point at it.
_MATCH_FIELD = {
    "id_number": "id_number",
    "volunteer_no": "volunteer_no",
    "name_birth": "name",
    "client_date_mode": "visit_date",
    "volunteer_check_in": "check_in",
}


def _locate(
    duplicate: dict[str, Any], field_column: Mapping[str, int], columns: tuple[ColumnMapping, ...]
) -> dict[str, Any]:
    key = _MATCH_FIELD.get(duplicate["by"], "")
    if key == "check_in" and key not in field_column:
        key = "service_date"
    index = field_column.get(key)
    if index is None:
        return {**duplicate, "column": "", "header": ""}
    return {**duplicate, "column": columns[index].column, "header": columns[index].header}
