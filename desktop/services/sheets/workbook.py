"""Writing a table to .xlsx as the district expects it: title line, bold frozen header, widths.

openpyxl's write-only mode streams rows to disk, so a list of a million visits does not sit in
memory. The file is written next to the target and moved into place only when complete, so a
failed export never leaves half a workbook under the user's chosen name.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from desktop.domain.sheets.values import looks_like_formula
from desktop.errors import StorageError

MAX_WIDTH = 60
MIN_WIDTH = 6
WIDTH_SAMPLE = 500


@dataclass(frozen=True)
class Table:
    """One worksheet: `title` goes in row 1, `subtitle` in row 2, headers in row 3."""

    sheet: str
    title: str
    subtitle: str
    headers: tuple[str, ...]
    rows: Iterable[Sequence[object]]


def display_width(value: object) -> int:
    """Approximate column width in Excel units: CJK characters count double."""
    if value is None:
        return 0
    if isinstance(value, datetime):
        return 16
    if isinstance(value, date):
        return 10
    text = str(value)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cell(
    worksheet: object, value: object, *, bold: bool = False, fill: str | None = None, size: int | None = None
) -> object:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill

    value = _plain(value)
    cell = WriteOnlyCell(worksheet, value=value)  # type: ignore[arg-type]
    if bold or size:
        cell.font = Font(bold=bold, size=size or 11)
    if fill:
        cell.fill = PatternFill("solid", fgColor=fill)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    if isinstance(value, datetime):
        cell.number_format = "yyyy-mm-dd hh:mm"
    elif isinstance(value, date):
        cell.number_format = "yyyy-mm-dd"
    return cell


def write_tables(path: Path | str, tables: Sequence[Table]) -> int:
    """Write the tables as worksheets of one workbook; returns the number of data rows written."""
    from openpyxl import Workbook

    target = Path(path)
    _check_folder(target)
    workbook = Workbook(write_only=True)
    try:
        written = _fill(workbook, tables)
    except BaseException:
        _discard(workbook)
        raise
    _save(workbook, target)
    return written


def _fill(workbook: object, tables: Sequence[Table]) -> int:
    from openpyxl.utils import get_column_letter

    written = 0
    for table in tables:
        worksheet = workbook.create_sheet(_sheet_title(table.sheet))  # type: ignore[attr-defined]
        rows = iter(table.rows)
        # Widths must be set before the first row is streamed: measure a sample, keep it for writing.
        sample = [list(row) for _, row in zip(range(WIDTH_SAMPLE), rows, strict=False)]
        for index, header in enumerate(table.headers):
            widest = max([display_width(header), *(display_width(r[index]) for r in sample if index < len(r))])
            worksheet.column_dimensions[get_column_letter(index + 1)].width = max(MIN_WIDTH, min(MAX_WIDTH, widest + 2))
        worksheet.freeze_panes = "A4"
        worksheet.append([_cell(worksheet, table.title, bold=True, size=14)])
        worksheet.append([_cell(worksheet, table.subtitle)])
        worksheet.append([_cell(worksheet, header, bold=True, fill="DDE6F0") for header in table.headers])
        for row in sample:
            worksheet.append([_as_text_if_formula(worksheet, _plain(value)) for value in row])
            written += 1
        for row in rows:
            worksheet.append([_as_text_if_formula(worksheet, _plain(value)) for value in row])
            written += 1
    return written


def _discard(workbook: object) -> None:
    """Close the streaming sheets of an abandoned workbook so no temporary file stays open."""
    for worksheet in workbook.worksheets:  # type: ignore[attr-defined]
        # Best effort: another error is already on its way up.
        with contextlib.suppress(Exception):
            worksheet.close()


def _check_folder(target: Path) -> None:
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise StorageError("sheet.export_folder", "导出位置的文件夹不存在。")


def _as_text_if_formula(worksheet: object, value: object) -> object:
    """A text that looks like a formula as a text cell (never `<f>`), marked with Excel's quote prefix."""
    if not looks_like_formula(value):
        return value
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(worksheet, value=value)  # type: ignore[arg-type]
    cell.data_type = "s"
    cell.quotePrefix = True
    return cell


def _plain(value: object) -> object:
    if isinstance(value, str):
        return _clean_text(value)
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, bool):
        return "是" if value else ""
    if isinstance(value, tuple | list | frozenset | set):
        return _clean_text("、".join(str(item) for item in value))
    return value


def _clean_text(text: str) -> str:
    """Drop control characters a worksheet cannot hold (a pasted note may carry them)."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("", text)


def _sheet_title(name: str) -> str:
    cleaned = "".join("_" if ch in "[]:*?/\\" else ch for ch in name).strip("'") or "Sheet"
    return cleaned[:31]


def _save(workbook: object, target: Path) -> None:
    folder = target.parent if str(target.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=".stationdesk-", suffix=".xlsx", dir=folder)
        os.close(handle)
    except OSError as error:
        raise StorageError("sheet.export_write", "无法写入导出文件：{detail}", detail=error.strerror or "") from None
    try:
        workbook.save(temporary)  # type: ignore[attr-defined]
        os.replace(temporary, target)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise StorageError("sheet.export_write", "无法写入导出文件：{detail}", detail=error.strerror or "") from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
