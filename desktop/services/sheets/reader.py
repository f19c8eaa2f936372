"""Reading a register file (.xlsx with openpyxl, .csv in UTF-8 or GB18030) into rows of cells.

Row numbers are the ones Excel shows (1-based, blank rows counted), so a problem report can
send the user straight to the row. Anything that is not a readable spreadsheet — a Word file
renamed .xlsx, an old .xls, an encrypted workbook, an empty file — raises `SheetError` with a
Chinese message and reads nothing further.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.services.sheets.limits import (
    MAX_CELL_CHARS,
    MAX_CELLS,
    SheetError,
    cell_too_long,
    scan_workbook,
    too_many_cells,
)

MAX_ROWS = 200_000
MAX_CSV_BYTES = 200 * 1024 * 1024
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CSV_SUFFIXES = (".csv", ".txt", ".tsv")


@dataclass(frozen=True)
class SheetData:
    """The cells of one worksheet: `rows` are (Excel row number, cells), trailing blanks trimmed."""

    sheet_names: tuple[str, ...]
    sheet: str
    rows: tuple[tuple[int, tuple[object, ...]], ...]

    def cells(self) -> list[tuple[object, ...]]:
        return [cells for _, cells in self.rows]


def _trim(cells: Sequence[object]) -> tuple[object, ...]:
    end = len(cells)
    while end and (cells[end - 1] is None or (isinstance(cells[end - 1], str) and not str(cells[end - 1]).strip())):
        end -= 1
    return tuple(cells[:end])


def read_sheet(path: Path | str, sheet: str | None = None) -> SheetData:
    """Read one worksheet (the first, or `sheet` by name) of an .xlsx/.xlsm file, or a CSV file."""
    path = Path(path)
    if not path.is_file():
        raise SheetError("sheet.not_found_file", "找不到要导入的文件，或它不是一个文件。")
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError:
        raise SheetError("sheet.unreadable", "无法打开该文件：可能正被其他程序占用，或没有读取权限。") from None
    if not head:
        raise SheetError("sheet.empty", "文件是空的，没有可导入的内容。")
    if head.startswith(_OLE_MAGIC):
        raise SheetError(
            "sheet.xls",
            "不支持旧版 .xls 格式或加密的工作簿：请在 Excel 或 WPS 中取消密码并另存为 .xlsx 后再导入。",
        )
    if head.startswith(_ZIP_MAGIC):
        return _read_xlsx(path, sheet)
    if path.suffix.lower() in _CSV_SUFFIXES or path.suffix == "":
        return _read_csv(path, sheet)
    raise SheetError()


def _missing_part() -> SheetError:
    return SheetError(
        "sheet.missing_part", "工作簿缺少必要的组成部分（例如工作表数据），文件已损坏，请重新保存后再导入。"
    )


def _read_xlsx(path: Path, sheet: str | None) -> SheetData:
    import openpyxl

    scan_workbook(path)  # before openpyxl builds anything from the XML
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception:  # any failure of the zip/XML parser on outside input means "not a workbook"
        raise SheetError() from None
    try:
        names = tuple(workbook.sheetnames)
        if sheet is not None and sheet not in names:
            raise SheetError("sheet.no_such_sheet", "工作簿中没有这个名称的工作表。")
        if not workbook.worksheets:  # openpyxl leaves out a sheet whose XML part is missing
            raise _missing_part()
        worksheet = workbook[sheet] if sheet is not None else workbook.worksheets[0]
        if not hasattr(worksheet, "iter_rows"):
            raise SheetError("sheet.chartsheet", "所选工作表是图表，不是数据表。")
        # The stored dimension is often wrong in files written by other programs; read what is there.
        worksheet.reset_dimensions()
        rows: list[tuple[int, tuple[object, ...]]] = []
        total = 0
        try:
            for number, cells in enumerate(worksheet.iter_rows(values_only=True), start=1):
                if number > MAX_ROWS:
                    raise SheetError("sheet.too_large", "工作表超过 {limit} 行，请拆分后再导入。", limit=MAX_ROWS)
                total += len(cells)
                if total > MAX_CELLS:
                    raise too_many_cells()
                if any(type(c) is str and len(c) > MAX_CELL_CHARS for c in cells):
                    raise cell_too_long()
                trimmed = _trim(cells)
                if trimmed:
                    rows.append((number, trimmed))
        except SheetError:
            raise
        except KeyError:
            raise _missing_part() from None
        except Exception:  # a damaged sheet XML surfaces only while iterating
            raise SheetError() from None
        return SheetData(names, worksheet.title, tuple(rows))
    finally:
        workbook.close()


def _decode(data: bytes) -> str:
    if b"\x00" in data:
        raise SheetError()  # UTF-16 or a binary file: neither is a CSV a station writes
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise SheetError("sheet.encoding", "无法识别 CSV 文件的编码：请另存为“CSV UTF-8”或 GBK 编码后再导入。")


def _delimiter(text: str) -> str:
    """Comma, tab or semicolon: whichever splits the most of the first lines (title lines split none)."""
    lines = text[:16384].splitlines()[:30]
    counts = {sep: sum(1 for line in lines if sep in line) for sep in (",", "\t", ";")}
    best = max(counts, key=lambda sep: (counts[sep], sep == ","))
    return best if counts[best] else ","


def _read_csv(path: Path, sheet: str | None) -> SheetData:
    if path.stat().st_size > MAX_CSV_BYTES:
        raise SheetError("sheet.too_large", "文件过大，请拆分后再导入。")
    text = _decode(path.read_bytes())
    if not text.strip():
        raise SheetError("sheet.empty", "文件是空的，没有可导入的内容。")
    delimiter = _delimiter(text)
    name = path.stem
    if sheet is not None and sheet != name:
        raise SheetError("sheet.no_such_sheet", "工作簿中没有这个名称的工作表。")
    rows: list[tuple[int, tuple[object, ...]]] = []
    total = 0
    csv.field_size_limit(MAX_CELL_CHARS)  # the csv module refuses a longer field as it reads it
    try:
        for number, cells in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), start=1):
            if number > MAX_ROWS:
                raise SheetError("sheet.too_large", "工作表超过 {limit} 行，请拆分后再导入。", limit=MAX_ROWS)
            total += len(cells)
            if total > MAX_CELLS:
                raise too_many_cells()
            trimmed = _trim(cells)
            if trimmed:
                rows.append((number, trimmed))
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise cell_too_long() from None
        raise SheetError() from None
    return SheetData((name,), name, tuple(rows))
